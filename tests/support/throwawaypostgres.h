#pragma once

// PostgreSQL databases of a test's own on the server pg_virtualenv started (PGHOST,
// PGPORT, PGUSER, PGPASSWORD in the environment): each test makes fresh databases
// and drops them again, so no two tests, or runs, see each other's rows.
#include "common/result.h"
#include "db/connection.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace ectowb::testsupport {

class ThrowawayPostgres
{
public:
    ThrowawayPostgres() = default;
    ThrowawayPostgres(const ThrowawayPostgres &) = delete;
    ThrowawayPostgres &operator=(const ThrowawayPostgres &) = delete;
    ~ThrowawayPostgres() { dropAll(); }

    // Whether the environment names a server at all (not: whether it answers).
    static bool configured();

    // The server the PG* variables name, as libpq reads them (an empty URL).
    static Result<db::ConnectionSettings> serverFromEnvironment();

    // Opens the admin connection that creates and drops the databases, on the server
    // the environment names; fails the running test (initTestCase) when it cannot.
    void connectFromEnvironment();
    bool isConnected() const { return m_admin != nullptr; }

    // The settings of a new, empty database "<prefix>_<random hex>". When it cannot be
    // created, `error` (if given) says why and a warning is logged; the settings still
    // name the database that is not there, so the test fails at its first connection
    // instead of running in a database another test shares.
    db::ConnectionSettings createDatabase(const QString &prefix, QString *error = nullptr);

    // Drops every database created so far, with its open connections (cleanup()).
    void dropAll();

    const db::ConnectionSettings &server() const { return m_server; }
    const std::shared_ptr<db::Connection> &admin() const { return m_admin; }

    // postgres://user:password@host:port/database, for the command line tools.
    static QString urlOf(const db::ConnectionSettings &settings);

private:
    db::ConnectionSettings m_server;
    std::shared_ptr<db::Connection> m_admin;
    QStringList m_databases;
};

} // namespace ectowb::testsupport
