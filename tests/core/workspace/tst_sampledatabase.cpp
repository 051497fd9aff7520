// Reset Sample's steps outside the migration run, in core: the SQLite file goes with
// its -wal and -shm, and the seeds run once the migrations made the tables again.
#include "workspace/sampledatabase.h"

#include "project/projectloader.h"
#include "../db/sampledatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ectowb;
using workspace::SampleDatabase;

namespace {

db::ConnectionSettings sqlite(const QTemporaryDir &dir, const QString &name)
{
    return db::ConnectionSettings::sqliteFile(dir.filePath(name), true);
}

} // namespace

class TestSampleDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removeTakesTheCompanions_data();
    void removeTakesTheCompanions();
    void removeSaysWhatStays();
    void seedsAfterTheMigrations();
    void aProjectWithoutSeedsSeedsNothing();
};

void TestSampleDatabase::removeTakesTheCompanions_data()
{
    QTest::addColumn<QStringList>("present");
    QTest::newRow("all three") << QStringList{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};
    QTest::newRow("only the file") << QStringList{QString()};
    QTest::newRow("a stray -wal") << QStringList{QStringLiteral("-wal")};
    QTest::newRow("nothing") << QStringList{};
}

void TestSampleDatabase::removeTakesTheCompanions()
{
    QFETCH(QStringList, present);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blog_dev.db"));
    for (const QString &suffix : present) {
        QFile f(path + suffix);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    QFile other(dir.filePath(QStringLiteral("blog_dev.db.bak")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    QVERIFY(SampleDatabase::remove(path));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QVERIFY2(!QFile::exists(path + suffix), qPrintable(path + suffix));
    QVERIFY(QFile::exists(other.fileName())); // only the database's own files
}

void TestSampleDatabase::removeSaysWhatStays()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blog_dev.db"));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("blog_dev.db-wal/inside"))); // a folder QFile cannot remove
    const Result<void> removed = SampleDatabase::remove(path);
    QVERIFY(!removed);
    QVERIFY2(removed.error().contains(path + QStringLiteral("-wal")), qPrintable(removed.error()));
}

void TestSampleDatabase::seedsAfterTheMigrations()
{
    QTemporaryDir dir;
    db::ConnectionSettings settings = sqlite(dir, QStringLiteral("blog.db"));
    {
        auto connection = db::Connection::open(settings);
        QVERIFY(connection);
        QCOMPARE(sampledb::migrateUp(**connection), QString());
    }
    const project::Project sample = project::ProjectLoader::load(sampledb::sampleDir());
    const Result<std::optional<int>> seeded = SampleDatabase::seed(settings, sample);
    QVERIFY2(seeded, qPrintable(seeded.error()));
    QVERIFY(seeded->has_value());
    QVERIFY(**seeded > 0);
    auto connection = db::Connection::open(settings);
    QVERIFY(connection);
    const auto posts = (*connection)->exec(QStringLiteral("SELECT COUNT(*) FROM posts"));
    QVERIFY(posts);
    QCOMPARE(posts->rows.first().first().toInt(), 5);
    // Without the tables the seeds fail, and say so.
    settings.database = dir.filePath(QStringLiteral("empty.db"));
    QVERIFY(!SampleDatabase::seed(settings, sample));
}

void TestSampleDatabase::aProjectWithoutSeedsSeedsNothing()
{
    QTemporaryDir dir;
    const db::ConnectionSettings settings = sqlite(dir, QStringLiteral("none.db"));
    const project::Project shop = project::ProjectLoader::load(QStringLiteral(ECTOWB_TEST_DATA "/migration/shop"));
    const Result<std::optional<int>> seeded = SampleDatabase::seed(settings, shop);
    QVERIFY2(seeded, qPrintable(seeded.error()));
    QVERIFY(!seeded->has_value());
}

QTEST_GUILESS_MAIN(TestSampleDatabase)
#include "tst_sampledatabase.moc"
