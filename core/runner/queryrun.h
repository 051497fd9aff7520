#pragma once

#include "exportformat.h"
#include "queryplan.h"
#include "resultcolumn.h"
#include "runoutcome.h"
#include "statement.h"

#include <QObject>
#include <QPointer>

namespace ectowb::runner {

class StatementRunner;

// One execution of a statement, on the GUI thread: what the caller holds, listens
// to and steers. Its signals come in this order: columnsReady (the statement ran and
// returns rows), rowsFetched (the first batch, then one per fetchMore()), and
// finished once. A plan run sends planReady before finished instead. Every signal
// comes from the event loop, never from inside the call that started the run.
//
// Deleting a run closes its result. The runner may go first; the run then only
// keeps what it had.
class QueryRun : public QObject
{
    Q_OBJECT
public:
    enum class Kind : quint8 { Rows, Plan };
    ~QueryRun() override;

    quint64 id() const { return m_id; }
    Kind kind() const { return m_kind; }
    const Statement &statement() const { return m_statement; }
    db::Dialect dialect() const { return m_dialect; }

    const ResultColumns &columns() const { return m_columns; }
    bool isFinished() const { return m_finished; }
    const RunOutcome &outcome() const { return m_outcome; }
    bool isExporting() const { return m_exporting; }
    // The result is open with rows left to read, and no fetch or export is busy.
    bool canFetchMore() const;

    void fetchMore(int rows);
    void cancel();
    void close();
    // Writes `fetched` (the rows the caller holds, shared, not copied) and then the
    // rows the result has left to `path`, on the worker thread. False, and nothing
    // started, while a fetch or another export is busy.
    bool exportTo(const QString &path, ExportFormat format, const ResultRows &fetched);

Q_SIGNALS:
    void columnsReady(const ectowb::runner::ResultColumns &columns);
    void rowsFetched(const ectowb::runner::ResultRows &rows, bool atEnd);
    void planReady(const ectowb::runner::QueryPlan &plan);
    void exportProgress(qint64 rows);
    void exportFinished(const ectowb::runner::ExportOutcome &outcome);
    void finished(const ectowb::runner::RunOutcome &outcome);

private:
    friend class StatementRunner;
    QueryRun(StatementRunner *runner, quint64 id, Kind kind, Statement statement, db::Dialect dialect,
             QObject *parent);

    void deliverColumns(const ResultColumns &columns);
    void deliverRows(const ResultRows &rows, bool atEnd);
    void deliverPlan(const QueryPlan &plan);
    void deliverExportProgress(qint64 rows);
    void deliverExport(const ExportOutcome &outcome);
    void deliverFinished(const RunOutcome &outcome);

    QPointer<StatementRunner> m_runner;
    const quint64 m_id;
    const Kind m_kind;
    const Statement m_statement;
    const db::Dialect m_dialect;
    ResultColumns m_columns;
    RunOutcome m_outcome;
    bool m_finished = false;
    bool m_atEnd = false;
    bool m_fetching = false;
    bool m_exporting = false;
};

} // namespace ectowb::runner
