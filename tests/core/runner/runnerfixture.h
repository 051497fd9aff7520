#pragma once

// Test helper for the runner and its models: the bundled blog sample's database on
// a real SQLite file or in a fresh PostgreSQL database of its own (when PGHOST is
// set: run under pg_virtualenv), and helpers that wait for runs.

#include "../db/sampledatabase.h"

#include "runner/queryrun.h"
#include "runner/statementrunner.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace runnertest {

using namespace ectowb;

// Everything one run sent, read to its end.
struct Collected
{
    runner::ResultColumns columns;
    runner::ResultRows rows;
    runner::RunOutcome outcome;
    bool finished = false;
};

// Runs `statement` and fetches every batch until the run finishes.
inline Collected collect(runner::StatementRunner &runner, const runner::Statement &statement, int timeoutMs = 30000)
{
    Collected got;
    std::unique_ptr<runner::QueryRun> run(runner.run(statement));
    QObject::connect(run.get(), &runner::QueryRun::columnsReady, [&](const runner::ResultColumns &c) { got.columns = c; });
    QObject::connect(run.get(), &runner::QueryRun::rowsFetched, [&](const runner::ResultRows &rows, bool) {
        got.rows.append(rows);
    });
    QObject::connect(run.get(), &runner::QueryRun::finished, [&](const runner::RunOutcome &o) {
        got.outcome = o;
        got.finished = true;
    });
    QDeadlineTimer deadline(timeoutMs);
    while (!got.finished && !deadline.hasExpired()) {
        if (run->canFetchMore())
            run->fetchMore(0);
        QTest::qWait(1);
    }
    return got;
}

inline runner::Statement statement(const QString &sql, std::vector<value::Term> params = {})
{
    return runner::Statement{sql, std::move(params)};
}

// The sample's database for one test function, on either server.
class SampleDatabases
{
public:
    SampleDatabases() = default;
    ~SampleDatabases() { dropAll(); }

    // The error, or empty. `settings` is set when the database is there.
    QString create(db::Dialect dialect, db::ConnectionSettings *settings)
    {
        if (dialect == db::Dialect::Sqlite) {
            if (!m_dir.isValid())
                return QStringLiteral("no temporary folder");
            db::ConnectionSettings s;
            s.dialect = db::Dialect::Sqlite;
            s.database = m_dir.filePath(QStringLiteral("blog_%1.db").arg(++m_count));
            s.createIfMissing = true;
            return migrate(s, settings);
        }
        if (!m_admin) {
            auto server = db::DatabaseUrl::parse(QString());
            if (!server)
                return server.error();
            m_server = server.value();
            auto admin = db::Connection::open(m_server);
            if (!admin)
                return admin.error();
            m_admin = admin.value();
        }
        const QString name =
            QStringLiteral("wb_run_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        const auto created = m_admin->exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
        if (!created)
            return created.error();
        m_databases << name;
        db::ConnectionSettings s = m_server;
        s.database = name;
        return migrate(s, settings);
    }

    void dropAll()
    {
        for (const QString &name : std::as_const(m_databases))
            m_admin->exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
        m_databases.clear();
    }

private:
    static QString migrate(const db::ConnectionSettings &s, db::ConnectionSettings *settings)
    {
        auto connection = db::Connection::open(s);
        if (!connection)
            return connection.error();
        const QString error = sampledb::migrateUp(*connection.value());
        if (error.isEmpty())
            *settings = s;
        return error;
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    db::ConnectionSettings m_server;
    std::shared_ptr<db::Connection> m_admin;
    QStringList m_databases;
};

// Adds the two databases as data rows; a test starts with REQUIRE_DATABASE or
// RUNNER_FOR_ROW.
inline void addBothDatabases()
{
    QTest::addColumn<db::Dialect>("dialect");
    QTest::newRow("sqlite") << db::Dialect::Sqlite;
    QTest::newRow("postgres") << db::Dialect::Postgres;
}

} // namespace runnertest

Q_DECLARE_METATYPE(ectowb::db::Dialect)

// Opens the row's database into `settings`, or skips the row when PostgreSQL is not
// there (as every PostgreSQL test of this project does).
#define REQUIRE_DATABASE(databases, dialect, settings)                                                              \
    do {                                                                                                            \
        if ((dialect) == ectowb::db::Dialect::Postgres && !sampledb::havePostgres())                                \
            QSKIP("PGHOST is not set: run under pg_virtualenv (pg_virtualenv ctest -R tst_statementrunner)");       \
        const QString setupError = (databases).create((dialect), &(settings));                                      \
        QVERIFY2(setupError.isEmpty(), qPrintable(setupError));                                                     \
    } while (false)

// A StatementRunner named `var` on a database of `dialectValue` out of `databases`
// (skipped without PostgreSQL); its `settings` stay in scope for the test.
#define RUNNER_ON(databases, dialectValue, var)                                                                     \
    ectowb::db::ConnectionSettings settings;                                                                        \
    REQUIRE_DATABASE(databases, dialectValue, settings);                                                            \
    ectowb::runner::StatementRunner var(settings)

// RUNNER_ON the database of the data row's `dialect` column, which stays in scope.
#define RUNNER_FOR_ROW(databases, var)                                                                              \
    QFETCH(ectowb::db::Dialect, dialect);                                                                           \
    RUNNER_ON(databases, dialect, var)
