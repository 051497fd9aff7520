#include "statementrunner.h"

#include "db/valuedumper.h"
#include "postgrescanceller.h"
#include "runworker.h"
#include "statementinterrupter.h"

#include <QThread>

namespace ectowb::runner {

namespace {
void registerTypes()
{
    qRegisterMetaType<ResultColumns>();
    qRegisterMetaType<ResultRows>();
    qRegisterMetaType<QueryPlan>();
    qRegisterMetaType<RunOutcome>();
    qRegisterMetaType<ExportOutcome>();
    qRegisterMetaType<RunRequest>();
}
} // namespace

StatementRunner::StatementRunner(db::ConnectionSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_interrupter(std::make_shared<StatementInterrupter>(m_settings.dialect))
{
    registerTypes();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("ectowb-runner"));
    m_worker = new RunWorker(m_settings, m_interrupter);
    m_worker->moveToThread(m_thread);
    // Queued: each arrives on this thread in the order the worker sent it.
    connect(m_worker, &RunWorker::columnsReady, this, [this](quint64 id, const ResultColumns &columns) {
        if (QueryRun *run = live(id))
            run->deliverColumns(columns);
    });
    connect(m_worker, &RunWorker::rowsFetched, this, [this](quint64 id, const ResultRows &rows, bool atEnd) {
        if (QueryRun *run = live(id))
            run->deliverRows(rows, atEnd);
    });
    connect(m_worker, &RunWorker::planReady, this, [this](quint64 id, const QueryPlan &plan) {
        if (QueryRun *run = live(id))
            run->deliverPlan(plan);
    });
    connect(m_worker, &RunWorker::exportProgress, this, [this](quint64 id, qint64 rows) {
        if (QueryRun *run = live(id))
            run->deliverExportProgress(rows);
    });
    connect(m_worker, &RunWorker::exportFinished, this, [this](quint64 id, const ExportOutcome &outcome) {
        if (QueryRun *run = live(id))
            run->deliverExport(outcome);
    });
    connect(m_worker, &RunWorker::finished, this, [this](quint64 id, const RunOutcome &outcome) {
        if (QueryRun *run = live(id))
            run->deliverFinished(outcome);
    });
    m_thread->start();

    if (m_settings.dialect == db::Dialect::Postgres) {
        m_cancelThread = new QThread;
        m_cancelThread->setObjectName(QStringLiteral("ectowb-runner-cancel"));
        m_canceller = new PostgresCanceller(m_settings);
        m_canceller->moveToThread(m_cancelThread);
        m_cancelThread->start();
        m_interrupter->setCanceller(m_canceller);
    }
}

StatementRunner::~StatementRunner()
{
    m_interrupter->cancelEverything();
    // Blocking: quit() alone would leave the worker's queue unprocessed, and the
    // connection must close on the thread that opened it. What is queued before
    // runs first, skipped quickly now that everything counts as cancelled.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    if (m_cancelThread) {
        m_interrupter->setCanceller(nullptr);
        QMetaObject::invokeMethod(m_canceller, [canceller = m_canceller] { canceller->shutdown(); },
                                  Qt::BlockingQueuedConnection);
        m_cancelThread->quit();
        m_cancelThread->wait();
        delete m_canceller;
        delete m_cancelThread;
    }
    // What the worker had not told its runs is lost with it: end them here.
    const auto runs = m_runs;
    for (const QPointer<QueryRun> &run : runs) {
        if (run && !run->isFinished()) {
            RunOutcome outcome;
            outcome.status = RunOutcome::Status::Closed;
            outcome.message = QStringLiteral("the connection was closed");
            run->deliverFinished(outcome);
        }
    }
}

template<typename Fn>
void StatementRunner::post(Fn &&work)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, work = std::forward<Fn>(work)] { work(worker); },
                              Qt::QueuedConnection);
}

void StatementRunner::setBatchSizes(int first, int next)
{
    m_firstBatch = qMax(1, first);
    m_batch = qMax(1, next);
}

void StatementRunner::openConnection()
{
    post([](RunWorker *worker) { worker->open(); });
}

QueryRun *StatementRunner::run(const Statement &statement, QObject *owner)
{
    return start(QueryRun::Kind::Rows, statement, owner);
}

QueryRun *StatementRunner::explain(const Statement &statement, QObject *owner)
{
    return start(QueryRun::Kind::Plan, statement, owner);
}

QueryRun *StatementRunner::start(QueryRun::Kind kind, const Statement &statement, QObject *owner)
{
    const quint64 id = m_nextId++;
    auto *run = new QueryRun(this, id, kind, statement, dialect(), owner);
    m_runs.insert(id, run);
    Result<QVariantList> bound = db::ValueDumper::values(statement.params, dialect());
    if (!bound) {
        RunOutcome outcome;
        outcome.status = RunOutcome::Status::Error;
        outcome.message = bound.error();
        // Later, like every outcome, so the caller can connect to the run first.
        QMetaObject::invokeMethod(run, [run, outcome] { run->deliverFinished(outcome); }, Qt::QueuedConnection);
        return run;
    }
    RunRequest request;
    request.id = id;
    request.kind = kind == QueryRun::Kind::Plan ? RunRequest::Kind::Plan : RunRequest::Kind::Rows;
    request.sql = statement.sql;
    request.params = bound.value();
    request.firstBatch = m_firstBatch;
    post([request](RunWorker *worker) { worker->execute(request); });
    return run;
}

void StatementRunner::fetch(quint64 id, int rows)
{
    post([id, rows](RunWorker *worker) { worker->fetch(id, rows); });
}

void StatementRunner::cancel(quint64 id)
{
    // Stops the statement now if it runs; the worker then closes its result once
    // it gets to this message (a result open between two fetches has no statement
    // running to interrupt).
    m_interrupter->cancel(id);
    post([id](RunWorker *worker) { worker->cancelled(id); });
}

void StatementRunner::close(quint64 id)
{
    post([id](RunWorker *worker) { worker->close(id); });
}

void StatementRunner::exportRun(quint64 id, const QString &path, ExportFormat format, const ResultColumns &columns,
                                const ResultRows &fetched, bool restPending)
{
    ExportRequest request{path, format, columns, fetched, restPending};
    post([id, request](RunWorker *worker) { worker->exportRows(id, request); });
}

QueryRun *StatementRunner::live(quint64 id) const
{
    return m_runs.value(id).data();
}

void StatementRunner::forget(quint64 id)
{
    m_runs.remove(id);
}

} // namespace ectowb::runner
