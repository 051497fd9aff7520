// The lazily fetched result model over real runs (SQLite file, and PostgreSQL under
// pg_virtualenv), always under a QAbstractItemModelTester: first rows at once, the
// rest as a view asks, NULLs marked, and no trouble when the run goes away.
#include "../runner/runnerfixture.h"

#include "models/resulttablemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>

using namespace ectowb;
using namespace runnertest;
using models::ResultTableModel;

namespace {
const QString Numbers = QStringLiteral(
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5000) "
    "SELECT x AS id, 'title ' || x AS title, CASE WHEN x % 10 = 0 THEN NULL ELSE x * 1.5 END AS score, "
    "'a' || char(10) || 'b' AS lines FROM n");
const QString NumbersPostgres = QStringLiteral(
    "SELECT x AS id, 'title ' || x AS title, CASE WHEN x % 10 = 0 THEN NULL ELSE x * 1.5 END AS score, "
    "E'a\\nb' AS lines FROM generate_series(1, 5000) AS x");
} // namespace

class TestResultTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_databases.dropAll(); }
    void testerFollowsEveryBatch_data();
    void testerFollowsEveryBatch();
    void fetchesInBatches_data();
    void fetchesInBatches();
    void errorLeavesItEmpty();
    void runGoesAway();
    void newRunResets();
    void displayText_data();
    void displayText();
    void exportFromTheModel();

private:
    SampleDatabases m_databases;
};

void TestResultTableModel::testerFollowsEveryBatch_data()
{
    addBothDatabases();
}

// The tester checks the model after every change, and asks it for more rows as it
// goes (as a view at the end of its rows would), so it reads the whole result.
void TestResultTableModel::testerFollowsEveryBatch()
{
    RUNNER_FOR_ROW(m_databases, runner);
    runner.setBatchSizes(100, 700);
    ResultTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::unique_ptr<runner::QueryRun> run(
        runner.run(statement(dialect == db::Dialect::Postgres ? NumbersPostgres : Numbers)));
    model.setRun(run.get());
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 60000);
    QCOMPARE(run->outcome().status, runner::RunOutcome::Status::Ok);
    QCOMPARE(model.rowCount(), 5000);
    QCOMPARE(model.data(model.index(4999, 1)).toString(), QStringLiteral("title 5000"));
    QVERIFY(!model.canFetchMore({}));
}

void TestResultTableModel::fetchesInBatches_data()
{
    addBothDatabases();
}

void TestResultTableModel::fetchesInBatches()
{
    RUNNER_FOR_ROW(m_databases, runner);
    runner.setBatchSizes(100, 700);
    // No tester here: it would fetch everything at once (see above).
    ResultTableModel model;
    std::unique_ptr<runner::QueryRun> run(
        runner.run(statement(dialect == db::Dialect::Postgres ? NumbersPostgres : Numbers)));
    model.setRun(run.get());
    QVERIFY(model.isRunning());
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 100, 10000);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("title"));
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("title 1"));
    QCOMPARE(model.data(model.index(0, 2)).toString(), QStringLiteral("1.5"));
    QCOMPARE(model.data(model.index(0, 2), Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight, Qt::AlignRight);
    QCOMPARE(model.data(model.index(9, 2)).toString(), QStringLiteral("NULL"));
    QCOMPARE(model.data(model.index(9, 2), ResultTableModel::IsNullRole).toBool(), true);
    QCOMPARE(model.data(model.index(8, 2), ResultTableModel::IsNullRole).toBool(), false);
    QCOMPARE(model.data(model.index(0, 3)).toString(), QStringLiteral("a\u21b5b"));
    QCOMPARE(model.data(model.index(0, 3), ResultTableModel::ValueRole).toString(), QStringLiteral("a\nb"));
    QVERIFY(model.hasMoreRows());
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // the next batch is on its way
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 800, 10000);
    // What a view does at the end of the rows, until there are no more.
    QElapsedTimer clock;
    clock.start();
    while (model.hasMoreRows() && clock.elapsed() < 30000) {
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTest::qWait(1);
    }
    QCOMPARE(model.rowCount(), 5000);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(!model.isRunning());
    QCOMPARE(run->outcome().status, runner::RunOutcome::Status::Ok);
    QCOMPARE(run->outcome().rowsRead, 5000);
    QCOMPARE(model.data(model.index(4999, 0)).toString(), QStringLiteral("5000"));
    QCOMPARE(model.data(model.index(4998, 1)).toString(), QStringLiteral("title 4999"));
}

void TestResultTableModel::errorLeavesItEmpty()
{
    RUNNER_ON(m_databases, db::Dialect::Sqlite, runner);
    ResultTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::unique_ptr<runner::QueryRun> run(runner.run(statement(QStringLiteral("SELECT * FROM nope"))));
    model.setRun(run.get());
    QSignalSpy finished(run.get(), &runner::QueryRun::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    QVERIFY(!model.isRunning());
    QVERIFY(!model.hasMoreRows());
    QVERIFY(!model.canFetchMore({}));
}

void TestResultTableModel::runGoesAway()
{
    RUNNER_ON(m_databases, db::Dialect::Sqlite, runner);
    ResultTableModel model; // no tester: it would fetch every row
    auto *run = runner.run(statement(Numbers));
    model.setRun(run);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), runner.firstBatchSize(), 10000);
    delete run;
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(!model.hasMoreRows());
    model.fetchMore({});
    QCOMPARE(model.rowCount(), runner.firstBatchSize()); // the rows stay
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("1"));
}

void TestResultTableModel::newRunResets()
{
    RUNNER_ON(m_databases, db::Dialect::Sqlite, runner);
    ResultTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::unique_ptr<runner::QueryRun> first(runner.run(statement(Numbers)));
    model.setRun(first.get());
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 10000);
    std::unique_ptr<runner::QueryRun> second(runner.run(statement(QStringLiteral("SELECT 1 AS one, NULL AS two"))));
    model.setRun(second.get());
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("NULL"));
    QTRY_VERIFY(first->isFinished()); // closed by the second run
    model.setRun(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestResultTableModel::displayText_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("null") << QVariant(QMetaType::fromType<QString>()) << QStringLiteral("NULL");
    QTest::newRow("the text NULL") << QVariant(QStringLiteral("NULL")) << QStringLiteral("NULL");
    QTest::newRow("empty") << QVariant(QString(QLatin1String(""))) << QString();
    QTest::newRow("line breaks") << QVariant(QStringLiteral("a\r\nb\rc\nd")) << QStringLiteral("a\u21b5b\u21b5c\u21b5d");
    QTest::newRow("long") << QVariant(QString(1000, QLatin1Char('x')))
                          << QString(ResultTableModel::DisplayLimit, QLatin1Char('x')) + QChar(0x2026);
    QTest::newRow("bool") << QVariant(true) << QStringLiteral("true");
    QTest::newRow("bytes") << QVariant(QByteArray("\x0f", 1)) << QStringLiteral("\\x0f");
}

void TestResultTableModel::displayText()
{
    QFETCH(QVariant, value);
    QFETCH(QString, text);
    QCOMPARE(ResultTableModel::displayText(value), text);
}

void TestResultTableModel::exportFromTheModel()
{
    RUNNER_ON(m_databases, db::Dialect::Sqlite, runner);
    ResultTableModel model; // no tester: it would fetch every row
    std::unique_ptr<runner::QueryRun> run(runner.run(statement(Numbers)));
    model.setRun(run.get());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), runner.firstBatchSize(), 10000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rows.csv"));
    QSignalSpy exported(run.get(), &runner::QueryRun::exportFinished);
    QVERIFY(model.exportTo(path, runner::ExportFormat::Csv));
    QVERIFY(!model.exportTo(path, runner::ExportFormat::Csv)); // one at a time
    QVERIFY(exported.wait(10000));
    QVERIFY(exported.at(0).at(0).value<runner::ExportOutcome>().ok);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), 5001); // the header and every row (the LF inside a value is no record end)
    QCOMPARE(model.rowCount(), runner.firstBatchSize()); // the rest went to the file, not the model
    QVERIFY(!model.hasMoreRows());
}

QTEST_GUILESS_MAIN(TestResultTableModel)
#include "tst_resulttablemodel.moc"
