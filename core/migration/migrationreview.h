#pragma once

#include "result.h"

#include "lintfinding.h"
#include "lockanalyzer.h"

#include "db/connectionsettings.h"

#include <QList>
#include <QString>

#include <optional>

namespace ectowb::migration {

// One statement a direction sends, with the lock it takes and the source line of the
// command it comes from.
struct ReviewedStatement
{
    QString sql;
    StatementLock lock;
    int line = 0;
};

// Everything the reviewer knows about one migration file before it runs: its
// findings, the statements of each direction with their locks, whether it runs in a
// transaction, and whether Ecto can roll it back (and why not).
struct MigrationReview
{
    QString file;
    QString module;
    qint64 version = 0;
    db::Dialect dialect = db::Dialect::Postgres;
    bool isMigration = false;  // a module with change/0 or up/0 was read
    bool inTransaction = true; // not @disable_ddl_transaction
    bool migrationLock = true; // not @disable_migration_lock
    QList<ReviewedStatement> up;
    QList<ReviewedStatement> down;
    std::optional<Error> upError;
    std::optional<Error> downError; // set: Ecto refuses (or cannot) roll it back
    QList<LintFinding> findings;      // sorted by line

    bool reversible() const { return isMigration && !downError.has_value(); }
    std::optional<LintSeverity> worst() const
    {
        std::optional<LintSeverity> out;
        for (const LintFinding &f : findings)
            if (!out || f.severity > *out)
                out = f.severity;
        return out;
    }
};

} // namespace ectowb::migration
