#pragma once

#include "db/connectionsettings.h"

#include <QString>
#include <QStringList>

namespace ectowb::migration {

// What one rendered statement does to the tables it names while it runs.
struct StatementLock
{
    // PostgreSQL's lock mode on the altered table ("ACCESS EXCLUSIVE", "SHARE", ...),
    // "database write lock" for SQLite, empty when it locks no existing table (a new
    // table, a SET), "unknown" when the statement is not recognised.
    QString mode;
    QStringList tables;     // the tables locked in `mode`
    QStringList referenced; // tables a new foreign key locks SHARE ROW EXCLUSIVE
    QString createdTable;   // CREATE TABLE's table
    bool rewrite = false;   // every row is written again (a new copy of the table)
    bool scan = false;      // every row is read under the lock (validation, index build)
    bool concurrently = false;
    bool notValid = false;  // adds a constraint NOT VALID
    bool validates = false; // VALIDATE CONSTRAINT
    bool setsLockTimeout = false;
    bool volatileDefault = false; // a new column whose default is computed per row
    QString unsupported;          // why SQLite refuses this ALTER TABLE, if it does
    QString note;                 // a short reason for the mode/rewrite, for people

    bool blocksReads() const { return mode == QLatin1String("ACCESS EXCLUSIVE"); }
    // A short label for the SQL pane and the plan: "ACCESS EXCLUSIVE, rewrite".
    QString label() const;
    // The label with the tables it is on: "SHARE ROW EXCLUSIVE on users", or "none
    // (new table)".
    QString describe() const;
};

// Reads a statement as sent by the Ecto adapters (or written in execute/1) and tells
// the lock it takes, following PostgreSQL 15's documentation of ALTER TABLE,
// CREATE/DROP INDEX, ALTER INDEX, COMMENT and the DML statements, or SQLite's ALTER
// TABLE rules. A heuristic on the statement's text: it never touches a database.
class LockAnalyzer
{
public:
    static StatementLock analyze(const QString &sql, db::Dialect dialect);
    // PostgreSQL's ordering of table lock modes, 0 for none or unknown.
    static int strength(const QString &mode);

private:
    static StatementLock postgres(const QString &sql);
    static StatementLock sqlite(const QString &sql);
    static void alterTablePostgres(const QString &actions, StatementLock &lock);
    static void alterActionPostgres(const QString &action, StatementLock &lock);
};

} // namespace ectowb::migration
