#include "runworker.h"
#include "db/drivererror.h"

#include "rowwriter.h"
#include "sql/sqltokenizer.h"
#include "statementinterrupter.h"

#include <QElapsedTimer>
#include <QSaveFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>
#include <QSqlResult>

#include <sqlite3.h>

#include <limits>

namespace ectowb::runner {

namespace {

constexpr qint64 ProgressEvery = 20000; // rows between export progress signals

ResultColumns columnsOf(const QSqlRecord &record)
{
    ResultColumns columns;
    columns.reserve(record.count());
    for (int i = 0; i < record.count(); ++i)
        columns.append({record.fieldName(i), record.field(i).metaType()});
    return columns;
}

// Every row of a small result (a plan), the error as the database put it.
Result<QList<QVariantList>> allRows(db::Connection &connection, const QString &sql, const QVariantList &params = {})
{
    Result<QSqlQuery> query = connection.execute(sql, params);
    if (!query)
        return query.failure();
    QList<QVariantList> rows;
    const int columns = query->record().count();
    while (query.value().next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row.append(query.value().value(i));
        rows.append(row);
    }
    if (query->lastError().type() != QSqlError::NoError)
        return Error{db::DriverError::text(query->lastError())};
    return rows;
}

// PostgreSQL: whether the statement's text writes (INSERT, UPDATE, DELETE, MERGE,
// also inside a WITH), not counting the lock clauses FOR [NO KEY] UPDATE.
bool postgresWrites(const QString &sql)
{
    QString previous;
    for (const sql::SqlToken &token : sql::SqlTokenizer::tokenize(sql)) {
        if (token.kind != sql::SqlTokenKind::Keyword)
            continue;
        const QString word = sql.mid(token.start, token.length).toUpper();
        if ((word == u"INSERT" || word == u"DELETE" || word == u"MERGE")
            || (word == u"UPDATE" && previous != u"FOR" && previous != u"KEY"))
            return true;
        previous = word;
    }
    return false;
}

} // namespace

RunWorker::RunWorker(db::ConnectionSettings settings, std::shared_ptr<StatementInterrupter> interrupter)
    : m_settings(std::move(settings))
    , m_interrupter(std::move(interrupter))
{
}

RunWorker::~RunWorker() = default;

void RunWorker::open()
{
    ensureOpen();
}

Result<bool> RunWorker::ensureOpen()
{
    // A server that went away leaves the connection closed: open a new one.
    if (m_connection && m_connection->database().isOpen())
        return true;
    m_interrupter->detach();
    m_connection.reset();
    auto opened = db::Connection::open(m_settings);
    if (!opened)
        return opened.failure();
    m_connection = opened.value();
    QSqlDatabase database = m_connection->database();
    // PostgreSQL numerics come as their exact text instead of a double.
    database.setNumericalPrecisionPolicy(QSql::HighPrecision);
    qint64 pid = 0;
    if (m_settings.dialect == db::Dialect::Postgres) {
        const auto backend = m_connection->exec(QStringLiteral("SELECT pg_backend_pid()"));
        if (!backend)
            return backend.failure();
        pid = backend->rows.value(0).value(0).toLongLong();
    }
    m_interrupter->attach(database, pid);
    return true;
}

RunOutcome RunWorker::failed(quint64 id, const QString &message) const
{
    RunOutcome outcome;
    outcome.status = m_interrupter->isCancelled(id) ? RunOutcome::Status::Cancelled : RunOutcome::Status::Error;
    outcome.message = message;
    return outcome;
}

void RunWorker::endRun(quint64 id, const RunOutcome &outcome)
{
    m_interrupter->acknowledge(id);
    m_interrupter->deactivate();
    m_interrupter->forget(id);
    Q_EMIT finished(id, outcome);
}

void RunWorker::execute(const RunRequest &request)
{
    if (m_cursor)
        closeCursor(RunOutcome::Status::Closed);
    // A cancel sent for an earlier statement must land before this one starts.
    m_interrupter->waitForPendingCancels();
    if (auto opened = ensureOpen(); !opened) {
        RunOutcome outcome;
        outcome.status = RunOutcome::Status::Error;
        outcome.message = opened.error();
        endRun(request.id, outcome);
        return;
    }
    if (!m_interrupter->activate(request.id)) {
        RunOutcome outcome;
        outcome.status = RunOutcome::Status::Cancelled;
        endRun(request.id, outcome);
        return;
    }
    if (request.kind == RunRequest::Kind::Plan)
        runPlan(request);
    else
        runRows(request);
}

void RunWorker::runRows(const RunRequest &request)
{
    QElapsedTimer clock;
    clock.start();
    Result<QSqlQuery> executed = m_connection->execute(request.sql, request.params);
    if (!executed) {
        endRun(request.id, failed(request.id, executed.error()));
        return;
    }
    QSqlQuery &query = executed.value();
    if (!query.isSelect()) {
        RunOutcome outcome;
        outcome.rowsAffected = query.numRowsAffected();
        outcome.executeMs = clock.elapsed();
        endRun(request.id, outcome);
        return;
    }
    const ResultColumns columns = columnsOf(query.record());
    const bool writes = modifiesData(query, request.sql);
    m_cursor = Cursor{request.id, std::move(query), int(columns.size()), 0, clock.elapsed()};
    Q_EMIT columnsReady(request.id, columns);
    // A statement that writes and returns rows (RETURNING) commits only once its
    // last row is read, and closing it early would cancel, and so undo, the write:
    // it is read to its end now.
    if (writes) {
        sendBatch(std::numeric_limits<int>::max());
        return;
    }
    if (m_interrupter->isCancelled(request.id)) {
        closeCursor(RunOutcome::Status::Cancelled);
        return;
    }
    sendBatch(request.firstBatch);
}

bool RunWorker::modifiesData(const QSqlQuery &query, const QString &sql) const
{
    if (m_settings.dialect == db::Dialect::Postgres)
        return postgresWrites(sql);
    // SQLite knows exactly: sqlite3_stmt_readonly on the driver's statement.
    const QVariant handle = query.result() ? query.result()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3_stmt*") == 0) {
        if (sqlite3_stmt *statement = *static_cast<sqlite3_stmt *const *>(handle.constData()))
            return sqlite3_stmt_readonly(statement) == 0;
    }
    return false;
}

bool RunWorker::nextRow(ResultRow &row)
{
    QSqlQuery &query = m_cursor->query;
    if (!query.next())
        return false;
    row.clear();
    row.reserve(m_cursor->columns);
    for (int i = 0; i < m_cursor->columns; ++i)
        row.append(query.value(i));
    ++m_cursor->rowsRead;
    return true;
}

void RunWorker::sendBatch(int rows)
{
    ResultRows batch;
    batch.reserve(qMin(rows, 100000));
    ResultRow row;
    bool atEnd = false;
    while (batch.size() < rows) {
        if (!nextRow(row)) {
            atEnd = true;
            break;
        }
        batch.append(row);
    }
    const quint64 id = m_cursor->id;
    Q_EMIT rowsFetched(id, batch, atEnd);
    if (atEnd) {
        const QSqlError error = m_cursor->query.lastError();
        if (error.type() != QSqlError::NoError)
            closeCursor(failed(id, db::DriverError::text(error)).status, db::DriverError::text(error), true);
        else
            closeCursor(RunOutcome::Status::Ok, QString(), true);
    }
}

void RunWorker::fetch(quint64 id, int rows)
{
    if (!m_cursor || m_cursor->id != id)
        return; // closed meanwhile; the run has its outcome already
    if (m_interrupter->isCancelled(id)) {
        closeCursor(RunOutcome::Status::Cancelled);
        return;
    }
    sendBatch(rows);
}

void RunWorker::cancelled(quint64 id)
{
    if (m_cursor && m_cursor->id == id)
        closeCursor(RunOutcome::Status::Cancelled);
}

void RunWorker::close(quint64 id)
{
    if (m_cursor && m_cursor->id == id)
        closeCursor(RunOutcome::Status::Closed);
}

void RunWorker::closeCursor(RunOutcome::Status status, const QString &message, bool atEnd)
{
    Cursor cursor = std::move(*m_cursor);
    m_cursor.reset();
    m_interrupter->acknowledge(cursor.id);
    if (!atEnd && m_settings.dialect == db::Dialect::Postgres)
        m_interrupter->interruptActiveAndWait();
    cursor.query.finish();
    cursor.query = QSqlQuery();
    RunOutcome outcome;
    outcome.status = status;
    outcome.message = message;
    outcome.returnsRows = true;
    outcome.rowsRead = cursor.rowsRead;
    outcome.executeMs = cursor.executeMs;
    endRun(cursor.id, outcome);
}

void RunWorker::runPlan(const RunRequest &request)
{
    QElapsedTimer clock;
    clock.start();
    Result<QueryPlan> explained = plan(request);
    if (!explained) {
        endRun(request.id, failed(request.id, explained.error()));
        return;
    }
    Q_EMIT planReady(request.id, explained.value());
    RunOutcome outcome;
    outcome.rowsRead = qint64(explained->nodes().size());
    outcome.executeMs = clock.elapsed();
    endRun(request.id, outcome);
}

Result<QueryPlan> RunWorker::plan(const RunRequest &request)
{
    if (m_settings.dialect == db::Dialect::Postgres)
        return postgresPlan(request);
    const auto rows = allRows(*m_connection, QueryPlan::explainSql(db::Dialect::Sqlite, request.sql), request.params);
    if (!rows)
        return rows.failure();
    return QueryPlan::fromSqliteRows(rows.value());
}

// PostgreSQL cannot PREPARE an EXPLAIN, which is how QPSQL binds values. So the
// statement is prepared under a name of ours and explained as EXPLAIN EXECUTE, its
// values written by the driver's formatValue(), the escaping QPSQL itself uses for
// every EXECUTE of a prepared statement.
Result<QueryPlan> RunWorker::postgresPlan(const RunRequest &request)
{
    QString explain = QueryPlan::explainSql(db::Dialect::Postgres, request.sql);
    const QString name = QStringLiteral("ectowb_explain_%1").arg(request.id);
    if (!request.params.isEmpty()) {
        const auto prepared = m_connection->execute(QStringLiteral("PREPARE %1 AS %2").arg(name, request.sql));
        if (!prepared)
            return prepared.failure();
        const QSqlDriver *driver = m_connection->database().driver();
        QStringList literals;
        for (const QVariant &value : request.params) {
            QSqlField field(QString(), value.metaType());
            if (value.isNull())
                field.clear();
            else
                field.setValue(value);
            literals << driver->formatValue(field);
        }
        explain = QStringLiteral("EXPLAIN (FORMAT JSON) EXECUTE %1(%2)").arg(name, literals.join(QStringLiteral(", ")));
    }
    const auto rows = allRows(*m_connection, explain);
    if (!request.params.isEmpty())
        m_connection->execute(QStringLiteral("DEALLOCATE ") + name);
    if (!rows)
        return rows.failure();
    return QueryPlan::fromPostgresJson(rows->value(0).value(0).toString().toUtf8());
}

void RunWorker::exportRows(quint64 id, const ExportRequest &request)
{
    Q_EMIT exportFinished(id, writeExport(id, request));
}

ExportOutcome RunWorker::writeExport(quint64 id, const ExportRequest &request)
{
    ExportOutcome outcome;
    const bool haveRest = m_cursor && m_cursor->id == id;
    if (request.restPending && !haveRest) {
        outcome.message = QStringLiteral("the rest of this result is no longer available; run the statement again to "
                                         "export every row");
        return outcome;
    }
    // QSaveFile: a failed or cancelled export leaves no half-written file behind.
    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.message = file.errorString();
        return outcome;
    }
    const std::unique_ptr<RowWriter> writer = RowWriter::create(request.format, &file);
    bool ok = writer->begin(request.columns);
    for (qsizetype i = 0; ok && i < request.fetched.size(); ++i)
        ok = writer->write(request.fetched.at(i));
    bool cancelled = false;
    if (ok && haveRest) {
        ResultRow row;
        while (ok && nextRow(row)) {
            ok = writer->write(row);
            if (writer->rowsWritten() % ProgressEvery == 0) {
                Q_EMIT exportProgress(id, writer->rowsWritten());
                cancelled = m_interrupter->isCancelled(id);
                if (cancelled)
                    break;
            }
        }
        const QSqlError error = m_cursor->query.lastError();
        cancelled = cancelled || m_interrupter->isCancelled(id);
        // The rows read are in the file, not with the caller: the result ends here
        // whatever happened.
        if (cancelled) {
            closeCursor(RunOutcome::Status::Cancelled);
        } else if (!ok) {
            closeCursor(RunOutcome::Status::Closed, writer->errorString());
        } else if (error.type() != QSqlError::NoError) {
            outcome.message = db::DriverError::text(error);
            closeCursor(RunOutcome::Status::Error, outcome.message, true);
            ok = false;
        } else {
            closeCursor(RunOutcome::Status::Ok, QString(), true);
        }
    }
    if (ok && !cancelled)
        ok = writer->finish();
    outcome.rows = writer->rowsWritten();
    outcome.cancelled = cancelled;
    if (!ok || cancelled) {
        if (outcome.message.isEmpty() && !cancelled)
            outcome.message = writer->errorString();
        file.cancelWriting();
        return outcome;
    }
    outcome.ok = file.commit();
    if (!outcome.ok)
        outcome.message = file.errorString();
    return outcome;
}

void RunWorker::shutdown()
{
    if (m_cursor)
        closeCursor(RunOutcome::Status::Closed);
    m_interrupter->detach();
    m_connection.reset();
}

} // namespace ectowb::runner
