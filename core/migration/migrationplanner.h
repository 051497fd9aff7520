#pragma once

#include "ddlrenderer.h"
#include "migration.h"

#include <QStringList>
#include <QVariantList>

#include <optional>

namespace ectowb::migration {

// The statements one direction of a migration sends, in order, and the error that
// stops it (Ecto's or the adapter's), as `mix ecto.migrate` / `ecto.rollback` would.
struct MigrationStatements
{
    QStringList statements; // sent before the error, if any
    std::optional<QString> error;
    // The values bound to statements[i] (Repo calls of the migration's code); a
    // missing or empty entry: none.
    QList<QVariantList> params;
};

// Follows Ecto.Migration.Runner: up runs up/0 or change/0 forwards; down runs down/0
// forwards, or reverses change/0 newest first, sending the reversible commands
// until it reaches one Ecto refuses. flush() in change/0 makes rollback fail at once.
class MigrationPlanner
{
public:
    static MigrationStatements up(const Migration &migration, const DdlRenderer &ddl);
    static MigrationStatements down(const Migration &migration, const DdlRenderer &ddl);

private:
    static MigrationStatements forwards(const CommandList &commands, const DdlRenderer &ddl);
    // Renders one command and appends its statements (and their values) to `out`.
    static bool append(MigrationStatements &out, const Command &command, const DdlRenderer &ddl);
};

} // namespace ectowb::migration
