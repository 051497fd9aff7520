#pragma once

#include "query/planner/plannedquery.h"
#include "query/repostatement.h"

#include "common/result.h"
#include "schema/ectotype.h"

#include <QString>

#include <functional>
#include <vector>

namespace ectowb::query {

struct Plan;

// One statement as the adapter sends it: SQL text and the dumped parameters.
struct Statement
{
    QString sql;
    std::vector<Term> params;
    // Whether it changes data (update_all, delete_all, a Repo write): the query core
    // knows from the operation, so nobody guesses from the SQL's first word.
    bool writes = false;
    // A query's: how each row it returns becomes the select's value (Ecto's postprocess).
    SelectShapePtr shape;
};

// Renders planned queries as one database's SQL, the text of ecto_sql's adapter
// connection modules (Ecto.Adapters.Postgres.Connection, ecto_sqlite3's
// Ecto.Adapters.SQLite3.Connection). The walk both adapters share is here; each
// dialect implements the hooks where they differ, and the adapter's dumpers the
// planner asks for. No global state: the dialect is the object passed around.
class QueryRenderer
{
public:
    virtual ~QueryRenderer() = default;
    virtual QString name() const = 0; // "postgres", "sqlite"

    // The adapter's dumpers, for the planner: `x in ^list` as one parameter per
    // element (SQLite) or one array parameter (PostgreSQL), and values dumped by type.
    virtual bool expandsListParams() const = 0;
    // A CTE with `operation: :update_all`/`:delete_all` written as that statement
    // (ecto_sql's PostgreSQL cte_query/4), rather than as a SELECT (ecto_sqlite3).
    virtual bool writesCteOperations() const { return false; }
    virtual Result<Term> dump(const schema::EctoType &type, const Term &value) const = 0;

    // Ecto.Adapters.SQL.to_sql/3's text for all, update_all and delete_all.
    Result<QString> render(const PlannedQuery &query, Operation operation) const;
    // The INSERT, UPDATE or DELETE of a Repo call on a struct or a changeset, with its
    // parameters dumped. `conflict`: the planned `conflictQuery` of an upsert, planned
    // with its placeholders after the row values (conflictPlaceholder()).
    Result<Statement> statement(const RepoStatement &statement, const Plan *conflict = nullptr) const;
    // The number of parameters an INSERT's rows and placeholders take: the counter its
    // on_conflict query is numbered from.
    static int conflictPlaceholder(const RepoStatement &statement);

protected:
    // Where an expression is rendered: its query level, and whether fields go
    // unqualified (SQLite's RETURNING).
    struct Scope
    {
        const PlannedQuery *query = nullptr;
        bool returning = false;
    };
    // The text being written and the first error met (writing stops there).
    struct Out
    {
        QString sql;
        std::optional<Error> error;
        bool fail(const QString &message) { return fail(Error{message}); }
        bool fail(const Error &failure)
        {
            if (!error)
                error = failure;
            return false;
        }
        // Passes on a nested writer's error.
        bool fail(const std::optional<Error> &nested) { return fail(nested.value_or(Error())); }
    };

    // Dialect hooks.
    virtual void param(Out &out, int index) const = 0; // index is 0-based
    virtual void boolean(Out &out, bool value) const = 0;
    virtual void floating(Out &out, double value) const = 0;
    virtual bool tagged(Out &out, const Scope &scope, const Expr &inner, const QueryType &type) const = 0;
    // `left in right` where right is neither a list nor a subquery (a list
    // parameter, an array column), after `left` is written.
    virtual bool inOther(Out &out, const Scope &scope, const Expr &right) const = 0;
    virtual void falseLiteral(Out &out) const = 0; // `x in []`
    // Calls whose text differs (exists, count distinct, datetime_add, ilike...);
    // false in `handled` leaves the call to the shared rendering.
    virtual bool dialectCall(Out &out, const Scope &scope, const Expr &call, bool &handled) const = 0;
    virtual bool listLiteral(Out &out, const Scope &scope, const std::vector<ExprPtr> &items) const = 0;
    virtual bool joinQualifier(Out &out, const QString &qual) const = 0;
    // DISTINCT ON (exprs): PostgreSQL's; the expressions lead the ORDER BY.
    virtual bool distinctOn(Out &out, const Scope &scope, const Expr &list, std::vector<ExprPtr> &orderPrefix) const = 0;
    virtual void emptySelect(Out &out) const = 0;
    virtual bool combination(Out &out, const QString &kind, const PlannedQuery &query) const = 0;
    virtual void materialized(Out &out, const PlannedCte &cte) const = 0;
    virtual bool lock(Out &out, const Scope &scope) const = 0;
    virtual bool updateOp(Out &out, const Scope &scope, const PlannedUpdate &update) const = 0;
    virtual bool returning(Out &out, const Scope &scope) const = 0;
    virtual bool deleteAll(Out &out, const PlannedQuery &query) const = 0;
    virtual void insertPlaceholder(Out &out, int index) const = 0; // 1-based
    virtual void defaultValues(Out &out, size_t rows) const = 0;  // INSERT of no column
    // false: the INSERT of no column ends at its DEFAULT VALUES, ignoring on_conflict
    // (ecto_sqlite3's insert/7 clause for an empty header)
    virtual bool defaultValuesTakeConflict() const { return true; }
    virtual bool defaultCell(Out &out) const = 0;                 // a value left out of a row
    virtual bool upsertNeedsTarget() const = 0;
    virtual void plainPlaceholder(Out &out, int index) const = 0;  // UPDATE/DELETE of a struct, 1-based
    virtual bool tablePrefixes() const { return true; }             // false: every table prefix is refused
    // update_all: every join, whatever its qualifier, goes in the FROM list
    // (ecto_sqlite3), rather than only the leading inner joins (PostgreSQL).
    virtual bool updateJoinsAllInFrom() const { return false; }
    // `x in [1, 2]` with a list of literals: true renders it as one JSON text
    // (ecto_sqlite3's IN (SELECT value FROM JSON_EACH('[1,2]'))).
    virtual bool literalInListAsJson() const { return false; }
    // An integer past 64 bits written into the SQL as its digits, as both adapters'
    // expr/3 do (Integer.to_string/1). false: SQLite would read it as a float and
    // lose digits, so it is refused instead.
    virtual bool bigIntegerLiterals() const { return true; }
    // A values/2 source with its alias: (VALUES ...) AS v1 ("a","b") and the like.
    virtual bool valuesSource(Out &out, const PlannedSource &source) const = 0;
    // The rows of such a source, `(...),(...)`: each cell a numbered placeholder
    // cast to its column's type (`$1::bigint`), as both adapters write them.
    void valuesRows(Out &out, const PlannedSource &source, const std::function<QString(const QueryType &)> &typeName) const;

    // The shared walk, for the dialects to call back into.
    bool all(Out &out, const PlannedQuery &query) const;
    // `head` replaces `UPDATE "table" AS t0 SET ` (an upsert's "UPDATE SET ").
    bool updateAll(Out &out, const PlannedQuery &query, QStringView head = {}) const;
    bool expr(Out &out, const Scope &scope, const Expr &e) const;
    bool maybeParen(Out &out, const Scope &scope, const Expr &e) const;
    bool in(Out &out, const Scope &scope, const Expr &left, const Expr &right) const;
    bool distinct(Out &out, const Scope &scope, std::vector<ExprPtr> &orderPrefix) const;
    bool insertValues(Out &out, const RepoStatement &s, int &counter, const PlannedQuery *conflict) const;
    bool names(Out &out, const QStringList &names) const; // "a","b"
    bool exprList(Out &out, const Scope &scope, const std::vector<ExprPtr> &items, QStringView separator) const;
    bool selectFields(Out &out, const Scope &scope) const;
    bool ctes(Out &out, const PlannedQuery &query) const;
    bool source(Out &out, const PlannedQuery &query, int index) const;
    bool joins(Out &out, const PlannedQuery &query, size_t from) const;
    bool filters(Out &out, const Scope &scope, QStringView keyword, const std::vector<PlannedFilter> &filters) const;
    bool orderItem(Out &out, const Scope &scope, const Expr &order) const;
    bool windowBody(Out &out, const Scope &scope, const Expr &window) const;
    // update_all/delete_all: inner joins as a FROM/USING list, their conditions
    // moved in front of the WHERE.
    bool usingJoins(Out &out, const PlannedQuery &query, QStringView keyword, bool onlyInner,
                    std::vector<PlannedFilter> &wheres) const;
    void literalString(Out &out, const QString &text) const;
    bool quoteName(Out &out, const QString &name) const;
    bool quoteTable(Out &out, const QString &prefix, const QString &table) const;
    bool qualified(Out &out, const Scope &scope, const Expr &field) const;
    static bool isBinaryOp(const Expr &e);
    // Decimal.to_string(d, :normal): no exponent.
    static QString decimalText(const value::Decimal &d);
    // Ecto.Enum's dumper: the atom as the string or integer it is stored as.
    static Result<Term> dumpEnum(const schema::EctoType &type, const Term &value);
    static QString binaryOpText(const QString &op);
};

} // namespace ectowb::query
