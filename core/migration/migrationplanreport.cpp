#include "migrationplanreport.h"

#include "migrationplanner.h"

#include "schemamigrations.h"

#include "db/connection.h"

#include <QFileInfo>

namespace ectowb::migration {

Result<QList<qint64>> MigrationPlanReport::appliedVersions(const db::ConnectionSettings &settings, const QString &source)
{
    db::ConnectionSettings readOnly = settings;
    readOnly.createIfMissing = false;
    if (readOnly.dialect == db::Dialect::Sqlite && !QFileInfo::exists(readOnly.database))
        return QList<qint64>{}; // no database yet: everything is pending
    auto connection = db::Connection::open(readOnly);
    if (!connection)
        return connection.failure();
    const Result<db::QueryRows> rows = (*connection)->exec(SchemaMigrations::versionsStatement(source));
    QList<qint64> versions;
    // A database Ecto never migrated has no bookkeeping table: nothing is applied.
    if (!rows)
        return versions;
    for (const QVariantList &row : rows->rows)
        versions << row.value(0).toLongLong();
    return versions;
}

QList<MigrationReview> MigrationPlanReport::pending(const QList<project::MigrationFile> &files, const QList<qint64> &applied,
                                                    const MigrationSelection &selection, const MigrationLinter &linter)
{
    QList<MigrationReview> out;
    for (const project::MigrationFile &file : selection.pick(Direction::Up, files, applied))
        out.append(linter.reviewFile(file.path));
    return out;
}

QString MigrationPlanReport::reversibility(const MigrationReview &review)
{
    if (review.reversible())
        return QStringLiteral("yes");
    return QStringLiteral("no: ") + (review.downError ? MigrationStatements::errorText(*review.downError) : QStringLiteral("not a migration"));
}

QString MigrationPlanReport::markdown(const QList<MigrationReview> &plan)
{
    QString out = QStringLiteral("## Migration plan\n\n");
    if (plan.isEmpty())
        return out + QStringLiteral("No pending migrations.\n");
    out += QStringLiteral("%1 pending migration(s), in the order `up` runs them. Nothing was executed.\n\n").arg(plan.size());
    for (const MigrationReview &r : plan) {
        out += QStringLiteral("### %1 %2\n\n").arg(r.version).arg(r.module.isEmpty() ? QFileInfo(r.file).fileName() : r.module);
        out += QStringLiteral("- file: `%1`\n").arg(r.file);
        out += QStringLiteral("- transaction: %1; migration lock: %2\n")
                   .arg(r.inTransaction ? QStringLiteral("yes") : QStringLiteral("no (@disable_ddl_transaction)"),
                        r.migrationLock ? QStringLiteral("yes") : QStringLiteral("no (@disable_migration_lock)"));
        out += QStringLiteral("- reversible: %1\n\n").arg(reversibility(r).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        if (!r.up.isEmpty()) {
            out += QStringLiteral("| # | line | lock | statement |\n|---|---|---|---|\n");
            for (int i = 0; i < r.up.size(); ++i) {
                QString sql = r.up[i].sql;
                sql.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
                out += QStringLiteral("| %1 | %2 | %3 | `%4` |\n").arg(i + 1).arg(r.up[i].line).arg(r.up[i].lock.describe(), sql);
            }
            out += QLatin1Char('\n');
        }
        if (r.upError)
            out += QStringLiteral("**Fails:** %1\n\n").arg(MigrationStatements::errorText(*r.upError));
        if (!r.findings.isEmpty()) {
            out += QStringLiteral("Findings:\n\n");
            for (const LintFinding &f : r.findings)
                out += QStringLiteral("- **%1** `%2` (line %3): %4\n")
                           .arg(LintFinding::severityName(f.severity), f.check)
                           .arg(f.line)
                           .arg(f.message);
            out += QLatin1Char('\n');
        }
    }
    return out;
}

QString MigrationPlanReport::text(const QList<MigrationReview> &plan)
{
    if (plan.isEmpty())
        return QStringLiteral("No pending migrations\n");
    QString out;
    for (const MigrationReview &r : plan) {
        out += QStringLiteral("== %1 %2%3\n")
                   .arg(r.version)
                   .arg(r.module, r.inTransaction ? QString() : QStringLiteral(" (no transaction)"));
        for (int i = 0; i < r.up.size(); ++i)
            out += QStringLiteral("  [%1] %2;\n").arg(r.up[i].lock.describe(), r.up[i].sql);
        if (r.upError)
            out += QStringLiteral("  fails: %1\n").arg(MigrationStatements::errorText(*r.upError));
        for (const LintFinding &f : r.findings)
            out += QStringLiteral("  %1:%2: %3 %4: %5\n")
                       .arg(r.file)
                       .arg(f.line)
                       .arg(LintFinding::severityName(f.severity), f.check, f.message);
        out += QStringLiteral("  reversible: %1\n").arg(reversibility(r));
    }
    return out;
}

} // namespace ectowb::migration
