#pragma once

#include "connectionsettings.h"
#include "common/result.h"

#include <QString>

#include <optional>

namespace ectowb::db {

// The options after `?` in a database URL, and the Repo's ssl:/parameters: config,
// applied to ConnectionSettings. Every option is either honoured or refused with an
// error that names it: none is dropped, since a dropped sslmode=require would
// connect in plaintext and a dropped mode=ro would let writes through.
//
// PostgreSQL (libpq's meaning): sslmode (disable, allow, prefer, require, verify-ca,
// verify-full), sslrootcert, sslcert, sslkey, sslcrl, connect_timeout,
// application_name, options; Ecto's ssl=true|false (require / disable). Ecto's pool
// settings (pool_size, queue_target, queue_interval, idle_interval, timeout) are
// accepted and have nothing to do on the tool's single connections.
// SQLite (SQLite's URI parameters): mode=ro|rw|rwc|memory, cache=shared|private,
// immutable=0|1.
class UrlOptions
{
public:
    // One option of the URL, decoded, for the settings' dialect.
    static std::optional<Error> apply(ConnectionSettings &settings, const QString &key, const QString &value);
    static std::optional<Error> applyPostgres(ConnectionSettings &settings, const QString &key, const QString &value);
    static std::optional<Error> applySqlite(ConnectionSettings &settings, const QString &key, const QString &value);

    // Ecto's `ssl: true`, and ssl_opts / an ssl keyword list as key/value pairs
    // (verify: "verify_peer", cacertfile, certfile, keyfile, server_name_indication).
    static std::optional<Error> applyEctoSsl(ConnectionSettings &settings, const QString &ssl,
                                             const QList<QPair<QString, QString>> &sslOptions);
    // Ecto's `parameters: [application_name: "x", search_path: "y"]`: run-time
    // parameters of the session, sent as libpq's application_name and options.
    static std::optional<Error> applyParameters(ConnectionSettings &settings, const QList<QPair<QString, QString>> &parameters);

    // The libpq conninfo fragment for the options, each value quoted as libpq reads it.
    static QString conninfo(const ConnectionSettings &settings);
};

} // namespace ectowb::db
