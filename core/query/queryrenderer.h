#pragma once

#include "queryplanner.h"

#include "common/result.h"

#include <QString>

#include <vector>

namespace ectowb::query {

// One statement as the adapter sends it: SQL text and the dumped parameters.
struct Statement
{
    QString sql;
    std::vector<Term> params;
};

// A row to insert: column names and values, in column order.
struct InsertRow
{
    std::vector<std::pair<QString, Term>> values;
};

// Renders planned queries as one database's SQL, the text of ecto_sql's adapter
// connection modules. The shared walk lives here; each dialect overrides the hooks
// where the adapters differ. No global state: pick the dialect by passing one.
class QueryRenderer
{
public:
    virtual ~QueryRenderer() = default;
    virtual QString name() const = 0;

    Result<Statement> render(const PlannedQuery &query, Operation op) const;
    Result<Statement> insert(const QString &table, const QStringList &columns, const std::vector<InsertRow> &rows,
                             bool onConflictNothing, const QStringList &returning) const;
    Result<Statement> update(const QString &table, const std::vector<std::pair<QString, Term>> &changes,
                             const std::vector<std::pair<QString, Term>> &filters) const;
    Result<Statement> remove(const QString &table, const std::vector<std::pair<QString, Term>> &filters) const;

    struct Ctx;

protected:
    // Dialect hooks.
    virtual QString placeholder(int index) const = 0;     // index is 1-based
    virtual QString insertPlaceholder(int index) const = 0;
    virtual QString boolLiteral(bool value) const = 0;
    virtual QString floatLiteral(const QString &text) const = 0;
    virtual QString typeCast(const QString &sql, const QString &type) const = 0;
    virtual Result<QString> inExpr(const Ctx &ctx, const Expr &e) const = 0;
    virtual QString existsExpr(const QString &subquerySql) const = 0;
    virtual QString countDistinct() const = 0;
    virtual Result<QString> dateArith(const Ctx &ctx, const Expr &e) const = 0;
    virtual QString combination(const QString &keyword, const QString &sql) const = 0;
    virtual Result<QString> distinctClause(const Ctx &ctx) const = 0;
    virtual bool distinctInOrderBy() const = 0;
    virtual QString materialized(const Cte &cte) const = 0;
    virtual Result<QString> lockClause(const QString &lock) const = 0;
    virtual Result<QString> ilike() const = 0;
    virtual Result<QString> joinQualifier(const QString &qual) const = 0;
    virtual QString incTarget(const Ctx &ctx, const QString &column) const = 0;
    virtual QString returningField(const Ctx &ctx, const Expr &field) const = 0;
    virtual Result<QString> deleteJoins(const Ctx &ctx) const = 0;
    virtual std::vector<Term> dumpParams(const std::vector<PlannedParam> &params) const = 0;

    // Shared pieces the dialects call back into.
    Result<QString> expr(const Ctx &ctx, const ExprPtr &e) const;
    Result<QString> operand(const Ctx &ctx, const ExprPtr &e) const; // parens around binary ops
    Result<QString> all(const PlannedQuery &pq, bool namedSelect) const;
    Result<QString> orderItems(const Ctx &ctx, const Expr &list) const;
    QString literal(const Term &t) const;
    QString field(const Ctx &ctx, const Expr &e) const;
    QString paramText(const Ctx &ctx, int local) const;
    static QString quote(const QString &name);

private:
    Result<QString> call(const Ctx &ctx, const Expr &e) const;
    Result<QString> selectList(const Ctx &ctx, bool named) const;
    Result<QString> fromAndJoins(const Ctx &ctx) const;
    Result<QString> source(const Ctx &ctx, int index) const;
    Result<QString> booleans(const Ctx &ctx, const QString &keyword, const std::vector<Clause> &clauses,
                             const QStringList &leading = {}) const;
    Result<QString> ctes(const PlannedQuery &pq) const;
    Result<QString> tail(const Ctx &ctx) const;
    Result<QString> updateAll(const PlannedQuery &pq) const;
    Result<QString> deleteAll(const PlannedQuery &pq) const;
};

} // namespace ectowb::query
