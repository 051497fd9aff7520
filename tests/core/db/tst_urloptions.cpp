// The options of a database URL and of a Repo's config are honoured or refused, never
// dropped (issue 15): what each becomes, the errors that name an unsupported one, and
// which statements the read-only check calls writes.
#include "value/termjson.h"
#include "db/databaseurl.h"
#include "db/urloptions.h"
#include "db/writecheck.h"

#include <QTest>

using namespace ectowb;
using db::DatabaseUrl;

class TestUrlOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void honoured_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");   // libpq option or SQLite parameter
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("readOnly");

        for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
            QTest::addRow("sslmode=%s", mode) << QStringLiteral("postgres://u@h/d?sslmode=") + QLatin1String(mode)
                                              << "sslmode" << QString::fromLatin1(mode) << false;
        QTest::newRow("ecto ssl=true") << "ecto://u:p@h/d?ssl=true" << "sslmode" << "require" << false;
        QTest::newRow("ecto ssl=false") << "ecto://u:p@h/d?ssl=false" << "sslmode" << "disable" << false;
        QTest::newRow("application_name") << "postgres://h/d?application_name=my%20app" << "application_name" << "my app" << false;
        QTest::newRow("options") << "postgres://h/d?options=-c%20search_path%3Dblog" << "options" << "-c search_path=blog" << false;
        QTest::newRow("sslrootcert") << "postgres://h/d?sslmode=verify-ca&sslrootcert=/etc/ca.pem" << "sslrootcert" << "/etc/ca.pem" << false;
        QTest::newRow("pool_size is Ecto's") << "ecto://h/d?pool_size=10&ssl=true" << "sslmode" << "require" << false;
        QTest::newRow("sqlite mode=ro") << "sqlite:/tmp/x.db?mode=ro" << "mode" << "ro" << true;
        QTest::newRow("sqlite mode=rw") << "sqlite:/tmp/x.db?mode=rw" << "mode" << "rw" << false;
        QTest::newRow("sqlite mode=rwc") << "sqlite:/tmp/x.db?mode=rwc" << "mode" << "rwc" << false;
        QTest::newRow("sqlite mode=memory") << "sqlite:shared?mode=memory&cache=shared" << "cache" << "shared" << false;
        QTest::newRow("sqlite immutable=1") << "sqlite:///tmp/x.db?immutable=1" << "immutable" << "1" << true;
        QTest::newRow("sqlite immutable=0") << "sqlite:///tmp/x.db?immutable=0" << "immutable" << "0" << false;
    }

    void honoured()
    {
        QFETCH(QString, url);
        QFETCH(QString, key);
        const auto settings = DatabaseUrl::parse(url, QProcessEnvironment());
        QVERIFY2(settings, qPrintable(settings.error()));
        const QString value = settings->dialect == db::Dialect::Postgres ? settings->libpqOption(key) : settings->sqliteParameter(key);
        QTEST(value, "value");
        QTEST(settings->readOnly, "readOnly");
    }

    void connectTimeout()
    {
        const auto settings = DatabaseUrl::parse(QStringLiteral("postgres://h/d?connect_timeout=17"), QProcessEnvironment());
        QVERIFY2(settings, qPrintable(settings.error()));
        QCOMPARE(settings->connectTimeoutSeconds, 17);
        QVERIFY(settings->libpqOptions.isEmpty());
    }

    void sqliteCreateFlags()
    {
        QVERIFY(DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/x.db?mode=rwc"))->createIfMissing);
        QVERIFY(!DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/x.db?mode=rw"))->createIfMissing);
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/x.db?mode=ro"))->database, QStringLiteral("/tmp/x.db"));
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/x.db?mode=ro"))->redacted(), QStringLiteral("sqlite:/tmp/x.db?mode=ro"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("named"); // what the error must name

        QTest::newRow("unknown postgres option") << "postgres://h/d?sslmdoe=require" << "\"sslmdoe\"";
        QTest::newRow("bad sslmode") << "postgres://h/d?sslmode=required" << "required";
        QTest::newRow("bad ssl") << "ecto://h/d?ssl=yes" << "ssl";
        QTest::newRow("ssl=true against sslmode=disable") << "ecto://h/d?sslmode=disable&ssl=true" << "sslmode";
        QTest::newRow("ssl_opts cannot be a URL option") << "ecto://h/d?ssl_opts=x" << "\"ssl_opts\"";
        QTest::newRow("bad connect_timeout") << "postgres://h/d?connect_timeout=soon" << "connect_timeout";
        QTest::newRow("semicolon the driver would mangle") << "postgres://h/d?application_name=a%3Bb" << "application_name";
        QTest::newRow("bad percent-encoding") << "postgres://h/d?options=%zz" << "options";
        QTest::newRow("unknown sqlite option") << "sqlite:/tmp/x.db?journal_mode=wal" << "\"journal_mode\"";
        QTest::newRow("bad sqlite mode") << "sqlite:/tmp/x.db?mode=readonly" << "mode";
        QTest::newRow("bad cache") << "sqlite:/tmp/x.db?cache=big" << "cache";
        QTest::newRow("bad immutable") << "sqlite:/tmp/x.db?immutable=maybe" << "immutable";
    }

    void refused()
    {
        QFETCH(QString, url);
        QFETCH(QString, named);
        const auto settings = DatabaseUrl::parse(url, QProcessEnvironment());
        QVERIFY(!settings);
        QVERIFY2(settings.error().contains(named), qPrintable(settings.error()));
    }

    void repoSslAndParameters_data()
    {
        QTest::addColumn<QString>("ssl");
        QTest::addColumn<QStringList>("sslOptions"); // key=value
        QTest::addColumn<QStringList>("parameters"); // key=value
        QTest::addColumn<QString>("sslmode");
        QTest::addColumn<QString>("rootcert");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("application");
        QTest::addColumn<QString>("error");

        QTest::newRow("ssl: true") << "true" << QStringList{} << QStringList{} << "require" << "" << "" << "" << "";
        QTest::newRow("ssl: false") << "false" << QStringList{} << QStringList{} << "disable" << "" << "" << "" << "";
        QTest::newRow("verify_peer with a CA") << "true" << QStringList{QStringLiteral("verify=verify_peer"), QStringLiteral("cacertfile=/ca.pem")} << QStringList{}
                                               << "verify-full" << "/ca.pem" << "" << "" << "";
        QTest::newRow("verify_none") << "true" << QStringList{QStringLiteral("verify=verify_none")} << QStringList{} << "require" << "" << "" << "" << "";
        QTest::newRow("parameters") << "" << QStringList{} << QStringList{QStringLiteral("application_name=blog"), QStringLiteral("search_path=blog public")}
                                    << "" << "" << "-c search_path=blog\\ public" << "blog" << "";
        QTest::newRow("an ssl option without libpq equivalent") << "true" << QStringList{QStringLiteral("versions=tlsv1.3")} << QStringList{}
                                                                 << "" << "" << "" << "" << "versions";
        QTest::newRow("a parameter that is no setting name") << "" << QStringList{} << QStringList{QStringLiteral("a b=c")}
                                                              << "" << "" << "" << "" << "a b";
    }

    void repoSslAndParameters()
    {
        QFETCH(QString, ssl);
        QFETCH(QStringList, sslOptions);
        QFETCH(QStringList, parameters);
        QFETCH(QString, error);
        project::RepoConfig config;
        config.adapter = QStringLiteral("Ecto.Adapters.Postgres");
        config.database = QStringLiteral("blog");
        config.ssl = ssl;
        for (const QString &pair : sslOptions)
            config.sslOptions.append({pair.section(u'=', 0, 0), pair.section(u'=', 1)});
        for (const QString &pair : parameters)
            config.parameters.append({pair.section(u'=', 0, 0), pair.section(u'=', 1)});
        const auto settings = DatabaseUrl::fromRepoConfig(config, QProcessEnvironment());
        if (!error.isEmpty()) {
            QVERIFY(!settings);
            QVERIFY2(settings.error().contains(error), qPrintable(settings.error()));
            return;
        }
        QVERIFY2(settings, qPrintable(settings.error()));
        QTEST(settings->libpqOption(QStringLiteral("sslmode")), "sslmode");
        QTEST(settings->libpqOption(QStringLiteral("sslrootcert")), "rootcert");
        QTEST(settings->libpqOption(QStringLiteral("options")), "options");
        QTEST(settings->libpqOption(QStringLiteral("application_name")), "application");
    }

    void conninfoQuotes()
    {
        db::ConnectionSettings s;
        s.dialect = db::Dialect::Postgres;
        s.setLibpqOption(QStringLiteral("application_name"), QStringLiteral("it's a\\b"));
        QCOMPARE(db::UrlOptions::conninfo(s), QStringLiteral("application_name='it\\'s a\\\\b'"));
    }

    void writes_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("writes");

        QTest::newRow("select") << "SELECT * FROM posts WHERE id = $1" << false;
        QTest::newRow("select for update") << "SELECT * FROM posts FOR UPDATE" << false;
        QTest::newRow("select for no key update") << "select 1 from p for no key update" << false;
        QTest::newRow("values") << "VALUES (1)" << false;
        QTest::newRow("explain") << "EXPLAIN DELETE FROM posts" << false;
        QTest::newRow("explain analyze") << "EXPLAIN ANALYZE DELETE FROM posts" << true;
        QTest::newRow("pragma query") << "PRAGMA table_info(posts)" << false;
        QTest::newRow("pragma set") << "PRAGMA user_version = 3" << true;
        QTest::newRow("begin") << "BEGIN" << false;
        QTest::newRow("begin immediate") << "BEGIN IMMEDIATE" << true;
        QTest::newRow("comment first") << "-- x\nDELETE FROM posts" << true;
        QTest::newRow("insert") << "INSERT INTO posts (title) VALUES ('x')" << true;
        QTest::newRow("update") << "update posts set title = 'x'" << true;
        QTest::newRow("delete") << "DELETE FROM \"posts\" AS p0" << true;
        QTest::newRow("with delete") << "WITH d AS (DELETE FROM posts RETURNING id) SELECT * FROM d" << true;
        QTest::newRow("with select") << "WITH d AS (SELECT 1) SELECT * FROM d" << false;
        QTest::newRow("select into") << "SELECT * INTO copy FROM posts" << true;
        QTest::newRow("create") << "CREATE TABLE t (id int)" << true;
        QTest::newRow("drop") << "DROP TABLE posts" << true;
        QTest::newRow("truncate") << "TRUNCATE posts" << true;
        QTest::newRow("second statement writes") << "SELECT 1; DELETE FROM posts" << true;
        QTest::newRow("quoted keyword") << "SELECT 'DELETE FROM posts'" << false;
        QTest::newRow("unknown verb") << "VACUUM" << true;
    }

    void writes()
    {
        QFETCH(QString, sql);
        QTEST(db::WriteCheck::writes(sql), "writes");
    }

    void refusalNamesTheReason()
    {
        auto settings = DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/x.db?mode=ro"));
        QVERIFY(settings);
        const auto refused = db::WriteCheck::refuseStatement(*settings, QStringLiteral("DELETE FROM posts"));
        QVERIFY(refused);
        QVERIFY2(refused->message.contains(QLatin1String("read-only (mode=ro)")), qPrintable(refused->message));
        QVERIFY(!db::WriteCheck::refuseStatement(*settings, QStringLiteral("SELECT 1")));
        settings.value().readOnly = false;
        QVERIFY(!db::WriteCheck::refuseStatement(*settings, QStringLiteral("DELETE FROM posts")));
    }

    // The JSON reader (--param, --params) reads as Jason does.
    void json_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("result"); // the string read, or "error"

        QTest::newRow("bad hex escape") << QByteArray("\"\\uZZZZ\"") << "error";
        QTest::newRow("short hex escape") << QByteArray("\"\\u12\"") << "error";
        QTest::newRow("lone high surrogate") << QByteArray("\"\\ud800\"") << "error";
        QTest::newRow("high surrogate then text") << QByteArray("\"\\ud800x\"") << "error";
        QTest::newRow("high then high") << QByteArray("\"\\ud800\\ud800\"") << "error";
        QTest::newRow("lone low surrogate") << QByteArray("\"\\udc00\"") << "error";
        QTest::newRow("unknown escape") << QByteArray("\"\\q\"") << "error";
        QTest::newRow("raw control character") << QByteArray("\"a\nb\"") << "error";
        QTest::newRow("surrogate pair") << QByteArray("\"\\ud83d\\ude00\"") << QStringLiteral("\U0001F600");
        QTest::newRow("escapes") << QByteArray("\"a\\\"\\\\\\/\\u00e9\"") << QStringLiteral("a\"\\/\u00e9");
    }

    void json()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, result);
        const auto term = value::TermJson::parse(json);
        if (result == u"error") {
            QVERIFY2(!term, qPrintable(term ? term->toElixirString() : QString()));
            return;
        }
        QVERIFY2(term, qPrintable(term.error()));
        QCOMPARE(term->text(), result);
    }

    void jsonDuplicateKeyKeepsTheLast()
    {
        const auto term = value::TermJson::parse("{\"a\": 1, \"b\": 0, \"a\": 2}");
        QVERIFY2(term, qPrintable(term.error()));
        QCOMPARE(term->pairs().size(), std::size_t(2));
        for (const auto &[key, value] : term->pairs()) {
            if (key.text() == u"a")
                QCOMPARE(value.toElixirString(), QStringLiteral("2"));
        }
    }
};

QTEST_GUILESS_MAIN(TestUrlOptions)
#include "tst_urloptions.moc"
