#pragma once

#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>

class QThreadPool;

namespace ectowb::workspace {

class Workspace;

// Jobs that must not overlap, one at a time and in the order started, on the
// workspace's thread pool: a migration run and the status read after it, a
// changeset's row load and its save. `work` runs on a pool thread; `done` runs on the
// queue's thread once `work` has returned and after anything `work` posted to that
// thread, so `done` may start the next job straight away.
//
// Made by Workspace::createJobQueue(), which keeps one pool thread free for each
// queue so that a long job (a migration waiting for a lock) never holds up another
// queue or a project load. The queue shares the pool, so it may outlive the
// workspace that made it.
class JobQueue : public QObject
{
    Q_OBJECT
public:
    // Waits for a running job: its `work` may hold pointers into the queue's owner.
    ~JobQueue() override;

    bool isBusy() const { return m_busy; }
    // False (and nothing happens) while another job runs.
    bool start(std::function<void()> work, std::function<void()> done);
    // Blocks until the running job's `work`, if any, has returned; its `done` still
    // comes through the event loop.
    void wait();

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    friend class Workspace;
    JobQueue(std::shared_ptr<QThreadPool> pool, QObject *parent);

    void finished(const std::function<void()> &done);

    std::shared_ptr<QThreadPool> m_pool;
    QFuture<void> m_running;
    bool m_busy = false;
};

} // namespace ectowb::workspace
