#include "connection.h"
#include "drivererror.h"

#include "urloptions.h"
#include "writecheck.h"

#include "sql/sqltokenizer.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <atomic>
#include <optional>

namespace ectowb::db {

namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("ectowb-db-") + QString::number(++counter);
}

QString postgresWhere(const ConnectionSettings &s)
{
    const QString host = s.hostname.isEmpty() ? QStringLiteral("localhost") : s.hostname;
    const int port = s.port > 0 ? s.port : 5432;
    return host + QLatin1Char(':') + QString::number(port) + QStringLiteral(" as ")
        + (s.username.isEmpty() ? QStringLiteral("(default user)") : s.username);
}

// QPSQL takes libpq keywords in its options; connect_timeout stops an unreachable
// host from hanging the caller for the TCP default (minutes).
void configurePostgres(QSqlDatabase &db, const ConnectionSettings &s)
{
    db.setDatabaseName(s.database);
    db.setHostName(s.hostname);
    if (s.port > 0)
        db.setPort(s.port);
    db.setUserName(s.username);
    db.setPassword(s.password);
    // 0 is libpq's "wait for ever", as a URL's connect_timeout=0 asks; libpq treats 1
    // as 2 seconds anyway.
    const int timeout = s.connectTimeoutSeconds < 0 ? 5 : s.connectTimeoutSeconds == 1 ? 2 : s.connectTimeoutSeconds;
    ConnectionSettings withOptions = s;
    if (s.readOnly) {
        // The server refuses every write of the session too, even one a function hides.
        const QString options = s.libpqOption(QStringLiteral("options"));
        withOptions.setLibpqOption(QStringLiteral("options"), (options.isEmpty() ? QString() : options + u' ')
                                                                  + QStringLiteral("-c default_transaction_read_only=on"));
    }
    db.setConnectOptions(QStringLiteral("connect_timeout=") + QString::number(timeout) + u' '
                         + UrlOptions::conninfo(withOptions));
}

// file:PATH?mode=ro&...: SQLite's URI filename, so its parameters mean what SQLite says.
QString sqliteUri(const ConnectionSettings &s)
{
    QString path = s.database == QLatin1String(":memory:") ? QString() : s.database;
    path.replace(u'%', QStringLiteral("%25")).replace(u'?', QStringLiteral("%3f")).replace(u'#', QStringLiteral("%23"));
    QStringList parameters;
    for (const auto &[key, value] : s.sqliteUriParameters)
        parameters << key + u'=' + value;
    if (s.database == QLatin1String(":memory:") && !s.sqliteParameter(QStringLiteral("mode")).size())
        parameters << QStringLiteral("mode=memory");
    return QStringLiteral("file:") + path + u'?' + parameters.join(u'&');
}

void configureSqlite(QSqlDatabase &db, const ConnectionSettings &s)
{
    const int timeoutMs = (s.connectTimeoutSeconds > 0 ? s.connectTimeoutSeconds : 5) * 1000;
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=") + QString::number(timeoutMs)};
    if (s.sqliteUriParameters.isEmpty()) {
        db.setDatabaseName(s.database);
    } else {
        db.setDatabaseName(sqliteUri(s));
        options << QStringLiteral("QSQLITE_OPEN_URI");
    }
    if (s.readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options.join(u';'));
}

std::optional<Error> checkSqliteFile(const ConnectionSettings &s)
{
    if (s.database.isEmpty())
        return Error{QStringLiteral("SQLite database file not given")};
    if (s.database == QLatin1String(":memory:") || s.sqliteParameter(QStringLiteral("mode")) == u"memory")
        return std::nullopt;
    const QFileInfo info(s.database);
    if (info.exists())
        return info.isDir() ? std::optional<Error>(Error{QStringLiteral("SQLite database path is a directory: ") + s.database})
                            : std::nullopt;
    if (!s.createIfMissing || s.readOnly)
        return Error{QStringLiteral("SQLite database file not found: ") + s.database};
    if (!info.absoluteDir().exists())
        return Error{QStringLiteral("SQLite database folder not found: ") + info.absolutePath()};
    return std::nullopt;
}

// PostgreSQL text cannot hold U+0000, and QPSQL writes values into the statement as
// escaped literals, which would cut the value at the NUL or fail with a driver message
// that names neither. Say which parameter it is instead.
std::optional<Error> postgresNul(const QVariantList &params)
{
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QVariant &value = params.at(i);
        if (value.typeId() == QMetaType::QString && value.toString().contains(QChar(0)))
            return Error{QStringLiteral("parameter $%1 contains a NUL character (\\u0000), which PostgreSQL text cannot "
                                        "store; nothing was sent")
                             .arg(i + 1)};
    }
    return std::nullopt;
}

// Whether a piece of SQL holds more than comments, whitespace and semicolons.
bool hasCode(const QString &sql)
{
    for (const sql::SqlToken &token : sql::SqlTokenizer::tokenize(sql)) {
        if (token.kind != sql::SqlTokenKind::Comment && !(token.kind == sql::SqlTokenKind::Punctuation && sql.at(token.start) == u';'))
            return true;
    }
    return false;
}

// "A; B" as SQLite's own sqlite3_complete() reads it, so a CREATE TRIGGER's inner
// semicolons stay inside its statement. QSQLITE runs only the first statement of a
// text and reports the rest as the error "not an error".
QStringList sqliteStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    for (const QChar c : sql) {
        current += c;
        if (c == u';' && sqlite3_complete(current.toUtf8().constData())) {
            if (hasCode(current))
                statements << current;
            current.clear();
        }
    }
    if (hasCode(current))
        statements << current;
    return statements;
}

QueryRows collectRows(QSqlQuery &query)
{
    QueryRows rows;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        rows.columns.append(record.fieldName(i));
    while (query.next()) {
        QVariantList row;
        row.reserve(record.count());
        for (int i = 0; i < record.count(); ++i)
            row.append(query.value(i));
        rows.rows.append(row);
    }
    rows.rowsAffected = query.numRowsAffected();
    return rows;
}

} // namespace

Connection::Connection(ConnectionSettings settings, QString connectionName)
    : m_settings(std::move(settings)), m_connectionName(std::move(connectionName))
{
}

Connection::~Connection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    // Only after the last handle above is gone, or Qt warns the connection is in use.
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::shared_ptr<Connection>> Connection::open(const ConnectionSettings &settings)
{
    const bool sqlite = settings.dialect == Dialect::Sqlite;
    if (sqlite) {
        if (auto error = checkSqliteFile(settings))
            return *error;
    }
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error{QStringLiteral("The Qt SQL driver %1 is not installed").arg(driver)};

    const QString name = nextConnectionName();
    // The Connection owns the name from here on, so its destructor cleans up on failure too.
    std::shared_ptr<Connection> connection(new Connection(settings, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        if (sqlite)
            configureSqlite(db, settings);
        else
            configurePostgres(db, settings);
        if (!db.open()) {
            const QString text = DriverError::text(db.lastError());
            if (sqlite)
                return Error{QStringLiteral("could not open SQLite database %1: %2").arg(settings.database, text)};
            // Where a password can come from, so nobody has to type it into a URL (ps shows it).
            const QString hint = text.contains(QLatin1String("no password supplied"))
                                     ? QStringLiteral(" (give it with PGPASSWORD, ~/.pgpass, or -W to be asked)")
                                     : QString();
            return Error{QStringLiteral("could not connect to PostgreSQL at %1: %2%3").arg(postgresWhere(settings), text, hint)};
        }
    }
    if (sqlite) {
        // ecto_sqlite3 turns foreign keys on for every connection; so do we, so that
        // ON DELETE actions and constraint errors behave as in the app.
        // (A setting of the connection, not a write: sent past the read-only check.)
        QSqlQuery probe(connection->database());
        if (!probe.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            return Error{QStringLiteral("could not open SQLite database %1: %2").arg(settings.database, DriverError::text(probe.lastError()))};
        // SQLite opens any file lazily; reading the schema now turns "not a database"
        // into an open error instead of a surprise at the first query.
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return Error{QStringLiteral("could not open SQLite database %1: %2").arg(settings.database, DriverError::text(probe.lastError()))};
    }
    return connection;
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QueryRows> Connection::exec(const QString &sql, const QVariantList &params)
{
    Result<QSqlQuery> query = execute(sql, params);
    if (!query)
        return Error{query.error() + QStringLiteral("\nSQL: ") + sql};
    return collectRows(query.value());
}

Result<QSqlQuery> Connection::execute(const QString &sql, const QVariantList &params)
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return Error{QStringLiteral("the database connection is closed")};
    // The last line of defence: whatever path a write takes, it is refused here, before
    // it is sent, on a read-only database.
    if (auto refused = WriteCheck::refuseStatement(m_settings, sql))
        return *refused;
    if (m_settings.dialect == Dialect::Postgres) {
        if (auto bad = postgresNul(params))
            return *bad;
    }
    if (m_settings.dialect == Dialect::Sqlite && params.isEmpty()) {
        const QStringList statements = sqliteStatements(sql);
        for (qsizetype i = 0; i + 1 < statements.size(); ++i) {
            QSqlQuery earlier(db);
            if (!earlier.exec(statements.at(i)))
                return Error{DriverError::text(earlier.lastError())};
        }
        if (statements.size() > 1)
            return executeOne(db, statements.constLast(), params);
    }
    return executeOne(db, sql, params);
}

Result<QSqlQuery> Connection::executeOne(const QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // QPSQL prepares with SQL-level PREPARE, which PostgreSQL refuses for DDL (CREATE,
    // ALTER, DROP, LOCK...): a statement without values is sent as it is.
    const bool prepared = !params.isEmpty();
    if (prepared && !query.prepare(sql))
        return Error{DriverError::text(query.lastError())};
    for (const QVariant &value : params)
        query.addBindValue(value);
    if (!(prepared ? query.exec() : query.exec(sql)))
        return Error{DriverError::text(query.lastError())};
    return query;
}

Result<void> Connection::transactionStep(bool (QSqlDatabase::*step)(), const char *failure) const
{
    QSqlDatabase db = database();
    if (!(db.*step)())
        return Error{QLatin1String(failure) + DriverError::text(db.lastError())};
    return {};
}

Result<void> Connection::begin()
{
    return transactionStep(&QSqlDatabase::transaction, "could not begin a transaction: ");
}

Result<void> Connection::commit()
{
    return transactionStep(&QSqlDatabase::commit, "could not commit: ");
}

Result<void> Connection::rollback()
{
    return transactionStep(&QSqlDatabase::rollback, "could not roll back: ");
}

} // namespace ectowb::db
