#pragma once

#include "ddlrenderer.h"
#include "migrationplanner.h"
#include "migration.h"
#include "migrationconfigreader.h"
#include "migrationreader.h"
#include "migrationselection.h"
#include "migrationstatus.h"
#include "result.h"

#include "db/connection.h"
#include "db/connectionsettings.h"
#include "project/project.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace ectowb::migration {

// Hooks a caller (the CLI, the timeline's worker) uses to show what happens. They are
// called on the migrator's thread.
struct AppliedMigration
{
    qint64 version = 0;
    QString name;
    QStringList statements;
    // Another migrator got there first (seen after taking the lock): nothing was run.
    bool alreadyDone = false;
};

struct MigratorCallbacks
{
    std::function<void(const QString &sql)> statementExecuted;
    // (migration, its index in this run, the number of migrations in this run)
    std::function<void(const project::MigrationFile &, int, int)> migrationStarted;
    std::function<void(const AppliedMigration &, int, int)> migrationFinished;
    // After 2 s of waiting for a lock: which lock, and which session holds it. Called
    // on a watcher thread (a caller that shows it posts it to its own thread).
    std::function<void(const QString &message)> lockWaiting;
};

// What a run did. `error` is set when it stopped on a failure; the migrations in
// `applied` stay applied (each one committed on its own), the failing one left nothing.
struct MigrationRun
{
    Direction direction = Direction::Up;
    QList<AppliedMigration> applied;
    bool cancelled = false;
    std::optional<Error> error; // with the failing code's file and line when it stopped there

    bool ok() const { return !error.has_value(); }
    // The error as a person reads it (MigrationStatements::errorText), or "" when none.
    QString errorText() const;
};

// Applies and rolls back migrations the way ecto_sql 3.13's Ecto.Migrator does:
// schema_migrations created as Ecto creates it, one transaction per migration
// (unless @disable_ddl_transaction), and on PostgreSQL Ecto's table lock taken on a
// second connection around the selection and around each migration, with the
// recorded versions read again under it, so two migrators never apply one migration
// twice. Opens its own connections, so a worker thread can own it.
class Migrator
{
public:
    Migrator(db::ConnectionSettings settings, QList<project::MigrationFile> files);

    // --lock-timeout: how long a run waits for any lock (0: as long as it takes).
    void setLockTimeout(int milliseconds) { m_lockTimeoutMs = milliseconds; }

    Result<QList<MigrationStatus>> status() const;

    // The project the migrations' code may call and the repo's migration config.
    void setEnvironment(std::shared_ptr<const project::Project> project, ProjectConfig config);

    // Runs as `mix ecto.migrate` / `ecto.rollback`: migration by migration, in order,
    // stopping at the first one that fails or cannot be read or planned (those before
    // it stay applied). `cancel` is checked between migrations.
    MigrationRun run(Direction direction, const MigrationSelection &selection, const MigratorCallbacks &callbacks = {},
                     const std::atomic_bool *cancel = nullptr) const;

    // Mark as applied: records `version` in schema_migrations exactly as `mix
    // ecto.migrate` does after running it, without running it (for a migration run
    // elsewhere). Under Ecto's lock; nothing happens when it is already recorded.
    std::optional<Error> markApplied(qint64 version) const;

    static std::unique_ptr<DdlRenderer> renderer(db::Dialect dialect);
    // The statements one direction of a migration file sends, or why it cannot run.
    static Result<QStringList> plan(const project::MigrationFile &file, Direction direction, const DdlRenderer &ddl,
                                    Migration *read = nullptr, const ReaderEnvironment &environment = {});
    // The statements with the values bound to each, and the error that stops them
    // (not an error of the call: the statements before it are sent).
    static Result<MigrationStatements> readStatements(const project::MigrationFile &file, Direction direction,
                                                      const DdlRenderer &ddl, Migration *read = nullptr,
                                                      const ReaderEnvironment &environment = {});
    // The same, failing when the statements stop on an error.
    static Result<MigrationStatements> planStatements(const project::MigrationFile &file, Direction direction,
                                                      const DdlRenderer &ddl, Migration *read = nullptr,
                                                      const ReaderEnvironment &environment = {});

private:
    std::optional<Error> refusedFiles() const;

    db::ConnectionSettings m_settings;
    QList<project::MigrationFile> m_files;
    QStringList m_refused; // why files must not run (MigrationFileName, not a file)
    int m_lockTimeoutMs = 0;
    std::shared_ptr<const project::Project> m_project;
    ProjectConfig m_config;
};

} // namespace ectowb::migration
