#pragma once

#include "migration.h"
#include "migrationconfig.h"

#include "db/connection.h"
#include "elixir/ast.h"
#include "interpreter/value.h"
#include "project/project.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ectowb::migration {

// What a migration is read against: the project whose code and schemas it may
// call (nullptr: none) and the repo's migration configuration.
struct ReaderEnvironment
{
    const project::Project *project = nullptr;
    MigrationConfig config;
    // Application.get_env/2,3 and compile_env: %{app => keyword} from config/*.exs.
    interpreter::Value appEnv = interpreter::Value::map({});
    // When the migration is applied: the rows its first reads got from the live
    // database, in the order it read them (the reads after these get none), and the
    // one time DateTime.utc_now/0 and friends return, so that reading it again with
    // more rows sends the same statements before the new read.
    QList<db::QueryRows> reads;
    db::Dialect readsDialect = db::Dialect::Postgres; // the database `reads` came from
    QDateTime clock;

    static ReaderEnvironment of(const project::Project *project, MigrationConfig config, interpreter::Value appEnv)
    {
        ReaderEnvironment e;
        e.project = project;
        e.config = std::move(config);
        e.appEnv = std::move(appEnv);
        return e;
    }
};

// Reads a migration file into a Migration: the interpreter runs its module (with
// Ecto.Migration imported through MigrationHost, the Repo through MigrationRepo)
// and the callbacks change/0, up/0 and down/0 statement by statement, so module
// attributes, helper functions, `for`, Enum, dates, direction() and repo() all
// work. A statement that cannot be evaluated becomes one Opaque command naming the
// call and its line.
class MigrationReader
{
public:
    static Migration fromSource(const QByteArray &source, const QString &file, const ReaderEnvironment &environment = {});

    // A conformance-case source as a whole module using Ecto.Migration: a bare body
    // goes inside `def change`, `def` forms go in as they are, a module stays as is.
    static QString wrapAsModule(const QString &source);
    // The leading digits of a migration file name ("20240101000001_create_users.exs").
    static qint64 versionFromFileName(const QString &file);
};

} // namespace ectowb::migration
