#pragma once

#include "db/connection.h"
#include "queryplan.h"
#include "resultcolumn.h"
#include "runoutcome.h"
#include "runrequest.h"

#include <QObject>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace ectowb::runner {

class StatementInterrupter;

// The worker thread's half of a StatementRunner: owns the connection (opened on
// that thread, never shared) and at most one open result, and runs what the GUI
// side posts to it, in order. Everything it learns goes back as signals.
class RunWorker : public QObject
{
    Q_OBJECT
public:
    RunWorker(db::ConnectionSettings settings, std::shared_ptr<StatementInterrupter> interrupter);
    ~RunWorker() override;

    // All on the worker's thread.
    void open();
    void execute(const ectowb::runner::RunRequest &request);
    void fetch(quint64 id, int rows);
    void cancelled(quint64 id); // the GUI side cancelled `id`: stop its open result
    void close(quint64 id);
    void exportRows(quint64 id, const ectowb::runner::ExportRequest &request);
    void shutdown();

Q_SIGNALS:
    void columnsReady(quint64 id, const ectowb::runner::ResultColumns &columns);
    void rowsFetched(quint64 id, const ectowb::runner::ResultRows &rows, bool atEnd);
    void planReady(quint64 id, const ectowb::runner::QueryPlan &plan);
    void exportProgress(quint64 id, qint64 rows);
    void exportFinished(quint64 id, const ectowb::runner::ExportOutcome &outcome);
    void finished(quint64 id, const ectowb::runner::RunOutcome &outcome);

private:
    struct Cursor
    {
        quint64 id = 0;
        QSqlQuery query;
        int columns = 0;
        qint64 rowsRead = 0;
        qint64 executeMs = 0;
    };

    Result<bool> ensureOpen();
    void runRows(const RunRequest &request);
    void runPlan(const RunRequest &request);
    Result<QueryPlan> plan(const RunRequest &request);
    Result<QueryPlan> postgresPlan(const RunRequest &request);
    // Reads up to `rows` rows of the open result and sends them; ends the run at
    // the end of the result or on an error.
    void sendBatch(int rows);
    bool nextRow(ResultRow &row);
    bool modifiesData(const QSqlQuery &query, const QString &sql) const;
    // Ends the open result's run with `status`, stopping the statement first on
    // PostgreSQL when rows are left (QPSQL would read them all to discard them).
    void closeCursor(RunOutcome::Status status, const QString &message = {}, bool atEnd = false);
    void endRun(quint64 id, const RunOutcome &outcome);
    RunOutcome failed(quint64 id, const QString &message) const;
    ExportOutcome writeExport(quint64 id, const ExportRequest &request);

    db::ConnectionSettings m_settings;
    std::shared_ptr<StatementInterrupter> m_interrupter;
    std::shared_ptr<db::Connection> m_connection;
    std::optional<Cursor> m_cursor;
};

} // namespace ectowb::runner
