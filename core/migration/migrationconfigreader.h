#pragma once

#include "migrationconfig.h"

#include "interpreter/value.h"
#include "project/project.h"

#include <QString>

namespace ectowb::migration {

// What a Mix project's config says, as far as it is static: config/config.exs and
// config/<env>.exs, evaluated statement by statement with the interpreter (a value
// it cannot evaluate, such as System.get_env/1 at runtime, is left out).
struct ProjectConfig
{
    // Application.get_env/2: %{app => [key: value, ...]}, merged as Config merges.
    interpreter::Value appEnv = interpreter::Value::map({});
    MigrationConfig migration; // the Repo's migration_* settings
};

class MigrationConfigReader
{
public:
    static ProjectConfig read(const project::Project &project, const QString &mixEnv = QStringLiteral("dev"));
    // Keyword deep merge, as Config.config/2,3 merges a key set twice.
    static interpreter::Value deepMerge(const interpreter::Value &base, const interpreter::Value &extra);
};

} // namespace ectowb::migration
