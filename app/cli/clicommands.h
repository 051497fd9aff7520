#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace ectowb::cli {

// One subcommand of ectowb. `run` gets the arguments after the command name and
// returns the exit status (0 on success, non-zero on any error).
struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &)> run;
};

// All subcommands, in the order `--help` lists them.
const std::vector<Command> &commands();

// Subcommand entry points, one file each.
int runAst(const QStringList &args);
// `ast --check FILE...` straight from argv: see main().
int runAstCheck(const char *const *files, int count);
int runSchemas(const QStringList &args);
int runIntrospect(const QStringList &args);
int runMigrations(const QStringList &args);
int runMigrationReview(const QStringList &args); // migrations lint | plan
int runChangeset(const QStringList &args);
int runQuery(const QStringList &args);

} // namespace ectowb::cli
