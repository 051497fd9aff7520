#pragma once

#include "connectionsettings.h"
#include "common/result.h"
#include "project/repoconfig.h"

#include <QProcessEnvironment>
#include <QString>

namespace ectowb::db {

// Turns what a user or a project gives us into ConnectionSettings:
//   sqlite:PATH, sqlite:///abs/path, a plain SQLite file path,
//   ecto://user:pass@host:port/db, postgres://..., postgresql://... (percent-encoded),
//   and "" or "postgres:" for "whatever the libpq variables say".
// Parts a PostgreSQL URL leaves out come from PGHOST, PGPORT, PGUSER, PGPASSWORD and
// PGDATABASE, as libpq would fill them.
class DatabaseUrl
{
public:
    static Result<ConnectionSettings> parse(const QString &url,
                                            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    // A project's Repo: its url (already DATABASE_URL when that is set) wins over the
    // separate keys, as in Ecto; missing parts come from the keys.
    // Its ssl:, ssl_opts: and parameters: become libpq options (UrlOptions); one the
    // tool cannot honour is an error.
    static Result<ConnectionSettings> fromRepoConfig(const project::RepoConfig &config,
                                             const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

private:
    static Result<ConnectionSettings> parsePostgres(const QString &rest, const QProcessEnvironment &env);
    static Result<ConnectionSettings> parsePostgresUrl(const QString &rest);
    static Result<ConnectionSettings> parseSqlite(const QString &rest);
    static void fillFromEnvironment(ConnectionSettings &settings, const QProcessEnvironment &env);
};

} // namespace ectowb::db
