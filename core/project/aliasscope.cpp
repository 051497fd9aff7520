#include "aliasscope.h"

using ectowb::elixir::Ast;

namespace ectowb::project {

namespace {
QString lastSegment(const QString &module)
{
    const qsizetype dot = module.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? module : module.mid(dot + 1);
}
} // namespace

QString AliasScope::expandSegments(const QStringList &segments) const
{
    if (segments.isEmpty())
        return QString();
    const auto it = m_aliases.constFind(segments.first());
    QStringList parts = segments;
    if (it != m_aliases.constEnd())
        parts.first() = *it;
    return parts.join(QLatin1Char('.'));
}

QString AliasScope::expand(const Ast &expr) const
{
    if (expr.isAtom()) {
        const QString name = expr.atomName();
        return name.startsWith(QLatin1String("Elixir.")) ? name.mid(7) : QString();
    }
    if (expr.isVariable() && expr.callName() == QLatin1String("__MODULE__"))
        return m_module;
    if (!expr.isCall(u"__aliases__"))
        return QString();
    QStringList segments;
    const auto &args = expr.args();
    for (size_t i = 0; i < args.size(); ++i) {
        const Ast &part = args[i];
        if (part.isAtom()) {
            segments << part.atomName();
        } else if (i == 0) {
            // `__MODULE__.Sub`, or an alias already resolved when a quote was spliced.
            const QString head = expand(part);
            if (head.isEmpty())
                return QString();
            QStringList rest;
            for (size_t j = 1; j < args.size(); ++j) {
                if (!args[j].isAtom())
                    return QString();
                rest << args[j].atomName();
            }
            return rest.isEmpty() ? head : head + QLatin1Char('.') + rest.join(QLatin1Char('.'));
        } else {
            return QString();
        }
    }
    return expandSegments(segments);
}

bool AliasScope::apply(const Ast &call)
{
    if (!call.isCall(u"alias") || call.args().empty())
        return false;
    const Ast &target = call.args()[0];
    const Ast *opts = call.args().size() > 1 ? &call.args()[1] : nullptr;

    // alias A.{B, C}: the form is `{{:., _, [A, :{}]}, _, [B, C]}`.
    if (target.isCall() && target.callForm().isCall(u".", 2) && target.callForm().args()[1].isAtom(u"{}")) {
        const QString base = expand(target.callForm().args()[0]);
        if (base.isEmpty())
            return false;
        for (const Ast &child : target.args()) {
            if (!child.isCall(u"__aliases__"))
                continue;
            QStringList segments;
            for (const Ast &seg : child.args())
                segments << seg.atomName();
            const QString full = base + QLatin1Char('.') + segments.join(QLatin1Char('.'));
            addAlias(segments.last(), full);
        }
        return true;
    }

    const QString full = expand(target);
    if (full.isEmpty())
        return false;
    QString as = lastSegment(full);
    if (opts && opts->isList()) {
        if (const Ast asAst = opts->keywordValue(u"as"); asAst.isValid()) {
            const QString name = asAst.isCall(u"__aliases__") && !asAst.args().empty()
                                     ? asAst.args()[0].atomName()
                                     : expand(asAst);
            if (!name.isEmpty())
                as = lastSegment(name);
        }
    }
    addAlias(as, full);
    return true;
}

} // namespace ectowb::project
