#pragma once

#include "query/queryexpr.h"
#include "selectshape.h"

#include "schema/schema.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace ectowb::query {

// A source after planning: its table (or subquery, fragment) and its alias (p0, sc1).
struct PlannedSource
{
    enum class Kind : quint8 { Table, Subquery, Fragment, Values };
    Kind kind = Kind::Table;
    // Values: the fields, their types, the rows and the index of the first cell's parameter
    QStringList valueFields;
    std::vector<QueryType> valueTypes;
    int valueRows = 0;
    int valueParam = 0;
    QStringList hints; // written after the alias; an assoc join's are dropped
    QString table;
    QString prefix;
    const schema::Schema *schema = nullptr;
    QString alias;
    std::shared_ptr<PlannedQuery> subquery;
    QueryPtr query; // the subquery before planning
    ExprPtr fragment;
};

struct PlannedJoin
{
    QString qual;
    int source = 0;
    ExprPtr on; // null: no condition (ON TRUE, or nothing for cross joins)
};

struct PlannedFilter
{
    ExprPtr expr;
    bool isOr = false;
};

// One selected column: an expression, and the name a subquery gives it (`AS "name"`).
struct PlannedField
{
    ExprPtr expr;
    QString name;
    bool as = false; // rendered `expr AS "name"`
};

struct PlannedUpdate
{
    QString op; // set inc push pull
    QString column;
    ExprPtr value;
};

struct PlannedCte
{
    QString name;
    std::optional<bool> materialized;
    std::shared_ptr<PlannedQuery> query; // null for a fragment
    ExprPtr fragment;
    QString operation; // all update_all delete_all insert_all
};

// A query as the planner hands it to a renderer (Ecto's planned and normalized
// %Ecto.Query{}): sources with aliases, assoc joins expanded, fields renamed to
// their columns, `as`/`parent_as` resolved, literals dumped, every parameter
// numbered across the whole statement, and the select flattened to its fields.
// Expressions keep the Expr kinds; Param nodes carry their global index.
struct PlannedQuery
{
    QString prefix; // "" at the top, "s" inside a subquery or CTE, "ss" deeper
    // The query prefix in effect (put_query_prefix/2, inherited by nested queries
    // that set none) and the CTE names in scope, whose tables take no query prefix.
    QString queryPrefix;
    QStringList cteNames;
    const PlannedQuery *parent = nullptr;
    std::vector<PlannedSource> sources;
    std::vector<PlannedJoin> joins;
    std::vector<PlannedFilter> wheres;
    std::vector<PlannedFilter> havings;
    std::vector<PlannedField> select;
    bool hasSelect = false; // an update_all/delete_all with a select returns even when it has no column
    SelectShapePtr shape;   // how a row of `select` becomes the select's value
    ExprPtr distinct; // a boolean Literal or a List of Order; null when none
    std::vector<ExprPtr> groupBys;
    std::vector<ExprPtr> orderBys; // Order nodes
    std::vector<std::pair<QString, ExprPtr>> windows;
    ExprPtr limit;
    ExprPtr offset;
    ExprPtr lock;
    std::vector<std::pair<QString, std::shared_ptr<PlannedQuery>>> combinations;
    std::vector<PlannedCte> ctes;
    bool recursiveCtes = false;
    std::vector<PlannedUpdate> updates;
};

} // namespace ectowb::query
