#pragma once

#include "connectionsettings.h"
#include "project/project.h"

#include <optional>

namespace ectowb::db {

// The database a project's views work on: the bundled sample's own throwaway SQLite
// file (created on first use), else the project's Repo configuration, a relative
// SQLite path taken from the project root as Mix would. Nothing when the project
// configures no Repo.
class ProjectDatabase
{
public:
    static std::optional<ConnectionSettings> forProject(const project::Project &project);
};

} // namespace ectowb::db
