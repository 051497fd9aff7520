// The planner's clause pass: clauses visited in Ecto's order (it decides the
// parameter numbers), each numbered and normalized.
#include "queryplanner.h"

#include "plannerstate.h"
#include "query/render/queryrenderer.h"

#include <algorithm>

namespace ectowb::query {

namespace planner {

namespace {


// Adds the fields of bindings that preload through a join (`preload: [comments: c]`).
Result<bool> joinPreloads(const QueryPlanner &planner, const std::vector<Preload> &preloads, const ClauseRef &ref,
                          std::vector<PlannedField> &out, State &state)
{
    const Query &q = *state.levels.back().query;
    for (const Preload &p : preloads) {
        if (p.binding > 0 && size_t(p.binding) <= q.joins.size()) {
            // Ecto's planner loads a join preload only from rows every parent has
            static const QStringList quals{QStringLiteral("inner"), QStringLiteral("left"),
                                           QStringLiteral("inner_lateral"), QStringLiteral("left_lateral")};
            const QString &qual = q.joins[size_t(p.binding) - 1].qual;
            if (!quals.contains(qual))
                return queryError(QStringLiteral("association `%1` in preload requires an inner, left or lateral join, "
                                                 "got %2 join").arg(p.assoc, qual));
        }
        if (p.binding >= 0) {
            if (Result<SelectShapePtr> ok = collectSelect(planner, Expr::source(p.binding), ref, out, state); !ok)
                return ok.failure();
        }
        if (Result<bool> ok = joinPreloads(planner, p.children, ref, out, state); !ok)
            return ok;
    }
    return true;
}

// The whole of the from binding in a select (p, struct(p, ...), %{p | ...}, merge(p, ...)).
bool selectsRoot(const Expr &e)
{
    if ((e.kind == Expr::Kind::Source || e.kind == Expr::Kind::Take) && e.binding == 0)
        return true;
    return std::any_of(e.args.begin(), e.args.end(), [](const ExprPtr &a) { return a && selectsRoot(*a); });
}

// What Ecto's subquery_select takes as the columns of a subquery: a source, a field
// of a binding (not as/parent_as, which it does not match), a map, a struct, or a
// merge of those.
bool selectsColumns(const Expr &e)
{
    switch (e.kind) {
    case Expr::Kind::Source:
    case Expr::Kind::Take:
    case Expr::Kind::Map:
    case Expr::Kind::MapUpdate:
    case Expr::Kind::Struct:
        return true;
    case Expr::Kind::Field:
        return e.alias.isEmpty() && !e.parent;
    case Expr::Kind::Merge:
        return std::all_of(e.args.begin(), e.args.end(), [](const ExprPtr &a) { return a && selectsColumns(*a); });
    default:
        return false;
    }
}

Result<bool> selectClause(const QueryPlanner &planner, const Level &level, Operation op, State &state)
{
    const Query &q = *level.query;
    if (op != Operation::All && !q.select)
        return true;
    if (op == Operation::All && q.select && !q.preloads.empty() && !selectsRoot(*q.select->expr))
        return locate(queryError(QStringLiteral("the binding used in `from` must be selected in `select` when using "
                                                "`preload` in query")).message,
                      q.select->pos);
    static const std::vector<Param> none;
    Result<ClauseRef> ref = number(planner, q.select ? q.select->params : none, QStringLiteral("select"), state);
    const elixir::SourcePos pos = q.select ? q.select->pos : elixir::SourcePos{};
    if (!ref)
        return locate(ref.failure(), pos);
    ExprPtr expr = q.select ? q.select->expr : Expr::source(0);
    if (level.scalar && !selectsColumns(*expr)) {
        // rewrite_subquery_select_expr: any other select of an expression subquery
        // becomes %{result: expr}, so the column is named "result"
        std::shared_ptr<Expr> map = Expr::make(Expr::Kind::Map);
        map->texts = {QStringLiteral("result")};
        map->args = {expr};
        expr = map;
    }
    level.planned->hasSelect = true;
    auto preloads = [&](std::vector<PlannedField> &out) -> Result<bool> {
        return op == Operation::All ? joinPreloads(planner, q.preloads, *ref, out, state) : Result<bool>(true);
    };
    Result<SelectShapePtr> shape = collectSelect(planner, expr, *ref, level.planned->select, state, true, preloads);
    if (!shape)
        return locate(shape.failure(), pos);
    level.planned->shape = *shape;
    return true;
}

Result<bool> fromClause(const QueryPlanner &planner, const Level &level, State &state)
{
    const Query &q = *level.query;
    PlannedSource &from = level.planned->sources[0];
    if (q.from.kind == Source::Kind::Subquery) {
        from.subquery->parent = level.planned;
        return clauses(planner, Level{q.from.subquery.get(), from.subquery.get(), true, true}, Operation::All, state);
    }
    if (q.from.kind == Source::Kind::Values) {
        Result<ClauseRef> ref = number(planner, q.from.fragment.params, QStringLiteral("from"), state);
        if (!ref)
            return ref.failure();
        from.valueParam = ref->global.empty() ? 0 : ref->global.front();
    }
    if (q.from.kind == Source::Kind::Fragment) {
        Result<ExprPtr> e = clauseExpr(planner, q.from.fragment, QStringLiteral("from"), state);
        if (!e)
            return e.failure();
        from.fragment = *e;
    }
    return true;
}

Result<bool> joinClauses(const QueryPlanner &planner, const Level &level, State &state)
{
    const Query &q = *level.query;
    PlannedQuery &p = *level.planned;
    const std::vector<PendingJoin> pending = state.pendingJoins(&p);
    static const std::vector<Param> none;
    for (size_t i = 0; i < p.joins.size() && i < pending.size(); ++i) {
        const PendingJoin &pj = pending[i];
        const Join &j = q.joins[size_t(pj.origin)];
        PlannedSource &source = p.sources[size_t(p.joins[i].source)];
        if (pj.target && j.source.kind == Source::Kind::Subquery) {
            source.subquery->parent = &p;
            if (Result<bool> ok = clauses(planner, Level{j.source.subquery.get(), source.subquery.get(), true, true},
                                          Operation::All, state);
                !ok)
                return ok;
        } else if (pj.target && j.source.kind == Source::Kind::Values) {
            Result<ClauseRef> ref = number(planner, j.source.fragment.params, QStringLiteral("join"), state);
            if (!ref)
                return locate(ref.failure(), j.pos);
            source.valueParam = ref->global.empty() ? 0 : ref->global.front();
        } else if (pj.target && j.source.kind == Source::Kind::Fragment) {
            Result<ExprPtr> e = clauseExpr(planner, j.source.fragment, QStringLiteral("join"), state);
            if (!e)
                return e.failure();
            source.fragment = *e;
        }
        ExprPtr on;
        for (const OnPart &part : pj.on) {
            Result<ClauseRef> ref = number(planner, part.params ? *part.params : none, QStringLiteral("join"), state);
            if (!ref)
                return locate(ref.failure(), part.generated ? j.pos : part.pos);
            ref.value().generated = part.generated;
            Result<ExprPtr> e = normalize(planner, part.expr, *ref, state);
            if (!e)
                return locate(e.failure(), part.generated ? j.pos : part.pos);
            on = on ? Expr::call(QStringLiteral("and"), {on, *e}) : *e;
        }
        p.joins[i].on = on;
    }
    return true;
}

Result<bool> filters(const QueryPlanner &planner, const std::vector<Clause> &in, const QString &kind,
                     std::vector<PlannedFilter> &out, State &state)
{
    for (const Clause &c : in) {
        Result<ExprPtr> e = clauseExpr(planner, c, kind, state);
        if (!e)
            return e.failure();
        out.push_back({*e, c.isOr});
    }
    return true;
}

// Lists (group_by, order_by) are concatenated, as the adapters render them.
Result<bool> lists(const QueryPlanner &planner, const std::vector<Clause> &in, const QString &kind,
                   std::vector<ExprPtr> &out, State &state)
{
    for (const Clause &c : in) {
        Result<ExprPtr> e = clauseExpr(planner, c, kind, state);
        if (!e)
            return e.failure();
        out.insert(out.end(), (*e)->args.begin(), (*e)->args.end());
    }
    return true;
}

Result<bool> checkOperation(const Query &q, Operation op)
{
    if (op == Operation::All) {
        if (!q.updates.empty())
            return queryError(QStringLiteral("`all` does not allow `update` expressions in query"));
        return true;
    }
    const QString name = op == Operation::UpdateAll ? QStringLiteral("update_all") : QStringLiteral("delete_all");
    const bool onlyFilters = q.orderBys.empty() && !q.limit && !q.offset && q.groupBys.empty() && q.havings.empty()
                             && q.preloads.empty() && !q.distinct && !q.lock && q.windows.empty()
                             && q.combinations.empty();
    if (!onlyFilters)
        return queryError(QStringLiteral("`%1` allows only `with_cte`, `where` and `join` expressions. You can exclude "
                                         "unwanted expressions from a query by using Ecto.Query.exclude/2").arg(name));
    if (op == Operation::UpdateAll && q.updates.empty())
        return queryError(QStringLiteral("`update_all` requires at least one field to be updated"));
    if (op == Operation::DeleteAll && !q.updates.empty())
        return queryError(QStringLiteral("`delete_all` does not allow `update` expressions in query"));
    return true;
}

Result<bool> updates(const QueryPlanner &planner, const Level &level, State &state)
{
    const Query &q = *level.query;
    QStringList seen;
    for (const UpdateClause &u : q.updates) {
        Result<ClauseRef> ref = number(planner, u.params, QStringLiteral("update"), state);
        if (!ref)
            return locate(ref.failure(), u.pos);
        for (const UpdateOp &op : u.ops) {
            if (seen.contains(op.field))
                return locate(queryError(QStringLiteral("duplicate field `%1` for `update_all`").arg(op.field)).message, u.pos);
            seen << op.field;
            Result<QString> col = column(level.planned->sources[0], op.field, QStringLiteral("update"));
            if (!col)
                return locate(col.failure(), u.pos);
            Result<ExprPtr> value = normalize(planner, op.value, *ref, state);
            if (!value)
                return locate(value.failure(), u.pos);
            level.planned->updates.push_back({op.op, *col, *value});
        }
    }
    return true;
}

} // namespace

Result<ExprPtr> clauseExpr(const QueryPlanner &planner, const Clause &clause, const QString &kind, State &state)
{
    Result<ClauseRef> ref = number(planner, clause.params, kind, state);
    if (!ref)
        return locate(ref.failure(), clause.pos);
    Result<ExprPtr> e = normalize(planner, clause.expr, *ref, state);
    if (!e)
        return locate(e.failure(), clause.pos);
    return e;
}

Result<std::shared_ptr<PlannedQuery>> nested(const QueryPlanner &planner, const Query &query, const QString &prefix,
                                             const PlannedQuery *parent, bool named, bool keepLiterals, State &state,
                                             const PlannedQuery *prefixScope, bool scalar)
{
    Result<std::shared_ptr<PlannedQuery>> sub = structure(planner, query, prefix, state, prefixScope ? prefixScope : parent);
    if (!sub)
        return sub;
    (*sub)->parent = parent;
    const Level level{&query, sub->get(), named, keepLiterals, scalar};
    if (Result<bool> ok = clauses(planner, level, Operation::All, state); !ok)
        return ok.failure();
    return sub;
}

const std::vector<Step> &steps(Operation op)
{
    static const std::vector<Step> all{Step::Ctes,    Step::Distinct, Step::Select,       Step::From,
                                       Step::Joins,   Step::Wheres,   Step::GroupBys,     Step::Havings,
                                       Step::Windows, Step::Combinations, Step::OrderBys, Step::Limit,
                                       Step::Offset,  Step::Lock};
    static const std::vector<Step> updateAll{Step::Ctes, Step::From, Step::Updates, Step::Joins, Step::Wheres,
                                             Step::Select};
    static const std::vector<Step> deleteAll{Step::Ctes, Step::From, Step::Joins, Step::Wheres, Step::Select};
    switch (op) {
    case Operation::All:
        return all;
    case Operation::UpdateAll:
        return updateAll;
    case Operation::DeleteAll:
        return deleteAll;
    }
    return all;
}

Result<bool> step(const QueryPlanner &planner, const Level &level, Operation op, Step which, State &state)
{
    const Query &q = *level.query;
    PlannedQuery &p = *level.planned;
    auto optional = [&](const std::optional<Clause> &c, const QString &kind, ExprPtr &out) -> Result<bool> {
        if (!c)
            return true;
        Result<ExprPtr> e = clauseExpr(planner, *c, kind, state);
        if (!e)
            return e.failure();
        out = *e;
        return true;
    };
    switch (which) {
    case Step::Ctes:
        return ctes(planner, level, state);
    case Step::Distinct:
        return optional(q.distinct, QStringLiteral("distinct"), p.distinct);
    case Step::Select:
        // a CTE selects, whatever its operation (ensure_select(true) in plan_ctes)
        return selectClause(planner, level, level.cte ? Operation::All : op, state);
    case Step::From:
        return fromClause(planner, level, state);
    case Step::Joins:
        return joinClauses(planner, level, state);
    case Step::Wheres:
        return filters(planner, q.wheres, QStringLiteral("where"), p.wheres, state);
    case Step::Updates:
        return updates(planner, level, state);
    case Step::GroupBys:
        return lists(planner, q.groupBys, QStringLiteral("group_by"), p.groupBys, state);
    case Step::Havings:
        return filters(planner, q.havings, QStringLiteral("having"), p.havings, state);
    case Step::Windows:
        for (const Window &w : q.windows) {
            Result<ExprPtr> e = clauseExpr(planner, w.definition, QStringLiteral("windows"), state);
            if (!e)
                return e.failure();
            p.windows.emplace_back(w.name, *e);
        }
        return true;
    case Step::Combinations:
        for (const Combination &c : q.combinations) {
            Result<std::shared_ptr<PlannedQuery>> sub = nested(planner, *c.query, p.prefix, p.parent, false,
                                                               level.keepLiterals, state, &p);
            if (!sub)
                return sub.failure();
            p.combinations.emplace_back(c.kind, *sub);
        }
        return true;
    case Step::OrderBys:
        return lists(planner, q.orderBys, QStringLiteral("order_by"), p.orderBys, state);
    case Step::Limit:
        return optional(q.limit, QStringLiteral("limit"), p.limit);
    case Step::Offset:
        return optional(q.offset, QStringLiteral("offset"), p.offset);
    case Step::Lock:
        return optional(q.lock, QStringLiteral("lock"), p.lock);
    }
    return true;
}

Result<bool> clauses(const QueryPlanner &planner, const Level &level, Operation op, State &state)
{
    LevelGuard guard(state, level);
    // a CTE's query is planned as :all whatever it holds (plan_ctes/3), so its
    // update expressions are no error
    if (!level.cte) {
        if (Result<bool> ok = checkOperation(*level.query, op); !ok)
            return ok;
    }
    for (Step s : steps(op)) {
        if (Result<bool> ok = step(planner, level, op, s, state); !ok)
            return ok;
    }
    return true;
}

} // namespace planner

QueryPlanner::QueryPlanner(const project::Project &project, const QueryRenderer &dialect)
    : m_project(project), m_dialect(dialect)
{
    for (const schema::Schema &s : project.schemas)
        m_schemas.insert(s.module, &s);
}

Result<Plan> QueryPlanner::plan(const Query &query, Operation operation, const QHash<QString, Term> &open,
                                int firstPlaceholder) const
{
    planner::State state;
    state.openValues = open;
    state.counter = firstPlaceholder;
    Result<std::shared_ptr<PlannedQuery>> top = planner::structure(*this, query, QString(), state);
    if (!top)
        return top.failure();
    Result<bool> ok = planner::clauses(*this, planner::Level{&query, top->get(), false, false}, operation, state);
    if (!ok)
        return ok.failure();
    Plan plan;
    plan.query = *top;
    plan.params = std::move(state.params);
    plan.open = std::move(state.openTypes);
    return plan;
}

} // namespace ectowb::query
