#include "macroexpander.h"

#include <functional>

using ectowb::elixir::Ast;

namespace ectowb::project {

namespace {

// Rebuilds `ast` bottom-up, letting `replace` swap any node first.
Ast rewrite(const Ast &ast, const std::function<std::optional<Ast>(const Ast &)> &replace)
{
    if (const auto swapped = replace(ast))
        return *swapped;
    switch (ast.kind()) {
    case Ast::Kind::List: {
        std::vector<Ast> items;
        for (const Ast &e : ast.elements())
            items.push_back(rewrite(e, replace));
        return Ast::list(std::move(items));
    }
    case Ast::Kind::Tuple:
        return Ast::tuple(rewrite(ast.elements()[0], replace), rewrite(ast.elements()[1], replace));
    case Ast::Kind::Call: {
        if (!ast.argsIsList())
            return ast;
        std::vector<Ast> args;
        for (const Ast &a : ast.args())
            args.push_back(rewrite(a, replace));
        return Ast::call(rewrite(ast.callForm(), replace), ast.pos(), std::move(args));
    }
    case Ast::Kind::Invalid:
    case Ast::Kind::Integer:
    case Ast::Kind::Float:
    case Ast::Kind::Atom:
    case Ast::Kind::String:
        break;
    }
    return ast;
}

// `defmacro name(params) [when guard] do body end` -> {head call, body}
std::optional<std::pair<Ast, Ast>> definition(const Ast &stmt, QStringView kind)
{
    if (!stmt.isCall(kind, 2))
        return std::nullopt;
    Ast head = stmt.args()[0];
    if (head.isCall(u"when", 2))
        head = head.args()[0];
    const Ast body = stmt.args()[1].keywordValue(u"do");
    if (!head.isCall() || !body.isValid())
        return std::nullopt;
    return std::make_pair(head, body);
}

QString paramName(const Ast &param)
{
    // `opts`, `opts \\ []`, `_`
    const Ast p = param.isCall(u"\\\\", 2) ? param.args()[0] : param;
    return p.isVariable() ? p.callName() : QString();
}

} // namespace

std::optional<std::vector<Ast>> MacroExpander::expand(const Ast &call, const AliasScope &scope) const
{
    if (!m_modules || !call.isCall())
        return std::nullopt;
    if (call.isCall(u"use"))
        return expandUse(call, scope);
    return expandMacro(call);
}

std::optional<std::vector<Ast>> MacroExpander::quoteOf(const Ast &body, const ElixirModule &owner,
                                                       const QHash<QString, Ast> &bindings) const
{
    const std::vector<Ast> stmts = body.blockStatements();
    if (stmts.empty() || !stmts.back().isCall(u"quote") || stmts.back().args().empty())
        return std::nullopt;
    const Ast quoted = stmts.back().args().back().keywordValue(u"do");
    if (!quoted.isValid())
        return std::vector<Ast>{};
    // `prefix = Application.compile_env(...)` before the quote: `unquote(prefix)`
    // stands for the expression, which the caller evaluates as it compiles.
    QHash<QString, Ast> locals = bindings;
    for (size_t i = 0; i + 1 < stmts.size(); ++i) {
        if (stmts[i].isCall(u"=", 2) && stmts[i].args()[0].isVariable())
            locals.insert(stmts[i].args()[0].callName(), stmts[i].args()[1]);
    }
    // Aliases inside a quote are expanded where the quote is written (the macro's
    // module), and `unquote(param)` becomes the argument the caller passed.
    const AliasScope &ownerScope = owner.scope;
    const Ast expanded = rewrite(quoted, [&](const Ast &node) -> std::optional<Ast> {
        if (node.isCall(u"unquote", 1) && node.args()[0].isVariable()) {
            const auto it = locals.constFind(node.args()[0].callName());
            if (it != locals.constEnd())
                return *it;
        }
        // unquote(@attr): the wrapper module's own attribute.
        if (node.isCall(u"unquote", 1) && node.args()[0].isCall(u"@", 1) && node.args()[0].args()[0].isCall()) {
            const QString attr = node.args()[0].args()[0].callName();
            for (const Ast &stmt : owner.body) {
                if (!stmt.isCall(u"@", 1) || !stmt.args()[0].isCall(attr, 1))
                    continue;
                // Read where it was set: __MODULE__ is the wrapper there, not the caller.
                const Ast ownerName = Ast::atom(QStringLiteral("Elixir.") + owner.name);
                return rewrite(stmt.args()[0].args()[0], [&](const Ast &inner) -> std::optional<Ast> {
                    if (inner.isVariable() && inner.callName() == QLatin1String("__MODULE__"))
                        return ownerName;
                    return std::nullopt;
                });
            }
        }
        if (node.isVariable() && node.callName() == QLatin1String("__MODULE__"))
            return std::nullopt; // __MODULE__ in a quote means the caller
        if (node.isCall(u"__aliases__") && !node.args().empty() && node.args()[0].isAtom()) {
            AliasScope probe = ownerScope;
            probe.setCurrentModule(owner.name);
            const QString full = probe.expand(node);
            if (full != node.args()[0].atomName() && !full.isEmpty()) {
                QStringList segments;
                for (const Ast &s : node.args())
                    segments << s.atomName();
                if (full != segments.join(QLatin1Char('.')))
                    return Ast::atom(QStringLiteral("Elixir.") + full);
            }
        }
        return std::nullopt;
    });
    return expanded.blockStatements();
}

std::optional<std::vector<Ast>> MacroExpander::expandUse(const Ast &call, const AliasScope &scope) const
{
    const QString name = scope.expand(call.args()[0]);
    const auto it = m_modules->constFind(name);
    if (it == m_modules->constEnd())
        return std::nullopt;
    const ElixirModule &wrapper = *it;
    const Ast opts = call.args().size() > 1 ? call.args()[1] : Ast::list({});
    for (const Ast &stmt : wrapper.body) {
        const auto def = definition(stmt, u"defmacro");
        if (!def || def->first.callName() != QLatin1String("__using__"))
            continue;
        QHash<QString, Ast> bindings;
        if (!def->first.args().empty())
            bindings.insert(paramName(def->first.args()[0]), opts);
        if (auto spliced = quoteOf(def->second, wrapper, bindings))
            return spliced;
        // Phoenix style: `apply(__MODULE__, which, [])` dispatching to `def which`.
        if (opts.isAtom()) {
            for (const Ast &other : wrapper.body) {
                const auto fun = definition(other, u"def");
                if (fun && fun->first.callName() == opts.atomName())
                    return quoteOf(fun->second, wrapper, {});
            }
        }
    }
    return std::nullopt;
}

std::optional<std::vector<Ast>> MacroExpander::expandMacro(const Ast &call) const
{
    const QString name = call.callName();
    if (name.isEmpty())
        return std::nullopt;
    const size_t arity = call.args().size();
    for (const ElixirModule &module : *m_modules) {
        for (const Ast &stmt : module.body) {
            const auto def = definition(stmt, u"defmacro");
            if (!def || def->first.callName() != name || def->first.args().size() < arity)
                continue;
            QHash<QString, Ast> bindings;
            for (size_t i = 0; i < def->first.args().size(); ++i) {
                const Ast &param = def->first.args()[i];
                const Ast value = i < arity ? call.args()[i]
                                  : param.isCall(u"\\\\", 2) ? param.args()[1]
                                                             : Ast();
                if (!value.isValid())
                    break;
                bindings.insert(paramName(param), value);
            }
            if (auto spliced = quoteOf(def->second, module, bindings))
                return spliced;
        }
    }
    return std::nullopt;
}

} // namespace ectowb::project
