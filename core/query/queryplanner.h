#pragma once

#include "query.h"

#include "common/result.h"
#include "project/project.h"

#include <QHash>

#include <memory>
#include <vector>

namespace ectowb::query {

// A parameter after casting, in the order Ecto sends them (before the adapter dumps it).
struct PlannedParam
{
    Term value;
    QString type;  // the Ecto primitive it was cast to (`boolean`, `decimal`...), or empty for any
    bool inList = false;
};

struct PlannedQuery;

struct PlannedSource
{
    QString alias;  // with the nesting prefix: p0, sc0
    QString table;  // empty for subqueries and fragments
    const schema::Schema *schema = nullptr;
    QueryPtr subquery;
    const Clause *fragment = nullptr;
};

struct PlannedJoin
{
    QString qual;
    int source = 0;
    ExprPtr on;            // the whole ON condition (assoc keys and the user's on:), or null
    const Clause *clause = nullptr; // whose parameters the user's part refers to
};

// The operation a statement performs.
enum class Operation : quint8 { All, UpdateAll, DeleteAll };

// What the planner gives a renderer: sources with aliases, expanded assoc joins and
// a global number for every parameter of every clause (nested queries included).
struct PlannedQuery
{
    const Query *query = nullptr;
    QString prefix;
    std::vector<PlannedSource> sources;
    std::vector<PlannedJoin> joins;
    const PlannedQuery *parent = nullptr;
    QHash<const std::vector<Param> *, std::vector<int>> paramIndex;
    QHash<const Query *, std::shared_ptr<PlannedQuery>> nested;
    std::shared_ptr<std::vector<PlannedParam>> params;

    const PlannedQuery *nestedFor(const Query *q) const;
    int globalParam(const std::vector<Param> &clauseParams, int local) const;
    // The stored field as a column name (`source:`), or the name itself.
    QString column(int binding, const QString &field) const;
};

// Resolves a query against the project's schemas like Ecto.Query.Planner: sources,
// `source:` columns, assoc joins (many_to_many through its join table), aliases, and
// parameter casting and numbering.
class QueryPlanner
{
public:
    explicit QueryPlanner(const project::Project &project) : m_project(project) {}
    Result<std::shared_ptr<PlannedQuery>> plan(const Query &query, Operation op) const;

private:
    Result<std::shared_ptr<PlannedQuery>> planLevel(const Query &query, Operation op, const QString &prefix,
                                                    const PlannedQuery *parent,
                                                    std::shared_ptr<std::vector<PlannedParam>> params) const;
    Result<bool> setupSources(PlannedQuery &pq) const;
    Result<bool> numberClause(PlannedQuery &pq, const std::vector<Param> &params) const;
    Result<PlannedParam> castParam(const PlannedQuery &pq, const Param &param) const;

    const project::Project &m_project;
};

} // namespace ectowb::query
