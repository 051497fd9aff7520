#pragma once

#include "connection.h"
#include "databaseschema.h"
#include "common/result.h"

#include <functional>

namespace ectowb::db {

// Reads the tables, columns, keys and indexes of an open database into a
// DatabaseSchema value. Read-only: it only runs catalog queries.
class Introspector
{
public:
    enum class Scope : quint8 {
        AllSchemas,    // PostgreSQL: every non-system schema (a prefix is a schema)
        CurrentSchema, // PostgreSQL: current_schema() only (tests, busy shared servers)
    };

    // Told how far it got (tables on SQLite, catalog queries on PostgreSQL) so a
    // worker thread can show progress; returning false cancels with an Error.
    using Progress = std::function<bool(int done, int total)>;

    // `bookkeeping`: the table Ecto.Migrator records versions in (the Repo's
    // migration_source, which only the project's config knows).
    static Result<DatabaseSchema> introspect(Connection &connection, Scope scope = Scope::AllSchemas,
                                             const Progress &progress = {},
                                             const QString &bookkeeping = QStringLiteral("schema_migrations"));
    static Error cancelled() { return Error{QStringLiteral("introspection cancelled")}; }

    // Ecto's own tables, which no schema module maps.
    static bool isEctoBookkeeping(const QString &table, const QString &bookkeeping = QStringLiteral("schema_migrations"));
};

} // namespace ectowb::db
