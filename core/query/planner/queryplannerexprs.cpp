// The clause pass of the planner, for one expression: parameters numbered, cast
// and dumped; fields renamed to columns; as/parent_as resolved; tagged literals
// dumped; the select flattened to its columns.
#include "plannerstate.h"
#include "plannertypes.h"
#include "query/render/queryrenderer.h"

#include "value/termvalue.h"
#include "changeset/typecaster.h"

#include <algorithm>

namespace ectowb::query::planner {

namespace {

using schema::EctoType;

// Ecto.Type.base?/1: a primitive atom, not a type module.
bool isBaseType(const QueryType &t)
{
    if (t.kind() == QueryType::Kind::Array)
        return isBaseType(t.inner());
    return t.kind() == QueryType::Kind::Primitive && t.name() != u"any" && !t.isModule();
}

// The type type/2 casts to in SQL: Ecto.Type.type/1 of what the builder kept (a
// field's type, Ecto.UUID's :uuid), composites element by element. A module whose
// type/0 only its own code knows keeps its name.
Result<QueryType> sqlType(const QueryType &t, const State &state, const QString &kind)
{
    if (t.kind() == QueryType::Kind::Array) {
        Result<QueryType> inner = sqlType(t.inner(), state, kind);
        return inner ? Result<QueryType>(QueryType::array(*inner)) : inner;
    }
    if (t.kind() != QueryType::Kind::Field && !t.isModule())
        return t;
    Result<Resolved> r = resolve(t, state, kind, Term::nil());
    if (!r)
        return r.failure();
    const QString name = r->kind == Resolved::Kind::Type ? r->type.underlyingPrimitive() : QStringLiteral("any");
    if (t.isModule() && name.isEmpty())
        return t;
    return QueryType::primitive(name == u"array" ? QStringLiteral("any") : name);
}

// selected_as(expr, name) somewhere in a select expression.
bool selectsAs(const Expr &e, const QString &name)
{
    if (e.kind == Expr::Kind::SelectedAs && e.name == name)
        return true;
    return std::any_of(e.args.begin(), e.args.end(), [&](const ExprPtr &a) { return a && selectsAs(*a, name); });
}

// The node with its arguments normalized; the node itself when none changed
// (planning allocates only what it rewrites).
Result<ExprPtr> normalizeArgs(const QueryPlanner &planner, const ExprPtr &expr, const ClauseRef &clause, State &state)
{
    std::shared_ptr<Expr> copy;
    for (size_t i = 0; i < expr->args.size(); ++i) {
        const ExprPtr &arg = expr->args[i];
        if (!arg)
            continue;
        Result<ExprPtr> n = normalize(planner, arg, clause, state);
        if (!n)
            return n;
        if (n->get() == arg.get())
            continue;
        if (!copy)
            copy = std::make_shared<Expr>(*expr);
        copy->args[i] = *n;
    }
    return copy ? ExprPtr(copy) : expr;
}

} // namespace

Result<ClauseRef> number(const QueryPlanner &planner, const std::vector<Param> &params, const QString &kind, State &state)
{
    ClauseRef ref;
    ref.kind = kind;
    const Level level = state.levels.back();
    const bool expand = planner.dialect().expandsListParams();
    // a sent parameter takes the next placeholder
    auto send = [&state](Term t) {
        state.params.push_back(std::move(t));
        ++state.counter;
    };
    for (const Param &p : params) {
        if (p.subquery) {
            // Ecto's prewalk_source names the columns of every expression subquery
            // (AS "field") except those in a where clause.
            Result<std::shared_ptr<PlannedQuery>> sub = nested(planner, *p.subquery, u's' + level.planned->prefix,
                                                               level.planned, kind != u"where", true, state,
                                                               nullptr, true);
            if (!sub)
                return sub.failure();
            ref.subqueries.insert(p.subquery.get(), *sub);
            ref.global.push_back(-1);
            ref.count.push_back(0);
            continue;
        }
        if (state.numberOnly) {
            ref.global.push_back(state.counter);
            ref.count.push_back(p.splice ? int(p.value.elements().size()) : 1);
            state.counter += ref.count.back();
            continue;
        }
        Term value = p.value;
        if (!p.open.isEmpty()) {
            const bool supplied = state.openValues.contains(p.open);
            value = supplied ? state.openValues.value(p.open) : Term::nil();
            Result<Resolved> r = resolve(p.type, state, kind, value);
            QString type = QStringLiteral(":any");
            if (r && r->kind == Resolved::Kind::Type)
                type = typeText(r->type);
            else if (r && r->kind == Resolved::Kind::In)
                type = QStringLiteral("{:array, %1}").arg(typeText(r->type));
            else if (r && r->kind == Resolved::Kind::AnyDatetime)
                type = QStringLiteral(":utc_datetime");
            state.openTypes.push_back({p.open, type, supplied});
            if (!supplied) {
                // no value yet: one placeholder, whatever the type
                ref.global.push_back(state.counter);
                ref.count.push_back(1);
                send(Term::nil());
                continue;
            }
        }
        const int start = state.counter;
        ref.global.push_back(start);
        if (p.splice) {
            for (const Term &e : value.elements())
                send(e);
            ref.count.push_back(int(value.elements().size()));
            continue;
        }
        Result<Resolved> r = resolve(p.type, state, kind, value);
        if (!r)
            return r.failure();
        if (r->kind == Resolved::Kind::In) {
            if (!value.isList())
                return Error{QStringLiteral("value `%1` in `%2` cannot be cast to type {:in, %3} "
                                            "in query").arg(inspectTerm(value), kind, typeText(r->type)), QStringLiteral("Ecto.Query.CastError")};
            std::vector<Term> items;
            for (const Term &e : value.elements()) {
                Result<Term> d = castAndDump(planner, r->type, e, kind);
                if (!d)
                    return d.failure();
                items.push_back(*d);
            }
            if (expand) {
                for (const Term &e : items)
                    send(e);
                ref.count.push_back(int(items.size()));
            } else {
                send(Term::list(std::move(items)));
                ref.count.push_back(1);
            }
            continue;
        }
        EctoType type;
        if (r->kind == Resolved::Kind::Type) {
            type = r->type;
        } else if (r->kind == Resolved::Kind::AnyDatetime) {
            if (value.kind() == Term::Kind::DateTime)
                type = EctoType::primitive(QStringLiteral("utc_datetime_usec"));
            else if (value.kind() == Term::Kind::NaiveDateTime)
                type = EctoType::primitive(QStringLiteral("naive_datetime_usec"));
        }
        // any_datetime keeps the value's own precision, as the oracle's output shows
        Result<Term> d = r->kind == Resolved::Kind::AnyDatetime ? planner.dialect().dump(type, value)
                                                                : castAndDump(planner, type, value, kind);
        if (!d)
            return d.failure();
        send(*d);
        ref.count.push_back(1);
    }
    return ref;
}

Result<ExprPtr> normalize(const QueryPlanner &planner, const ExprPtr &expr, const ClauseRef &clause, State &state)
{
    const Expr &e = *expr;
    const Level &level = state.levels.back();
    switch (e.kind) {
    case Expr::Kind::Field: {
        std::shared_ptr<Expr> out;
        if (e.parent) {
            out = std::make_shared<Expr>(e);
            out->alias.clear();
            for (int i = int(state.levels.size()) - 2; i >= 0; --i) {
                const int ix = state.levels[size_t(i)].query->aliasIndex(e.alias);
                if (ix < 0)
                    continue;
                Result<QString> col = column(state.levels[size_t(i)].planned->sources[size_t(ix)], e.name, clause.kind);
                if (!col)
                    return col.failure();
                out->binding = ix;
                out->count = int(state.levels.size()) - 1 - i;
                out->name = *col;
                return ExprPtr(out);
            }
            return queryError(QStringLiteral("could not find named binding `parent_as(:%1)`").arg(e.alias));
        }
        int ix = e.binding;
        if (!e.alias.isEmpty()) {
            ix = level.query->aliasIndex(e.alias);
            if (ix < 0)
                return queryError(QStringLiteral("could not find named binding `as(:%1)`").arg(e.alias));
        }
        const PlannedSource *s = sourceOf(level, ix);
        if (!s || (!clause.generated && ix >= level.query->bindingCount()))
            return queryError(QStringLiteral("invalid binding in `%1`: the query has %2 binding(s)")
                                  .arg(clause.kind).arg(level.query->bindingCount()));
        Result<QString> col = column(*s, e.name, clause.kind);
        if (!col)
            return col.failure();
        if (ix == e.binding && *col == e.name && e.alias.isEmpty())
            return expr; // already what the renderer needs
        out = std::make_shared<Expr>(e);
        out->alias.clear();
        out->binding = ix;
        out->name = *col;
        return ExprPtr(out);
    }
    case Expr::Kind::Source: {
        if (!sourceOf(level, e.binding))
            return queryError(QStringLiteral("invalid binding in `%1`").arg(clause.kind));
        return expr;
    }
    case Expr::Kind::Param:
    case Expr::Kind::Splice: {
        auto out = std::make_shared<Expr>(e);
        out->index = clause.global[size_t(e.index)];
        out->count = clause.count[size_t(e.index)];
        return ExprPtr(out);
    }
    case Expr::Kind::Tagged: {
        if (isBaseType(e.type))
            return expr;
        Result<Resolved> r = resolve(e.type, state, clause.kind, e.literal);
        if (!r)
            return r.failure();
        if (r->kind != Resolved::Kind::Type)
            return Expr::literalOf(e.literal);
        Result<Term> dumped = dumpLiteral(planner, r->type, e.literal, clause.kind);
        if (!dumped)
            return dumped.failure();
        return Expr::literalOf(*dumped);
    }
    case Expr::Kind::Type: {
        Result<ExprPtr> inner = normalize(planner, e.args[0], clause, state);
        if (!inner)
            return inner;
        auto out = std::make_shared<Expr>(e);
        out->args = {*inner};
        Result<QueryType> type = sqlType(e.type, state, clause.kind);
        if (!type)
            return type.failure();
        out->type = *type;
        return ExprPtr(out);
    }
    case Expr::Kind::Subquery: {
        auto out = std::make_shared<Expr>(e);
        out->planned = clause.subqueries.value(e.subquery.get());
        if (!out->planned)
            return queryError(QStringLiteral("subquery without its parameter position in `%1`").arg(clause.kind));
        return ExprPtr(out);
    }
    case Expr::Kind::Over:
        // over(expr, :name) names a window of the query's windows:
        if (!e.name.isEmpty()) {
            const auto &windows = level.query->windows;
            if (std::none_of(windows.begin(), windows.end(), [&](const Window &w) { return w.name == e.name; }))
                return queryError(QStringLiteral("unknown window :%1 given to over/2").arg(e.name));
        }
        return normalizeArgs(planner, expr, clause, state);
    case Expr::Kind::SelectedAsRef:
        // selected_as(:name) refers to an alias the outermost select defines
        if (!level.query->select || !selectsAs(*level.query->select->expr, e.name))
            return Error{QStringLiteral("invalid alias: `:%1`. Use `selected_as/2` to define aliases in "
                                        "the outer most `select` expression.").arg(e.name), QStringLiteral("ArgumentError")};
        return expr;
    case Expr::Kind::Take:
    case Expr::Kind::Map:
    case Expr::Kind::MapUpdate:
    case Expr::Kind::Struct:
    case Expr::Kind::Merge:
        if (clause.kind != u"select")
            return queryError(QStringLiteral("maps, structs and struct/map(binding, fields) are only allowed in select"));
        return normalizeArgs(planner, expr, clause, state);
    default:
        return normalizeArgs(planner, expr, clause, state);
    }
}

} // namespace ectowb::query::planner
