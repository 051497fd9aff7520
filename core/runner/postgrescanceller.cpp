#include "postgrescanceller.h"

#include <QThread>

namespace ectowb::runner {

namespace {
constexpr int MaxAttempts = 25; // about five seconds
}

PostgresCanceller::PostgresCanceller(db::ConnectionSettings settings)
    : m_settings(std::move(settings))
{
}

PostgresCanceller::~PostgresCanceller() = default;

void PostgresCanceller::cancel(qint64 pid, const std::function<bool()> &stillWanted, bool untilStopped,
                               const std::function<void(QString)> &done)
{
    if (!m_connection) {
        auto opened = db::Connection::open(m_settings);
        if (!opened) {
            done(opened.error());
            return;
        }
        m_connection = opened.value();
    }
    // A cancel that reaches the backend before the statement does is dropped (a
    // cancel of nothing), so send again until the worker reports the statement over.
    const int attempts = untilStopped ? MaxAttempts : 1;
    for (int attempt = 0; attempt < attempts && stillWanted(); ++attempt) {
        const auto sent = m_connection->exec(QStringLiteral("SELECT pg_cancel_backend(?)"), {pid});
        if (!sent) {
            m_connection.reset(); // reconnect next time: the server may have dropped us
            done(sent.error());
            return;
        }
        for (int poll = 0; untilStopped && poll < 10 && stillWanted(); ++poll)
            QThread::msleep(20);
    }
    done(QString());
}

void PostgresCanceller::shutdown()
{
    m_connection.reset();
}

} // namespace ectowb::runner
