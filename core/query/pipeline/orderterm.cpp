#include "orderterm.h"

#include "pipelineast.h"

namespace ectowb::query {

using elixir::Ast;

namespace {

bool readField(const Ast &ast, OrderTerm &out)
{
    return PipelineAst::fieldAccess(ast, &out.binding, &out.field);
}

// One element of the list: `p.title` (ascending) or `{:desc, p.title}`.
bool readTerm(const Ast &ast, OrderTerm &out)
{
    if (ast.isTuple() && ast.elements().size() == 2 && ast.elements()[0].isAtom()) {
        out.direction = ast.elements()[0].atomName();
        return OrderTerm::directions().contains(out.direction) && readField(ast.elements()[1], out);
    }
    out.direction = QStringLiteral("asc");
    return readField(ast, out);
}

} // namespace

QStringList OrderTerm::directions()
{
    // Ecto.Query.Builder.OrderBy's @directions.
    return {QStringLiteral("asc"),
            QStringLiteral("asc_nulls_last"),
            QStringLiteral("asc_nulls_first"),
            QStringLiteral("desc"),
            QStringLiteral("desc_nulls_last"),
            QStringLiteral("desc_nulls_first")};
}

QString OrderTerm::toExpression(const QList<OrderTerm> &terms)
{
    QStringList parts;
    for (const OrderTerm &term : terms)
        parts << term.direction % u": " % term.binding % u'.' % term.field;
    return u'[' % parts.join(QStringLiteral(", ")) % u']';
}

std::optional<QList<OrderTerm>> OrderTerm::fromExpression(const QString &expression)
{
    const auto parsed = PipelineAst::parseFragment(expression);
    if (!parsed)
        return std::nullopt;
    QList<OrderTerm> terms;
    if (!parsed->isList()) {
        OrderTerm term;
        if (!readTerm(*parsed, term))
            return std::nullopt;
        return QList<OrderTerm>{term};
    }
    for (const Ast &element : parsed->elements()) {
        OrderTerm term;
        if (!readTerm(element, term))
            return std::nullopt;
        terms << term;
    }
    return terms;
}

} // namespace ectowb::query
