#include "pipelinestep.h"

#include <array>
#include <utility>

namespace ectowb::query {

namespace {

using Kind = PipelineStep::Kind;

constexpr std::array<std::pair<Kind, const char16_t *>, 14> Names{{
    {Kind::From, u"from"},         {Kind::Join, u"join"},         {Kind::Where, u"where"},
    {Kind::OrWhere, u"or_where"},  {Kind::Select, u"select"},     {Kind::SelectMerge, u"select_merge"},
    {Kind::Distinct, u"distinct"}, {Kind::GroupBy, u"group_by"},  {Kind::Having, u"having"},
    {Kind::OrHaving, u"or_having"}, {Kind::OrderBy, u"order_by"}, {Kind::Limit, u"limit"},
    {Kind::Offset, u"offset"},     {Kind::Preload, u"preload"},
}};

} // namespace

QString PipelineStep::macroName(Kind kind)
{
    for (const auto &[k, name] : Names) {
        if (k == kind)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<PipelineStep::Kind> PipelineStep::kindOfMacro(QStringView name)
{
    for (const auto &[k, text] : Names) {
        if (name == QStringView(text))
            return k;
    }
    return std::nullopt;
}

QString PipelineStep::defaultBinding(const QString &source)
{
    QString name = source.trimmed();
    // assoc(p, :comments): named after the association.
    if (name.startsWith(u"assoc(") && name.endsWith(u')')) {
        const QString association = name.section(u',', -1).chopped(1).trimmed();
        if (association.startsWith(u':'))
            name = association.mid(1);
    }
    name = name.section(u'.', -1);
    for (const QChar c : std::as_const(name)) {
        if (c.isLetter())
            return QString(c.toLower());
    }
    return {};
}

} // namespace ectowb::query
