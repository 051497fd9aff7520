// Seeds scripts run as `mix run priv/repo/seeds.exs` would: the sample's demo rows on
// real SQLite and PostgreSQL databases built by its own migrations, all or nothing.
#include "db/connection.h"
#include "db/databaseurl.h"
#include "project/projectloader.h"
#include "runner/seedscript.h"
#include "../db/sampledatabase.h"

#include "testpaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ectowb;

namespace {

qint64 count(db::Connection &connection, const QString &table)
{
    const auto rows = connection.exec(u"SELECT COUNT(*) FROM " % table);
    return rows && !rows->rows.isEmpty() ? rows->rows.first().first().toLongLong() : -1;
}

} // namespace

class TestSeedScript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void seedsTheSample_data();
    void seedsTheSample();
    void failingSeedsLeaveNothing();
    void impureSeedsAreRefused();

private:
    std::shared_ptr<db::Connection> open(const QString &dialect, QTemporaryDir &dir);
    project::Project m_sample;
};

void TestSeedScript::initTestCase()
{
    m_sample = project::ProjectLoader::load(sampledb::sampleDir());
    QVERIFY(!runner::SeedScript::pathFor(m_sample).isEmpty());
}

std::shared_ptr<db::Connection> TestSeedScript::open(const QString &dialect, QTemporaryDir &dir)
{
    db::ConnectionSettings settings;
    if (dialect == u"postgres") {
        settings = db::DatabaseUrl::parse(QString()).value();
    } else {
        settings = db::ConnectionSettings::sqliteFile(dir.filePath(QStringLiteral("seeded.db")), true);
    }
    auto connection = db::Connection::open(settings);
    return connection ? connection.value() : nullptr;
}

void TestSeedScript::seedsTheSample_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

void TestSeedScript::seedsTheSample()
{
    QFETCH(QString, dialect);
    if (dialect == u"postgres" && !sampledb::havePostgres())
        QSKIP("PGHOST is not set: run under pg_virtualenv (pg_virtualenv ctest -R tst_seedscript)");
    QTemporaryDir dir;
    auto connection = open(dialect, dir);
    QVERIFY(connection);
    std::optional<sampledb::PostgresScratch> scratch;
    if (dialect == u"postgres") {
        scratch.emplace(connection, QStringLiteral("seeds"));
        QCOMPARE(scratch->error(), QString());
    }
    QCOMPARE(sampledb::migrateUp(*connection), QString());
    const auto seeded = runner::SeedScript::run(*connection, m_sample, runner::SeedScript::pathFor(m_sample));
    QVERIFY2(seeded, qPrintable(seeded.error()));
    QCOMPARE(seeded.value(), 7); // one INSERT per insert_all call
    QCOMPARE(count(*connection, QStringLiteral("users")), 3);
    QCOMPARE(count(*connection, QStringLiteral("posts")), 5);
    QCOMPARE(count(*connection, QStringLiteral("comments")), 4);
    QCOMPARE(count(*connection, QStringLiteral("posts_tags")), 7);
    const auto draft = connection->exec(QStringLiteral("SELECT title, published_at FROM posts WHERE published = ?"),
                                        {dialect == u"postgres" ? QVariant(false) : QVariant(0)});
    QVERIFY2(draft, qPrintable(draft.error()));
    QCOMPARE(draft->rows.size(), 1);
    QCOMPARE(draft->rows.first().at(0).toString(), QStringLiteral("Migrations without fear"));
    QVERIFY(draft->rows.first().at(1).isNull());
    const auto name = connection->exec(QStringLiteral("SELECT name FROM users WHERE id = 2"));
    QCOMPARE(name->rows.first().first().toString(), QStringLiteral("José Valim")); // UTF-8 intact
}

void TestSeedScript::failingSeedsLeaveNothing()
{
    QTemporaryDir dir;
    auto connection = open(QStringLiteral("sqlite"), dir);
    QVERIFY(connection);
    QCOMPARE(sampledb::migrateUp(*connection), QString());
    const QString seeds = dir.filePath(QStringLiteral("seeds.exs"));
    QVERIFY(testsupport::writeFile(seeds, "Blog.Repo.insert_all(Blog.Tag, [[id: 1, name: \"a\", slug: \"a\"]])\n"
                                          "Blog.Repo.insert_all(Blog.Tag, [[id: 1, name: \"again\", slug: \"a\"]])\n")); // the same id twice
    const auto seeded = runner::SeedScript::run(*connection, m_sample, seeds);
    QVERIFY(!seeded);
    QVERIFY2(seeded.error().contains(u"statement 2"), qPrintable(seeded.error()));
    QCOMPARE(count(*connection, QStringLiteral("tags")), 0);
}

void TestSeedScript::impureSeedsAreRefused()
{
    QTemporaryDir dir;
    auto connection = open(QStringLiteral("sqlite"), dir);
    QVERIFY(connection);
    QCOMPARE(sampledb::migrateUp(*connection), QString());
    const QString seeds = dir.filePath(QStringLiteral("seeds.exs"));
    QVERIFY(testsupport::writeFile(seeds, "Blog.Repo.insert_all(Blog.Tag, [[name: \"a\", slug: \"a\"]])\nFile.read!(\"/etc/passwd\")\n"));
    const auto seeded = runner::SeedScript::run(*connection, m_sample, seeds);
    QVERIFY(!seeded);
    QVERIFY2(seeded.error().contains(u"File.read!"), qPrintable(seeded.error()));
    QCOMPARE(count(*connection, QStringLiteral("tags")), 0); // nothing ran
}

QTEST_GUILESS_MAIN(TestSeedScript)
#include "tst_seedscript.moc"
