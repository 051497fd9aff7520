#include "assocwhere.h"

namespace ectowb::query {

ExprPtr AssocWhere::condition(const schema::Association &assoc, int binding, std::vector<Param> &params)
{
    if (!assoc.where.isValid() || !assoc.where.isList())
        return nullptr;
    ExprPtr out;
    for (const elixir::Ast &kv : assoc.where.elements()) {
        if (!kv.isTuple() || !kv.elements()[0].isAtom())
            continue;
        const QString field = kv.elements()[0].atomName();
        const elixir::Ast &v = kv.elements()[1];
        ExprPtr cond;
        if (v.isAtom(u"nil")) {
            cond = Expr::call(QStringLiteral("is_nil"), {Expr::field(binding, field)});
        } else {
            Param p;
            p.type = QueryType::field(binding, field);
            p.value = v.isInteger() ? Term::integer(v.integerValue())
                      : v.isFloat() ? Term::floating(v.floatValue())
                      : v.isString() ? Term::string(v.text())
                                     : Term::atom(v.atomName());
            params.push_back(p);
            cond = Expr::call(QStringLiteral("=="), {Expr::field(binding, field), Expr::param(int(params.size()) - 1)});
        }
        out = out ? Expr::call(QStringLiteral("and"), {out, cond}) : cond;
    }
    return out;
}

} // namespace ectowb::query
