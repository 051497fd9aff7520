#pragma once

#include <QObject>

#include <functional>

class QThread;

namespace ectowb::widgets {

// One job at a time on a thread of its own, for views whose work must not block the
// GUI: `work` runs on that thread, `done` on the owner's thread once the thread has
// ended, so `done` may start the next job straight away.
class JobThread : public QObject
{
    Q_OBJECT
public:
    explicit JobThread(QObject *parent = nullptr);
    // Waits for a running job: it may hold pointers into its owner.
    ~JobThread() override;

    bool isBusy() const { return m_thread != nullptr; }
    // False (and nothing happens) while another job runs.
    bool start(std::function<void()> work, std::function<void()> done);
    // Blocks until the running job, if any, has returned.
    void wait();

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    QThread *m_thread = nullptr;
};

} // namespace ectowb::widgets
