#pragma once

#include "project.h"

#include <QProcessEnvironment>

#include <atomic>
#include <functional>

namespace ectowb::project {

// Opens a Mix project folder (umbrella apps included): parses every source file, finds
// schema modules (expanding the project's own `use` wrappers and macros, and those of
// deps/ when present), migrations and the Repo configuration. One bad file never stops
// the rest: it is reported in Project::errors.
class ProjectLoader
{
public:
    struct Options
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QString mixEnv = QStringLiteral("dev");
        // Called with (done, total) while files are parsed; may come from worker threads.
        std::function<void(int, int)> progress;
        const std::atomic_bool *cancel = nullptr;
    };

    static Project load(const QString &root, const Options &options);
    static Project load(const QString &root) { return load(root, Options()); }

    // The migration files under priv/*/migrations of every app, by version: a directory
    // listing, no file is read.
    static QList<MigrationFile> listMigrations(const QString &root);
    // `20240101000001_create_users.exs` -> version and name; version 0 when malformed.
    static MigrationFile migrationFile(const QString &path);
};

} // namespace ectowb::project
