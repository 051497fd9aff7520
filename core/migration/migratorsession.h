#pragma once

#include "ddlrenderer.h"
#include "migrationselection.h"
#include "result.h"
#include "schemamigrations.h"

#include "db/connection.h"
#include "project/project.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace ectowb::migration {

struct MigratorCallbacks;

// One migration, read and planned, ready to run.
struct PlannedMigration
{
    project::MigrationFile file;
    QStringList statements;
    QList<QVariantList> params; // values bound to statements[i], if any
    bool transaction = true; // false with @disable_ddl_transaction
    bool lock = true;        // false with @disable_migration_lock
};

// The connections of one Migrator run: the one migrations run on and, on
// PostgreSQL, a second one that holds Ecto's table lock in its own transaction while
// the first one migrates (as Ecto does, which runs the migration in another process).
class MigratorSession
{
public:
    // Gets the bookkeeping of the connection that holds the lock, to read under it.
    using Locked = std::function<std::optional<QString>(SchemaMigrations &bookkeeping)>;

    static Result<std::unique_ptr<MigratorSession>> open(const db::ConnectionSettings &settings, const DdlRenderer &ddl);

    const DdlRenderer &ddl() const { return m_ddl; }
    Result<QList<qint64>> versions() { return m_bookkeeping.versions(); }

    // Calls `body` under Ecto's lock when `lock` is set and the database has one, so
    // what it reads stays true until it returns; the lock is released before this returns.
    std::optional<QString> locked(bool lock, const Locked &body);

    // Runs one migration with its bookkeeping, in a transaction unless it opted out.
    // On failure nothing of it stays (when transactional) and the error names the
    // migration, the statement and the database's message.
    std::optional<QString> apply(const PlannedMigration &migration, Direction direction, const MigratorCallbacks &callbacks);

private:
    MigratorSession(std::shared_ptr<db::Connection> work, std::shared_ptr<db::Connection> lock, const DdlRenderer &ddl);
    std::optional<QString> ensureTable();
    std::optional<QString> execute(const PlannedMigration &migration, Direction direction, const MigratorCallbacks &callbacks);

    std::shared_ptr<db::Connection> m_work;
    std::shared_ptr<db::Connection> m_lock; // null on SQLite
    const DdlRenderer &m_ddl;
    SchemaMigrations m_bookkeeping;
};

} // namespace ectowb::migration
