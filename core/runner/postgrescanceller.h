#pragma once

#include "db/connection.h"

#include <QObject>

#include <functional>
#include <memory>

namespace ectowb::runner {

// Cancels a statement on a PostgreSQL backend the way psql's Ctrl+C does, but over
// SQL: pg_cancel_backend(pid) from a second connection of the same user. It lives
// on a thread of its own, so neither the GUI nor the busy worker waits for it; the
// connection is opened on the first cancel and kept.
class PostgresCanceller : public QObject
{
    Q_OBJECT
public:
    explicit PostgresCanceller(db::ConnectionSettings settings);
    ~PostgresCanceller() override;

    // On the canceller's thread: cancels `pid` if `stillWanted()` says so right
    // before sending (the statement may have ended meanwhile), then calls `done`.
    // With `untilStopped` it sends again while `stillWanted()` stays true.
    void cancel(qint64 pid, const std::function<bool()> &stillWanted, bool untilStopped,
                const std::function<void(QString)> &done);
    // Closes the connection on the canceller's thread, before the thread ends.
    void shutdown();

private:
    db::ConnectionSettings m_settings;
    std::shared_ptr<db::Connection> m_connection;
};

} // namespace ectowb::runner
