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
} // namespace

Command SchemaMigrations::createCommand()
{
    ColumnChange version;
    version.column = QStringLiteral("version");
    version.type = ColumnType::atom(QStringLiteral("bigint"));
    version.options.primaryKey = true;

    ColumnChange insertedAt;
    insertedAt.column = QStringLiteral("inserted_at");
    insertedAt.type = ColumnType::atom(QStringLiteral("naive_datetime"));

    CreateTable create;
    create.table.name = tableName();
    create.columns = {version, insertedAt};
    create.ifNotExists = true;
    return create;
}

QString SchemaMigrations::createStatement(const DdlRenderer &ddl)
{
    const Result<QStringList> statements = ddl.render(createCommand());
    // Both adapters render this fixed command to exactly one statement.
    Q_ASSERT(statements && statements->size() == 1);
    return statements ? statements->constFirst() : QString();
}

QString SchemaMigrations::versionsStatement()
{
    return QStringLiteral("SELECT s0.\"version\" FROM \"schema_migrations\" AS s0");
}

QString SchemaMigrations::insertStatement()
{
    return QStringLiteral("INSERT INTO \"schema_migrations\" (\"version\",\"inserted_at\") VALUES (?,?)");
}

QString SchemaMigrations::deleteStatement()
{
    return QStringLiteral("DELETE FROM \"schema_migrations\" WHERE \"version\" = ?");
}

QString SchemaMigrations::recordedStatement()
{
    return QStringLiteral("SELECT count(*) FROM \"schema_migrations\" WHERE \"version\" = ?");
}

QString SchemaMigrations::existsStatement()
{
    // Where an unqualified CREATE TABLE puts it: the first schema of the search_path.
    return QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables "
                          "WHERE schemaname = current_schema() AND tablename = 'schema_migrations'");
}

QString SchemaMigrations::sqliteExistsStatement()
{
    return QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'");
}

QString SchemaMigrations::lockStatement()
{
    return QStringLiteral("LOCK TABLE \"schema_migrations\" IN SHARE UPDATE EXCLUSIVE MODE");
}

QString SchemaMigrations::insertedAt(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

SchemaMigrations::SchemaMigrations(db::Connection &connection, const DdlRenderer &ddl)
    : m_connection(connection)
    , m_ddl(ddl)
{
}

Result<bool> SchemaMigrations::ensureTable()
{
    if (m_connection.dialect() == db::Dialect::Postgres) {
        // Ecto sends CREATE TABLE IF NOT EXISTS with logging off; libpq would print
        // its "already exists, skipping" NOTICE on every run, so look first.
        const auto exists = m_connection.exec(existsStatement());
        if (exists && exists->rows.value(0).value(0).toLongLong() > 0)
            return true;
    }
    return done(m_connection.exec(createStatement(m_ddl)));
}

Result<bool> SchemaMigrations::exists()
{
    const bool postgres = m_connection.dialect() == db::Dialect::Postgres;
    const auto rows = m_connection.exec(postgres ? existsStatement() : sqliteExistsStatement());
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
    const Result<db::QueryRows> rows = m_connection.exec(versionsStatement());
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
    const Result<db::QueryRows> rows = m_connection.exec(recordedStatement(), {version});
    if (!rows)
        return rows.failure();
    return rows->rows.value(0).value(0).toLongLong() > 0;
}

Result<bool> SchemaMigrations::lock()
{
    if (m_connection.dialect() != db::Dialect::Postgres)
        return true; // ecto_sqlite3 takes no migration lock
    return done(m_connection.exec(lockStatement()));
}

Result<bool> SchemaMigrations::record(qint64 version)
{
    return done(m_connection.exec(insertStatement(), {version, insertedAt(QDateTime::currentDateTimeUtc())}));
}

Result<bool> SchemaMigrations::forget(qint64 version)
{
    return done(m_connection.exec(deleteStatement(), {version}));
}

} // namespace ectowb::migration
