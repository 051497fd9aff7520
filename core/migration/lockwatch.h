#pragma once

#include "db/connectionsettings.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace ectowb::db {
class Connection;
}

namespace ectowb::migration {

// Watches the migrator's blocking calls from a thread of its own, so that a run
// never waits silently and never waits for itself:
// - after `reportAfterMs` of one call, it says (once per call) which lock the call
//   waits for and which session holds it: pg_locks and pg_stat_activity, read on a
//   connection of its own; on SQLite, which cannot tell, that another connection
//   holds the database's write lock;
// - on PostgreSQL, a call blocked by the migrator's own lock connection (a migration
//   that indexes schema_migrations under Ecto's lock) would wait for ever: it is
//   cancelled at once, and selfDeadlock() tells the migrator why it failed;
// - a call still waiting when `cancel` is set is cancelled (pg_cancel_backend).
// The `waiting` callback runs on the watch's thread.
class LockWatch
{
public:
    LockWatch(db::ConnectionSettings settings, std::function<void(const QString &)> waiting,
              const std::atomic_bool *cancel = nullptr, int reportAfterMs = 2000);
    ~LockWatch();
    LockWatch(const LockWatch &) = delete;
    LockWatch &operator=(const LockWatch &) = delete;

    // The backend of the migrator's lock connection (PostgreSQL), 0 for none.
    void setOwnLockPid(qint64 pid) { m_ownLockPid = pid; }

    // Around one call that may wait: `pid` is its backend (0 on SQLite), `what` says
    // what the call is ("LOCK TABLE schema_migrations", "CREATE INDEX ...").
    void arm(qint64 pid, const QString &what);
    void disarm();
    bool selfDeadlock() const { return m_selfDeadlock; }

private:
    void loop();
    void inspect(db::Connection &watcher, qint64 pid, const QString &what, bool report);

    db::ConnectionSettings m_settings;
    std::function<void(const QString &)> m_waiting;
    const std::atomic_bool *m_cancel;
    int m_reportAfterMs;
    std::atomic<qint64> m_ownLockPid{0};
    std::atomic_bool m_selfDeadlock{false};

    std::mutex m_mutex;
    std::condition_variable m_changed;
    quint64 m_generation = 0;
    qint64 m_pid = 0;
    QString m_what;
    bool m_armed = false;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace ectowb::migration
