#pragma once

#include "common/result.h"
#include "db/connectionsettings.h"
#include "project/project.h"

#include <QCommandLineParser>

namespace ectowb::cli {

// How every command that opens a database reads its connection options:
//   --db URL            a URL; absent or empty: the project's Repo configuration
//                       (project::ProjectDatabase), or the PG* variables without a project;
//   --read-only         refuse every write (as ?mode=ro does for SQLite);
//   -W, --password      ask for the PostgreSQL password on the terminal, so it need not
//                       be on the command line (PGPASSWORD and ~/.pgpass work as in libpq).
void addConnectionOptions(QCommandLineParser &parser);
Result<db::ConnectionSettings> connectionSettings(const QCommandLineParser &parser, const project::Project *project);

} // namespace ectowb::cli
