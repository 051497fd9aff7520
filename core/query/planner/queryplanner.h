#pragma once

#include "plannedquery.h"
#include "query/query.h"
#include "query/repostatement.h"

#include "common/result.h"
#include "project/project.h"

#include <QHash>

#include <memory>
#include <vector>

namespace ectowb::query {

class QueryRenderer;

// The type an open parameter is cast to once planned (`:id`, `{:array, :string}`,
// `:any` when nothing types it).
struct OpenParameterType
{
    QString name;
    QString type;
    bool supplied = false;
};

// A planned statement: the normalized query and its parameters, cast and dumped
// for the dialect, in the order of the placeholders.
struct Plan
{
    std::shared_ptr<PlannedQuery> query;
    std::vector<Term> params;
    std::vector<OpenParameterType> open;
};

// Ecto.Query.Planner for one dialect: resolves sources (schemas, `source:` columns,
// assoc/2 joins through belongs_to, has_many, has_one, many_to_many join tables and
// `through:`), names bindings (p0, c1, sp0), checks fields, numbers parameters in
// Ecto's traversal order (subqueries where they appear), casts them to the type
// the builder gave them and dumps them as the adapter does. Errors are what Ecto
// raises (Ecto.QueryError, Ecto.Query.CastError).
class QueryPlanner
{
public:
    QueryPlanner(const project::Project &project, const QueryRenderer &dialect);

    // `open`: values for the open parameters (unbound pins) by name; a missing one is
    // planned with nil (a list parameter with one element on SQLite). Placeholders
    // are numbered from `firstPlaceholder` (0-based), as Ecto's normalize/4 counter.
    Result<Plan> plan(const Query &query, Operation operation, const QHash<QString, Term> &open = {},
                      int firstPlaceholder = 0) const;

    const schema::Schema *schema(const QString &module) const { return m_schemas.value(module); }
    const QueryRenderer &dialect() const { return m_dialect; }

private:
    const project::Project &m_project;
    const QueryRenderer &m_dialect;
    QHash<QString, const schema::Schema *> m_schemas;
};

} // namespace ectowb::query
