#pragma once

#include "ddlrenderer.h"
#include "migration.h"
#include "result.h"

#include <QStringList>
#include <QVariantList>

#include <optional>

namespace ectowb::migration {

// The statements one direction of a migration sends, in order, and the error that
// stops it (Ecto's or the adapter's), as `mix ecto.migrate` / `ecto.rollback` would.
// Where a statement comes from. A migration that reads rows (repo().all/one, a
// SELECT through query!) goes on with what it read, which offline is an empty
// database: the statements after the read may differ at run time, or be missing
// when the code loops over the rows. They are flagged, not silently trusted.
enum class StatementOrigin : quint8 {
    Ddl,       // a migration command (create, alter, execute with SQL text...)
    Data,      // a Repo call whose values the migration itself gives
    Reads,     // a Repo call that reads rows
    AfterRead, // sent after a read: may depend on the data read at run time
};

struct MigrationStatements
{
    QStringList statements; // sent before the error, if any
    std::optional<Error> error;
    // The values bound to statements[i] (Repo calls of the migration's code); a
    // missing or empty entry: none.
    QList<QVariantList> params;
    QList<StatementOrigin> origins; // of statements[i]

    // "ddl", "data", "reads", "after_read" (the CLI's JSON).
    static QString originName(StatementOrigin origin);
    // The error as the timeline and `ectowb migrations` print it: where it happened
    // ("FILE:LINE:COLUMN: " when it names a file, else "line N: "), then the words.
    static QString errorText(const Error &error);
    static QString errorText(const std::optional<Error> &error) { return error ? errorText(*error) : QString(); }
    // Statements whose SQL or presence depends on data read at run time.
    bool dependsOnData() const;
};

// Follows Ecto.Migration.Runner: up runs up/0 or change/0 forwards; down runs down/0
// forwards, or reverses change/0 newest first, sending the reversible commands
// until it reaches one Ecto refuses. flush() in change/0 makes rollback fail at once.
class MigrationPlanner
{
public:
    static MigrationStatements up(const Migration &migration, const DdlRenderer &ddl);
    static MigrationStatements down(const Migration &migration, const DdlRenderer &ddl);

private:
    static MigrationStatements forwards(const CommandList &commands, const DdlRenderer &ddl);
    // Renders one command and appends its statements (and their values) to `out`.
    static bool append(MigrationStatements &out, const Command &command, const DdlRenderer &ddl);
};

} // namespace ectowb::migration
