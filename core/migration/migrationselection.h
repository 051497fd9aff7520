#pragma once

#include "project/project.h"

#include <QList>

namespace ectowb::migration {

enum class Direction { Up, Down };

// Which migrations a run touches, as the mix tasks' --all, --step N and --to VERSION
// mean it (Ecto.Migrator.run/4's pending_all, pending_step and pending_to).
struct MigrationSelection
{
    enum class Strategy { All, Step, To };

    Strategy strategy = Strategy::All;
    qint64 value = 0; // N for Step, the version for To

    static MigrationSelection all() { return {Strategy::All, 0}; }
    static MigrationSelection step(qint64 n) { return {Strategy::Step, n}; }
    static MigrationSelection to(qint64 version) { return {Strategy::To, version}; }
    // mix ecto.migrate runs everything pending; mix ecto.rollback undoes the last one.
    static MigrationSelection defaultFor(Direction direction) { return direction == Direction::Up ? all() : step(1); }

    // Up: pending files, oldest first. Down: recorded versions that have a file,
    // newest first (a version without a file cannot be rolled back). --to is
    // inclusive both ways: up to and including VERSION, down to and including it.
    QList<project::MigrationFile> pick(Direction direction, const QList<project::MigrationFile> &files,
                                       const QList<qint64> &versions) const;

    static QList<project::MigrationFile> pending(Direction direction, const QList<project::MigrationFile> &files,
                                                 const QList<qint64> &versions);
};

} // namespace ectowb::migration
