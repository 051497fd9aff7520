#include "sqlitequeryrenderer.h"

#include "value/decimal.h"
#include "value/termjson.h"
#include "value/termvalue.h"
#include "db/valuedumper.h"

namespace ectowb::query {

Result<Term> SqliteQueryRenderer::dump(const schema::EctoType &type, const Term &value) const
{
    using Kind = schema::EctoType::Kind;
    if (value.isNil())
        return value;
    if (std::optional<Result<Term>> uuid = db::ValueDumper::dumpUuid(type, value, db::Dialect::Sqlite))
        return *uuid;
    switch (type.kind()) {
    case Kind::Enum:
        return dumpEnum(type, value);
    case Kind::Array:
    case Kind::Map:
    case Kind::Embedded:
        // stored as JSON text
        return Term::string(db::ValueDumper::json(value)); // Jason, as ecto_sqlite3 encodes JSON
    case Kind::Primitive:
        break;
    default:
        return value;
    }
    const QString t = type.name();
    if (t == u"binary" && value.isBitstring()) // ecto_sqlite3's blob_encode/1: {:blob, value}
        return Term::map({{Term::string(QStringLiteral("$inspect")),
                           Term::string(QStringLiteral("{:blob, %1}").arg(value::TermValue::toValue(value).inspect()))}});
    if (t == u"boolean" && value.isBoolean())
        return Term::integer(value.isTrue() ? 1 : 0);
    if (t == u"decimal" && value.isDecimal())
        return Term::string(decimalText(value.decimalValue()));
    if (t == u"map")
        return Term::string(db::ValueDumper::json(value)); // Jason, as ecto_sqlite3 encodes JSON
    const bool temporal = t == u"date" || t == u"time" || t == u"time_usec" || t.startsWith(u"naive_datetime")
                          || t.startsWith(u"utc_datetime");
    if (temporal) {
        switch (value.kind()) {
        case Term::Kind::Date:
        case Term::Kind::Time:
        case Term::Kind::NaiveDateTime:
        case Term::Kind::DateTime:
            return Term::string(value.isoText());
        default:
            break;
        }
    }
    return value;
}

void SqliteQueryRenderer::param(Out &out, int) const
{
    out.sql += u'?';
}

void SqliteQueryRenderer::boolean(Out &out, bool value) const
{
    out.sql += value ? u'1' : u'0';
}

void SqliteQueryRenderer::floating(Out &out, double value) const
{
    out.sql += QLatin1String("CAST(");
    out.sql += value::shortestFloatText(value);
    out.sql += QLatin1String(" AS REAL)");
}

QString SqliteQueryRenderer::columnType(const QueryType &type) const
{
    if (type.kind() == QueryType::Kind::Array)
        return QStringLiteral("TEXT");
    const QString t = type.name();
    if (t == u"id" || t == u"integer" || t == u"serial" || t == u"bigserial" || t == u"boolean")
        return QStringLiteral("INTEGER");
    if (t == u"binary")
        return QStringLiteral("BLOB");
    if (t == u"float")
        return QStringLiteral("NUMERIC");
    if (t == u"decimal")
        return QStringLiteral("DECIMAL");
    static const QStringList text = {
        QStringLiteral("string"), QStringLiteral("map"), QStringLiteral("array"), QStringLiteral("date"),
        QStringLiteral("utc_datetime"), QStringLiteral("utc_datetime_usec"), QStringLiteral("naive_datetime"),
        QStringLiteral("naive_datetime_usec"), QStringLiteral("time"), QStringLiteral("time_usec"),
        QStringLiteral("timestamp"), QStringLiteral("binary_id"), QStringLiteral("uuid")};
    if (text.contains(t))
        return QStringLiteral("TEXT");
    // DataType.column_type/2 upcases any other atom: type(^v, u.name) of a schemaless
    // source is typed :any and casts AS ANY
    return type.isAny() ? QStringLiteral("ANY") : t.toUpper();
}

bool SqliteQueryRenderer::tagged(Out &out, const Scope &scope, const Expr &inner, const QueryType &type) const
{
    out.sql += QLatin1String("CAST(");
    if (!expr(out, scope, inner))
        return false;
    out.sql += QLatin1String(" AS ");
    out.sql += type.name() == u"decimal" || type.name() == u"float" ? QStringLiteral("REAL") : columnType(type);
    out.sql += u')';
    return true;
}

bool SqliteQueryRenderer::inOther(Out &out, const Scope &scope, const Expr &right) const
{
    if (right.kind == Expr::Kind::Param) {
        out.sql += QLatin1String(" IN (");
        for (int i = 0; i < right.count; ++i)
            out.sql += i > 0 ? QLatin1String(",?") : QLatin1String("?");
        out.sql += u')';
        return true;
    }
    // an array dumped to JSON text, or an array column
    out.sql += QLatin1String(" IN (SELECT value FROM JSON_EACH(");
    if (!expr(out, scope, right))
        return false;
    out.sql += QLatin1String("))");
    return true;
}

void SqliteQueryRenderer::falseLiteral(Out &out) const
{
    out.sql += u'0';
}

void SqliteQueryRenderer::defaultValues(Out &out, size_t rows) const
{
    Q_UNUSED(rows);
    out.sql += QLatin1String(" DEFAULT VALUES");
}

bool SqliteQueryRenderer::defaultCell(Out &out) const
{
    return out.fail(Error{QStringLiteral("Cell-wise default values are not supported on INSERT statements by SQLite3"), QStringLiteral("ArgumentError")});
}

bool SqliteQueryRenderer::upsertNeedsTarget() const
{
    return false;
}

bool SqliteQueryRenderer::interval(Out &out, const Scope &scope, const Expr &count, const QString &unit) const
{
    if (unit == u"microsecond")
        return out.fail(Error{QStringLiteral("SQLite does not support microsecond precision in datetime intervals"), QStringLiteral("ArgumentError")});
    if (unit == u"millisecond" || unit == u"week") {
        out.sql += u'(';
        if (!expr(out, scope, count))
            return false;
        out.sql += unit == u"week" ? QLatin1String(" * 7) || ' days'") : QLatin1String(" / 1000.0) || ' seconds'");
        return true;
    }
    if (!expr(out, scope, count))
        return false;
    out.sql += QStringLiteral(" || ' %1'").arg(unit);
    return true;
}

bool SqliteQueryRenderer::dialectCall(Out &out, const Scope &scope, const Expr &call, bool &handled) const
{
    if (call.isCall(u"ilike"))
        return out.fail(Error{QStringLiteral("ilike is not supported by SQLite3"), QStringLiteral("Ecto.QueryError")});
    const bool datetime = call.isCall(u"datetime_add") && call.args.size() == 3;
    const bool date = call.isCall(u"date_add") && call.args.size() == 3;
    if (datetime || date) {
        handled = true;
        out.sql += datetime ? QLatin1String("CAST (strftime('%Y-%m-%dT%H:%M:%f000Z',")
                            : QLatin1String("CAST (strftime('%Y-%m-%d',");
        if (!expr(out, scope, *call.args[0]))
            return false;
        out.sql += u',';
        if (!interval(out, scope, *call.args[1], call.args[2]->literal.text()))
            return false;
        out.sql += QLatin1String(") AS TEXT)");
        return true;
    }
    if (call.isCall(u"json_extract_path") && call.args.size() == 2) {
        // json_extract(x, '$.a[0]')
        handled = true;
        const std::vector<Term> &path = call.args[1]->literal.elements();
        if (path.empty())
            return expr(out, scope, *call.args[0]);
        out.sql += QLatin1String("json_extract(");
        if (!expr(out, scope, *call.args[0]))
            return false;
        QString text = QStringLiteral("$");
        for (const Term &key : path) {
            if (key.isInteger())
                text += QString(u'[' + QString::number(key.integerValue()) + u']');
            else
                text += QString(u'.' + key.text());
        }
        out.sql += QLatin1String(", ");
        literalString(out, text);
        out.sql += u')';
        return true;
    }
    if (call.isCall(u"exists") && call.args.size() == 1) {
        handled = true;
        out.sql += QLatin1String("exists");
        return expr(out, scope, *call.args[0]);
    }
    if (call.isCall(u"count") && call.args.size() == 2 && call.args[1]->kind == Expr::Kind::Literal
        && call.args[1]->literal.isAtom(u"distinct")) {
        handled = true;
        out.sql += QLatin1String("count(distinct ");
        if (!expr(out, scope, *call.args[0]))
            return false;
        out.sql += u')';
        return true;
    }
    return true;
}

bool SqliteQueryRenderer::listLiteral(Out &out, const Scope &, const std::vector<ExprPtr> &) const
{
    return out.fail(Error{QStringLiteral("Array type is not supported by SQLite3"), QStringLiteral("Ecto.QueryError")});
}

bool SqliteQueryRenderer::joinQualifier(Out &out, const QString &qual) const
{
    static const QHash<QString, QString> quals{{QStringLiteral("inner"), QStringLiteral("INNER JOIN ")},
                                               {QStringLiteral("left"), QStringLiteral("LEFT OUTER JOIN ")},
                                               {QStringLiteral("right"), QStringLiteral("RIGHT OUTER JOIN ")},
                                               {QStringLiteral("full"), QStringLiteral("FULL OUTER JOIN ")},
                                               {QStringLiteral("cross"), QStringLiteral("CROSS JOIN ")}};
    const auto it = quals.constFind(qual);
    if (it == quals.constEnd())
        return out.fail(Error{QStringLiteral("join `:%1` not supported by SQLite3").arg(qual), QStringLiteral("Ecto.QueryError")});
    out.sql += *it;
    return true;
}

bool SqliteQueryRenderer::distinctOn(Out &out, const Scope &, const Expr &, std::vector<ExprPtr> &) const
{
    return out.fail(Error{QStringLiteral("DISTINCT with multiple columns is not supported by SQLite3"), QStringLiteral("Ecto.QueryError")});
}

void SqliteQueryRenderer::emptySelect(Out &out) const
{
    out.sql += u'1';
}

bool SqliteQueryRenderer::combination(Out &out, const QString &kind, const PlannedQuery &query) const
{
    if (kind == u"except_all")
        return out.fail(Error{QStringLiteral("SQLite3 does not support EXCEPT ALL"), QStringLiteral("Ecto.QueryError")});
    if (kind == u"intersect_all")
        return out.fail(Error{QStringLiteral("SQLite3 does not INTERSECT ALL"), QStringLiteral("Ecto.QueryError")});
    QString keyword = kind.toUpper();
    keyword.replace(u'_', u' ');
    out.sql += u' ';
    out.sql += keyword;
    out.sql += u' ';
    return all(out, query);
}

void SqliteQueryRenderer::materialized(Out &, const PlannedCte &) const
{
}

bool SqliteQueryRenderer::lock(Out &out, const Scope &scope) const
{
    if (scope.query->lock)
        return out.fail(Error{QStringLiteral("locks are not supported by SQLite3"), QStringLiteral("ArgumentError")});
    return true;
}

bool SqliteQueryRenderer::updateOp(Out &out, const Scope &scope, const PlannedUpdate &update) const
{
    if (update.op == u"push" || update.op == u"pull")
        return out.fail(Error{QStringLiteral("Array type is not supported by SQLite3"), QStringLiteral("Ecto.QueryError")});
    if (!quoteName(out, update.column))
        return false;
    out.sql += QLatin1String(" = ");
    if (update.op == u"inc") {
        if (!quoteName(out, update.column))
            return false;
        out.sql += QLatin1String(" + ");
    }
    return expr(out, scope, *update.value);
}

bool SqliteQueryRenderer::returning(Out &out, const Scope &scope) const
{
    if (!scope.query->hasSelect)
        return true;
    out.sql += QLatin1String(" RETURNING ");
    Scope unqualified = scope;
    unqualified.returning = true;
    return selectFields(out, unqualified);
}

bool SqliteQueryRenderer::deleteAll(Out &out, const PlannedQuery &query) const
{
    if (!query.joins.empty())
        return out.fail(Error{QStringLiteral("JOINS are not supported on DELETE statements by SQLite"), QStringLiteral("ArgumentError")});
    const Scope scope{&query};
    if (!ctes(out, query))
        return false;
    out.sql += QLatin1String("DELETE FROM ");
    if (!source(out, query, 0) || !filters(out, scope, u" WHERE ", query.wheres))
        return false;
    return returning(out, scope);
}

void SqliteQueryRenderer::insertPlaceholder(Out &out, int index) const
{
    out.sql += u'?';
    out.sql += QString::number(index);
}

// ecto_sqlite3 names the columns in a SELECT around the VALUES, and numbers the
// cells' placeholders ($1::INTEGER) in the VALUES list.
bool SqliteQueryRenderer::valuesSource(Out &out, const PlannedSource &source) const
{
    out.sql += QLatin1String("(SELECT ");
    for (qsizetype f = 0; f < source.valueFields.size(); ++f) {
        if (f > 0)
            out.sql += QLatin1String(", ");
        out.sql += QStringLiteral("column%1 AS %2").arg(f + 1).arg(source.valueFields[f]);
    }
    out.sql += QLatin1String(" FROM (VALUES ");
    valuesRows(out, source, [this](const QueryType &type) { return columnType(type); });
    out.sql += QLatin1String(")) AS ");
    out.sql += source.alias;
    return true;
}

void SqliteQueryRenderer::plainPlaceholder(Out &out, int) const
{
    out.sql += u'?';
}

} // namespace ectowb::query
