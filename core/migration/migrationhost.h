#pragma once

#include "command.h"
#include "migrationconfig.h"
#include "result.h"

#include "interpreter/hostfunctions.h"

#include <functional>
#include <memory>

namespace ectowb::migration {

// Ecto.Migration's API as interpreter host functions, so a migration file is just
// Elixir the interpreter runs: table/index/constraint/references/fragment build the
// %Ecto.Migration.*{} structs Ecto builds (struct!/2: unknown options raise
// KeyError), create/alter/drop/rename/execute/flush hand commands to the runner
// state below, add/modify/remove/timestamps collect the columns of the create or
// alter block being run. direction/0, repo/0 and prefix/0 answer as
// Ecto.Migration.Runner would.
class MigrationHost
{
public:
    // What Ecto.Migration.Runner keeps for one callback (change/0, up/0 or down/0).
    struct State
    {
        // Commands queued since the last flush(), as the runner queues them.
        CommandList queued;
        // What was sent so far, in order: flushed commands and Repo calls, which
        // Ecto runs at once rather than queueing.
        CommandList sent;
        std::vector<ColumnChange> *columns = nullptr; // inside a create/alter block
        QString direction = QStringLiteral("up");
        bool definesDown = false; // the module has down/0 (flush() in a rolled back change raises)
        QString repo = QStringLiteral("Repo");
        MigrationConfig config;
        // Runs a 0-arity function given to execute/1,2 and returns what its Repo
        // calls sent; set by the reader.
        std::function<Result<CommandList>(const interpreter::Value &fn, interpreter::Interpreter &)> runFunction;
        // The Repo calls recorded since the last call, as commands; set by the reader.
        std::function<Result<CommandList>()> takeRepoCalls;
        // Raw SQL sent with repo().query/query!.
        std::function<void(const QString &sql, const std::vector<interpreter::Value> &params)> rawQuery;

        // The callback ended: everything queued is sent.
        CommandList finish();
    };

    static void registerAll(interpreter::HostFunctions &host, std::shared_ptr<State> state);
    static const QString module; // "Ecto.Migration"
};

} // namespace ectowb::migration
