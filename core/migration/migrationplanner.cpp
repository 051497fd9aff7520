#include "migrationplanner.h"

#include "reverser.h"

namespace ectowb::migration {

MigrationStatements MigrationPlanner::forwards(const CommandList &commands, const DdlRenderer &ddl)
{
    MigrationStatements out;
    for (const Command &command : commands) {
        Result<QStringList> sql = ddl.render(command);
        if (!sql) {
            out.error = sql.error();
            return out;
        }
        out.statements += *sql;
    }
    return out;
}

MigrationStatements MigrationPlanner::up(const Migration &migration, const DdlRenderer &ddl)
{
    if (migration.error)
        return {{}, migration.error};
    if (migration.up)
        return forwards(*migration.up, ddl);
    if (migration.change)
        return forwards(*migration.change, ddl);
    return {{}, QStringLiteral("%1 defines neither change/0 nor up/0").arg(migration.module)};
}

MigrationStatements MigrationPlanner::down(const Migration &migration, const DdlRenderer &ddl)
{
    if (migration.error)
        return {{}, migration.error};
    if (migration.down)
        return forwards(*migration.down, ddl);
    if (!migration.change)
        return {{}, QStringLiteral("%1 defines neither change/0 nor down/0").arg(migration.module)};
    const CommandList &commands = *migration.change;
    MigrationStatements out;
    // The whole body runs before anything is sent, so a flush() refuses up front.
    for (const Command &command : commands) {
        if (std::holds_alternative<Flush>(command)) {
            out.error = Reverser::reverse(command).error();
            return out;
        }
    }
    for (auto it = commands.rbegin(); it != commands.rend(); ++it) {
        Result<Command> reversed = Reverser::reverse(*it);
        if (!reversed) {
            out.error = reversed.error();
            return out;
        }
        Result<QStringList> sql = ddl.render(*reversed);
        if (!sql) {
            out.error = sql.error();
            return out;
        }
        out.statements += *sql;
    }
    return out;
}

} // namespace ectowb::migration
