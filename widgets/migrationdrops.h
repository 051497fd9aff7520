#pragma once

#include "migration/migration.h"

#include <QCoreApplication>
#include <QStringList>

namespace ectowb::widgets {

// What rolling back a migration drops, named from its commands rather than from the
// SQL text: the tables, columns, indexes and constraints its down direction removes,
// and the custom SQL or code whose effect cannot be known ahead.
class MigrationDrops
{
    Q_DECLARE_TR_FUNCTIONS(MigrationDrops)
public:
    // The commands a rollback runs, in order: down/0, or change/0 reversed newest
    // first as Ecto does (a command Ecto refuses is left out: the run stops on it).
    static migration::CommandList downCommands(const migration::Migration &migration);
    static QStringList describe(const migration::CommandList &commands);
    // Reads `path` and describes its rollback; an unreadable file says so.
    static QStringList forFile(const QString &path);
};

} // namespace ectowb::widgets
