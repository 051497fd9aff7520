#include "pipelineast.h"

#include "elixir/reader.h"
#include "elixir/sourceprinter.h"

namespace ectowb::query {

using elixir::Ast;
using Kind = PipelineStep::Kind;

Result<Ast> PipelineAst::parseFragment(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error{QStringLiteral("the expression is empty")};
    const elixir::ParseResult parsed = elixir::Reader::parse(text.toUtf8());
    if (!parsed.isValid())
        return Error{QStringLiteral("%1 (column %2)").arg(parsed.error->message).arg(parsed.error->column)};
    if (parsed.ast.isCall(u"__block__")) {
        // Elixir wraps some single expressions too (`a not in b`): unwrap those.
        if (parsed.ast.args().size() != 1)
            return Error{QStringLiteral("one expression is expected here")};
        return parsed.ast.args()[0];
    }
    return parsed.ast;
}

QString PipelineAst::print(const Ast &ast)
{
    return elixir::SourcePrinter::print(ast);
}

namespace {

void collectVariables(const Ast &ast, QSet<QString> &out)
{
    if (ast.isVariable()) {
        out.insert(ast.callName());
        return;
    }
    if (ast.isList() || ast.isTuple()) {
        for (const Ast &e : ast.elements())
            collectVariables(e, out);
        return;
    }
    if (!ast.isCall())
        return;
    collectVariables(ast.callForm(), out);
    for (const Ast &a : ast.args())
        collectVariables(a, out);
}

} // namespace

QSet<QString> PipelineAst::variables(const Ast &ast)
{
    QSet<QString> out;
    collectVariables(ast, out);
    return out;
}

Ast PipelineAst::renamed(const Ast &ast, const QHash<QString, QString> &names)
{
    if (names.isEmpty())
        return ast;
    if (ast.isVariable()) {
        const auto it = names.constFind(ast.callName());
        return it == names.cend() ? ast : Ast::variable(*it, ast.pos(), ast.context());
    }
    if (ast.isList()) {
        std::vector<Ast> elements;
        for (const Ast &e : ast.elements())
            elements.push_back(renamed(e, names));
        return Ast::list(std::move(elements));
    }
    if (ast.isTuple())
        return Ast::tuple(renamed(ast.elements()[0], names), renamed(ast.elements()[1], names));
    if (!ast.isCall())
        return ast;
    std::vector<Ast> args;
    for (const Ast &a : ast.args())
        args.push_back(renamed(a, names));
    const Ast form = ast.callForm().isAtom() ? ast.callForm() : renamed(ast.callForm(), names);
    return Ast::call(form, ast.pos(), std::move(args));
}

Ast PipelineAst::variable(const QString &name)
{
    return Ast::variable(name, {});
}

Ast PipelineAst::bindingList(const QStringList &bindings, const QSet<QString> &used)
{
    qsizetype count = 1; // Ecto's macros take at least the first binding
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        if (used.contains(bindings.at(i)))
            count = i + 1;
    }
    std::vector<Ast> list;
    for (qsizetype i = 0; i < std::min(count, bindings.size()); ++i)
        list.push_back(variable(bindings.at(i)));
    return Ast::list(std::move(list));
}

QSet<QString> PipelineAst::bindingsUsed(const Ast &ast, const QStringList &bindings)
{
    QSet<QString> used;
    for (const QString &name : variables(ast)) {
        if (bindings.contains(name))
            used.insert(name);
    }
    return used;
}

std::optional<QString> PipelineAst::checkStep(const PipelineStep &step, const QStringList &bindings)
{
    if (PipelineStep::bindsSource(step.kind)) {
        const auto name = parseFragment(step.binding);
        if (!name || !name->isVariable())
            return QStringLiteral("the binding must be a variable name, like p");
        if (bindings.indexOf(step.binding) != bindings.size() - 1)
            return QStringLiteral("the binding %1 is already used by an earlier step").arg(step.binding);
        const auto source = parseFragment(step.source);
        if (!source)
            return QStringLiteral("source: %1").arg(source.error());
        if (step.kind == Kind::Join && !step.expression.trimmed().isEmpty()) {
            const auto on = parseFragment(step.expression);
            if (!on)
                return QStringLiteral("on: %1").arg(on.error());
        }
        return std::nullopt;
    }
    const auto expression = parseFragment(step.expression);
    if (!expression)
        return expression.error();
    return std::nullopt;
}

// `p.title` in quoted form: {{:., _, [{:p, _, nil}, :title]}, _, []}.
bool PipelineAst::fieldAccess(const elixir::Ast &ast, QString *binding, QString *field)
{
    if (!ast.isCall() || !ast.args().empty() || !ast.callForm().isCall(u".", 2))
        return false;
    const elixir::Ast &lhs = ast.callForm().args()[0];
    const elixir::Ast &rhs = ast.callForm().args()[1];
    if (!lhs.isVariable() || !rhs.isAtom())
        return false;
    *binding = lhs.callName();
    *field = rhs.atomName();
    return true;
}

} // namespace ectowb::query
