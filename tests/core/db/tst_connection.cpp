#include "db/connection.h"
#include "db/databaseurl.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using ectowb::db::Connection;
using ectowb::db::ConnectionSettings;
using ectowb::db::DatabaseUrl;
using ectowb::db::Dialect;

class TestConnection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ConnectionSettings sqlite(const QString &name, bool create)
    {
        return ConnectionSettings::sqliteFile(m_dir.filePath(name), create);
    }

    static bool havePostgres() { return qEnvironmentVariableIsSet("PGHOST"); }

    // A PostgreSQL nobody can log in to at host:port, given 2 s to answer.
    static ConnectionSettings nobodyAt(const QString &host, int port)
    {
        ConnectionSettings s;
        s.dialect = Dialect::Postgres;
        s.hostname = host;
        s.port = port;
        s.username = QStringLiteral("nobody");
        s.database = QStringLiteral("nothing");
        s.connectTimeoutSeconds = 2;
        return s;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sqliteMissingFileIsAnError()
    {
        const auto settings = sqlite(QStringLiteral("missing.db"), false);
        const auto result = Connection::open(settings);
        QVERIFY(!result.isOk());
        QCOMPARE(result.error(), QStringLiteral("SQLite database file not found: ") + settings.database);
        QVERIFY2(!QFileInfo::exists(settings.database), "opening must not create the file");
    }

    void sqliteMissingFolderIsAnError()
    {
        const auto result = Connection::open(sqlite(QStringLiteral("no/such/dir/x.db"), true));
        QVERIFY(!result.isOk());
        QVERIFY2(result.error().contains(QLatin1String("folder not found")), qPrintable(result.error()));
    }

    void sqliteNotADatabase()
    {
        const auto settings = sqlite(QStringLiteral("text.db"), false);
        QFile file(settings.database);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(200, 'x'));
        file.close();
        const auto result = Connection::open(settings);
        QVERIFY(!result.isOk());
        QCOMPARE(result.error(), QStringLiteral("could not open SQLite database %1: file is not a database").arg(settings.database));
    }

    void sqliteCreateExecAndBind()
    {
        const auto settings = sqlite(QStringLiteral("create.db"), true);
        auto opened = Connection::open(settings);
        QVERIFY2(opened.isOk(), qPrintable(opened.error()));
        auto conn = opened.value();
        QVERIFY(QFileInfo::exists(settings.database));
        QCOMPARE(conn->dialect(), Dialect::Sqlite);
        QVERIFY(conn->exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")).isOk());
        // A value with quotes goes in as a bound parameter, never as SQL text.
        const QString hostile = QStringLiteral("O'Brien'); DROP TABLE t; --");
        auto insert = conn->exec(QStringLiteral("INSERT INTO t (name) VALUES (?)"), {hostile});
        QVERIFY2(insert.isOk(), qPrintable(insert.error()));
        QCOMPARE(insert->rowsAffected, 1);
        auto rows = conn->exec(QStringLiteral("SELECT id, name FROM t WHERE name = ?"), {hostile});
        QVERIFY(rows.isOk());
        QCOMPARE(rows->columns, (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
        QCOMPARE(rows->rows.size(), 1);
        QCOMPARE(rows->rows[0][1].toString(), hostile);
    }

    void sqliteForeignKeysAreOn()
    {
        auto opened = Connection::open(sqlite(QStringLiteral("fk.db"), true));
        QVERIFY(opened.isOk());
        auto conn = opened.value();
        auto pragma = conn->exec(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(pragma.isOk());
        QCOMPARE(pragma->rows.value(0).value(0).toInt(), 1);
        QVERIFY(conn->exec(QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY)")).isOk());
        QVERIFY(conn->exec(QStringLiteral("CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p(id))")).isOk());
        const auto bad = conn->exec(QStringLiteral("INSERT INTO c (p_id) VALUES (?)"), {42});
        QVERIFY(!bad.isOk());
        QVERIFY2(bad.error().contains(QLatin1String("FOREIGN KEY")), qPrintable(bad.error()));
    }

    void sqlErrorsCarryTheSql()
    {
        auto opened = Connection::open(sqlite(QStringLiteral("err.db"), true));
        QVERIFY(opened.isOk());
        const QString sql = QStringLiteral("SELECT * FROM no_such_table");
        const auto result = opened.value()->exec(sql);
        QVERIFY(!result.isOk());
        QVERIFY2(result.error().contains(QLatin1String("no such table")), qPrintable(result.error()));
        QVERIFY2(result.error().contains(sql), qPrintable(result.error()));
    }

    void transactionsRollBack()
    {
        auto opened = Connection::open(sqlite(QStringLiteral("tx.db"), true));
        QVERIFY(opened.isOk());
        auto conn = opened.value();
        QVERIFY(conn->exec(QStringLiteral("CREATE TABLE t (x INTEGER)")).isOk());
        QVERIFY(conn->begin().isOk());
        QVERIFY(conn->exec(QStringLiteral("INSERT INTO t VALUES (?)"), {1}).isOk());
        QVERIFY(conn->rollback().isOk());
        QVERIFY(conn->begin().isOk());
        QVERIFY(conn->exec(QStringLiteral("INSERT INTO t VALUES (?)"), {2}).isOk());
        QVERIFY(conn->commit().isOk());
        const auto rows = conn->exec(QStringLiteral("SELECT x FROM t"));
        QVERIFY(rows.isOk());
        QCOMPARE(rows->rows.size(), 1);
        QCOMPARE(rows->rows[0][0].toInt(), 2);
    }

    void connectionNamesAreRemoved()
    {
        const QStringList before = QSqlDatabase::connectionNames();
        {
            auto a = Connection::open(sqlite(QStringLiteral("names.db"), true));
            auto b = Connection::open(sqlite(QStringLiteral("names.db"), true));
            QVERIFY(a.isOk() && b.isOk());
            QVERIFY(a.value()->database().connectionName() != b.value()->database().connectionName());
            QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
        }
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }

    void postgresOpensAndBinds()
    {
        if (!havePostgres())
            QSKIP("PGHOST is not set: run under pg_virtualenv (pg_virtualenv ctest -R tst_connection)");
        auto settings = DatabaseUrl::parse(QString());
        QVERIFY2(settings.isOk(), qPrintable(settings.error()));
        auto opened = Connection::open(settings.value());
        QVERIFY2(opened.isOk(), qPrintable(opened.error()));
        const auto rows = opened.value()->exec(QStringLiteral("SELECT $1::text || 'x', $2::int + 1"),
                                               {QStringLiteral("a'b"), 41});
        QVERIFY2(rows.isOk(), qPrintable(rows.error()));
        QCOMPARE(rows->rows.value(0).value(0).toString(), QStringLiteral("a'bx"));
        QCOMPARE(rows->rows.value(0).value(1).toInt(), 42);
        // DDL cannot go through PostgreSQL's PREPARE; it must still work.
        const auto ddl = opened.value()->exec(QStringLiteral("CREATE TEMP TABLE h5_tmp (x integer)"));
        QVERIFY2(ddl.isOk(), qPrintable(ddl.error()));
        const auto insert = opened.value()->exec(QStringLiteral("INSERT INTO h5_tmp VALUES ($1), ($2)"), {1, 2});
        QVERIFY2(insert.isOk(), qPrintable(insert.error()));
        QCOMPARE(insert->rowsAffected, 2);
        const auto bad = opened.value()->exec(QStringLiteral("SELECT * FROM no_such_table_h5"));
        QVERIFY(!bad.isOk());
        QVERIFY2(bad.error().contains(QLatin1String("no_such_table_h5")), qPrintable(bad.error()));
    }

    void postgresWrongPassword()
    {
        if (!havePostgres())
            QSKIP("PGHOST is not set: run under pg_virtualenv (pg_virtualenv ctest -R tst_connection)");
        auto settings = DatabaseUrl::parse(QString());
        QVERIFY(settings.isOk());
        ConnectionSettings wrong = settings.value();
        wrong.password = QStringLiteral("definitely-not-the-password");
        const auto result = Connection::open(wrong);
        QVERIFY(!result.isOk());
        const QString expectedStart = QStringLiteral("could not connect to PostgreSQL at %1:%2 as %3: ")
                                          .arg(wrong.hostname).arg(wrong.port).arg(wrong.username);
        QVERIFY2(result.error().startsWith(expectedStart), qPrintable(result.error()));
        QVERIFY2(result.error().contains(QLatin1String("password")), qPrintable(result.error()));
        QVERIFY2(!result.error().contains(wrong.password), "the password must never be printed");
    }

    void postgresUnreachableFailsFast()
    {
        // A closed port on loopback refuses at once; the timeout bounds the slow cases.
        QElapsedTimer timer;
        timer.start();
        const auto result = Connection::open(nobodyAt(QStringLiteral("127.0.0.1"), 1));
        QVERIFY(!result.isOk());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(result.error().startsWith(QLatin1String("could not connect to PostgreSQL at 127.0.0.1:1 as nobody: ")),
                 qPrintable(result.error()));
    }

    void postgresBlackholeHonoursTimeout()
    {
        // 10.255.255.1 is normally unrouted: packets vanish, so only connect_timeout ends it.
        QElapsedTimer timer;
        timer.start();
        const auto result = Connection::open(nobodyAt(QStringLiteral("10.255.255.1"), 5432));
        QVERIFY(!result.isOk());
        QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
