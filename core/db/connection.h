#pragma once

#include "connectionsettings.h"
#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace ectowb::db {

// The rows of one statement, fully fetched (for small results: introspection,
// schema_migrations). The query composer streams big results through its own model.
struct QueryRows
{
    QStringList columns;
    QList<QVariantList> rows;
    qint64 rowsAffected = -1;
};

// One open database connection, owned: a QSqlDatabase under a connection name of its
// own, removed when the Connection is destroyed. Not shared between threads: a worker
// thread opens its own with the same settings. Values only ever reach SQL as bound
// parameters (`exec(sql, params)`); SQL text never carries values.
class Connection
{
public:
    // Opens with a connect timeout (settings.connectTimeoutSeconds); a wrong password,
    // a missing file or an unreachable host is an Error with a clear message.
    static Result<std::shared_ptr<Connection>> open(const ConnectionSettings &settings);

    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    const ConnectionSettings &settings() const { return m_settings; }
    Dialect dialect() const { return m_settings.dialect; }

    // Prepares, binds `params` positionally and executes one statement.
    Result<QueryRows> exec(const QString &sql, const QVariantList &params = {});
    // The same, but leaves the rows to the caller: the active forward-only query,
    // before its first row, so that a big result streams (QPSQL fetches it in
    // single-row mode) instead of being collected. Placeholders are `?` on both
    // databases, or PostgreSQL's own `$1..$n`, which reach the server untouched;
    // either way values are bound in order. An error is the database's message alone
    // (exec() adds the SQL to it). On SQLite a text of several statements without
    // parameters runs them all, in order, and returns the last one's query.
    // A statement that writes is refused before it is sent when the settings are
    // read-only (db::WriteCheck), and a PostgreSQL text parameter holding NUL too.
    Result<QSqlQuery> execute(const QString &sql, const QVariantList &params = {});

    Result<void> begin();
    Result<void> commit();
    Result<void> rollback();

    // For code that needs Qt SQL directly (a QSqlQueryModel over a big result).
    QSqlDatabase database() const;

private:
    explicit Connection(ConnectionSettings settings, QString connectionName);
    static Result<QSqlQuery> executeOne(const QSqlDatabase &db, const QString &sql, const QVariantList &params);
    // begin/commit/rollback: `step` on the database, or `failure` and the driver's reason.
    Result<void> transactionStep(bool (QSqlDatabase::*step)(), const char *failure) const;
    ConnectionSettings m_settings;
    QString m_connectionName;
};

} // namespace ectowb::db
