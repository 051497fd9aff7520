#pragma once

#include "db/connectionsettings.h"
#include "queryrun.h"
#include "statement.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QThread;

namespace ectowb::runner {

class PostgresCanceller;
class RunWorker;
class StatementInterrupter;

// Runs statements off the GUI thread. It owns a worker thread with its own
// connection, opened from the settings on that thread (a QSqlDatabase never
// crosses threads), and runs one statement at a time, in the order asked. A result
// that returns rows stays open on the worker and is read in batches as its run asks
// (QueryRun::fetchMore), so a million-row result shows its first rows at once and
// memory holds only what was fetched. Starting the next run closes the previous
// run's result (its rows so far stay with whoever holds them).
//
// Cancel stops the statement inside the database: sqlite3_interrupt on SQLite,
// pg_cancel_backend from a second connection on PostgreSQL (see
// StatementInterrupter). Errors, the binding's included, come back as the run's
// outcome with the database's message.
class StatementRunner : public QObject
{
    Q_OBJECT
public:
    explicit StatementRunner(db::ConnectionSettings settings, QObject *parent = nullptr);
    ~StatementRunner() override;

    const db::ConnectionSettings &settings() const { return m_settings; }
    db::Dialect dialect() const { return m_settings.dialect; }

    // Rows in the first batch (sent as soon as the statement has run) and in each
    // later one. The defaults show a screenful at once and scroll in big steps.
    void setBatchSizes(int first, int next);
    int firstBatchSize() const { return m_firstBatch; }
    int batchSize() const { return m_batch; }

    // Opens the worker's connection now instead of at the first run.
    void openConnection();

    // The returned run belongs to `owner` (or to the caller when null).
    QueryRun *run(const Statement &statement, QObject *owner = nullptr);
    // The statement's plan: EXPLAIN (FORMAT JSON) on PostgreSQL, EXPLAIN QUERY PLAN
    // on SQLite, with the same values bound.
    QueryRun *explain(const Statement &statement, QObject *owner = nullptr);

private:
    friend class QueryRun;
    QueryRun *start(QueryRun::Kind kind, const Statement &statement, QObject *owner);
    void fetch(quint64 id, int rows);
    void cancel(quint64 id);
    void close(quint64 id);
    void exportRun(quint64 id, const QString &path, ExportFormat format, const ResultColumns &columns,
                   const ResultRows &fetched, bool restPending);
    QueryRun *live(quint64 id) const;
    void forget(quint64 id);
    template<typename Fn>
    void post(Fn &&work);

    db::ConnectionSettings m_settings;
    std::shared_ptr<StatementInterrupter> m_interrupter;
    QThread *m_thread = nullptr;
    RunWorker *m_worker = nullptr;
    QThread *m_cancelThread = nullptr;
    PostgresCanceller *m_canceller = nullptr;
    QHash<quint64, QPointer<QueryRun>> m_runs;
    quint64 m_nextId = 1;
    int m_firstBatch = 200;
    int m_batch = 2000;
};

} // namespace ectowb::runner
