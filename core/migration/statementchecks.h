#pragma once

#include "commandlines.h"
#include "ddlrenderer.h"
#include "migration.h"
#include "migrationreview.h"

#include "elixir/ast.h"

#include <QSet>

namespace ectowb::migration {

// The reviewer's own checks, on the statements the chosen adapter renders (what
// MigrationPlanner sends) rather than on the Elixir code: the lock each statement
// takes, table rewrites and scans, NOT VALID constraints and their VALIDATE,
// ACCESS EXCLUSIVE without a lock_timeout, CONCURRENTLY inside a transaction, the
// ALTER TABLE forms SQLite refuses or ecto_sqlite3 emulates, and whether Ecto's
// runner can roll the migration back.
class StatementChecks
{
public:
    static void run(const Migration &migration, const elixir::Ast &root, const DdlRenderer &ddl, MigrationReview &review);

private:
    StatementChecks(MigrationReview &review, const DdlRenderer &ddl) : m_review(review), m_ddl(ddl) {}

    QList<ReviewedStatement> render(const CommandList &commands, const std::vector<CommandLines::Line> &lines,
                                    std::optional<Error> &error, bool reportOpaque);
    void plan(const Migration &migration, const elixir::Ast &root);
    void reversibility(const Migration &migration, const elixir::Ast &root);
    void postgresChecks();
    void sqliteChecks(const Migration &migration, const elixir::Ast &root);
    bool onExistingTable(const StatementLock &lock) const;
    void add(const QString &check, LintSeverity severity, int line, const QString &message, int statement = -1);

    MigrationReview &m_review;
    const DdlRenderer &m_ddl;
    QSet<QString> m_created;
};

} // namespace ectowb::migration
