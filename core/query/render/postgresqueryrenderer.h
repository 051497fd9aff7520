#pragma once

#include "queryrenderer.h"

namespace ectowb::query {

// ecto_sql's Ecto.Adapters.Postgres.Connection: `$n` placeholders, `x = ANY($1)`
// for list parameters, `::type` casts, DISTINCT ON, RETURNING with qualified
// columns, USING joins in delete_all, locks.
class PostgresQueryRenderer : public QueryRenderer
{
public:
    QString name() const override { return QStringLiteral("postgres"); }
    bool expandsListParams() const override { return false; }
    bool writesCteOperations() const override { return true; }
    Result<Term> dump(const schema::EctoType &type, const Term &value) const override;

protected:
    void param(Out &out, int index) const override;
    void boolean(Out &out, bool value) const override;
    void floating(Out &out, double value) const override;
    bool tagged(Out &out, const Scope &scope, const Expr &inner, const QueryType &type) const override;
    bool inOther(Out &out, const Scope &scope, const Expr &right) const override;
    void falseLiteral(Out &out) const override;
    bool dialectCall(Out &out, const Scope &scope, const Expr &call, bool &handled) const override;
    bool listLiteral(Out &out, const Scope &scope, const std::vector<ExprPtr> &items) const override;
    bool joinQualifier(Out &out, const QString &qual) const override;
    bool distinctOn(Out &out, const Scope &scope, const Expr &list, std::vector<ExprPtr> &orderPrefix) const override;
    void emptySelect(Out &out) const override;
    bool combination(Out &out, const QString &kind, const PlannedQuery &query) const override;
    void materialized(Out &out, const PlannedCte &cte) const override;
    bool lock(Out &out, const Scope &scope) const override;
    bool updateOp(Out &out, const Scope &scope, const PlannedUpdate &update) const override;
    bool returning(Out &out, const Scope &scope) const override;
    bool deleteAll(Out &out, const PlannedQuery &query) const override;
    void insertPlaceholder(Out &out, int index) const override;
    void defaultValues(Out &out, size_t rows) const override;
    bool defaultCell(Out &out) const override;
    bool upsertNeedsTarget() const override;
    void plainPlaceholder(Out &out, int index) const override;

private:
    bool interval(Out &out, const Scope &scope, const Expr &count, const QString &unit) const;
    bool jsonPath(Out &out, const Scope &scope, const Expr &json, const std::vector<Term> &path) const;
    bool valuesSource(Out &out, const PlannedSource &source) const override;
};

} // namespace ectowb::query
