#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace ectowb::db {

enum class Dialect : quint8 { Postgres, Sqlite };

// "postgres" / "sqlite": the names the CLI, JSON files and the history use.
QString dialectName(Dialect dialect);
// Those names, and "postgresql" / "sqlite3"; nothing for anything else.
std::optional<Dialect> dialectNamed(QStringView name);
// "PostgreSQL" / "SQLite": how the product is called where people read it.
QString dialectTitle(Dialect dialect);

// Where a database is: parsed from an Ecto/libpq URL, a SQLite path, or a project's
// Repo configuration. The password is kept but never printed (see redacted()).
struct ConnectionSettings
{
    Dialect dialect = Dialect::Sqlite;
    QString database; // the SQLite file, or the PostgreSQL database name
    QString hostname;
    int port = 0;
    QString username;
    QString password;
    int connectTimeoutSeconds = 5;
    // SQLite only: create the file when it does not exist (otherwise a missing file is
    // an error, so that a typo in a path never silently makes an empty database).
    bool createIfMissing = false;
    // Every write path refuses before sending anything (db::WriteCheck), and the
    // database is opened read-only as well (SQLITE_OPEN_READONLY, or PostgreSQL's
    // default_transaction_read_only), so a function that writes is refused too.
    bool readOnly = false;

    // PostgreSQL: libpq connection keywords the URL or the Repo config set (sslmode,
    // sslrootcert, sslcert, sslkey, application_name, options), passed on as they are.
    // connect_timeout is connectTimeoutSeconds above.
    QList<QPair<QString, QString>> libpqOptions;
    // SQLite: URI parameters (mode, cache, immutable), handed to SQLite's own URI
    // filename parser so they mean exactly what SQLite documents.
    QList<QPair<QString, QString>> sqliteUriParameters;

    // A SQLite file at `path`; createIfMissing as above.
    static ConnectionSettings sqliteFile(const QString &path, bool createIfMissing);

    // The value of one libpq option / SQLite URI parameter, or an empty string.
    QString libpqOption(const QString &key) const;
    QString sqliteParameter(const QString &key) const;
    void setLibpqOption(const QString &key, const QString &value);

    // "sqlite:/path/to.db" or "postgres://user@host:5432/db" (no password).
    QString redacted() const;
};

} // namespace ectowb::db
