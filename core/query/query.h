#pragma once

#include "queryexpr.h"

#include "elixir/ast.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace ectowb::query {

// A pinned value (`^x`) with the type Ecto casts it to. A subquery inside an
// expression also takes a place in the list ({:subquery, i} in Ecto): its own
// parameters are numbered there.
struct Param
{
    Term value;
    QueryType type;
    QueryPtr subquery;
    // `^user_id` where user_id is bound nowhere: a parameter the user fills in.
    QString open;
    elixir::SourcePos pos;
    bool splice = false; // splice(^list) in a fragment: one parameter per element
};

// An expression with its own parameters: Ecto's %QueryExpr{}, %BooleanExpr{} and
// %ByExpr{}.
struct Clause
{
    ExprPtr expr;
    std::vector<Param> params;
    bool isOr = false; // or_where / or_having
    elixir::SourcePos pos; // where the clause was written, for the planner's errors

    static Clause of(ExprPtr expr)
    {
        Clause c;
        c.expr = std::move(expr);
        return c;
    }
};

// What a from or join reads: a schema (its table), a table name (`"posts"`, or
// `{"posts", Post}` with a schema), a subquery, a fragment, or assoc(p, :comments)
// until the planner expands it.
struct Source
{
    enum class Kind : quint8 { Schema, Table, Subquery, Fragment, Assoc, Values };
    Kind kind = Kind::Table;
    QString table;
    // values(rows, types): the fields (the types map's keys, in map order), their
    // types, and the number of rows; the cells are `fragment`'s params, row by row.
    QStringList valueFields;
    std::vector<QueryType> valueTypes;
    int valueRows = 0;
    QStringList hints; // `hints:` of the from or join
    QString schema; // module name, when there is a schema
    QString prefix;
    QueryPtr subquery;
    Clause fragment;
    int assocOwner = -1;
    QString assoc;
};

struct Join
{
    QString qual = QStringLiteral("inner"); // inner left right full cross inner_lateral left_lateral cross_lateral
    Source source;
    Clause on; // expr null: no `on:` (true)
    elixir::SourcePos pos;
};

// update: [set: [...], inc: [...]]: one operation per field.
struct UpdateOp
{
    QString op; // set inc push pull
    QString field;
    ExprPtr value;
};

struct UpdateClause
{
    std::vector<UpdateOp> ops;
    std::vector<Param> params;
    elixir::SourcePos pos;
};

struct Combination
{
    QString kind; // union union_all except except_all intersect intersect_all
    QueryPtr query;
};

// with_cte(name, as: ^query | fragment(...), materialized: bool, operation: op)
struct Cte
{
    QString name;
    QueryPtr query;    // null for a fragment
    Clause fragment;   // `as: fragment(...)`, with its own parameters
    std::optional<bool> materialized;
    // all update_all delete_all insert_all: how the query is numbered and, on
    // PostgreSQL, which statement it is written as
    QString operation = QStringLiteral("all");
};

struct Window
{
    QString name;
    Clause definition; // a Window expression
};

// preload: [:author, comments: c, tags: ^query]: assocs, the join binding that
// loads them (`binding` >= 0) or a custom query, and nested preloads.
struct Preload
{
    QString assoc;
    int binding = -1;
    QueryPtr query;
    std::vector<Preload> children;
};

// The value of an Ecto query, one member per field of %Ecto.Query{}.
struct Query
{
    Source from;
    std::vector<Join> joins;
    std::vector<Clause> wheres;
    std::optional<Clause> select;
    std::optional<Clause> distinct; // a boolean Literal, or a List of Order
    std::vector<Clause> groupBys;   // each a List
    std::vector<Clause> havings;
    std::vector<Window> windows;
    std::vector<Clause> orderBys;   // each a List of Order
    std::optional<Clause> limit;
    std::optional<Clause> offset;
    std::vector<Combination> combinations;
    std::vector<UpdateClause> updates;
    std::optional<Clause> lock; // a string Literal or a fragment
    std::vector<Preload> preloads;
    std::vector<Cte> ctes;
    bool recursiveCtes = false;
    QString prefix; // put_query_prefix/2: the prefix of sources that set none
    QHash<QString, int> aliases; // named bindings (`as:`) -> position

    int bindingCount() const { return 1 + int(joins.size()); }
    int aliasIndex(const QString &name) const { return aliases.value(name, -1); }
};

} // namespace ectowb::query
