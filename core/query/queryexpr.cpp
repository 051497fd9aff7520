#include "queryexpr.h"

namespace ectowb::query {

std::shared_ptr<Expr> Expr::make(Kind kind)
{
    auto e = std::make_shared<Expr>();
    e->kind = kind;
    return e;
}

ExprPtr Expr::field(int binding, const QString &name)
{
    auto e = make(Kind::Field);
    e->binding = binding;
    e->name = name;
    return e;
}

ExprPtr Expr::source(int binding)
{
    auto e = make(Kind::Source);
    e->binding = binding;
    return e;
}

ExprPtr Expr::param(int index)
{
    auto e = make(Kind::Param);
    e->index = index;
    return e;
}

ExprPtr Expr::literalOf(const Term &term)
{
    auto e = make(Kind::Literal);
    e->literal = term;
    return e;
}

ExprPtr Expr::call(const QString &name, std::vector<ExprPtr> args)
{
    auto e = make(Kind::Call);
    e->name = name;
    e->args = std::move(args);
    return e;
}

ExprPtr Expr::order(const QString &direction, ExprPtr expr)
{
    auto e = make(Kind::Order);
    e->name = direction;
    e->args = {std::move(expr)};
    return e;
}

ExprPtr Expr::list(std::vector<ExprPtr> items)
{
    auto e = make(Kind::List);
    e->args = std::move(items);
    return e;
}

ExprPtr Expr::rebased(const std::function<int(int)> &map, int paramOffset) const
{
    auto e = std::make_shared<Expr>(*this);
    const bool bound = kind == Kind::Field || kind == Kind::Source || kind == Kind::Take;
    if (bound && binding >= 0 && !parent)
        e->binding = map(binding);
    if ((kind == Kind::Param || kind == Kind::Splice) && index >= 0)
        e->index = index + paramOffset;
    e->type = type.mapBindings(map);
    for (ExprPtr &arg : e->args) {
        if (arg)
            arg = arg->rebased(map, paramOffset);
    }
    return e;
}

} // namespace ectowb::query
