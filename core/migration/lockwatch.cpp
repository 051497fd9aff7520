#include "lockwatch.h"

#include "db/connection.h"

#include <chrono>
#include <memory>

namespace ectowb::migration {

namespace {

// What `pid` waits for, and who holds it: one row per blocking session.
const char *const BlockersSql =
    "SELECT w.locktype, w.mode, coalesce(w.relation::regclass::text, ''), b.pid, coalesce(b.usename::text, ''), "
    "coalesce(b.application_name, ''), coalesce(b.state, ''), left(coalesce(b.query, ''), 120) "
    "FROM pg_locks w CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS bp(pid) "
    "JOIN pg_stat_activity b ON b.pid = bp.pid WHERE w.pid = ? AND NOT w.granted";

QString lockName(const QVariantList &row)
{
    const QString relation = row.value(2).toString();
    return row.value(1).toString() + QStringLiteral(" on ")
        + (relation.isEmpty() ? row.value(0).toString() : QStringLiteral("table ") + relation);
}

QString holderName(const QVariantList &row)
{
    QString text = QStringLiteral("session %1").arg(row.value(3).toLongLong());
    QStringList details;
    if (!row.value(4).toString().isEmpty())
        details << QStringLiteral("user ") + row.value(4).toString();
    if (!row.value(5).toString().isEmpty())
        details << QStringLiteral("application ") + row.value(5).toString();
    if (!row.value(6).toString().isEmpty())
        details << row.value(6).toString();
    if (!row.value(7).toString().isEmpty())
        details << QStringLiteral("last statement: ") + row.value(7).toString().simplified();
    return details.isEmpty() ? text : text + QStringLiteral(" (") + details.join(QStringLiteral(", ")) + u')';
}

} // namespace

LockWatch::LockWatch(db::ConnectionSettings settings, std::function<void(const QString &)> waiting,
                     const std::atomic_bool *cancel, int reportAfterMs)
    : m_settings(std::move(settings))
    , m_waiting(std::move(waiting))
    , m_cancel(cancel)
    , m_reportAfterMs(reportAfterMs)
{
    m_settings.readOnly = false; // it only reads, and must not be refused its pg_cancel_backend
    m_thread = std::thread([this] { loop(); });
}

LockWatch::~LockWatch()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void LockWatch::arm(qint64 pid, const QString &what)
{
    {
        std::lock_guard lock(m_mutex);
        ++m_generation;
        m_pid = pid;
        m_what = what;
        m_armed = true;
    }
    m_changed.notify_all();
}

void LockWatch::disarm()
{
    {
        std::lock_guard lock(m_mutex);
        ++m_generation;
        m_armed = false;
    }
    m_changed.notify_all();
}

void LockWatch::loop()
{
    using namespace std::chrono;
    std::shared_ptr<db::Connection> watcher; // opened on this thread, used only here
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_changed.wait(lock, [this] { return m_stop || m_armed; });
        if (m_stop)
            break;
        const quint64 generation = m_generation;
        const qint64 pid = m_pid;
        const QString what = m_what;
        const auto start = steady_clock::now();
        bool reported = false;
        // Poll a few times a second: the own-lock and cancel checks must be quick.
        while (!m_stop && m_generation == generation) {
            if (m_changed.wait_for(lock, milliseconds(250), [&] { return m_stop || m_generation != generation; }))
                break;
            const bool due = !reported && steady_clock::now() - start >= milliseconds(m_reportAfterMs);
            lock.unlock();
            if (m_settings.dialect == db::Dialect::Postgres && pid > 0) {
                if (!watcher) {
                    auto opened = db::Connection::open(m_settings);
                    if (opened)
                        watcher = *opened;
                }
                if (watcher)
                    inspect(*watcher, pid, what, due);
            } else if (due && m_waiting) {
                m_waiting(QStringLiteral("waiting for SQLite's write lock on %1 (%2): another connection is writing to it")
                              .arg(m_settings.database, what));
            }
            if (due)
                reported = true;
            lock.lock();
        }
    }
    lock.unlock();
    watcher.reset();
}

void LockWatch::inspect(db::Connection &watcher, qint64 pid, const QString &what, bool report)
{
    const auto rows = watcher.exec(QString::fromLatin1(BlockersSql), {pid});
    if (!rows || rows->rows.isEmpty())
        return;
    const qint64 own = m_ownLockPid.load();
    bool self = false;
    QStringList holders;
    for (const QVariantList &row : rows->rows) {
        self = self || (own > 0 && row.value(3).toLongLong() == own);
        holders << holderName(row);
    }
    const bool cancelled = m_cancel && m_cancel->load();
    if (self || cancelled) {
        m_selfDeadlock = self;
        watcher.exec(QStringLiteral("SELECT pg_cancel_backend(?)"), {pid});
    }
    if (self && m_waiting) {
        m_waiting(QStringLiteral("%1 waits for %2, held by the migrator's own lock on its bookkeeping table: it could never "
                                 "get it, so it was cancelled (give the migration @disable_migration_lock true)")
                      .arg(what, lockName(rows->rows.first())));
        return;
    }
    if (report && m_waiting)
        m_waiting(QStringLiteral("waiting for %1 (%2), held by %3").arg(lockName(rows->rows.first()), what, holders.join(QStringLiteral("; "))));
}

} // namespace ectowb::migration
