#include "jobqueue.h"

#include <QPromise>
#include <QThreadPool>

namespace ectowb::workspace {

JobQueue::JobQueue(std::shared_ptr<QThreadPool> pool, QObject *parent)
    : QObject(parent), m_pool(std::move(pool))
{
    // This queue's jobs get a thread of their own in the shared pool.
    m_pool->setMaxThreadCount(m_pool->maxThreadCount() + 1);
}

JobQueue::~JobQueue()
{
    wait();
    m_pool->setMaxThreadCount(m_pool->maxThreadCount() - 1);
}

void JobQueue::wait()
{
    m_running.waitForFinished();
}

bool JobQueue::start(std::function<void()> work, std::function<void()> done)
{
    if (m_busy)
        return false;
    // QThreadPool::start wants a copyable callable; a promise is move-only.
    auto promise = std::make_shared<QPromise<void>>();
    m_running = promise->future();
    promise->start();
    m_busy = true;
    m_pool->start([this, promise, work = std::move(work), done = std::move(done)] {
        work();
        // Posted before the promise finishes: until then the destructor waits, so
        // `this` is alive here. Events to a deleted object are dropped, not delivered.
        QMetaObject::invokeMethod(this, [this, done] { finished(done); }, Qt::QueuedConnection);
        promise->finish();
    });
    Q_EMIT busyChanged(true);
    return true;
}

void JobQueue::finished(const std::function<void()> &done)
{
    m_busy = false;
    Q_EMIT busyChanged(false);
    done();
}

} // namespace ectowb::workspace
