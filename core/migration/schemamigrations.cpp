#include "schemamigrations.h"

#include <algorithm>

namespace ectowb::migration {

namespace {
Result<bool> done(const Result<db::QueryRows> &result)
{
    if (!result)
        return result.failure();
    return true;
}

// Both adapters' quote_name: the name in double quotes (Ecto refuses one holding a
// quote; doubling it keeps the statement well formed should a config say so).
QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}
} // namespace

Command SchemaMigrations::createCommand(const QString &source)
{
    ColumnChange version;
    version.column = QStringLiteral("version");
    version.type = ColumnType::atom(QStringLiteral("bigint"));
    version.options.primaryKey = true;

    ColumnChange insertedAt;
    insertedAt.column = QStringLiteral("inserted_at");
    insertedAt.type = ColumnType::atom(QStringLiteral("naive_datetime"));

    CreateTable create;
    create.table.name = source;
    create.columns = {version, insertedAt};
    create.ifNotExists = true;
    return create;
}

QString SchemaMigrations::createStatement(const DdlRenderer &ddl, const QString &source)
{
    const Result<QStringList> statements = ddl.render(createCommand(source));
    // Both adapters render this fixed command to exactly one statement.
    Q_ASSERT(statements && statements->size() == 1);
    return statements ? statements->constFirst() : QString();
}

QString SchemaMigrations::versionsStatement(const QString &source)
{
    return QStringLiteral("SELECT s0.\"version\" FROM %1 AS s0").arg(quoted(source));
}

QString SchemaMigrations::insertStatement(const QString &source)
{
    return QStringLiteral("INSERT INTO %1 (\"version\",\"inserted_at\") VALUES (?,?)").arg(quoted(source));
}

QString SchemaMigrations::deleteStatement(const QString &source)
{
    return QStringLiteral("DELETE FROM %1 WHERE \"version\" = ?").arg(quoted(source));
}

QString SchemaMigrations::recordedStatement(const QString &source)
{
    return QStringLiteral("SELECT count(*) FROM %1 WHERE \"version\" = ?").arg(quoted(source));
}

QString SchemaMigrations::existsStatement()
{
    // Where an unqualified CREATE TABLE puts it: the first schema of the search_path.
    return QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables "
                          "WHERE schemaname = current_schema() AND tablename = ?");
}

QString SchemaMigrations::sqliteExistsStatement()
{
    return QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
}

QString SchemaMigrations::lockStatement(const QString &source)
{
    return QStringLiteral("LOCK TABLE %1 IN SHARE UPDATE EXCLUSIVE MODE").arg(quoted(source));
}

QString SchemaMigrations::insertedAt(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

SchemaMigrations::SchemaMigrations(db::Connection &connection, const DdlRenderer &ddl, QString source)
    : m_connection(connection)
    , m_ddl(ddl)
    , m_source(std::move(source))
{
}

Result<bool> SchemaMigrations::ensureTable()
{
    if (m_connection.dialect() == db::Dialect::Postgres) {
        // Ecto sends CREATE TABLE IF NOT EXISTS with logging off; libpq would print
        // its "already exists, skipping" NOTICE on every run, so look first.
        const auto exists = m_connection.exec(existsStatement(), {m_source});
        if (exists && exists->rows.value(0).value(0).toLongLong() > 0)
            return true;
    }
    return done(m_connection.exec(createStatement(m_ddl, m_source)));
}

Result<bool> SchemaMigrations::exists()
{
    const bool postgres = m_connection.dialect() == db::Dialect::Postgres;
    const auto rows = m_connection.exec(postgres ? existsStatement() : sqliteExistsStatement(), {m_source});
    if (!rows)
        return rows.failure();
    return rows->rows.value(0).value(0).toLongLong() > 0;
}

Result<QList<qint64>> SchemaMigrations::versions()
{
    // A read-only database without the table (it is never created there) has run none.
    if (m_connection.settings().readOnly) {
        if (auto there = exists(); there && !*there)
            return QList<qint64>{};
    }
    const Result<db::QueryRows> rows = m_connection.exec(versionsStatement(m_source));
    if (!rows)
        return rows.failure();
    QList<qint64> versions;
    versions.reserve(rows->rows.size());
    for (const QVariantList &row : rows->rows)
        versions << row.value(0).toLongLong();
    std::sort(versions.begin(), versions.end());
    return versions;
}

Result<bool> SchemaMigrations::isRecorded(qint64 version)
{
    const Result<db::QueryRows> rows = m_connection.exec(recordedStatement(m_source), {version});
    if (!rows)
        return rows.failure();
    return rows->rows.value(0).value(0).toLongLong() > 0;
}

Result<bool> SchemaMigrations::lock()
{
    if (m_connection.dialect() != db::Dialect::Postgres)
        return true; // ecto_sqlite3 takes no migration lock
    return done(m_connection.exec(lockStatement(m_source)));
}

Result<bool> SchemaMigrations::record(qint64 version)
{
    return done(m_connection.exec(insertStatement(m_source), {version, insertedAt(QDateTime::currentDateTimeUtc())}));
}

Result<bool> SchemaMigrations::forget(qint64 version)
{
    return done(m_connection.exec(deleteStatement(m_source), {version}));
}

} // namespace ectowb::migration
