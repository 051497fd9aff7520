#include "statementchecks.h"

#include "commandlines.h"
#include "migrationplanner.h"
#include "reverser.h"

namespace ectowb::migration {

namespace {

const QString kAccessExclusive = QStringLiteral("ACCESS EXCLUSIVE");

bool isPostgres(const MigrationReview &review)
{
    return review.dialect == db::Dialect::Postgres;
}

} // namespace

void StatementChecks::run(const Migration &migration, const elixir::Ast &root, const DdlRenderer &ddl, MigrationReview &review)
{
    StatementChecks checks(review, ddl);
    checks.plan(migration, root);
    if (isPostgres(review))
        checks.postgresChecks();
    else
        checks.sqliteChecks(migration, root);
    checks.reversibility(migration, root);
}

void StatementChecks::add(const QString &check, LintSeverity severity, int line, const QString &message, int statement)
{
    LintFinding f{m_review.file, line, check, severity, message, std::nullopt, QString()};
    if (statement >= 0) {
        f.statement = statement;
        f.lock = m_review.up.at(statement).lock.mode;
    }
    m_review.findings.append(f);
}

// Renders command by command, as MigrationPlanner does, so each statement keeps the
// line of its command. A command the reader could not evaluate is reported and
// skipped, so the statements after it are still reviewed.
QList<ReviewedStatement> StatementChecks::render(const CommandList &commands, const std::vector<CommandLines::Line> &lines,
                                                 std::optional<Error> &error, bool reportOpaque)
{
    QList<ReviewedStatement> out;
    for (size_t i = 0; i < commands.size(); ++i) {
        if (const auto *opaque = std::get_if<Opaque>(&commands[i])) {
            if (reportOpaque)
                add(QStringLiteral("not_evaluated"), LintSeverity::Info, lines[i].line,
                    QStringLiteral("Not evaluated, its statements are not reviewed: %1").arg(opaque->reason));
            continue;
        }
        const Result<QStringList> sql = m_ddl.render(commands[i]);
        if (!sql) {
            error = sql.failure();
            break;
        }
        for (int k = 0; k < sql->size(); ++k)
            out.append({sql->at(k), LockAnalyzer::analyze(sql->at(k), m_review.dialect), lines[i].statementLine(k, int(sql->size()))});
    }
    return out;
}

void StatementChecks::plan(const Migration &migration, const elixir::Ast &root)
{
    const QString forwards = migration.up ? QStringLiteral("up") : QStringLiteral("change");
    const CommandList *upCommands = migration.up ? &*migration.up : migration.change ? &*migration.change : nullptr;
    if (upCommands) {
        m_review.up = render(*upCommands, CommandLines(root, forwards).linesOf(*upCommands), m_review.upError, true);
    } else {
        m_review.upError = MigrationPlanner::up(migration, m_ddl).error;
    }
    // Down: what the planner says first (it knows what Ecto refuses), then the
    // statements with their lines.
    m_review.downError = MigrationPlanner::down(migration, m_ddl).error;
    if (migration.down) {
        m_review.down = render(*migration.down, CommandLines(root, QStringLiteral("down")).linesOf(*migration.down),
                               m_review.downError, false);
    } else if (migration.change && !m_review.downError) {
        const auto lines = CommandLines(root, QStringLiteral("change")).linesOf(*migration.change);
        CommandList reversed;
        std::vector<CommandLines::Line> reversedLines;
        for (size_t i = migration.change->size(); i-- > 0;) {
            if (Result<Command> r = Reverser::reverse((*migration.change)[i])) {
                reversed.push_back(*r);
                reversedLines.push_back(lines[i]);
            }
        }
        m_review.down = render(reversed, reversedLines, m_review.downError, false);
    }
}

bool StatementChecks::onExistingTable(const StatementLock &lock) const
{
    if (lock.tables.isEmpty())
        return true;
    for (const QString &table : lock.tables)
        if (!m_created.contains(table))
            return true;
    return false;
}

void StatementChecks::postgresChecks()
{
    bool lockTimeout = false;
    bool notValidBefore = false;
    for (int i = 0; i < m_review.up.size(); ++i) {
        const ReviewedStatement &s = m_review.up.at(i);
        const StatementLock &lock = s.lock;
        const bool existing = onExistingTable(lock);
        if (lock.concurrently && m_review.inTransaction)
            add(QStringLiteral("concurrently_in_transaction"), LintSeverity::Error, s.line,
                QStringLiteral("CONCURRENTLY cannot run inside a transaction block: PostgreSQL refuses it. "
                               "Set @disable_ddl_transaction true (and @disable_migration_lock true)."),
                i);
        if (existing && lock.volatileDefault)
            add(QStringLiteral("volatile_default"), LintSeverity::Error, s.line,
                QStringLiteral("The new column's default is volatile: every row is rewritten under ACCESS EXCLUSIVE. "
                               "Add the column without a default, backfill in batches, then set the default."),
                i);
        else if (existing && lock.rewrite)
            add(QStringLiteral("table_rewrite"), LintSeverity::Error, s.line,
                QStringLiteral("Rewrites %1 and its indexes under %2: reads and writes wait until it is done (%3).")
                    .arg(lock.tables.join(QStringLiteral(", ")), lock.mode, lock.note),
                i);
        else if (existing && lock.scan && !lock.concurrently && !lock.validates && LockAnalyzer::strength(lock.mode) >= LockAnalyzer::strength(QStringLiteral("SHARE")))
            add(QStringLiteral("blocking_scan"), LintSeverity::Warning, s.line,
                QStringLiteral("Reads every row of %1 while holding %2 (%3).").arg(lock.tables.join(QStringLiteral(", ")), lock.mode, lock.note),
                i);
        if (existing && lock.mode == kAccessExclusive && !lockTimeout)
            add(QStringLiteral("access_exclusive_without_lock_timeout"), LintSeverity::Warning, s.line,
                QStringLiteral("Takes ACCESS EXCLUSIVE on %1 with no lock_timeout set: while it waits for the lock, every "
                               "query on the table queues behind it. Run `SET lock_timeout` first (execute/1 or the repo's "
                               "after_connect).")
                    .arg(lock.tables.isEmpty() ? QStringLiteral("the table") : lock.tables.join(QStringLiteral(", "))),
                i);
        if (lock.notValid)
            add(QStringLiteral("constraint_not_valid"), LintSeverity::Info, s.line,
                QStringLiteral("Added NOT VALID: existing rows are not checked. VALIDATE CONSTRAINT in a later migration "
                               "(SHARE UPDATE EXCLUSIVE, reads and writes go on)."),
                i);
        if (lock.validates && notValidBefore && m_review.inTransaction)
            add(QStringLiteral("validate_in_same_transaction"), LintSeverity::Warning, s.line,
                QStringLiteral("VALIDATE runs in the same transaction as the NOT VALID constraint, so the stronger lock "
                               "taken to add it is still held while every row is checked. Validate in a separate migration."),
                i);
        lockTimeout = lockTimeout || lock.setsLockTimeout;
        notValidBefore = notValidBefore || lock.notValid;
        if (!lock.createdTable.isEmpty())
            m_created.insert(lock.createdTable);
    }
}

void StatementChecks::sqliteChecks(const Migration &migration, const elixir::Ast &root)
{
    if (m_review.upError) {
        const CommandList *commands = migration.up ? &*migration.up : migration.change ? &*migration.change : nullptr;
        int line = m_review.up.isEmpty() ? CommandLines(root, migration.up ? QStringLiteral("up") : QStringLiteral("change")).defLine()
                                         : m_review.up.last().line;
        // The command that failed is the first one whose rendering fails.
        if (commands) {
            const auto lines = CommandLines(root, migration.up ? QStringLiteral("up") : QStringLiteral("change")).linesOf(*commands);
            for (size_t i = 0; i < commands->size(); ++i)
                if (!std::holds_alternative<Opaque>((*commands)[i]) && !m_ddl.render((*commands)[i])) {
                    line = lines[i].line;
                    break;
                }
        }
        add(QStringLiteral("sqlite_alter_unsupported"), LintSeverity::Error, line,
            QStringLiteral("ecto_sqlite3 refuses this: %1").arg(MigrationStatements::errorText(*m_review.upError)));
    }
    for (int i = 0; i < m_review.up.size(); ++i) {
        const ReviewedStatement &s = m_review.up.at(i);
        if (!s.lock.unsupported.isEmpty())
            add(QStringLiteral("sqlite_alter_unsupported"), LintSeverity::Error, s.line,
                QStringLiteral("SQLite refuses this ALTER TABLE: %1.").arg(s.lock.unsupported), i);
        else if (s.lock.rewrite && onExistingTable(s.lock))
            add(QStringLiteral("table_rewrite"), LintSeverity::Warning, s.line,
                QStringLiteral("%1.").arg(s.lock.note), i);
        if (!s.lock.createdTable.isEmpty())
            m_created.insert(s.lock.createdTable);
    }
    const CommandList *commands = migration.up ? &*migration.up : migration.change ? &*migration.change : nullptr;
    if (!commands)
        return;
    const auto cmdLines = CommandLines(root, migration.up ? QStringLiteral("up") : QStringLiteral("change")).linesOf(*commands);
    std::vector<int> lines;
    for (const CommandLines::Line &l : cmdLines)
        lines.push_back(l.line);
    for (size_t i = 0; i < commands->size(); ++i) {
        const Command &c = (*commands)[i];
        if (std::holds_alternative<RenameIndex>(c))
            add(QStringLiteral("sqlite_alter_emulated"), LintSeverity::Warning, lines[i],
                QStringLiteral("SQLite has no ALTER INDEX: ecto_sqlite3 drops the index and builds it again."));
        const auto *create = std::get_if<CreateIndex>(&c);
        const auto *drop = std::get_if<DropIndex>(&c);
        if ((create && create->index.concurrently) || (drop && drop->index.concurrently))
            add(QStringLiteral("sqlite_alter_emulated"), LintSeverity::Info, lines[i],
                QStringLiteral("SQLite has no CONCURRENTLY: the index is built while writers wait."));
        if (const auto *alter = std::get_if<AlterTable>(&c))
            for (const ColumnChange &change : alter->changes)
                if (change.kind == ColumnChange::Kind::Add && change.type && change.type->isReference())
                    add(QStringLiteral("sqlite_alter_emulated"), LintSeverity::Info, lines[i],
                        QStringLiteral("SQLite adds the REFERENCES clause to the column but never checks existing rows."));
    }
}

void StatementChecks::reversibility(const Migration &migration, const elixir::Ast &root)
{
    if (!m_review.downError)
        return;
    int line = 0;
    if (migration.change) {
        const auto lines = CommandLines(root, QStringLiteral("change")).linesOf(*migration.change);
        line = CommandLines(root, QStringLiteral("change")).defLine();
        // The runner reverses newest first and stops at the first command it refuses.
        for (size_t i = migration.change->size(); i-- > 0;)
            if (!Reverser::reverse((*migration.change)[i])) {
                line = lines[i].line;
                break;
            }
    } else {
        line = CommandLines(root, migration.down ? QStringLiteral("down") : QStringLiteral("up")).defLine();
    }
    add(QStringLiteral("irreversible"), LintSeverity::Warning, line,
        QStringLiteral("Cannot be rolled back: %1").arg(MigrationStatements::errorText(*m_review.downError)));
}

} // namespace ectowb::migration
