#pragma once

#include "common/result.h"
#include "db/connectionsettings.h"
#include "project/project.h"

#include <QString>

#include <optional>

namespace ectowb::workspace {

// The two steps of Reset Sample that are not a migration run: removing the sample's
// SQLite file, and running the project's seeds once its migrations made the tables
// again. Both block: callers run them off the GUI thread (the seeds) or on files that
// are small to remove.
class SampleDatabase
{
public:
    // Deletes the SQLite file and its -wal and -shm companions; missing ones are fine,
    // one that stays (no permission, a directory) is an error naming it.
    static Result<void> remove(const QString &path);
    // Runs priv/repo/seeds.exs on `settings`, as `mix run priv/repo/seeds.exs` would:
    // the number of statements, or nullopt when the project has no seeds.
    static Result<std::optional<int>> seed(const db::ConnectionSettings &settings, const project::Project &project);
};

} // namespace ectowb::workspace
