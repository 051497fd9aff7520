#pragma once

#include "db/connectionsettings.h"

#include <QMutex>
#include <QSet>
#include <QString>
#include <QWaitCondition>

#include <atomic>
#include <memory>

class QSqlDatabase;
struct sqlite3;

namespace ectowb::runner {

class PostgresCanceller;

// What lets another thread stop the worker's statement, shared by the GUI side and
// the worker. SQLite: sqlite3_interrupt() on the worker's handle (safe from any
// thread while the connection is open). PostgreSQL: pg_cancel_backend() on the
// worker's backend, sent by the PostgresCanceller.
//
// A cancel only ever reaches the statement of the run it names: the worker marks
// which run is active on its connection, the cancel checks it under the same lock,
// and before each new statement the worker waits until cancels already sent have
// landed, so a late one cannot hit the next statement. A cancel that comes while
// the statement is still being sent is not lost either: on SQLite a progress
// handler sees it at the next few thousand VM steps, and the PostgreSQL canceller
// repeats pg_cancel_backend until the statement has stopped.
class StatementInterrupter : public std::enable_shared_from_this<StatementInterrupter>
{
public:
    explicit StatementInterrupter(db::Dialect dialect) : m_dialect(dialect) {}

    // GUI side.
    void setCanceller(PostgresCanceller *canceller); // nullptr before it goes away
    void cancel(quint64 runId);
    // Every run from now on counts as cancelled, and the active one is stopped: the
    // runner is going away.
    void cancelEverything();
    bool isCancelled(quint64 runId) const;

    // Worker side.
    void attach(const QSqlDatabase &database, qint64 backendPid);
    void detach();
    // Marks the run whose statement the connection runs next; false (and nothing
    // marked) when it was cancelled already.
    bool activate(quint64 runId);
    void deactivate();
    bool isActive(quint64 runId) const;
    // The worker has seen the cancel of `runId` (its statement stopped or it is
    // closing the result): no need to send it again.
    void acknowledge(quint64 runId);
    void forget(quint64 runId);
    // Blocks while cancels are in flight (at most a few seconds).
    void waitForPendingCancels();
    // Stops the active statement now and waits for the cancel to land: used to close
    // a PostgreSQL result early, which the driver otherwise reads to its end.
    void interruptActiveAndWait();

private:
    void interruptLocked(quint64 runId, bool untilStopped);
    void cancelLanded();
    bool stillWanted(quint64 runId, bool untilStopped) const;
    static int progress(void *self);

    const db::Dialect m_dialect;
    mutable QMutex m_mutex;
    QWaitCondition m_cancelsLanded;
    QSet<quint64> m_cancelled;
    quint64 m_active = 0;
    quint64 m_acknowledged = 0;
    sqlite3 *m_sqlite = nullptr;
    qint64 m_backendPid = 0;
    PostgresCanceller *m_canceller = nullptr;
    int m_pendingCancels = 0;
    bool m_closing = false;
    std::atomic_bool m_stopActive = false; // read by the SQLite progress handler
};

} // namespace ectowb::runner
