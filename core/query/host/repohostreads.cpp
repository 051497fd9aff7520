// The Repo functions that read: all/one and their forms (get, get_by, aggregate,
// exists?), offline and on live rows. The writes are in repohost.cpp.
#include "querycontext.h"
#include "repohoststate.h"

#include "value/termvalue.h"

namespace ectowb::query::repo {

using interpreter::Value;

Result<Value> RepoState::all()
{
    if (!interpreter)
        return Value::list({});
    std::optional<Result<std::vector<Value>>> rows = context->lastRows(*interpreter);
    if (!rows)
        return Value::list({});
    if (!*rows)
        return rows->failure();
    return Value::list(std::move(**rows));
}

Result<Value> RepoState::one(bool bang)
{
    static const QString none = QStringLiteral("expected at least one result but got none in query");
    std::optional<Result<std::vector<Value>>> rows = interpreter ? context->lastRows(*interpreter) : std::nullopt;
    if (!rows)
        return bang ? raise(QStringLiteral("Ecto.NoResultsError"), none) : Value::nil();
    if (!*rows)
        return rows->failure();
    const std::vector<Value> &found = **rows;
    if (found.size() > 1)
        return Error{QStringLiteral("expected at most one result but got %1 in query").arg(found.size()), QStringLiteral("Ecto.MultipleResultsError")};
    if (found.empty())
        return bang ? Result<Value>(Error{none, QStringLiteral("Ecto.NoResultsError")}) : Value::nil();
    return found.front();
}

Result<Value> RepoState::get(const std::vector<Value> &args, bool bang)
{
    Result<std::shared_ptr<Query>> q = query(args[0]);
    if (!q)
        return q.failure();
    Result<const schema::Schema *> s = fromSchema(**q, "get");
    if (!s)
        return s.failure();
    if ((*s)->primaryKey.size() != 1)
        return Error{QStringLiteral("Repo.get requires the schema %1 to have exactly one primary key")
                         .arg((*s)->module), QStringLiteral("Ecto.QueryError")};
    if (args[1].isNil())
        return Error{QStringLiteral("cannot perform Repo.get/2 because the given value is nil"), QStringLiteral("ArgumentError")};
    Result<Term> id = value::TermValue::fromValue(args[1]);
    if (!id)
        return id.failure();
    // one query, one WHERE: `from x in query, where: field(x, ^pk) == ^id`
    Clause c;
    Param p;
    p.value = *id;
    p.type = QueryType::field(0, (*s)->primaryKey.front());
    c.params.push_back(p);
    c.expr = Expr::call(QStringLiteral("=="), {Expr::field(0, (*s)->primaryKey.front()), Expr::param(0)});
    (*q)->wheres.push_back(std::move(c));
    record(*q, Operation::All, prefixOption(args));
    return one(bang);
}

Result<Value> RepoState::getBy(const std::vector<Value> &args, bool bang)
{
    Result<std::shared_ptr<Query>> q = query(args[0]);
    if (!q)
        return q.failure();
    const Value &clauses = args[1];
    std::vector<std::pair<QString, Value>> pairs;
    if (clauses.isKeyword()) {
        for (const Value &kv : clauses.elements())
            pairs.emplace_back(kv.elements()[0].atomName(), kv.elements()[1]);
    } else if (clauses.isMap()) {
        for (const auto &[k, v] : clauses.pairs())
            pairs.emplace_back(k.isAtom() ? k.atomName() : k.text(), v);
    } else {
        return Error{QStringLiteral("expected a keyword list or a map of clauses, got: %1").arg(clauses.inspect()), QStringLiteral("ArgumentError")};
    }
    Clause c;
    ExprPtr expr;
    for (const auto &[field, v] : pairs) {
        if (v.isNil())
            return Error{QStringLiteral("nil given for :%1. Comparison with nil is forbidden as it is "
                                        "unsafe. Instead write a query with is_nil/1, for example: is_nil(s.%1)").arg(field), QStringLiteral("ArgumentError")};
        Result<Term> t = value::TermValue::fromValue(v);
        if (!t)
            return t.failure();
        Param p;
        p.value = *t;
        p.type = QueryType::field(0, field);
        c.params.push_back(std::move(p));
        ExprPtr cmp = Expr::call(QStringLiteral("=="), {Expr::field(0, field), Expr::param(int(c.params.size()) - 1)});
        expr = expr ? Expr::call(QStringLiteral("and"), {expr, cmp}) : cmp;
    }
    c.expr = expr ? expr : Expr::literalOf(Term::boolean(true));
    (*q)->wheres.push_back(std::move(c));
    record(*q, Operation::All, prefixOption(args));
    return one(bang);
}

Result<Value> RepoState::aggregate(const std::vector<Value> &args)
{
    Result<std::shared_ptr<Query>> q = query(args[0]);
    if (!q)
        return q.failure();
    const QString agg = args[1].atomName();
    static const QStringList aggregates{QStringLiteral("count"), QStringLiteral("avg"), QStringLiteral("max"),
                                        QStringLiteral("min"), QStringLiteral("sum")};
    if (!aggregates.contains(agg))
        return Error{QStringLiteral("unknown aggregate :%1").arg(agg), QStringLiteral("ArgumentError")};
    const QString field = args.size() > 2 && args[2].isAtom() ? args[2].atomName() : QString();
    if (field.isEmpty() && agg != u"count")
        return Error{QStringLiteral("Repo.aggregate/3 with :%1 needs a field").arg(agg), QStringLiteral("ArgumentError")};
    Query &query = **q;
    query.preloads.clear();
    if (!query.groupBys.empty())
        return Error{QStringLiteral("cannot aggregate on query with group_by"), QStringLiteral("Ecto.QueryError")};
    const bool wrap = query.distinct || query.limit || query.offset || !query.combinations.empty();
    std::shared_ptr<Query> target = *q;
    if (wrap) {
        if (!field.isEmpty())
            query.select = Clause::of(Expr::field(0, field));
        target = std::make_shared<Query>();
        target->from.kind = Source::Kind::Subquery;
        target->from.subquery = *q;
    } else {
        query.orderBys.clear();
    }
    target->select = Clause::of(field.isEmpty() ? Expr::call(agg, {}) : Expr::call(agg, {Expr::field(0, field)}));
    record(target, Operation::All, prefixOption(args));
    return one(true);
}

Result<Value> RepoState::exists(const std::vector<Value> &args)
{
    Result<std::shared_ptr<Query>> q = query(args[0]);
    if (!q)
        return q.failure();
    Query &query = **q;
    query.preloads.clear();
    query.orderBys.clear();
    query.distinct.reset();
    query.select = Clause::of(Expr::literalOf(Term::integer(1)));
    query.limit = Clause::of(Expr::literalOf(Term::integer(1)));
    record(*q, Operation::All, prefixOption(args));
    Result<Value> rows = all();
    if (!rows)
        return rows;
    return Value::boolean(!rows->elements().empty());
}

} // namespace ectowb::query::repo
