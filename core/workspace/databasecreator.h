#pragma once

#include "common/result.h"
#include "db/connectionsettings.h"

namespace ectowb::workspace {

// What `mix ecto.create` does for one database, for the connection form: a new, empty
// SQLite file, or a PostgreSQL database made through the server's maintenance database.
class DatabaseCreator
{
public:
    // Whether opening `settings` failed because its PostgreSQL database is not there
    // (the server's own words: database "x" does not exist).
    static bool isMissingDatabase(const db::ConnectionSettings &settings, const QString &error);
    static Result<bool> createPostgres(const db::ConnectionSettings &settings);
    // An empty file SQLite opens as an empty database; an existing file is refused.
    static Result<bool> createSqliteFile(const QString &path);
};

} // namespace ectowb::workspace
