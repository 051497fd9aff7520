#include "db/databaseurl.h"

#include <QTemporaryDir>
#include <QTest>

using ectowb::db::ConnectionSettings;
using ectowb::db::DatabaseUrl;
using ectowb::db::Dialect;

Q_DECLARE_METATYPE(ectowb::db::Dialect)

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment pgEnvironment()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PGHOST"), QStringLiteral("envhost"));
        env.insert(QStringLiteral("PGPORT"), QStringLiteral("6543"));
        env.insert(QStringLiteral("PGUSER"), QStringLiteral("envuser"));
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("envpass"));
        env.insert(QStringLiteral("PGDATABASE"), QStringLiteral("envdb"));
        return env;
    }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("useEnv");
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");

        const auto pg = Dialect::Postgres;
        const auto lite = Dialect::Sqlite;
        QTest::newRow("ecto full") << "ecto://alice:secret@db.example.com:5433/blog_dev" << false << pg
                                   << "blog_dev" << "db.example.com" << 5433 << "alice" << "secret";
        QTest::newRow("postgres default port") << "postgres://bob:pw@localhost/app" << false << pg
                                               << "app" << "localhost" << 5432 << "bob" << "pw";
        QTest::newRow("postgresql scheme") << "postgresql://u:p@h:1/d" << false << pg << "d" << "h" << 1 << "u" << "p";
        QTest::newRow("uppercase scheme") << "POSTGRES://u:p@h/d" << false << pg << "d" << "h" << 5432 << "u" << "p";
        QTest::newRow("percent-encoded password") << "ecto://u:p%40ss%3Aw%2Fd@h/d" << false << pg
                                                  << "d" << "h" << 5432 << "u" << "p@ss:w/d";
        QTest::newRow("raw @ in password, last @ splits") << "ecto://u:a@b@h/d" << false << pg
                                                           << "d" << "h" << 5432 << "u" << "a@b";
        QTest::newRow("utf-8 user") << "ecto://J%C3%BCrgen:x@h/d" << false << pg
                                    << "d" << "h" << 5432 << QStringLiteral("J\u00fcrgen") << "x";
        QTest::newRow("ecto query options") << "ecto://u:p@h/d?ssl=true&pool_size=10" << false << pg
                                       << "d" << "h" << 5432 << "u" << "p";
        QTest::newRow("ipv6 host") << "postgres://u:p@[::1]:5439/d" << false << pg << "d" << "::1" << 5439 << "u" << "p";
        QTest::newRow("user without password, env fills it") << "postgres://u@h/d" << true << pg
                                                              << "d" << "h" << 6543 << "u" << "envpass";
        QTest::newRow("only host, env fills the rest") << "postgres://h" << true << pg
                                                       << "envdb" << "h" << 6543 << "envuser" << "envpass";
        QTest::newRow("empty url from env") << "" << true << pg << "envdb" << "envhost" << 6543 << "envuser" << "envpass";
        QTest::newRow("postgres: from env") << "postgres:" << true << pg << "envdb" << "envhost" << 6543 << "envuser" << "envpass";
        QTest::newRow("empty url without env") << "" << false << pg << "" << "localhost" << 5432 << "" << "";
        QTest::newRow("sqlite relative") << "sqlite:blog_dev.db" << false << lite << "blog_dev.db" << "" << 0 << "" << "";
        QTest::newRow("sqlite absolute url") << "sqlite:///tmp/x y.db" << false << lite << "/tmp/x y.db" << "" << 0 << "" << "";
        QTest::newRow("sqlite encoded url") << "sqlite:///tmp/x%20y.db" << false << lite << "/tmp/x y.db" << "" << 0 << "" << "";
        QTest::newRow("sqlite memory") << "sqlite::memory:" << false << lite << ":memory:" << "" << 0 << "" << "";
        QTest::newRow("plain .db path") << "/var/data/app.db" << false << lite << "/var/data/app.db" << "" << 0 << "" << "";
        QTest::newRow("plain .sqlite3 path") << "data/app.SQLITE3" << false << lite << "data/app.SQLITE3" << "" << 0 << "" << "";
        QTest::newRow("surrounding spaces") << "  sqlite:a.sqlite  " << false << lite << "a.sqlite" << "" << 0 << "" << "";
    }

    void parse()
    {
        QFETCH(QString, url);
        QFETCH(bool, useEnv);
        const auto result = DatabaseUrl::parse(url, useEnv ? pgEnvironment() : QProcessEnvironment());
        QVERIFY2(result.isOk(), qPrintable(result.error()));
        QTEST(result->dialect, "dialect");
        QTEST(result->database, "database");
        QTEST(result->hostname, "host");
        QTEST(result->port, "port");
        // Without PGUSER, libpq falls back to $USER, which an empty environment lacks.
        QTEST(result->username, "user");
        QTEST(result->password, "password");
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected"); // a part of the message

        QTest::newRow("mysql") << "mysql://u:p@h/d" << "unsupported scheme";
        QTest::newRow("port not a number") << "ecto://u:p@h:abc/d" << "port";
        QTest::newRow("port too big") << "ecto://u:p@h:99999/d" << "port";
        QTest::newRow("port zero") << "ecto://u:p@h:0/d" << "port";
        QTest::newRow("negative port") << "ecto://u:p@h:-5/d" << "port";
        QTest::newRow("bad percent escape") << "ecto://u:p%zz@h/d" << "percent-encoding";
        QTest::newRow("truncated percent escape") << "ecto://u:p%4@h/d" << "percent-encoding";
        QTest::newRow("newline injection") << "ecto://u:p@h/d\nhost=evil" << "control characters";
        QTest::newRow("NUL byte") << QStringLiteral("sqlite:a.db") + QChar(0) + QStringLiteral("x") << "control characters";
        QTest::newRow("slash in database") << "ecto://u:p@h/d/e" << "slash";
        QTest::newRow("no // after scheme") << "postgres:h/d" << "expected //";
        QTest::newRow("unterminated ipv6") << "postgres://[::1/d" << "IPv6";
        QTest::newRow("space in host") << "postgres://u@my%20host/d" << "host";
        QTest::newRow("empty sqlite path") << "sqlite:" << "no SQLite file";
        QTest::newRow("random word") << "not-a-database" << "neither";
    }

    void invalid()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const auto result = DatabaseUrl::parse(url, QProcessEnvironment());
        QVERIFY2(!result.isOk(), qPrintable(QStringLiteral("accepted: ") + url));
        QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
    }

    void existingFileWithoutSuffix()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("blogdata"));
        QVERIFY(!DatabaseUrl::parse(path, QProcessEnvironment()).isOk());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const auto result = DatabaseUrl::parse(path, QProcessEnvironment());
        QVERIFY2(result.isOk(), qPrintable(result.error()));
        QCOMPARE(result->dialect, Dialect::Sqlite);
        QCOMPARE(result->database, path);
    }

    void badPgPortInEnvironment()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PGPORT"), QStringLiteral("fifty"));
        QVERIFY(!DatabaseUrl::parse(QString(), env).isOk());
    }

    void redactedHidesPassword()
    {
        const auto result = DatabaseUrl::parse(QStringLiteral("ecto://alice:s3cr3t@h:5433/blog"), QProcessEnvironment());
        QVERIFY(result.isOk());
        const QString text = result->redacted();
        QCOMPARE(text, QStringLiteral("postgres://alice@h:5433/blog"));
        QVERIFY(!text.contains(QLatin1String("s3cr3t")));
        ConnectionSettings lite;
        lite.database = QStringLiteral("/x/blog.db");
        QCOMPARE(lite.redacted(), QStringLiteral("sqlite:/x/blog.db"));
    }

    void fromRepoConfig_data()
    {
        QTest::addColumn<QString>("adapter");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("configDatabase");
        QTest::addColumn<QString>("configPassword");
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("host");

        QTest::newRow("keys only") << "Ecto.Adapters.Postgres" << "" << "blog_dev" << "postgres"
                                   << Dialect::Postgres << "blog_dev" << "postgres" << "envhost";
        QTest::newRow("url wins over keys") << "Ecto.Adapters.Postgres" << "ecto://u:urlpw@urlhost/urldb" << "blog_dev" << "keypw"
                                            << Dialect::Postgres << "urldb" << "urlpw" << "urlhost";
        QTest::newRow("keys fill what the url lacks") << "Ecto.Adapters.Postgres" << "ecto://u@urlhost/urldb" << "blog_dev" << "keypw"
                                                      << Dialect::Postgres << "urldb" << "keypw" << "urlhost";
        QTest::newRow("sqlite keys") << "Ecto.Adapters.SQLite3" << "" << "priv/blog.db" << ""
                                     << Dialect::Sqlite << "priv/blog.db" << "" << "";
    }

    void fromRepoConfig()
    {
        QFETCH(QString, adapter);
        QFETCH(QString, url);
        QFETCH(QString, configDatabase);
        QFETCH(QString, configPassword);
        ectowb::project::RepoConfig config;
        config.adapter = adapter;
        config.url = url;
        config.database = configDatabase;
        config.password = configPassword;
        const auto settings = DatabaseUrl::fromRepoConfig(config, pgEnvironment());
        QVERIFY2(settings.isOk(), qPrintable(settings.error()));
        QTEST(settings->dialect, "dialect");
        QTEST(settings->database, "database");
        QTEST(settings->password, "password");
        QTEST(settings->hostname, "host");
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
