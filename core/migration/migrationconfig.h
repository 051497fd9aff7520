#pragma once

#include "interpreter/value.h"

#include <QString>

namespace ectowb::migration {

// The repo configuration Ecto.Migration and Ecto.Migrator read
// (`config :app, App.Repo, migration_primary_key: ...`), as the values config
// gives them; the defaults are Ecto's.
struct MigrationConfig
{
    // migration_primary_key: a keyword list, or false
    interpreter::Value primaryKey = interpreter::Value::list({});
    // migration_foreign_key: a keyword list (column:, type:)
    interpreter::Value foreignKey = interpreter::Value::list({});
    // migration_timestamps: a keyword list (type:, inserted_at:, updated_at:, ...)
    interpreter::Value timestamps = interpreter::Value::list({});
    // migration_default_prefix: nil or a string
    interpreter::Value defaultPrefix;
    // migration_source
    QString source = QStringLiteral("schema_migrations");
    // priv: the folder whose migrations/ holds the migrations ("" = priv/<repo>)
    QString priv;
};

} // namespace ectowb::migration
