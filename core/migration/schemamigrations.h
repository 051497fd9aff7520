#pragma once

#include "command.h"
#include "ddlrenderer.h"
#include "result.h"

#include "db/connection.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ectowb::migration {

// The bookkeeping table (`schema_migrations`, or the Repo's `migration_source`), read
// and written as ecto_sql 3.13's Ecto.Migration.SchemaMigration does, so `mix
// ecto.migrations` and this tool agree about the same database. Works on a
// connection it does not own.
class SchemaMigrations
{
public:
    // SchemaMigration.get_source/1's default when the Repo sets no :migration_source.
    static QString defaultSource() { return QStringLiteral("schema_migrations"); }

    // {:create_if_not_exists, %Table{name: source}, [version bigint primary key,
    // inserted_at naive_datetime]}: what ensure_schema_migrations_table! hands to the
    // adapter, so each adapter renders its own exact DDL.
    static Command createCommand(const QString &source = defaultSource());
    static QString createStatement(const DdlRenderer &ddl, const QString &source = defaultSource());

    static QString versionsStatement(const QString &source = defaultSource());
    static QString insertStatement(const QString &source = defaultSource());
    static QString deleteStatement(const QString &source = defaultSource());
    static QString recordedStatement(const QString &source = defaultSource());
    // Both bind the table's name as their one parameter.
    static QString existsStatement(); // PostgreSQL
    static QString sqliteExistsStatement();
    // Ecto's default :table_lock strategy on PostgreSQL.
    static QString lockStatement(const QString &source = defaultSource());
    // inserted_at as Ecto stores a NaiveDateTime truncated to seconds; ISO 8601 text
    // is what ecto_sqlite3 writes and PostgreSQL reads as a timestamp(0) as well.
    static QString insertedAt(const QDateTime &utc);

    SchemaMigrations(db::Connection &connection, const DdlRenderer &ddl, QString source = defaultSource());

    const QString &source() const { return m_source; }

    Result<bool> ensureTable();
    // Whether the table is there, without creating it.
    Result<bool> exists();
    Result<QList<qint64>> versions();
    // One version's row, without reading them all (checked before each migration).
    Result<bool> isRecorded(qint64 version);
    Result<bool> lock();
    Result<bool> record(qint64 version);
    Result<bool> forget(qint64 version);

private:
    db::Connection &m_connection;
    const DdlRenderer &m_ddl;
    QString m_source;
};

} // namespace ectowb::migration
