#pragma once

// Test helper shared by the db and schema tests: builds the bundled blog sample's
// database with its own migrations, through the migration core, on a real connection.

#include "db/connection.h"
#include "db/databaseurl.h"
#include "migration/migrationplanner.h"
#include "migration/migrationreader.h"
#include "migration/postgresddl.h"
#include "migration/sqliteddl.h"
#include "project/projectloader.h"

#include <QCoreApplication>
#include <QFile>

#include <atomic>
#include <memory>

namespace sampledb {

inline QString sampleDir()
{
    return QStringLiteral(ECTOWB_SOURCE_DIR "/resources/sample/blog");
}

// Runs every migration of a project (the sample by default) forwards; returns an
// error text, or empty.
inline QString migrateUp(ectowb::db::Connection &connection, const QString &projectDir = sampleDir())
{
    const ectowb::project::Project project = ectowb::project::ProjectLoader::load(projectDir);
    if (project.migrations.isEmpty())
        return QStringLiteral("the sample has no migrations");
    const ectowb::migration::SqliteDdl sqlite;
    const ectowb::migration::PostgresDdl postgres;
    const ectowb::migration::DdlRenderer &ddl = connection.dialect() == ectowb::db::Dialect::Postgres
        ? static_cast<const ectowb::migration::DdlRenderer &>(postgres)
        : static_cast<const ectowb::migration::DdlRenderer &>(sqlite);
    for (const auto &file : project.migrations) {
        QFile f(file.path);
        if (!f.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read ") + file.path;
        const auto migration = ectowb::migration::MigrationReader::fromSource(f.readAll(), file.path);
        if (migration.error)
            return ectowb::migration::MigrationStatements::errorText(*migration.error);
        const auto planned = ectowb::migration::MigrationPlanner::up(migration, ddl);
        if (planned.error)
            return ectowb::migration::MigrationStatements::errorText(*planned.error);
        for (const QString &sql : planned.statements) {
            const auto done = connection.exec(sql);
            if (!done)
                return done.error();
        }
    }
    return QString();
}

// A PostgreSQL schema of its own for one test, so parallel tests on the same server
// never see each other's tables; dropped with everything in it when destroyed.
class PostgresScratch
{
public:
    PostgresScratch(std::shared_ptr<ectowb::db::Connection> connection, const QString &tag)
        : m_connection(std::move(connection))
    {
        static std::atomic<int> counter{0};
        // DROP ... CASCADE lists every object as a NOTICE on stderr: keep test logs readable.
        m_connection->exec(QStringLiteral("SET client_min_messages TO warning"));
        m_schema = QStringLiteral("test_h5_%1_%2_%3").arg(tag).arg(QCoreApplication::applicationPid()).arg(++counter);
        m_connection->exec(QStringLiteral("DROP SCHEMA IF EXISTS ") + m_schema + QStringLiteral(" CASCADE"));
        const auto created = m_connection->exec(QStringLiteral("CREATE SCHEMA ") + m_schema);
        m_error = created.error();
        if (created)
            m_error = m_connection->exec(QStringLiteral("SET search_path TO ") + m_schema).error();
    }
    ~PostgresScratch()
    {
        m_connection->exec(QStringLiteral("SET search_path TO public"));
        m_connection->exec(QStringLiteral("DROP SCHEMA IF EXISTS ") + m_schema + QStringLiteral(" CASCADE"));
    }
    PostgresScratch(const PostgresScratch &) = delete;
    PostgresScratch &operator=(const PostgresScratch &) = delete;

    QString schema() const { return m_schema; }
    QString error() const { return m_error; }

private:
    std::shared_ptr<ectowb::db::Connection> m_connection;
    QString m_schema;
    QString m_error;
};

inline bool havePostgres()
{
    return qEnvironmentVariableIsSet("PGHOST");
}

} // namespace sampledb
