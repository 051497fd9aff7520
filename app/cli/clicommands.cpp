#include "clicommands.h"

namespace ectowb::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> all = {
        {QStringLiteral("ast"), QStringLiteral("Print the quoted form of Elixir files, or check that they parse"), runAst},
        {QStringLiteral("schemas"), QStringLiteral("List a project's Ecto schemas as Ecto's reflection reports them"), runSchemas},
        {QStringLiteral("introspect"), QStringLiteral("List a database's tables, columns, indexes and foreign keys"), runIntrospect},
        {QStringLiteral("migrations"), QStringLiteral("Show, apply and roll back migrations as mix ecto.migrations/migrate/rollback do"), runMigrations},
        {QStringLiteral("changeset"), QStringLiteral("Run a schema's changeset function on params, as Ecto.Changeset would"), runChangeset},
        {QStringLiteral("query"), QStringLiteral("Turn an Ecto query (Elixir source) into the SQL and parameters Ecto sends"), runQuery},
    };
    return all;
}

} // namespace ectowb::cli
