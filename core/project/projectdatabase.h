#pragma once

#include "common/result.h"
#include "db/connectionsettings.h"
#include "project/project.h"

namespace ectowb::project {

// Which database a project works on when nobody names one: the bundled sample's own
// throwaway SQLite file in the user's data folder, otherwise the Repo configuration of
// config/*.exs (with DATABASE_URL and the libpq variables over it), a relative SQLite
// path taken from the project root as mix, which runs there, would take it.
// The GUI's views and the CLI's commands all ask here, so they agree.
class ProjectDatabase
{
public:
    static Result<db::ConnectionSettings> settingsFor(const Project &project);
};

} // namespace ectowb::project
