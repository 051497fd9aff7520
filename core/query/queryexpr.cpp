#include "queryexpr.h"

namespace ectowb::query {

ExprPtr Expr::field(int binding, const QString &name)
{
    auto e = std::make_shared<Expr>();
    e->kind = Kind::Field;
    e->binding = binding;
    e->name = name;
    return e;
}

ExprPtr Expr::op(const QString &name, std::vector<ExprPtr> args)
{
    auto e = std::make_shared<Expr>();
    e->kind = Kind::Op;
    e->name = name;
    e->args = std::move(args);
    return e;
}

ExprPtr Expr::literalOf(const Term &term)
{
    auto e = std::make_shared<Expr>();
    e->kind = Kind::Literal;
    e->literal = term;
    return e;
}

ExprPtr Expr::paramAt(int index)
{
    auto e = std::make_shared<Expr>();
    e->kind = Kind::Param;
    e->param = index;
    return e;
}

} // namespace ectowb::query
