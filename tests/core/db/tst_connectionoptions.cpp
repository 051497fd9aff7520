// What a URL's options do to a live connection (issue 15): mode=ro and immutable
// refuse writes before sending them and open the file read-only; sslmode=require
// refuses a server without TLS; application_name and options reach the session; a
// read-only PostgreSQL session refuses writes the text check cannot see; a NUL in a
// text parameter is named; ~/.pgpass (PGPASSFILE) supplies a password; "A; B" runs
// both statements on SQLite.
#include "db/connection.h"
#include "db/databaseurl.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace ectowb;
using db::Connection;
using db::DatabaseUrl;

class TestConnectionOptions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static bool havePostgres() { return qEnvironmentVariableIsSet("PGHOST"); }

    QString sqliteWithRows(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const auto s = db::ConnectionSettings::sqliteFile(path, true);
        auto c = Connection::open(s);
        if (!c || !(*c)->exec(QStringLiteral("CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT)"))
            || !(*c)->exec(QStringLiteral("INSERT INTO posts (title) VALUES ('a'), ('b')")))
            return {};
        return path;
    }

    static int count(Connection &c, const QString &table)
    {
        auto rows = c.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return rows ? rows->rows.value(0).value(0).toInt() : -1;
    }

    // The pg_virtualenv server over TCP (sslmode means nothing on a Unix socket).
    static QString postgresUrl(const QString &query)
    {
        const auto env = DatabaseUrl::parse(QString());
        const auto enc = [](const QString &t) { return QString::fromLatin1(QUrl::toPercentEncoding(t)); };
        return QStringLiteral("postgres://%1:%2@127.0.0.1:%3/%4?%5")
            .arg(enc(env->username), enc(env->password))
            .arg(env->port)
            .arg(env->database, query);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sqliteReadOnlyRefusesWrites_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("mode=ro") << "mode=ro";
        QTest::newRow("immutable=1") << "immutable=1";
    }

    void sqliteReadOnlyRefusesWrites()
    {
        QFETCH(QString, query);
        const QString path = sqliteWithRows(QStringLiteral("ro_%1.db").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u'=', u'_'));
        QVERIFY(!path.isEmpty());
        auto settings = DatabaseUrl::parse(QStringLiteral("sqlite:") + path + u'?' + query);
        QVERIFY2(settings, qPrintable(settings.error()));
        auto c = Connection::open(*settings);
        QVERIFY2(c, qPrintable(c.error()));
        QCOMPARE(count(**c, QStringLiteral("posts")), 2);
        for (const QString &sql : {QStringLiteral("DELETE FROM posts"), QStringLiteral("DROP TABLE posts"),
                                   QStringLiteral("UPDATE posts SET title = 'x'"), QStringLiteral("SELECT 1; DELETE FROM posts")}) {
            const auto refused = (*c)->exec(sql);
            QVERIFY2(!refused, qPrintable(sql));
            QVERIFY2(refused.error().contains(QLatin1String("read-only (") + query + u')'), qPrintable(refused.error()));
        }
        // Past the text check, SQLite itself refuses: the file is opened read-only.
        QSqlQuery raw((*c)->database());
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM posts")));
        QCOMPARE(count(**c, QStringLiteral("posts")), 2);
    }

    void sqliteModes()
    {
        const QString missing = m_dir.filePath(QStringLiteral("made_by_rwc.db"));
        QVERIFY(!Connection::open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + missing + QStringLiteral("?mode=rw"))));
        QVERIFY(!QFile::exists(missing));
        auto made = Connection::open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + missing + QStringLiteral("?mode=rwc")));
        QVERIFY2(made, qPrintable(made.error()));
        QVERIFY((*made)->exec(QStringLiteral("CREATE TABLE t (x)")));
        QVERIFY(QFile::exists(missing));
        auto memory = Connection::open(*DatabaseUrl::parse(QStringLiteral("sqlite:?mode=memory")));
        QVERIFY2(memory, qPrintable(memory.error()));
        QVERIFY((*memory)->exec(QStringLiteral("CREATE TABLE t (x)")));
    }

    void sqliteRunsEveryStatement()
    {
        auto c = Connection::open(*DatabaseUrl::parse(QStringLiteral("sqlite::memory:")));
        QVERIFY2(c, qPrintable(c.error()));
        const auto done = (*c)->exec(QStringLiteral(
            "CREATE TABLE a (x INTEGER); CREATE TABLE log (x INTEGER);\n"
            "CREATE TRIGGER a_log AFTER INSERT ON a BEGIN INSERT INTO log VALUES (new.x); INSERT INTO log VALUES (-new.x); END;\n"
            "INSERT INTO a VALUES (1); INSERT INTO a VALUES ('it''s; fine')"));
        QVERIFY2(done, qPrintable(done.error()));
        QCOMPARE(count(**c, QStringLiteral("a")), 2);
        QCOMPARE(count(**c, QStringLiteral("log")), 4);
        const auto bad = (*c)->exec(QStringLiteral("INSERT INTO a VALUES (3); INSERT INTO nowhere VALUES (4)"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(QLatin1String("nowhere")), qPrintable(bad.error()));
        QVERIFY2(!bad.error().contains(QLatin1String("not an error")), qPrintable(bad.error()));
    }

    void postgresSslRequireRefusesPlaintext_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("connects");
        QTest::newRow("sslmode=require") << "sslmode=require" << false;
        QTest::newRow("sslmode=verify-ca") << "sslmode=verify-ca" << false;
        QTest::newRow("sslmode=verify-full") << "sslmode=verify-full" << false;
        QTest::newRow("ecto ssl=true") << "ssl=true" << false;
        QTest::newRow("sslmode=prefer") << "sslmode=prefer" << true;
        QTest::newRow("sslmode=disable") << "sslmode=disable" << true;
    }

    void postgresSslRequireRefusesPlaintext()
    {
        if (!havePostgres())
            QSKIP("PGHOST is not set: run under pg_virtualenv -t");
        QFETCH(QString, query);
        QFETCH(bool, connects);
        auto settings = DatabaseUrl::parse(postgresUrl(query));
        QVERIFY2(settings, qPrintable(settings.error()));
        // The throwaway server has no TLS.
        auto c = Connection::open(*settings);
        QCOMPARE(c.isOk(), connects);
        if (!connects)
            QVERIFY2(c.error().contains(QLatin1String("SSL")), qPrintable(c.error()));
    }

    void postgresSessionOptions()
    {
        if (!havePostgres())
            QSKIP("PGHOST is not set: run under pg_virtualenv -t");
        auto settings = DatabaseUrl::parse(postgresUrl(QStringLiteral(
            "application_name=wb%20test's&options=-c%20search_path%3Dwb_nowhere&connect_timeout=3")));
        QVERIFY2(settings, qPrintable(settings.error()));
        auto c = Connection::open(*settings);
        QVERIFY2(c, qPrintable(c.error()));
        auto rows = (*c)->exec(QStringLiteral("SELECT current_setting('application_name'), current_setting('search_path')"));
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(rows->rows.value(0).value(0).toString(), QStringLiteral("wb test's"));
        QCOMPARE(rows->rows.value(0).value(1).toString(), QStringLiteral("wb_nowhere"));
    }

    void postgresReadOnly()
    {
        if (!havePostgres())
            QSKIP("PGHOST is not set: run under pg_virtualenv -t");
        auto settings = DatabaseUrl::parse(QString());
        settings.value().readOnly = true;
        auto c = Connection::open(*settings);
        QVERIFY2(c, qPrintable(c.error()));
        const auto refused = (*c)->exec(QStringLiteral("CREATE TEMP TABLE ro_t (x int)"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("read-only")), qPrintable(refused.error()));
        QVERIFY((*c)->exec(QStringLiteral("SELECT 1")));
        // Past the text check, the server refuses: the session is read-only.
        QSqlQuery raw((*c)->database());
        QVERIFY(!raw.exec(QStringLiteral("CREATE TABLE ro_t (x int)")));
        QVERIFY2(raw.lastError().text().contains(QLatin1String("read-only")), qPrintable(raw.lastError().text()));
    }

    void postgresNulParameterIsNamed()
    {
        if (!havePostgres())
            QSKIP("PGHOST is not set: run under pg_virtualenv -t");
        auto c = Connection::open(*DatabaseUrl::parse(QString()));
        QVERIFY2(c, qPrintable(c.error()));
        const auto bad = (*c)->exec(QStringLiteral("SELECT ?::text, ?::text"), {QStringLiteral("ok"), QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))});
        QVERIFY(!bad);
        QVERIFY2(bad.error().startsWith(QLatin1String("parameter $2 contains a NUL character")), qPrintable(bad.error()));
    }

    void postgresPasswordFromPgpass()
    {
        if (!havePostgres())
            QSKIP("PGHOST is not set: run under pg_virtualenv -t");
        const QByteArray password = qgetenv("PGPASSWORD");
        QVERIFY(!password.isEmpty());
        QFile pgpass(m_dir.filePath(QStringLiteral("pgpass")));
        QVERIFY(pgpass.open(QIODevice::WriteOnly));
        pgpass.write("*:*:*:*:" + password + '\n');
        pgpass.close();
        pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", QFile::encodeName(pgpass.fileName()));
        auto settings = DatabaseUrl::parse(QString());
        const auto opened = settings ? Connection::open(*settings) : Result<std::shared_ptr<Connection>>(settings.failure());
        qputenv("PGPASSWORD", password);
        qunsetenv("PGPASSFILE");
        QVERIFY(settings->password.isEmpty());
        QVERIFY2(opened, qPrintable(opened.error()));
    }
};

QTEST_GUILESS_MAIN(TestConnectionOptions)
#include "tst_connectionoptions.moc"
