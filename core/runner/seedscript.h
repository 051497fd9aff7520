#pragma once

#include "common/result.h"
#include "db/connection.h"
#include "project/project.h"

#include <QString>

namespace ectowb::runner {

// Runs a seeds script (`priv/repo/seeds.exs`) as `mix run` would, for what it does to
// the database: the script is evaluated by the query core, which records its Repo
// calls, and the statements Ecto would send run here, in one transaction, with their
// values bound. A script that does more than pure Elixir and Repo calls (I/O, other
// processes) is refused before anything runs.
class SeedScript
{
public:
    // The project's own seeds, or an empty path when it has none.
    static QString pathFor(const project::Project &project);
    // The number of statements run.
    static Result<int> run(db::Connection &connection, const project::Project &project, const QString &path);
};

} // namespace ectowb::runner
