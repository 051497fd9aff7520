// The planner's with_cte pass: a CTE's query or fragment, numbered where the CTE
// stands (first of its level), and the two orders of a CTE with `operation:`.
#include "plannerstate.h"
#include "query/render/queryrenderer.h"

#include <algorithm>

namespace ectowb::query::planner {

namespace {

Operation operationOf(const QString &name)
{
    if (name == u"update_all")
        return Operation::UpdateAll;
    if (name == u"delete_all")
        return Operation::DeleteAll;
    return Operation::All; // all, and insert_all, which Ecto traverses as :all
}

// plan_ctes/3 plans a CTE's query as :all, so the parameters it sends are those an
// :all query collects, in that order, and never its update's values. Ecto's
// validate_and_increment/6 then numbers its expressions in the order of the CTE's
// operation (update_all: from, update, join, where, select), the update's values
// included. Both are kept here: the placeholders follow the operation, the
// parameter list the :all traversal. The clauses the operation does not visit are
// planned too (SQLite writes every CTE as a SELECT), their parameters sent but
// their placeholders not counted.
Result<bool> operationClauses(const QueryPlanner &planner, const Level &level, Operation op, State &state)
{
    LevelGuard guard(state, level);
    struct Segment
    {
        Step step;
        size_t begin;
        size_t end;
    };
    std::vector<Segment> segments;
    const size_t first = state.params.size();
    auto run = [&](Step s) -> Result<bool> {
        const size_t begin = state.params.size();
        state.numberOnly = s == Step::Updates;
        Result<bool> ok = step(planner, level, op, s, state);
        state.numberOnly = false;
        segments.push_back({s, begin, state.params.size()});
        return ok;
    };
    const std::vector<Step> &own = steps(op);
    for (Step s : own) {
        if (Result<bool> ok = run(s); !ok)
            return ok;
    }
    const int counter = state.counter;
    for (Step s : steps(Operation::All)) {
        if (std::find(own.begin(), own.end(), s) != own.end())
            continue;
        if (Result<bool> ok = run(s); !ok)
            return ok;
    }
    state.counter = counter;
    std::vector<Term> sent;
    for (Step s : steps(Operation::All)) {
        for (const Segment &seg : segments) {
            if (seg.step == s)
                sent.insert(sent.end(), state.params.begin() + qsizetype(seg.begin), state.params.begin() + qsizetype(seg.end));
        }
    }
    state.params.resize(first);
    state.params.insert(state.params.end(), sent.begin(), sent.end());
    return true;
}

Result<std::shared_ptr<PlannedQuery>> cteQuery(const QueryPlanner &planner, const Cte &cte, PlannedQuery &parent,
                                               State &state)
{
    const Operation op = operationOf(cte.operation);
    // PostgreSQL writes an update_all/delete_all CTE as that statement, whose
    // bindings take no subquery prefix (update_all/1 calls create_names(query, []))
    const QString prefix = op != Operation::All && planner.dialect().writesCteOperations() ? QString()
                                                                                           : u's' + parent.prefix;
    Result<std::shared_ptr<PlannedQuery>> sub = structure(planner, *cte.query, prefix, state, &parent);
    if (!sub)
        return sub;
    (*sub)->parent = &parent;
    Level level{cte.query.get(), sub->get(), true, true};
    level.cte = true;
    Result<bool> ok = op == Operation::All ? clauses(planner, level, op, state)
                                           : operationClauses(planner, level, op, state);
    if (!ok)
        return ok.failure();
    return sub;
}

} // namespace

Result<bool> ctes(const QueryPlanner &planner, const Level &level, State &state)
{
    PlannedQuery &p = *level.planned;
    for (const Cte &cte : level.query->ctes) {
        PlannedCte planned{cte.name, cte.materialized, nullptr, nullptr, cte.operation};
        if (cte.query) {
            Result<std::shared_ptr<PlannedQuery>> sub = cteQuery(planner, cte, p, state);
            if (!sub)
                return sub.failure();
            planned.query = *sub;
        } else {
            Result<ExprPtr> e = clauseExpr(planner, cte.fragment, QStringLiteral("with_cte"), state);
            if (!e)
                return e.failure();
            planned.fragment = *e;
        }
        p.ctes.push_back(std::move(planned));
    }
    return true;
}

} // namespace ectowb::query::planner
