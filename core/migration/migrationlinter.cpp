#include "migrationlinter.h"

#include "lintsafety.h"
#include "migrationastchecks.h"
#include "migrationreader.h"
#include "migrator.h"
#include "statementchecks.h"

#include "elixir/reader.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace ectowb::migration {

namespace {

struct CheckInfo
{
    const char *message;
    LintSeverity severity;
    bool postgresOnly;   // PostgreSQL-specific in excellent_migrations
    bool softOnNewTable; // harmless on a table this migration creates
};

// excellent_migrations' checks: its wording first, then why a DBA cares.
const QHash<QString, CheckInfo> &checks()
{
    using S = LintSeverity;
    static const QHash<QString, CheckInfo> table{
        {QStringLiteral("index_not_concurrently"),
         {"Index added not concurrently: CREATE INDEX holds SHARE on the table and blocks writes until the index is built. "
          "Use concurrently: true with @disable_ddl_transaction and @disable_migration_lock.",
          S::Error, true, true}},
        {QStringLiteral("index_concurrently_without_disable_ddl_transaction"),
         {"Index added concurrently without @disable_ddl_transaction true: PostgreSQL refuses CONCURRENTLY inside a "
          "transaction.",
          S::Error, true, false}},
        {QStringLiteral("index_concurrently_without_disable_migration_lock"),
         {"Index added concurrently without @disable_migration_lock true: the migration lock's transaction makes the "
          "concurrent build wait for it.",
          S::Error, true, false}},
        {QStringLiteral("many_columns_index"),
         {"Index added with many columns: a non-unique index of more than three columns rarely helps.", S::Warning, false, false}},
        {QStringLiteral("raw_sql_executed"),
         {"Raw SQL used: its safety cannot be checked from the code; review the statement and its lock.", S::Warning, false, false}},
        {QStringLiteral("column_removed"),
         {"Column removed: running instances that still read it fail. Remove the field from the schema and deploy first.",
          S::Error, false, false}},
        {QStringLiteral("table_dropped"),
         {"Table dropped: running instances that still use it fail, and its data is gone.", S::Error, false, true}},
        {QStringLiteral("table_renamed"),
         {"Table renamed: running instances that use the old name fail. Rename the schema's source instead.", S::Error, false, false}},
        {QStringLiteral("column_renamed"),
         {"Column renamed: running instances that use the old name fail. Use `source:` on the field instead.", S::Error, false, false}},
        {QStringLiteral("column_added_with_default"),
         {"Column with default value added to existing table: before PostgreSQL 11 this rewrites the table.", S::Warning, false, true}},
        {QStringLiteral("column_volatile_default"),
         {"Column with volatile default: every row is updated with a value computed under the table's lock.", S::Error, false, true}},
        {QStringLiteral("column_type_changed"),
         {"Column type changed: this may rewrite the table under ACCESS EXCLUSIVE, blocking reads and writes.", S::Error, false, true}},
        {QStringLiteral("not_null_added"),
         {"Not null constraint added: every row is checked under ACCESS EXCLUSIVE. Add a NOT VALID check, validate it "
          "later, then set NOT NULL.",
          S::Error, false, true}},
        {QStringLiteral("column_reference_added"),
         {"Reference added: the foreign key blocks writes on both tables while every row is checked. Use "
          "references(..., validate: false) and validate in a later migration.",
          S::Error, true, true}},
        {QStringLiteral("check_constraint_added"),
         {"Check constraint added: every row is checked under ACCESS EXCLUSIVE. Use validate: false and validate in a "
          "later migration.",
          S::Error, false, true}},
        {QStringLiteral("json_column_added"),
         {"JSON column added: json has no equality operator, so SELECT DISTINCT on the table fails. Use :map (jsonb).",
          S::Warning, true, false}},
        {QStringLiteral("operation_insert"),
         {"Records inserted: data changes in a migration run in its DDL transaction and keep its locks.", S::Warning, false, false}},
        {QStringLiteral("operation_update"),
         {"Records updated: a backfill in the migration keeps the table locked for as long as it runs.", S::Warning, false, false}},
        {QStringLiteral("operation_delete"),
         {"Records deleted: data changes in a migration run in its DDL transaction and keep its locks.", S::Warning, false, false}},
    };
    return table;
}

// A finding on the code points at the first statement its line sends; the generic
// blocking_scan and volatile_default are dropped where a library check already names
// the same danger on that line.
void attachStatements(MigrationReview &review)
{
    static const QStringList namedScans{QStringLiteral("index_not_concurrently"), QStringLiteral("not_null_added"),
                                        QStringLiteral("check_constraint_added"), QStringLiteral("column_reference_added")};
    QSet<int> scanLines;
    QSet<int> volatileLines;
    for (const LintFinding &f : review.findings) {
        if (namedScans.contains(f.check))
            scanLines.insert(f.line);
        if (f.check == QLatin1String("column_volatile_default"))
            volatileLines.insert(f.line);
    }
    review.findings.erase(std::remove_if(review.findings.begin(), review.findings.end(),
                                         [&](const LintFinding &f) {
                                             return (f.check == QLatin1String("blocking_scan") && scanLines.contains(f.line))
                                                    || (f.check == QLatin1String("volatile_default") && volatileLines.contains(f.line));
                                         }),
                          review.findings.end());
    for (LintFinding &f : review.findings) {
        if (f.statement)
            continue;
        for (int i = 0; i < review.up.size(); ++i)
            if (review.up[i].line == f.line) {
                f.statement = i;
                f.lock = review.up[i].lock.mode;
                break;
            }
    }
}

} // namespace

MigrationLinter::MigrationLinter(db::Dialect dialect) : m_dialect(dialect), m_ddl(Migrator::renderer(dialect)) {}

MigrationLinter::~MigrationLinter() = default;

QString MigrationLinter::messageOf(const QString &check)
{
    const auto it = checks().constFind(check);
    return it == checks().constEnd() ? check : QString::fromUtf8(it->message);
}

LintSeverity MigrationLinter::severityOf(const QString &check, bool newTable) const
{
    const auto it = checks().constFind(check);
    if (it == checks().constEnd())
        return LintSeverity::Warning;
    if ((it->postgresOnly && m_dialect != db::Dialect::Postgres) || (it->softOnNewTable && newTable))
        return LintSeverity::Info;
    return it->severity;
}

MigrationReview MigrationLinter::reviewFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MigrationReview review;
        review.file = path;
        review.dialect = m_dialect;
        review.findings.append({path, 0, QStringLiteral("unreadable"), LintSeverity::Error,
                                QStringLiteral("Cannot read the file: %1").arg(file.errorString()), std::nullopt, QString()});
        return review;
    }
    return review(file.readAll(), path);
}

MigrationReview MigrationLinter::review(const QByteArray &source, const QString &file) const
{
    MigrationReview review;
    review.file = file;
    review.dialect = m_dialect;
    review.version = MigrationReader::versionFromFileName(file);
    const elixir::ParseResult parsed = elixir::Reader::parse(source, file);
    if (parsed.error) {
        review.findings.append({file, parsed.error->line, QStringLiteral("syntax_error"), LintSeverity::Error,
                                parsed.error->message, std::nullopt, QString()});
        return review;
    }
    const MigrationAstChecks ast = MigrationAstChecks::run(parsed.ast);
    for (const AstFinding &f : ast.findings()) {
        const bool newTable = !f.table.isEmpty() && ast.createdTables().contains(f.table);
        review.findings.append({file, f.line, f.check, severityOf(f.check, newTable), messageOf(f.check), std::nullopt, QString()});
    }
    const Migration migration = MigrationReader::fromSource(source, file);
    review.module = migration.module;
    review.isMigration = !migration.error && (migration.change || migration.up);
    review.inTransaction = !migration.disableDdlTransaction;
    review.migrationLock = !migration.disableMigrationLock;
    if (review.isMigration)
        StatementChecks::run(migration, parsed.ast, *m_ddl, review);
    attachStatements(review);

    const LintSafety safety = LintSafety::read(QString::fromUtf8(source), parsed.ast);
    review.findings.erase(std::remove_if(review.findings.begin(), review.findings.end(),
                                         [&](const LintFinding &f) { return safety.covers(f.check, f.line); }),
                          review.findings.end());
    std::stable_sort(review.findings.begin(), review.findings.end(),
                     [](const LintFinding &a, const LintFinding &b) { return a.line < b.line; });
    return review;
}

} // namespace ectowb::migration
