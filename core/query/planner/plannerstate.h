#pragma once

// Internal to the planner (queryplanner*.cpp): the state of one plan/3 call and
// the passes it runs.

#include "queryplanner.h"

#include <functional>
#include <list>
#include <memory>

namespace ectowb::query::planner {

// One piece of a join condition with the parameter list its Param nodes index.
struct OnPart
{
    ExprPtr expr;
    const std::vector<Param> *params = nullptr;
    elixir::SourcePos pos;
    bool generated = false; // written by the planner: may name the extra bindings of join tables
};

// What the structure pass leaves for the clause pass about one planned join.
struct PendingJoin
{
    int origin = -1;       // index of the join in the query (before assoc expansion)
    elixir::SourcePos pos;
    bool target = true;    // false for the join table of a many_to_many
    std::vector<OnPart> on;
};

// One query level being planned (the main query, a subquery, a CTE, a combination),
// innermost last: parent_as looks outwards through them.
struct Level
{
    const Query *query = nullptr;
    PlannedQuery *planned = nullptr;
    bool named = false;        // from/join subqueries and CTEs name their fields (AS "x")
    bool keepLiterals = false; // literals in a subquery's select are columns
    // A subquery inside an expression (Ecto's plan_subquery with source? false): a
    // select that is no source, field or map is taken as %{result: expr}.
    bool scalar = false;
    bool cte = false; // a with_cte query: always selects, never refused for its updates
};

struct State
{
    QHash<QString, Term> openValues;
    std::vector<OpenParameterType> openTypes;
    std::vector<Term> params;
    // The next placeholder's index. It runs ahead of params.size() where Ecto numbers
    // parameters it does not send (the updates of a CTE with `operation:`) or
    // numbers after parameters of the statement's own (an upsert's row values).
    int counter = 0;
    // Number parameters without sending them: the update values of a CTE with
    // `operation: :update_all`, which Ecto numbers but never collects.
    bool numberOnly = false;
    std::vector<Level> levels;
    // per planned query, what its clause pass needs about its joins; a list keeps the
    // references stable while nested subqueries add theirs (and allocates nothing empty)
    std::list<std::pair<const PlannedQuery *, std::vector<PendingJoin>>> joins;
    // parameters the planner itself adds (assoc where:); stable addresses
    std::vector<std::unique_ptr<std::vector<Param>>> ownedParams;

    std::vector<PendingJoin> &pendingJoins(const PlannedQuery *q)
    {
        for (auto &[key, value] : joins) {
            if (key == q)
                return value;
        }
        return joins.emplace_back(q, std::vector<PendingJoin>{}).second;
    }
};

struct LevelGuard
{
    State &state;
    LevelGuard(State &s, const Level &level) : state(s) { state.levels.push_back(level); }
    ~LevelGuard() { state.levels.pop_back(); }
};

// The clauses of a query level. Ecto's traverse_exprs/4 visits them in an order
// of each operation, which numbers the parameters.
enum class Step : quint8 {
    Ctes, Distinct, Select, From, Joins, Wheres, Updates, GroupBys, Havings, Windows, Combinations, OrderBys,
    Limit, Offset, Lock
};

// A clause's parameters once numbered: local index -> first global index and the
// number of driver parameters it takes; subqueries met in its list, planned.
struct ClauseRef
{
    std::vector<int> global;
    std::vector<int> count;
    QHash<const Query *, std::shared_ptr<PlannedQuery>> subqueries;
    QString kind; // where, select, ... for messages
    bool generated = false;
};

// queryplannersources.cpp
// `parent` (null at the top) gives the query prefix and CTE names nested queries
// inherit; a non-empty `forced` prefix (`prefix:` of a subquery source) wins over both.
Result<std::shared_ptr<PlannedQuery>> structure(const QueryPlanner &planner, const Query &query, const QString &prefix,
                                                State &state, const PlannedQuery *parent = nullptr,
                                                const QString &forced = QString());
Result<QStringList> selectNames(const QueryPlanner &planner, const Query &query, const PlannedQuery &planned);
// The column of `field` in a source (its `source:` name), or an error when the
// source's schema has no such field.
Result<QString> column(const PlannedSource &source, const QString &field, const QString &kind);

// queryplannerexprs.cpp
Result<ClauseRef> number(const QueryPlanner &planner, const std::vector<Param> &params, const QString &kind, State &state);
Result<ExprPtr> normalize(const QueryPlanner &planner, const ExprPtr &expr, const ClauseRef &clause, State &state);

// queryplannerselect.cpp
// The select's columns appended to `out`, and the shape that reads a row of them.
// `select`: the select of a query level, whose from binding's fields go first, then
// those `preloads` adds (the join preloads), then the rest.
Result<SelectShapePtr> collectSelect(const QueryPlanner &planner, const ExprPtr &expr, const ClauseRef &clause,
                                     std::vector<PlannedField> &out, State &state, bool select = false,
                                     const std::function<Result<bool>(std::vector<PlannedField> &)> &preloads = {});

// queryplanner.cpp
Result<bool> clauses(const QueryPlanner &planner, const Level &level, Operation operation, State &state);
const std::vector<Step> &steps(Operation operation);
// One clause of the innermost level (pushed by the caller).
Result<bool> step(const QueryPlanner &planner, const Level &level, Operation operation, Step which, State &state);
Result<ExprPtr> clauseExpr(const QueryPlanner &planner, const Clause &clause, const QString &kind, State &state);

// queryplannerctes.cpp
// with_cte: each CTE of the innermost level, a query or a fragment.
Result<bool> ctes(const QueryPlanner &planner, const Level &level, State &state);
Result<std::shared_ptr<PlannedQuery>> nested(const QueryPlanner &planner, const Query &query, const QString &prefix,
                                             const PlannedQuery *parent, bool named, bool keepLiterals, State &state,
                                             const PlannedQuery *prefixScope = nullptr, bool scalar = false);

Error queryError(const QString &message);
// The error located at `pos`, unless it has a position already.
Error locate(const QString &message, elixir::SourcePos pos);
Error locate(const Error &error, elixir::SourcePos pos); // keeps the kind

} // namespace ectowb::query::planner
