#include "statementinterrupter.h"

#include "postgrescanceller.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

namespace ectowb::runner {

namespace {
Q_LOGGING_CATEGORY(lcRunner, "ectowb.runner")
// Long enough for a remote server to take a cancel, short enough that a dead one
// does not freeze the worker.
constexpr int CancelWaitMs = 10000;
} // namespace

void StatementInterrupter::setCanceller(PostgresCanceller *canceller)
{
    QMutexLocker lock(&m_mutex);
    m_canceller = canceller;
}

void StatementInterrupter::cancel(quint64 runId)
{
    QMutexLocker lock(&m_mutex);
    m_cancelled.insert(runId);
    if (m_active == runId && runId != 0)
        interruptLocked(runId, true);
}

void StatementInterrupter::cancelEverything()
{
    QMutexLocker lock(&m_mutex);
    m_closing = true;
    if (m_active != 0) {
        m_cancelled.insert(m_active);
        interruptLocked(m_active, true);
    }
}

bool StatementInterrupter::isCancelled(quint64 runId) const
{
    QMutexLocker lock(&m_mutex);
    return m_closing || m_cancelled.contains(runId);
}

void StatementInterrupter::interruptLocked(quint64 runId, bool untilStopped)
{
    if (m_dialect == db::Dialect::Sqlite) {
        m_stopActive = true;
        if (m_sqlite)
            sqlite3_interrupt(m_sqlite);
        return;
    }
    if (!m_canceller || m_backendPid == 0)
        return;
    ++m_pendingCancels;
    PostgresCanceller *canceller = m_canceller;
    const qint64 pid = m_backendPid;
    auto self = shared_from_this();
    QMetaObject::invokeMethod(
        canceller,
        [canceller, self, pid, runId, untilStopped] {
            canceller->cancel(
                pid, [self, runId, untilStopped] { return self->stillWanted(runId, untilStopped); }, untilStopped,
                [self](const QString &error) {
                    if (!error.isEmpty())
                        qCWarning(lcRunner, "could not cancel the statement: %s", qPrintable(error));
                    self->cancelLanded();
                });
        },
        Qt::QueuedConnection);
}

void StatementInterrupter::cancelLanded()
{
    QMutexLocker lock(&m_mutex);
    m_pendingCancels = qMax(0, m_pendingCancels - 1);
    m_cancelsLanded.wakeAll();
}

void StatementInterrupter::attach(const QSqlDatabase &database, qint64 backendPid)
{
    QMutexLocker lock(&m_mutex);
    m_backendPid = backendPid;
    m_sqlite = nullptr;
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (m_dialect == db::Dialect::Sqlite && handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        // Called on the worker's thread inside sqlite3_step: a nonzero return stops
        // the statement with SQLITE_INTERRUPT, as sqlite3_interrupt does.
        sqlite3_progress_handler(m_sqlite, 4000, &StatementInterrupter::progress, this);
    }
}

int StatementInterrupter::progress(void *self)
{
    return static_cast<StatementInterrupter *>(self)->m_stopActive.load(std::memory_order_relaxed) ? 1 : 0;
}

void StatementInterrupter::detach()
{
    QMutexLocker lock(&m_mutex);
    if (m_sqlite)
        sqlite3_progress_handler(m_sqlite, 0, nullptr, nullptr);
    m_sqlite = nullptr;
    m_backendPid = 0;
    m_active = 0;
}

bool StatementInterrupter::activate(quint64 runId)
{
    QMutexLocker lock(&m_mutex);
    if (m_closing || m_cancelled.contains(runId))
        return false;
    m_active = runId;
    m_stopActive = false;
    return true;
}

void StatementInterrupter::deactivate()
{
    QMutexLocker lock(&m_mutex);
    m_active = 0;
    m_stopActive = false;
}

bool StatementInterrupter::stillWanted(quint64 runId, bool untilStopped) const
{
    QMutexLocker lock(&m_mutex);
    return m_active == runId && runId != 0 && !(untilStopped && m_acknowledged == runId);
}

void StatementInterrupter::acknowledge(quint64 runId)
{
    QMutexLocker lock(&m_mutex);
    m_acknowledged = runId;
}

bool StatementInterrupter::isActive(quint64 runId) const
{
    QMutexLocker lock(&m_mutex);
    return m_active == runId && runId != 0;
}

void StatementInterrupter::forget(quint64 runId)
{
    QMutexLocker lock(&m_mutex);
    m_cancelled.remove(runId);
}

void StatementInterrupter::waitForPendingCancels()
{
    QMutexLocker lock(&m_mutex);
    const QDeadlineTimer deadline(CancelWaitMs);
    while (m_pendingCancels > 0) {
        if (!m_cancelsLanded.wait(&m_mutex, deadline)) {
            qCWarning(lcRunner, "a cancel did not land in time");
            m_pendingCancels = 0;
            return;
        }
    }
}

void StatementInterrupter::interruptActiveAndWait()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_active == 0)
            return;
        interruptLocked(m_active, false);
    }
    waitForPendingCancels();
}

} // namespace ectowb::runner
