#pragma once

#include "queryexpr.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ectowb::query {

// An expression with its own parameters, like Ecto's %QueryExpr{} and %BooleanExpr{}.
struct Clause
{
    ExprPtr expr;
    std::vector<Param> params;
    bool isOr = false; // or_where / or_having
};

// A from/join source: a schema module, a table (`"posts"`), `{"table", Schema}`,
// a subquery or a fragment.
struct Source
{
    enum class Kind : quint8 { Schema, Table, Subquery, Fragment };
    Kind kind = Kind::Table;
    QString table;
    QString schema; // module, as written (resolved through the project at plan time)
    QueryPtr subquery;
    Clause fragment;
};

struct Join
{
    QString qual = QStringLiteral("inner"); // inner, left, right, full, cross, inner_lateral, left_lateral
    Source source;
    Clause on;
    bool hasOn = false;
    // assoc(p, :comments): the binding and association name; the planner expands it.
    int assocBinding = -1;
    QString assocName;
};

struct Update
{
    QString op; // set, inc, push, pull
    QString field;
    ExprPtr value;
};

struct UpdateClause
{
    std::vector<Update> updates;
    std::vector<Param> params;
};

struct Combination
{
    QString kind; // union, union_all, except, except_all, intersect, intersect_all
    QueryPtr query;
};

struct Cte
{
    QString name;
    QueryPtr query;
    bool materialized = false;
    bool hasMaterialized = false;
};

struct Window
{
    QString name;
    Clause definition; // Op "window": args[0] partition list, args[1] order list
};

// The value of an Ecto query, one list per clause like %Ecto.Query{}.
struct Query
{
    Source from;
    std::vector<Join> joins;
    std::vector<QString> aliases; // named binding per position (empty when unnamed)
    std::vector<Clause> wheres;
    std::optional<Clause> select;
    bool selectIsMerge = false;
    std::optional<Clause> distinct; // Literal bool, or a List of direction ops
    std::vector<Clause> groupBys;   // each a List
    std::vector<Clause> havings;
    std::vector<Window> windows;
    std::vector<Clause> orderBys;   // each a List of direction ops
    std::optional<Clause> limit;
    std::optional<Clause> offset;
    std::vector<Combination> combinations;
    std::vector<UpdateClause> updates;
    QString lock;
    std::vector<Cte> ctes;
    bool recursiveCtes = false;
    // preload: [comments: c] with a join binding: Ecto selects that binding too.
    std::vector<int> preloadBindings;

    int bindingCount() const { return 1 + int(joins.size()); }
    int aliasIndex(const QString &name) const;
};

} // namespace ectowb::query
