#pragma once

#include "ddlrenderer.h"
#include "migrationreview.h"

#include "db/connectionsettings.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace ectowb::migration {

// The migration reviewer: reads one migration file and returns its review, the
// checks of excellent_migrations on the Elixir code (MigrationAstChecks) and the
// reviewer's own on the statements the dialect's adapter renders (StatementChecks),
// with the author's safety comments applied (LintSafety). Nothing is executed.
class MigrationLinter
{
public:
    explicit MigrationLinter(db::Dialect dialect);
    ~MigrationLinter();

    MigrationReview review(const QByteArray &source, const QString &file) const;
    // Reads the file first; one that cannot be read is a finding, not a failure.
    MigrationReview reviewFile(const QString &path) const;

    // The severity of an excellent_migrations check for this dialect, on a table the
    // migration creates itself or not.
    LintSeverity severityOf(const QString &check, bool newTable) const;
    static QString messageOf(const QString &check);

private:
    db::Dialect m_dialect;
    std::unique_ptr<DdlRenderer> m_ddl;
};

} // namespace ectowb::migration
