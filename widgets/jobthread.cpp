#include "jobthread.h"

#include <QThread>

namespace ectowb::widgets {

JobThread::JobThread(QObject *parent)
    : QObject(parent)
{
}

JobThread::~JobThread()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void JobThread::wait()
{
    if (m_thread)
        m_thread->wait();
}

bool JobThread::start(std::function<void()> work, std::function<void()> done)
{
    if (m_thread)
        return false;
    m_thread = QThread::create(std::move(work));
    // finished() is queued behind whatever the job posted, so `done` comes last.
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done)] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT busyChanged(false);
        done();
    });
    m_thread->start();
    Q_EMIT busyChanged(true);
    return true;
}

} // namespace ectowb::widgets
