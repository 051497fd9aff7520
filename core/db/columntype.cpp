#include "columntype.h"

#include <QHash>

namespace ectowb::db {

ColumnType::Family ColumnType::family(const QString &type, Dialect dialect)
{
    return dialect == Dialect::Postgres ? postgresFamily(type) : sqliteAffinity(type);
}

QString ColumnType::arrayElement(const QString &type)
{
    const QString t = type.trimmed();
    return t.endsWith(QLatin1String("[]")) ? t.left(t.size() - 2).trimmed() : QString();
}

ColumnType::Family ColumnType::postgresFamily(const QString &type)
{
    if (!arrayElement(type).isEmpty())
        return Family::Array;
    // Drop modifiers and zone words: "timestamp(0) without time zone" -> "timestamp".
    QString base = type.trimmed().toLower();
    const qsizetype paren = base.indexOf(QLatin1Char('('));
    if (paren >= 0) {
        const qsizetype close = base.indexOf(QLatin1Char(')'), paren);
        base = QString(base.left(paren) + (close >= 0 ? base.mid(close + 1) : QString())).trimmed();
    }
    base.replace(QLatin1String(" without time zone"), QString());
    base.replace(QLatin1String(" with time zone"), QString());
    static const QHash<QString, Family> families{
        {QStringLiteral("smallint"), Family::Integer}, {QStringLiteral("integer"), Family::Integer},
        {QStringLiteral("bigint"), Family::Integer}, {QStringLiteral("int2"), Family::Integer},
        {QStringLiteral("int4"), Family::Integer}, {QStringLiteral("int8"), Family::Integer},
        {QStringLiteral("character varying"), Family::Text}, {QStringLiteral("varchar"), Family::Text},
        {QStringLiteral("character"), Family::Text}, {QStringLiteral("char"), Family::Text},
        {QStringLiteral("bpchar"), Family::Text}, {QStringLiteral("text"), Family::Text},
        {QStringLiteral("citext"), Family::Text}, {QStringLiteral("name"), Family::Text},
        {QStringLiteral("boolean"), Family::Boolean},
        {QStringLiteral("timestamp"), Family::Timestamp}, {QStringLiteral("timestamptz"), Family::Timestamp},
        {QStringLiteral("date"), Family::Date},
        {QStringLiteral("time"), Family::Time}, {QStringLiteral("timetz"), Family::Time},
        {QStringLiteral("numeric"), Family::Numeric}, {QStringLiteral("decimal"), Family::Numeric},
        {QStringLiteral("double precision"), Family::Float}, {QStringLiteral("real"), Family::Float},
        {QStringLiteral("uuid"), Family::Uuid},
        {QStringLiteral("json"), Family::Json}, {QStringLiteral("jsonb"), Family::Json},
        {QStringLiteral("bytea"), Family::Binary},
        {QStringLiteral("interval"), Family::Interval},
    };
    return families.value(base, Family::Other);
}

ColumnType::Family ColumnType::sqliteAffinity(const QString &type)
{
    // The rules apply in this order; the first that matches decides.
    const QString t = type.toUpper();
    if (t.contains(QLatin1String("INT")))
        return Family::SqliteInteger;
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB")) || t.contains(QLatin1String("TEXT")))
        return Family::SqliteText;
    if (t.contains(QLatin1String("BLOB")) || t.trimmed().isEmpty())
        return Family::SqliteBlob;
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) || t.contains(QLatin1String("DOUB")))
        return Family::SqliteReal;
    return Family::SqliteNumeric;
}

} // namespace ectowb::db
