#pragma once

#include "repoconfig.h"
#include "elixirmodule.h"

#include <QList>
#include <QProcessEnvironment>

namespace ectowb::project {

// Reads the Repo settings of a Mix project the way `mix` would in the given
// environment: config/config.exs, then config/<env>.exs, keyword by keyword, then the
// environment (DATABASE_URL, PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE).
class RepoConfigReader
{
public:
    // `modules` are the project's modules (to find `use Ecto.Repo` and its adapter).
    static RepoConfig read(const QString &projectDir, const QList<ElixirModule> &modules,
                           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                           const QString &mixEnv = QStringLiteral("dev"));

    // Applies `postgres://user:pass@host:port/db` (or ecto://) to a config.
    static void applyUrl(RepoConfig &config, const QString &url);
};

} // namespace ectowb::project
