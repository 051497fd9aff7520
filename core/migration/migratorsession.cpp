#include "migratorsession.h"

#include "migrator.h"

#include "db/writecheck.h"

namespace ectowb::migration {

namespace {

QString describe(const project::MigrationFile &file)
{
    return QString::number(file.version) + QLatin1Char(' ') + file.name;
}

// Connection::exec appends the statement to the database's message; the migrator
// shows the statement on its own line, so keep only the database's words.
QString databaseMessage(const QString &error, const QString &sql)
{
    const QString tail = QStringLiteral("\nSQL: ") + sql;
    return error.endsWith(tail) ? error.left(error.size() - tail.size()) : error;
}

Error statementError(const PlannedMigration &m, Direction direction, const QString &sql, const QString &error)
{
    return Error{QStringLiteral("migration %1 failed (%2) on statement:\n    %3\n%4")
                     .arg(describe(m.file), direction == Direction::Up ? QStringLiteral("up") : QStringLiteral("down"), sql,
                          databaseMessage(error, sql))};
}

Result<qint64> backendPid(db::Connection &connection)
{
    const auto rows = connection.exec(QStringLiteral("SELECT pg_backend_pid()"));
    if (!rows)
        return rows.failure();
    return rows->rows.value(0).value(0).toLongLong();
}

} // namespace

MigratorSession::MigratorSession(const db::ConnectionSettings &settings, std::shared_ptr<db::Connection> work,
                                 std::shared_ptr<db::Connection> lock, const DdlRenderer &ddl, const QString &source,
                                 const LockOptions &options)
    : m_settings(settings)
    , m_work(std::move(work))
    , m_lock(std::move(lock))
    , m_ddl(ddl)
    , m_bookkeeping(*m_work, ddl, source)
    , m_options(options)
{
}

MigratorSession::~MigratorSession()
{
    // The watch may still read m_lockPid; it stops before the connections close.
    m_watch.reset();
}

Result<std::unique_ptr<MigratorSession>> MigratorSession::open(const db::ConnectionSettings &settings, const DdlRenderer &ddl,
                                                               const QString &source, const LockOptions &options)
{
    auto work = db::Connection::open(settings);
    if (!work)
        return work.failure();
    std::shared_ptr<db::Connection> lock;
    if (settings.dialect == db::Dialect::Postgres) {
        auto second = db::Connection::open(settings);
        if (!second)
            return second.failure();
        lock = *second;
    }
    std::unique_ptr<MigratorSession> session(new MigratorSession(settings, *work, lock, ddl, source, options));
    if (auto error = session->prepare())
        return *error;
    if (auto error = session->ensureTable())
        return *error;
    return session;
}

std::optional<Error> MigratorSession::prepare()
{
    const int timeout = m_options.lockTimeoutMs;
    if (m_lock) {
        auto work = backendPid(*m_work);
        auto lock = backendPid(*m_lock);
        if (!work || !lock)
            return work ? lock.failure() : work.failure();
        m_workPid = *work;
        m_lockPid = *lock;
        if (timeout > 0) {
            // Every wait of the run, on either connection, ends after `timeout`.
            const QString set = QStringLiteral("SET lock_timeout = %1").arg(timeout);
            for (db::Connection *c : {m_work.get(), m_lock.get()}) {
                if (auto done = c->exec(set); !done)
                    return done.failure();
            }
        }
    } else {
        m_sqliteLock = std::make_unique<SqliteMigrationLock>(m_settings.database);
        if (timeout > 0) {
            if (auto done = m_work->exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(timeout)); !done)
                return done.failure();
        }
    }
    m_watch = std::make_unique<LockWatch>(m_settings, m_options.waiting, m_options.cancel);
    m_watch->setOwnLockPid(m_lockPid);
    return std::nullopt;
}

std::optional<Error> MigratorSession::ensureTable()
{
    // A table already there needs no DDL: status on a read-only database, and no
    // write lock taken just to look (another migrator may hold it for minutes).
    if (auto exists = m_bookkeeping.exists(); exists && *exists)
        return std::nullopt;
    if (m_settings.readOnly)
        return std::nullopt; // versions() reads none
    auto created = m_bookkeeping.ensureTable();
    // Two sessions creating it at the same moment: on PostgreSQL the loser fails on
    // the catalog's unique index although the table now exists; on SQLite it may
    // find the database busy past its timeout.
    if (!created)
        created = m_bookkeeping.ensureTable();
    if (!created)
        return Error{QStringLiteral("could not create %1: ").arg(m_bookkeeping.source()) + created.error()};
    return std::nullopt;
}

Result<db::QueryRows> MigratorSession::watched(db::Connection &connection, qint64 pid, const QString &sql,
                                               const QVariantList &params)
{
    m_watch->arm(pid, sql.simplified().left(100));
    auto result = connection.exec(sql, params);
    m_watch->disarm();
    return result;
}

Error MigratorSession::explained(Error error, bool transactional) const
{
    if (m_watch && m_watch->selfDeadlock()) {
        error.message += QStringLiteral("\nThe statement waited for the migrator's own lock on %1 (Ecto's "
                                      "migration lock) and was cancelled; run this migration with "
                                      "@disable_migration_lock true.").arg(m_bookkeeping.source());
        return error;
    }
    const QString &text = error.message;
    const bool timedOut = text.contains(QLatin1String("lock timeout")) || text.contains(QLatin1String("database is locked"));
    if (!timedOut || m_options.lockTimeoutMs <= 0)
        return error;
    error.message += QStringLiteral("\nLock timeout: a lock was still held by another session after %1 ms. ")
                         .arg(m_options.lockTimeoutMs)
        + (transactional ? QStringLiteral("The migration was rolled back; nothing of it was recorded.")
                         : QStringLiteral("The migration runs outside a transaction: its statements before this one stay."));
    return error;
}

std::optional<Error> MigratorSession::locked(bool lock, bool transaction, const Locked &body)
{
    if (!m_lock)
        return lockedSqlite(lock, transaction, body);
    if (!lock)
        return body(m_bookkeeping);
    return lockedPostgres(body);
}

std::optional<Error> MigratorSession::lockedPostgres(const Locked &body)
{
    if (auto begun = m_lock->begin(); !begun)
        return begun.failure();
    SchemaMigrations lockBookkeeping(*m_lock, m_ddl, m_bookkeeping.source());
    std::optional<Error> error;
    if (auto held = watched(*m_lock, m_lockPid, SchemaMigrations::lockStatement(m_bookkeeping.source())); !held)
        error = explained(Error{QStringLiteral("could not take the migration lock on %1: ").arg(m_bookkeeping.source()) + held.error()},
                          true);
    else
        error = body(lockBookkeeping);
    // Committing or rolling back releases the lock alike; nothing else was written here.
    auto released = m_lock->rollback();
    if (!error && !released)
        error = released.failure();
    return error;
}

std::optional<Error> MigratorSession::lockedSqlite(bool lock, bool transaction, const Locked &body)
{
    if (lock) {
        SqliteMigrationLock::Wait wait;
        wait.timeoutMs = m_options.lockTimeoutMs;
        wait.cancel = m_options.cancel;
        wait.waiting = m_options.waiting;
        if (auto held = m_sqliteLock->acquire(wait); !held)
            return held.failure();
    }
    std::optional<Error> error;
    if (transaction) {
        // SQLite's write lock, taken before the check: no other writer between
        // "is it recorded?" and the bookkeeping row.
        if (auto begun = watched(*m_work, 0, QStringLiteral("BEGIN IMMEDIATE")); !begun)
            error = explained(Error{QStringLiteral("could not begin the migration's transaction: ") + begun.error()}, true);
        else
            m_inTransaction = true;
    }
    if (!error)
        error = body(m_bookkeeping);
    if (m_inTransaction) {
        m_inTransaction = false;
        auto ended = m_work->exec(error ? QStringLiteral("ROLLBACK") : QStringLiteral("COMMIT"));
        if (!ended && !error) {
            m_work->exec(QStringLiteral("ROLLBACK"));
            error = Error{QStringLiteral("could not commit: ") + ended.error()};
        }
    }
    m_sqliteLock->release();
    return error;
}

std::optional<Error> MigratorSession::apply(const PlannedMigration &migration, Direction direction,
                                              const MigratorCallbacks &callbacks, QStringList *sent)
{
    // On SQLite, locked() already opened the transaction and ends it.
    const bool own = migration.transaction && !m_inTransaction;
    if (own) {
        if (auto begun = m_work->begin(); !begun)
            return Error{QStringLiteral("migration %1: %2").arg(describe(migration.file), begun.error())};
    }
    std::optional<Error> error = execute(migration, direction, callbacks, sent);
    if (error)
        error = explained(*error, migration.transaction);
    if (!own)
        return error;
    if (error) {
        m_work->rollback();
        return error;
    }
    if (auto committed = m_work->commit(); !committed)
        return Error{QStringLiteral("migration %1: %2").arg(describe(migration.file), committed.error())};
    return std::nullopt;
}

std::optional<Error> MigratorSession::execute(const PlannedMigration &migration, Direction direction,
                                                const MigratorCallbacks &callbacks, QStringList *sent)
{
    // A read hands its rows to the migration's code, which is read again with them:
    // the statements after the read are those the code sends for the live data, as
    // Ecto runs it. The ones already sent must come out the same again.
    PlannedMigration current = migration;
    QList<db::QueryRows> reads;
    for (qsizetype i = 0; i < current.statements.size(); ++i) {
        const QString &sql = current.statements.at(i);
        auto done = watched(*m_work, m_workPid, sql, current.params.value(i));
        if (!done)
            return statementError(current, direction, sql, done.error());
        if (callbacks.statementExecuted)
            callbacks.statementExecuted(sql);
        if (!current.replan || current.origins.value(i) != StatementOrigin::Reads)
            continue;
        reads.append(*done);
        const MigrationStatements again = current.replan(reads);
        const qsizetype sent = i + 1;
        if (again.statements.size() < sent || again.statements.mid(0, sent) != current.statements.mid(0, sent)
            || again.params.mid(0, sent) != current.params.mid(0, sent))
            return Error{QStringLiteral("migration %1: its code sent other statements when given the rows it read; "
                                        "nothing of it was kept")
                             .arg(describe(current.file))};
        current.statements = again.statements;
        current.params = again.params;
        current.origins = again.origins;
        current.stops = again.error;
    }
    if (current.stops) {
        // The code's own error, where it happened (file and line) kept as a value.
        Error stop = *current.stops;
        stop.message = QStringLiteral("migration %1 failed (%2): %3")
                           .arg(describe(current.file), direction == Direction::Up ? QStringLiteral("up") : QStringLiteral("down"),
                                stop.message);
        if (stop.position.file.isEmpty() && stop.position.isValid())
            stop.position.file = current.file.path;
        return stop;
    }
    if (sent)
        *sent = current.statements;
    return record(current, direction);
}

std::optional<Error> MigratorSession::record(const PlannedMigration &migration, Direction direction)
{
    const qint64 version = migration.file.version;
    auto booked = direction == Direction::Up ? m_bookkeeping.record(version) : m_bookkeeping.forget(version);
    if (!booked) {
        const QString &source = m_bookkeeping.source();
        const QString sql = direction == Direction::Up ? SchemaMigrations::insertStatement(source)
                                                       : SchemaMigrations::deleteStatement(source);
        return statementError(migration, direction, sql, booked.error());
    }
    return std::nullopt;
}

} // namespace ectowb::migration
