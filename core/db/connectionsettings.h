#pragma once

#include <QString>

namespace ectowb::db {

enum class Dialect : quint8 { Postgres, Sqlite };

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
