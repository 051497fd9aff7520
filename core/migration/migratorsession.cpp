#include "migratorsession.h"

#include "migrator.h"

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

QString statementError(const PlannedMigration &m, Direction direction, const QString &sql, const QString &error)
{
    return QStringLiteral("migration %1 failed (%2) on statement:\n    %3\n%4")
        .arg(describe(m.file), direction == Direction::Up ? QStringLiteral("up") : QStringLiteral("down"), sql,
             databaseMessage(error, sql));
}

} // namespace

MigratorSession::MigratorSession(std::shared_ptr<db::Connection> work, std::shared_ptr<db::Connection> lock, const DdlRenderer &ddl)
    : m_work(std::move(work))
    , m_lock(std::move(lock))
    , m_ddl(ddl)
    , m_bookkeeping(*m_work, ddl)
{
}

Result<std::unique_ptr<MigratorSession>> MigratorSession::open(const db::ConnectionSettings &settings, const DdlRenderer &ddl)
{
    auto work = db::Connection::open(settings);
    if (!work)
        return Error{work.error()};
    std::shared_ptr<db::Connection> lock;
    if (settings.dialect == db::Dialect::Postgres) {
        auto second = db::Connection::open(settings);
        if (!second)
            return Error{second.error()};
        lock = *second;
    }
    std::unique_ptr<MigratorSession> session(new MigratorSession(*work, lock, ddl));
    if (auto error = session->ensureTable())
        return Error{*error};
    return session;
}

std::optional<QString> MigratorSession::ensureTable()
{
    auto created = m_bookkeeping.ensureTable();
    // Two PostgreSQL sessions running CREATE TABLE IF NOT EXISTS at the same moment:
    // the loser fails on the catalog's unique index although the table now exists.
    if (!created && m_lock)
        created = m_bookkeeping.ensureTable();
    if (!created)
        return QStringLiteral("could not create schema_migrations: ") + created.error();
    return std::nullopt;
}

std::optional<QString> MigratorSession::locked(bool lock, const Locked &body)
{
    if (!lock || !m_lock)
        return body(m_bookkeeping);
    if (auto begun = m_lock->begin(); !begun)
        return begun.error();
    SchemaMigrations lockBookkeeping(*m_lock, m_ddl);
    std::optional<QString> error;
    if (auto held = lockBookkeeping.lock(); !held)
        error = held.error();
    else
        error = body(lockBookkeeping);
    // Committing or rolling back releases the lock alike; nothing else was written here.
    auto released = m_lock->rollback();
    if (!error && !released)
        error = released.error();
    return error;
}

std::optional<QString> MigratorSession::apply(const PlannedMigration &migration, Direction direction,
                                              const MigratorCallbacks &callbacks)
{
    if (migration.transaction) {
        if (auto begun = m_work->begin(); !begun)
            return QStringLiteral("migration %1: %2").arg(describe(migration.file), begun.error());
    }
    std::optional<QString> error = execute(migration, direction, callbacks);
    if (!migration.transaction)
        return error;
    if (error) {
        m_work->rollback();
        return error;
    }
    if (auto committed = m_work->commit(); !committed)
        return QStringLiteral("migration %1: %2").arg(describe(migration.file), committed.error());
    return std::nullopt;
}

std::optional<QString> MigratorSession::execute(const PlannedMigration &migration, Direction direction,
                                                const MigratorCallbacks &callbacks)
{
    for (qsizetype i = 0; i < migration.statements.size(); ++i) {
        const QString &sql = migration.statements.at(i);
        auto done = m_work->exec(sql, migration.params.value(i));
        if (!done)
            return statementError(migration, direction, sql, done.error());
        if (callbacks.statementExecuted)
            callbacks.statementExecuted(sql);
    }
    const qint64 version = migration.file.version;
    auto booked = direction == Direction::Up ? m_bookkeeping.record(version) : m_bookkeeping.forget(version);
    if (!booked) {
        const QString sql = direction == Direction::Up ? SchemaMigrations::insertStatement() : SchemaMigrations::deleteStatement();
        return statementError(migration, direction, sql, booked.error());
    }
    return std::nullopt;
}

} // namespace ectowb::migration
