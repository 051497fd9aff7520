#pragma once

#include <QString>

#include <optional>

namespace ectowb::project {

// A migration file's name read as Ecto.Migrator's extract_migration_info/1 reads it:
// Integer.parse/1 of the name without its extension (an optional sign, then ASCII
// digits), which must be followed by "_"; the rest is the migration's name. Other
// names are not migrations and are skipped, as Ecto skips them. Elixir integers have
// no bound but schema_migrations.version is a bigint, where Ecto fails to record a
// larger one: such a version is an error here, reported before anything runs.
struct MigrationFileName
{
    bool isMigration = false;
    qint64 version = 0;
    QString name;
    QString error; // set when Ecto would take the file but could not record it

    static MigrationFileName parse(const QString &fileName);
};

} // namespace ectowb::project
