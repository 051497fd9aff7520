#pragma once

#include "migrationlinter.h"
#include "migrationreview.h"
#include "migrationselection.h"
#include "result.h"

#include "db/connectionsettings.h"
#include "project/project.h"

#include <QList>
#include <QString>

namespace ectowb::migration {

// `ectowb migrations plan` and the timeline's Plan: the migrations `up` would run,
// in order, each reviewed (statements, locks, transaction, findings, whether it can
// be rolled back), as text or as Markdown for a pull request. Reads the database's
// bookkeeping table and nothing else: no table is created, nothing is executed.
class MigrationPlanReport
{
public:
    // The versions recorded in `source` (the Repo's migration_source); none when the
    // database has no such table yet.
    static Result<QList<qint64>> appliedVersions(const db::ConnectionSettings &settings, const QString &source);
    static QList<MigrationReview> pending(const QList<project::MigrationFile> &files, const QList<qint64> &applied,
                                          const MigrationSelection &selection, const MigrationLinter &linter);

    static QString markdown(const QList<MigrationReview> &plan);
    static QString text(const QList<MigrationReview> &plan);

private:
    static QString reversibility(const MigrationReview &review);
};

} // namespace ectowb::migration
