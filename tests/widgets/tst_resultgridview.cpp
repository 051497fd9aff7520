// The result grid offscreen over real runs on the sample's SQLite database: lazy
// fetching as the view scrolls, NULL drawn apart, TSV copy, the status line, the
// Cancel and Export buttons. Set ECTOWB_SCREENSHOT_DIR to keep the screenshots.
#include "../core/runner/runnerfixture.h"
#include "screenshot.h"

#include "models/resulttablemodel.h"
#include "resultgridview.h"
#include "resultvaluedelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>

using namespace ectowb;
using namespace runnertest;
using value::Term;
using widgets::ResultGridView;

namespace {

// Reaches the protected hook to see how a cell would be drawn.
struct DelegateProbe : widgets::ResultValueDelegate
{
    using widgets::ResultValueDelegate::initStyleOption;
};

QPushButton *button(const ResultGridView &grid, const QString &text)
{
    for (QPushButton *b : grid.findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

// Runs `sql` and shows it in `grid`, as the workbench does; the caller keeps the run.
std::unique_ptr<runner::QueryRun> runIn(ResultGridView &grid, runner::StatementRunner &runner, const QString &sql)
{
    std::unique_ptr<runner::QueryRun> run(runner.run(statement(sql)));
    grid.setRun(run.get());
    return run;
}

} // namespace

class TestResultGridView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsRowsAndNulls();
    void copiesTheSelectionAsTsv();
    void scrollingFetchesMore();
    void exportButtonWritesEveryRow();
    void errorInTheStatusLine();
    void cancelButtonStopsTheStatement();

private:
    db::ConnectionSettings m_settings;
    SampleDatabases m_databases;
};

void TestResultGridView::initTestCase()
{
    QVERIFY(m_databases.create(db::Dialect::Sqlite, &m_settings).isEmpty());
    runner::StatementRunner runner(m_settings);
    const QStringList names{QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Chloé"), QStringLiteral("Dov")};
    for (int i = 0; i < names.size(); ++i) {
        const Term age = i % 2 ? Term::nil() : Term::integer(30 + i);
        const Collected got = collect(
            runner, statement(QStringLiteral("INSERT INTO users (name, email, age, inserted_at, updated_at, role) "
                                             "VALUES (?, ?, ?, '2024-05-01T10:00:00', '2024-05-01T10:00:00', ?)"),
                              {Term::string(names.at(i)), Term::string(names.at(i).toLower() + QStringLiteral("@example.com")), age,
                               i == 2 ? Term::string(QStringLiteral("says \"hi\"\tthere")) : Term::nil()}));
        QVERIFY2(got.outcome.isOk(), qPrintable(got.outcome.message));
    }
}

void TestResultGridView::showsRowsAndNulls()
{
    runner::StatementRunner runner(m_settings);
    ResultGridView grid;
    grid.resize(640, 260);
    grid.show();
    const std::unique_ptr<runner::QueryRun> run = runIn(grid, runner, QStringLiteral("SELECT id, name, email, age, role, is_active FROM users ORDER BY id"));
    QCOMPARE(grid.statusText(), QStringLiteral("Running…"));
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 10000);
    QCOMPARE(grid.model()->rowCount(), 4);
    QVERIFY2(grid.statusText().startsWith(QLatin1String("4 row(s)")), qPrintable(grid.statusText()));
    QVERIFY(button(grid, QStringLiteral("Export CSV…"))->isEnabled());
    QVERIFY(!button(grid, QStringLiteral("Cancel"))->isVisible());

    const QModelIndex nullAge = grid.model()->index(1, 3);
    QCOMPARE(nullAge.data().toString(), QStringLiteral("NULL"));
    DelegateProbe probe;
    QStyleOptionViewItem option;
    option.initFrom(grid.tableView());
    probe.initStyleOption(&option, nullAge);
    QVERIFY(option.font.italic());
    QCOMPARE(option.palette.color(QPalette::Text), grid.tableView()->palette().color(QPalette::PlaceholderText));
    QStyleOptionViewItem plain;
    plain.initFrom(grid.tableView());
    probe.initStyleOption(&plain, grid.model()->index(0, 3));
    QVERIFY(!plain.font.italic());
    QCOMPARE(plain.text, QStringLiteral("30"));
    QTest::qWait(50);
    screenshot::grabAndCheck(grid, QStringLiteral("resultgridview"));
}

void TestResultGridView::copiesTheSelectionAsTsv()
{
    runner::StatementRunner runner(m_settings);
    ResultGridView grid;
    grid.resize(640, 260);
    const std::unique_ptr<runner::QueryRun> run = runIn(grid, runner, QStringLiteral("SELECT name, age, role FROM users ORDER BY id"));
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 10000);
    QTableView *table = grid.tableView();
    table->selectionModel()->select(QItemSelection(grid.model()->index(1, 0), grid.model()->index(2, 2)),
                                    QItemSelectionModel::Select);
    QCOMPARE(grid.selectionAsTsv(), QStringLiteral("Bob\t\t\nChloé\t32\t\"says \"\"hi\"\"\tthere\""));
    QCOMPARE(grid.selectionAsTsv(true).section(QLatin1Char('\n'), 0, 0), QStringLiteral("name\tage\trole"));
    grid.copySelection();
    QCOMPARE(QApplication::clipboard()->text(), grid.selectionAsTsv());
}

// The view asks for more rows when it reaches the end of those it has.
void TestResultGridView::scrollingFetchesMore()
{
    runner::StatementRunner runner(m_settings);
    runner.setBatchSizes(200, 500);
    ResultGridView grid;
    grid.resize(640, 300);
    grid.show();
    const std::unique_ptr<runner::QueryRun> run = runIn(grid, runner,
                                                      QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000) SELECT x, 'row ' || x FROM n"));
    QTRY_COMPARE_WITH_TIMEOUT(grid.model()->rowCount(), 200, 10000);
    QTRY_COMPARE(grid.statusText(), QStringLiteral("200 row(s) fetched, more…"));
    QVERIFY(button(grid, QStringLiteral("Cancel"))->isVisible());
    screenshot::grabAndCheck(grid, QStringLiteral("resultgridview-more"));
    grid.tableView()->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(grid.model()->rowCount() >= 700, 10000);
    QVERIFY(grid.model()->rowCount() < 100000); // only what scrolling asked for
    QVERIFY(!run->isFinished());
}

void TestResultGridView::exportButtonWritesEveryRow()
{
    runner::StatementRunner runner(m_settings);
    ResultGridView grid;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rows.json"));
    runner::ExportFormat asked = runner::ExportFormat::Csv;
    grid.setFileChooser([&](runner::ExportFormat format) {
        asked = format;
        return path;
    });
    const std::unique_ptr<runner::QueryRun> run = runIn(grid, runner,
                                                      QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 3000) SELECT x AS n FROM n"));
    QTRY_VERIFY_WITH_TIMEOUT(grid.model()->rowCount() > 0, 10000);
    QSignalSpy exported(&grid, &ResultGridView::exportFinished);
    button(grid, QStringLiteral("Export JSON…"))->click();
    QCOMPARE(asked, runner::ExportFormat::Json);
    QVERIFY(exported.wait(10000));
    QVERIFY(exported.at(0).at(0).value<runner::ExportOutcome>().ok);
    QTRY_VERIFY(grid.statusText().contains(QLatin1String("Exported 3000 row(s) to rows.json.")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QCOMPARE(json.count("{\"n\":"), 3000);
    QVERIFY(json.endsWith("{\"n\":3000}\n]\n"));
}

void TestResultGridView::errorInTheStatusLine()
{
    runner::StatementRunner runner(m_settings);
    ResultGridView grid;
    grid.resize(640, 200);
    const std::unique_ptr<runner::QueryRun> run = runIn(grid, runner, QStringLiteral("SELECT * FROM nope"));
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 10000);
    QCOMPARE(grid.statusText(), QStringLiteral("Error: no such table: nope"));
    QVERIFY(!button(grid, QStringLiteral("Export CSV…"))->isEnabled());
    screenshot::grabAndCheck(grid, QStringLiteral("resultgridview-error"));
}

void TestResultGridView::cancelButtonStopsTheStatement()
{
    runner::StatementRunner runner(m_settings);
    ResultGridView grid;
    grid.show();
    const std::unique_ptr<runner::QueryRun> run = runIn(grid, runner,
                                                      QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"));
    QTest::qWait(200);
    QPushButton *cancel = button(grid, QStringLiteral("Cancel"));
    QVERIFY(cancel->isVisible());
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 10000);
    QCOMPARE(run->outcome().status, runner::RunOutcome::Status::Cancelled);
    QCOMPARE(grid.statusText().section(QStringLiteral("  "), 0, 0), QStringLiteral("Cancelled after 0 row(s)"));
    QVERIFY(!cancel->isVisible());
}

QTEST_MAIN(TestResultGridView)
#include "tst_resultgridview.moc"
