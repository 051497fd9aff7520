// A project's query history in a file the caller names: newest first, capped,
// survives a reload, and a damaged file is an error rather than a crash.
#include "runner/queryhistory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ectowb;
using runner::HistoryEntry;
using runner::QueryHistory;

namespace {
HistoryEntry entry(int n, bool ok = true)
{
    HistoryEntry e;
    e.source = QStringLiteral("from p in Post,\n  where: p.id == ^%1").arg(n);
    e.sql = QStringLiteral("SELECT * FROM posts WHERE id = $1");
    e.dialect = n % 2 ? db::Dialect::Postgres : db::Dialect::Sqlite;
    e.time = QDateTime(QDate(2024, 5, 1), QTime(10, 0, n % 60, 125), Qt::UTC);
    e.ok = ok;
    e.error = ok ? QString() : QStringLiteral("relation \"posts\" does not exist");
    e.rows = ok ? n : -1;
    return e;
}
} // namespace

class TestQueryHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void missingFileIsEmpty();
    void newestFirstAndCapped();
    void survivesAReload();
    void twoProjectsTwoFiles();
    void damagedFileIsAnError_data();
    void damagedFileIsAnError();
    void unreadableEntriesAreSkipped();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestQueryHistory::missingFileIsEmpty()
{
    QueryHistory history(path(QStringLiteral("none/history.json")));
    QVERIFY(history.load());
    QVERIFY(history.entries().isEmpty());
    // Saving makes the folder.
    QVERIFY(history.record(entry(1)));
    QVERIFY(QFile::exists(path(QStringLiteral("none/history.json"))));
}

void TestQueryHistory::newestFirstAndCapped()
{
    QueryHistory history(path(QStringLiteral("capped.json")), 3);
    for (int n = 1; n <= 5; ++n)
        history.add(entry(n));
    QCOMPARE(history.entries().size(), 3);
    QCOMPARE(history.entries().at(0), entry(5));
    QCOMPARE(history.entries().at(2), entry(3));
}

void TestQueryHistory::survivesAReload()
{
    const QString file = path(QStringLiteral("reload.json"));
    {
        QueryHistory history(file);
        QVERIFY(history.record(entry(1)));
        QVERIFY(history.record(entry(2, false)));
        QVERIFY(history.record(entry(3)));
    }
    QueryHistory again(file);
    QVERIFY(again.load());
    QCOMPARE(again.entries(), (QList<HistoryEntry>{entry(3), entry(2, false), entry(1)}));
    // A smaller cap on reading keeps the newest.
    QueryHistory small(file, 2);
    QVERIFY(small.load());
    QCOMPARE(small.entries(), (QList<HistoryEntry>{entry(3), entry(2, false)}));
}

void TestQueryHistory::twoProjectsTwoFiles()
{
    QueryHistory blog(path(QStringLiteral("blog.json")));
    QueryHistory shop(path(QStringLiteral("shop.json")));
    QVERIFY(blog.record(entry(1)));
    QVERIFY(shop.record(entry(2)));
    QueryHistory blogAgain(path(QStringLiteral("blog.json")));
    QVERIFY(blogAgain.load());
    QCOMPARE(blogAgain.entries(), QList<HistoryEntry>{entry(1)});
}

void TestQueryHistory::damagedFileIsAnError_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not json") << QByteArray("{\"version\": 1, \"entries\": [");
    QTest::newRow("not an object") << QByteArray("[1, 2]");
    QTest::newRow("other version") << QByteArray("{\"version\": 99, \"entries\": []}");
}

void TestQueryHistory::damagedFileIsAnError()
{
    QFETCH(QByteArray, content);
    const QString file = path(QStringLiteral("damaged.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    QueryHistory history(file);
    const Result<bool> loaded = history.load();
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(file), qPrintable(loaded.error()));
    QVERIFY(history.entries().isEmpty());
}

void TestQueryHistory::unreadableEntriesAreSkipped()
{
    const QString file = path(QStringLiteral("partial.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"version": 1, "entries": [
        {"source": "a", "dialect": "oracle", "time": "2024-05-01T10:00:00Z", "ok": true, "rows": 1},
        {"source": "b", "dialect": "sqlite", "time": "yesterday", "ok": true, "rows": 1},
        {"source": "c", "dialect": "postgres", "time": "2024-05-01T10:00:00.000Z", "ok": false, "error": "boom"}]})");
    f.close();
    QueryHistory history(file);
    QVERIFY(history.load());
    QCOMPARE(history.entries().size(), 1);
    QCOMPARE(history.entries().at(0).source, QStringLiteral("c"));
    QCOMPARE(history.entries().at(0).ok, false);
    QCOMPARE(history.entries().at(0).error, QStringLiteral("boom"));
    QCOMPARE(history.entries().at(0).rows, -1);
}

QTEST_GUILESS_MAIN(TestQueryHistory)
#include "tst_queryhistory.moc"
