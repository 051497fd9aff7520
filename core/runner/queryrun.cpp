#include "queryrun.h"

#include "statementrunner.h"

namespace ectowb::runner {

QueryRun::QueryRun(StatementRunner *runner, quint64 id, Kind kind, Statement statement, db::Dialect dialect,
                   QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_id(id)
    , m_kind(kind)
    , m_statement(std::move(statement))
    , m_dialect(dialect)
{
}

QueryRun::~QueryRun()
{
    if (!m_runner)
        return;
    if (!m_finished)
        m_runner->close(m_id);
    m_runner->forget(m_id);
}

bool QueryRun::canFetchMore() const
{
    return m_runner && m_kind == Kind::Rows && !m_columns.isEmpty() && !m_atEnd && !m_finished && !m_fetching
        && !m_exporting;
}

void QueryRun::fetchMore(int rows)
{
    if (!canFetchMore())
        return;
    m_fetching = true;
    m_runner->fetch(m_id, rows > 0 ? rows : m_runner->batchSize());
}

void QueryRun::cancel()
{
    if (m_runner && !m_finished)
        m_runner->cancel(m_id);
}

void QueryRun::close()
{
    if (m_runner && !m_finished)
        m_runner->close(m_id);
}

bool QueryRun::exportTo(const QString &path, ExportFormat format, const ResultRows &fetched)
{
    if (!m_runner || m_kind != Kind::Rows || m_columns.isEmpty() || m_fetching || m_exporting)
        return false;
    m_exporting = true;
    m_runner->exportRun(m_id, path, format, m_columns, fetched, !m_atEnd);
    return true;
}

void QueryRun::deliverColumns(const ResultColumns &columns)
{
    m_columns = columns;
    // The first batch is on its way without being asked for.
    m_fetching = true;
    Q_EMIT columnsReady(columns);
}

void QueryRun::deliverRows(const ResultRows &rows, bool atEnd)
{
    m_fetching = false;
    m_atEnd = atEnd;
    Q_EMIT rowsFetched(rows, atEnd);
}

void QueryRun::deliverPlan(const QueryPlan &plan)
{
    Q_EMIT planReady(plan);
}

void QueryRun::deliverExportProgress(qint64 rows)
{
    Q_EMIT exportProgress(rows);
}

void QueryRun::deliverExport(const ExportOutcome &outcome)
{
    m_exporting = false;
    Q_EMIT exportFinished(outcome);
}

void QueryRun::deliverFinished(const RunOutcome &outcome)
{
    m_finished = true;
    m_fetching = false;
    m_outcome = outcome;
    Q_EMIT finished(outcome);
}

} // namespace ectowb::runner
