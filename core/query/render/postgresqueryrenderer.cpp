#include "postgresqueryrenderer.h"

#include "db/valuedumper.h"
#include "value/decimal.h"

namespace ectowb::query {

namespace {

// tagged_to_db/1 and ecto_to_db/1.
QString dbType(const QueryType &type)
{
    if (type.kind() == QueryType::Kind::Array)
        return dbType(type.inner()) + QStringLiteral("[]");
    const QString t = type.name();
    if (t == u"id" || t == u"integer")
        return QStringLiteral("bigint");
    if (t == u"binary_id" || t == u"uuid")
        return QStringLiteral("uuid");
    if (t == u"string")
        return QStringLiteral("varchar");
    if (t == u"bitstring")
        return QStringLiteral("varbit");
    if (t == u"binary")
        return QStringLiteral("bytea");
    if (t == u"map")
        return QStringLiteral("jsonb");
    if (t == u"time_usec")
        return QStringLiteral("time");
    if (t.startsWith(u"utc_datetime") || t.startsWith(u"naive_datetime"))
        return QStringLiteral("timestamp");
    if (t == u"duration")
        return QStringLiteral("interval");
    return t;
}

bool isTaggedExpr(const Expr &e)
{
    return e.kind == Expr::Kind::Tagged || e.kind == Expr::Kind::Type;
}

// escape_json/1 of Postgres.Connection: a string quoted for JSON inside an SQL string
// literal (' doubled, " escaped, nothing else), integers and booleans as they are.
QString jsonLiteralText(const Term &value)
{
    if (value.isString()) {
        QString text = value.text();
        text.replace(u'\'', QLatin1String("''"));
        text.replace(u'"', QLatin1String("\\\""));
        return u'"' + text + u'"';
    }
    return value.toElixirString();
}

} // namespace

Result<Term> PostgresQueryRenderer::dump(const schema::EctoType &type, const Term &value) const
{
    if (type.kind() == schema::EctoType::Kind::Enum)
        return dumpEnum(type, value);
    if (std::optional<Result<Term>> uuid = db::ValueDumper::dumpUuid(type, value, db::Dialect::Postgres))
        return *uuid;
    if (type.kind() == schema::EctoType::Kind::Array && value.isList()) {
        std::vector<Term> items;
        for (const Term &e : value.elements()) {
            Result<Term> d = dump(type.inner(), e);
            if (!d)
                return d;
            items.push_back(*d);
        }
        return Term::list(std::move(items));
    }
    return value;
}

void PostgresQueryRenderer::param(Out &out, int index) const
{
    out.sql += u'$';
    out.sql += QString::number(index + 1);
}

void PostgresQueryRenderer::boolean(Out &out, bool value) const
{
    out.sql += value ? QLatin1String("TRUE") : QLatin1String("FALSE");
}

void PostgresQueryRenderer::floating(Out &out, double value) const
{
    out.sql += value::shortestFloatText(value);
    out.sql += QLatin1String("::float");
}

bool PostgresQueryRenderer::tagged(Out &out, const Scope &scope, const Expr &inner, const QueryType &type) const
{
    if (!maybeParen(out, scope, inner))
        return false;
    out.sql += QLatin1String("::");
    out.sql += dbType(type);
    return true;
}

bool PostgresQueryRenderer::inOther(Out &out, const Scope &scope, const Expr &right) const
{
    out.sql += QLatin1String(" = ANY(");
    if (!expr(out, scope, right))
        return false;
    out.sql += u')';
    return true;
}

void PostgresQueryRenderer::falseLiteral(Out &out) const
{
    out.sql += QLatin1String("false");
}

void PostgresQueryRenderer::defaultValues(Out &out, size_t rows) const
{
    out.sql += QLatin1String(" VALUES ");
    for (size_t i = 0; i < rows; ++i)
        out.sql += i > 0 ? QLatin1String(",(DEFAULT)") : QLatin1String("(DEFAULT)");
}

bool PostgresQueryRenderer::defaultCell(Out &out) const
{
    out.sql += QLatin1String("DEFAULT");
    return true;
}

bool PostgresQueryRenderer::upsertNeedsTarget() const
{
    return true;
}

bool PostgresQueryRenderer::interval(Out &out, const Scope &scope, const Expr &count, const QString &unit) const
{
    if (count.kind == Expr::Kind::Literal && count.literal.isInteger()) {
        out.sql += QStringLiteral("interval '%1 %2'").arg(count.literal.integerValue()).arg(unit);
        return true;
    }
    if (count.kind == Expr::Kind::Literal && count.literal.isFloat()) {
        // :erlang.float_to_binary(count, [:compact, decimals: 16])
        QString text = QString::number(count.literal.floatValue(), 'f', 16);
        while (text.endsWith(u'0') && !text.endsWith(QLatin1String(".0")))
            text.chop(1);
        out.sql += QStringLiteral("interval '%1 %2'").arg(text, unit);
        return true;
    }
    out.sql += u'(';
    if (!expr(out, scope, count))
        return false;
    out.sql += QStringLiteral("::numeric * interval '1 %1')").arg(unit);
    return true;
}

// (x#>array['a',0]::text[]); the JSON value itself for an empty path.
bool PostgresQueryRenderer::jsonPath(Out &out, const Scope &scope, const Expr &json, const std::vector<Term> &path) const
{
    if (path.empty())
        return expr(out, scope, json);
    out.sql += u'(';
    if (!expr(out, scope, json))
        return false;
    out.sql += QLatin1String("#>array[");
    for (size_t i = 0; i < path.size(); ++i) {
        if (i > 0)
            out.sql += u',';
        if (path[i].isInteger())
            out.sql += QString::number(path[i].integerValue());
        else
            literalString(out, path[i].text());
    }
    out.sql += QLatin1String("]::text[])");
    return true;
}

bool PostgresQueryRenderer::dialectCall(Out &out, const Scope &scope, const Expr &call, bool &handled) const
{
    if (call.isCall(u"==") && call.args.size() == 2 && call.args[0]->isCall(u"json_extract_path")
        && call.args[0]->args.size() == 2 && call.args[1]->kind == Expr::Kind::Literal) {
        // ecto_sql compares a JSON path whose last key is a string with a string,
        // integer or boolean literal as containment: (x@>'{"key": value}'), which an
        // index on the JSON column can serve
        const Term &right = call.args[1]->literal;
        const std::vector<Term> &path = call.args[0]->args[1]->literal.elements();
        if ((right.isString() || right.isInteger() || right.isBoolean()) && !path.empty() && path.back().isString()) {
            handled = true;
            out.sql += u'(';
            if (!jsonPath(out, scope, *call.args[0]->args[0], std::vector<Term>(path.begin(), path.end() - 1)))
                return false;
            out.sql += QLatin1String("@>'{");
            out.sql += jsonLiteralText(path.back());
            out.sql += QLatin1String(": ");
            out.sql += jsonLiteralText(right);
            out.sql += QLatin1String("}')");
            return true;
        }
    }
    if (call.isCall(u"json_extract_path") && call.args.size() == 2) {
        handled = true;
        return jsonPath(out, scope, *call.args[0], call.args[1]->literal.elements());
    }
    const bool datetime = call.isCall(u"datetime_add") && call.args.size() == 3;
    const bool date = call.isCall(u"date_add") && call.args.size() == 3;
    if (!datetime && !date)
        return true;
    handled = true;
    const Expr &base = *call.args[0];
    if (date)
        out.sql += u'(';
    if (!expr(out, scope, base))
        return false;
    if (!isTaggedExpr(base))
        out.sql += date ? QLatin1String("::date") : QLatin1String("::timestamp");
    out.sql += QLatin1String(" + ");
    if (!interval(out, scope, *call.args[1], call.args[2]->literal.text()))
        return false;
    if (date)
        out.sql += QLatin1String(")::date");
    return true;
}

bool PostgresQueryRenderer::listLiteral(Out &out, const Scope &scope, const std::vector<ExprPtr> &items) const
{
    if (items.empty()) {
        out.sql += QLatin1String("'{}'");
        return true;
    }
    out.sql += QLatin1String("ARRAY[");
    if (!exprList(out, scope, items, u","))
        return false;
    out.sql += u']';
    return true;
}

bool PostgresQueryRenderer::joinQualifier(Out &out, const QString &qual) const
{
    static const QHash<QString, QString> quals{
        {QStringLiteral("inner"), QStringLiteral("INNER JOIN ")},
        {QStringLiteral("inner_lateral"), QStringLiteral("INNER JOIN LATERAL ")},
        {QStringLiteral("left"), QStringLiteral("LEFT OUTER JOIN ")},
        {QStringLiteral("left_lateral"), QStringLiteral("LEFT OUTER JOIN LATERAL ")},
        {QStringLiteral("right"), QStringLiteral("RIGHT OUTER JOIN ")},
        {QStringLiteral("full"), QStringLiteral("FULL OUTER JOIN ")},
        {QStringLiteral("cross"), QStringLiteral("CROSS JOIN ")},
        {QStringLiteral("cross_lateral"), QStringLiteral("CROSS JOIN LATERAL ")}};
    const auto it = quals.constFind(qual);
    if (it == quals.constEnd())
        return out.fail(Error{QStringLiteral("join qualifier :%1 is not supported in the PostgreSQL adapter").arg(qual), QStringLiteral("Ecto.QueryError")});
    out.sql += *it;
    return true;
}

bool PostgresQueryRenderer::distinctOn(Out &out, const Scope &scope, const Expr &list,
                                       std::vector<ExprPtr> &orderPrefix) const
{
    out.sql += QLatin1String(" DISTINCT ON (");
    for (size_t i = 0; i < list.args.size(); ++i) {
        if (i > 0)
            out.sql += QLatin1String(", ");
        if (!expr(out, scope, *list.args[i]->args[0]))
            return false;
    }
    out.sql += u')';
    orderPrefix = list.args;
    return true;
}

void PostgresQueryRenderer::emptySelect(Out &out) const
{
    out.sql += QLatin1String("TRUE");
}

bool PostgresQueryRenderer::combination(Out &out, const QString &kind, const PlannedQuery &query) const
{
    QString keyword = kind.toUpper();
    keyword.replace(u'_', u' ');
    out.sql += u' ';
    out.sql += keyword;
    out.sql += QLatin1String(" (");
    if (!all(out, query))
        return false;
    out.sql += u')';
    return true;
}

void PostgresQueryRenderer::materialized(Out &out, const PlannedCte &cte) const
{
    if (cte.materialized)
        out.sql += *cte.materialized ? QLatin1String("MATERIALIZED") : QLatin1String("NOT MATERIALIZED");
}

bool PostgresQueryRenderer::lock(Out &out, const Scope &scope) const
{
    const ExprPtr &lock = scope.query->lock;
    if (!lock)
        return true;
    out.sql += u' ';
    if (lock->kind == Expr::Kind::Literal && lock->literal.isString()) {
        out.sql += lock->literal.text();
        return true;
    }
    return expr(out, scope, *lock);
}

bool PostgresQueryRenderer::updateOp(Out &out, const Scope &scope, const PlannedUpdate &update) const
{
    if (!quoteName(out, update.column))
        return false;
    const QString alias = scope.query->sources[0].alias;
    if (update.op == u"set") {
        out.sql += QLatin1String(" = ");
        return expr(out, scope, *update.value);
    }
    if (update.op == u"inc") {
        out.sql += QLatin1String(" = ") + alias + u'.';
        if (!quoteName(out, update.column))
            return false;
        out.sql += QLatin1String(" + ");
        return expr(out, scope, *update.value);
    }
    out.sql += update.op == u"push" ? QLatin1String(" = array_append(") : QLatin1String(" = array_remove(");
    out.sql += alias + u'.';
    if (!quoteName(out, update.column))
        return false;
    out.sql += QLatin1String(", ");
    if (!expr(out, scope, *update.value))
        return false;
    out.sql += u')';
    return true;
}

bool PostgresQueryRenderer::returning(Out &out, const Scope &scope) const
{
    if (!scope.query->hasSelect)
        return true;
    out.sql += QLatin1String(" RETURNING ");
    return selectFields(out, scope);
}

bool PostgresQueryRenderer::deleteAll(Out &out, const PlannedQuery &query) const
{
    const Scope scope{&query};
    if (!ctes(out, query))
        return false;
    out.sql += QLatin1String("DELETE FROM ");
    const PlannedSource &from = query.sources[0];
    if (!quoteTable(out, from.prefix, from.table))
        return false;
    out.sql += QLatin1String(" AS ");
    out.sql += from.alias;
    std::vector<PlannedFilter> wheres;
    if (!usingJoins(out, query, u"USING", true, wheres))
        return false;
    wheres.insert(wheres.end(), query.wheres.begin(), query.wheres.end());
    if (!filters(out, scope, u" WHERE ", wheres))
        return false;
    return returning(out, scope);
}

void PostgresQueryRenderer::insertPlaceholder(Out &out, int index) const
{
    out.sql += u'$';
    out.sql += QString::number(index);
}

bool PostgresQueryRenderer::valuesSource(Out &out, const PlannedSource &source) const
{
    out.sql += QLatin1String("(VALUES ");
    valuesRows(out, source, dbType);
    out.sql += QLatin1String(") AS ");
    out.sql += source.alias;
    out.sql += QLatin1String(" (");
    if (!names(out, source.valueFields))
        return false;
    out.sql += u')';
    return true;
}

void PostgresQueryRenderer::plainPlaceholder(Out &out, int index) const
{
    insertPlaceholder(out, index);
}

} // namespace ectowb::query
