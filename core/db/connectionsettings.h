#pragma once

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

    // "sqlite:/path/to.db" or "postgres://user@host:5432/db" (no password).
    QString redacted() const;
};

} // namespace ectowb::db
