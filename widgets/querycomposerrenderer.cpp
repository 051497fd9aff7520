#include "querycomposerrenderer.h"

#include "changeset/changesetinspect.h"
#include "query/querycompiler.h"

namespace ectowb::widgets {

namespace {

QString located(const query::ComposerError &error)
{
    if (error.pos.line <= 0)
        return error.text();
    return QueryComposerRenderer::tr("Line %1, column %2: %3").arg(error.pos.line).arg(error.pos.column).arg(error.text());
}

QStringList elixirTexts(const std::vector<value::Term> &values)
{
    QStringList out;
    for (const value::Term &value : values)
        out << changeset::ChangesetInspect::value(value);
    return out;
}

QString preloadTexts(const std::vector<query::PreloadStatement> &preloads)
{
    QStringList texts;
    for (const query::PreloadStatement &preload : preloads)
        texts << u"-- " % preload.path % u" (for the parents' keys in ^" % preload.keys % u")\n" % preload.statement.sql % u';';
    return texts.join(u"\n\n");
}

} // namespace

QueryComposerRenderer::QueryComposerRenderer(const project::Project &project)
    : m_compiler(std::make_unique<query::QueryCompiler>(project))
{
}

QueryComposerRenderer::~QueryComposerRenderer() = default;

QueryComposerRendering QueryComposerRenderer::render(const QString &source, db::Dialect dialect,
                                                     const QHash<QString, value::Term> &pins) const
{
    QueryComposerRendering out;
    if (source.trimmed().isEmpty())
        return out;
    const query::Evaluation evaluation = m_compiler->evaluate(source);
    const query::ComposeResult result = m_compiler->render(evaluation, dialect, query::Operation::All, pins);
    for (const query::Statement &statement : result.statements)
        out.statements.append({statement.sql, elixirTexts(statement.params), statement.params, statement.writes});
    QStringList errors;
    for (const query::ComposerError &error : result.errors)
        errors << located(error);
    out.error = errors.join(u'\n');
    for (const query::OpenParameterInfo &open : result.openParameters)
        out.open.append({open.name, open.type, open.supplied});
    if (result.isOk() && evaluation.query) {
        const auto preloads = m_compiler->preloads(evaluation, dialect);
        out.preloads = preloadTexts(preloads ? preloads.value() : std::vector<query::PreloadStatement>());
    }
    return out;
}

} // namespace ectowb::widgets
