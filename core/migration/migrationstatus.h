#pragma once

#include "project/project.h"

#include <QList>
#include <QString>

namespace ectowb::migration {

// One row of `mix ecto.migrations`: a migration file and whether the database has
// it, or a version the database has recorded for which there is no file.
struct MigrationStatus
{
    enum class State { Up, Down, FileNotFound };

    qint64 version = 0;
    QString name;
    State state = State::Down;
    QString path; // empty for FileNotFound

    // "up", "down", "file_not_found" (the CLI's JSON).
    static QString stateName(State state);
    // Ecto.Migrator's name for a recorded version without a file.
    static QString fileNotFoundName() { return QStringLiteral("** FILE NOT FOUND **"); }

    // Ecto.Migrator.migrations/3: files up or down, recorded versions without a file,
    // all sorted by version.
    static QList<MigrationStatus> collect(const QList<project::MigrationFile> &files, const QList<qint64> &versions);
};

} // namespace ectowb::migration
