#pragma once

#include "result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace ectowb::migration {

// SQLite's migration lock, which ecto_sqlite3 does not have: an exclusive flock() on
// a file next to the database (`<db>-migration-lock`), held by one migrator at a time
// around its selection and around each migration, including the migrations run
// outside a transaction (@disable_ddl_transaction), which SQLite's own write lock
// cannot cover. The kernel releases it when the holder dies (kill -9 included), so
// it never goes stale. The holder writes its process id into the file, so a waiter
// can say whom it waits for. In-memory databases need none (one process only).
class SqliteMigrationLock
{
public:
    // `waiting` is called once, after `reportAfterMs`, with a sentence naming the lock
    // and its holder; `timeoutMs` > 0 gives up after that long; `cancel` stops waiting.
    struct Wait
    {
        int reportAfterMs = 2000;
        int timeoutMs = 0;
        const std::atomic_bool *cancel = nullptr;
        std::function<void(const QString &)> waiting;
    };

    explicit SqliteMigrationLock(const QString &databasePath);
    ~SqliteMigrationLock();
    SqliteMigrationLock(const SqliteMigrationLock &) = delete;
    SqliteMigrationLock &operator=(const SqliteMigrationLock &) = delete;

    static QString lockPathFor(const QString &databasePath);

    Result<bool> acquire(const Wait &wait);
    void release();
    bool held() const { return m_fd >= 0 && m_held; }

private:
    QString holderText() const;

    QString m_path;
    int m_fd = -1;
    bool m_held = false;
};

} // namespace ectowb::migration
