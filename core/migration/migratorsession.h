#pragma once

#include "ddlrenderer.h"
#include "lockwatch.h"
#include "migrationplanner.h"
#include "migrationselection.h"
#include "result.h"
#include "schemamigrations.h"
#include "sqlitemigrationlock.h"

#include "db/connection.h"
#include "project/project.h"

#include <QStringList>

#include <atomic>
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
    QList<StatementOrigin> origins; // of statements[i]
    // For a migration that reads rows: its statements read again with the rows its
    // reads got so far (Ecto runs the code against the live database; the offline
    // reading saw none). Unset: the statements do not depend on data.
    std::function<MigrationStatements(const QList<db::QueryRows> &reads)> replan;
    // Why the migration stops after its statements (with no rows read), if it does.
    std::optional<Error> stops;
};

// How a session waits for locks: `lockTimeoutMs` > 0 gives up after that long
// (PostgreSQL's lock_timeout on both connections; SQLite's busy timeout and the wait
// for its migration lock); `waiting` hears, after 2 s, what a call waits for.
struct LockOptions
{
    int lockTimeoutMs = 0;
    std::function<void(const QString &)> waiting;
    const std::atomic_bool *cancel = nullptr;
};

// The connections and locks of one Migrator run.
// PostgreSQL: the connection migrations run on and a second one that holds Ecto's
// table lock in its own transaction while the first one migrates (as Ecto does,
// which runs the migration in another process).
// SQLite (where ecto_sqlite3 has no lock): SqliteMigrationLock around the selection
// and each migration, and for a transactional migration BEGIN IMMEDIATE held across
// the "is it recorded?" check, the migration and its bookkeeping, so two migrators
// never both run one migration.
// A LockWatch reports long waits and cancels a wait for the session's own lock.
class MigratorSession
{
public:
    // Gets the bookkeeping of the connection that holds the lock, to read under it.
    using Locked = std::function<std::optional<Error>(SchemaMigrations &bookkeeping)>;

    // `source`: the bookkeeping table (the Repo's migration_source).
    static Result<std::unique_ptr<MigratorSession>> open(const db::ConnectionSettings &settings, const DdlRenderer &ddl,
                                                         const QString &source, const LockOptions &options = {});
    ~MigratorSession();

    const DdlRenderer &ddl() const { return m_ddl; }
    Result<QList<qint64>> versions() { return m_bookkeeping.versions(); }

    // Calls `body` under the migration lock when `lock` is set, so what it reads stays
    // true until it returns; with `transaction` on SQLite, inside BEGIN IMMEDIATE on the
    // work connection, committed when `body` succeeds. Everything is released before
    // this returns.
    std::optional<Error> locked(bool lock, bool transaction, const Locked &body);
    std::optional<Error> locked(bool lock, const Locked &body) { return locked(lock, false, body); }

    // Runs one migration with its bookkeeping, in a transaction unless it opted out
    // (or the one locked() opened). On failure nothing of it stays (when
    // transactional) and the error names the migration, the statement and the
    // database's message.
    // `sent`, when given, gets the statements that ran (a migration that reads rows
    // may send others than planned).
    std::optional<Error> apply(const PlannedMigration &migration, Direction direction, const MigratorCallbacks &callbacks,
                                 QStringList *sent = nullptr);

private:
    MigratorSession(const db::ConnectionSettings &settings, std::shared_ptr<db::Connection> work,
                    std::shared_ptr<db::Connection> lock, const DdlRenderer &ddl, const QString &source,
                    const LockOptions &options);
    std::optional<Error> prepare();
    std::optional<Error> ensureTable();
    std::optional<Error> lockedPostgres(const Locked &body);
    std::optional<Error> lockedSqlite(bool lock, bool transaction, const Locked &body);
    std::optional<Error> execute(const PlannedMigration &migration, Direction direction, const MigratorCallbacks &callbacks,
                                   QStringList *sent);
    std::optional<Error> record(const PlannedMigration &migration, Direction direction);
    Result<db::QueryRows> watched(db::Connection &connection, qint64 pid, const QString &sql, const QVariantList &params = {});
    Error explained(Error error, bool transactional) const;

    db::ConnectionSettings m_settings;
    std::shared_ptr<db::Connection> m_work;
    std::shared_ptr<db::Connection> m_lock; // null on SQLite
    const DdlRenderer &m_ddl;
    SchemaMigrations m_bookkeeping;
    LockOptions m_options;
    std::unique_ptr<LockWatch> m_watch;
    std::unique_ptr<SqliteMigrationLock> m_sqliteLock;
    qint64 m_workPid = 0;
    qint64 m_lockPid = 0;
    bool m_inTransaction = false; // SQLite: locked() opened BEGIN IMMEDIATE
};

} // namespace ectowb::migration
