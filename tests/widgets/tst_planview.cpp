// The plan view offscreen: a PostgreSQL plan saved from a real server, and a live
// EXPLAIN QUERY PLAN on the sample's SQLite database. Set ECTOWB_SCREENSHOT_DIR to
// keep the screenshots.
#include "../core/runner/plandata.h"
#include "../core/runner/runnerfixture.h"
#include "screenshot.h"

#include "models/plantreemodel.h"
#include "planview.h"

#include <QFile>
#include <QHeaderView>
#include <QTreeView>

using namespace ectowb;
using namespace runnertest;
using value::Term;
using widgets::PlanView;

class TestPlanView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postgresPlanExpanded();
    void sqliteExplainRun();
    void explainErrorIsShown();

private:
    SampleDatabases m_databases;
};

void TestPlanView::postgresPlanExpanded()
{
    PlanView view;
    view.resize(900, 360);
    view.show();
    const auto plan = runner::QueryPlan::fromPostgresJson(plandata::read(QStringLiteral("postgres_join_plan.json")));
    QVERIFY(plan);
    view.setPlan(plan.value());
    QTreeView *tree = view.treeView();
    QCOMPARE(tree->model()->columnCount(), int(models::PlanTreeModel::ColumnCount));
    // Every node is open: the deepest scan is on screen.
    QModelIndex deepest = tree->model()->index(0, 0);
    while (tree->model()->rowCount(deepest) > 0) {
        QVERIFY(tree->isExpanded(deepest));
        deepest = tree->model()->index(0, 0, deepest);
    }
    QCOMPARE(deepest.data().toString(), QStringLiteral("Seq Scan on comments c2"));
    QVERIFY(tree->visualRect(deepest).isValid());
    QVERIFY(view.message().isEmpty());
    QTest::qWait(50);
    screenshot::grabAndCheck(view, QStringLiteral("planview-postgres"));
}

void TestPlanView::sqliteExplainRun()
{
    db::ConnectionSettings settings;
    QVERIFY(m_databases.create(db::Dialect::Sqlite, &settings).isEmpty());
    runner::StatementRunner runner(settings);
    PlanView view;
    view.resize(640, 240);
    view.show();
    std::unique_ptr<runner::QueryRun> run(runner.explain(statement(
        QStringLiteral("SELECT p0.\"title\" FROM \"posts\" AS p0 WHERE p0.\"id\" IN (SELECT c1.\"post_id\" FROM "
                       "\"comments\" AS c1 WHERE c1.\"user_id\" = ?) ORDER BY p0.\"title\""),
        {Term::integer(7)})));
    view.showRun(run.get());
    QCOMPARE(view.message(), QStringLiteral("Explaining…"));
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 10000);
    QVERIFY2(run->outcome().isOk(), qPrintable(run->outcome().message));
    QTRY_VERIFY(view.model()->rowCount() > 0);
    QCOMPARE(view.model()->columnCount(), 1);
    QVERIFY(view.message().isEmpty());
    QStringList labels;
    for (int row = 0; row < view.model()->rowCount(); ++row)
        labels << view.model()->index(row, 0).data().toString();
    QVERIFY2(labels.join(QLatin1Char('|')).contains(QLatin1String("USE TEMP B-TREE FOR ORDER BY")), qPrintable(labels.join(u'|')));
    QTest::qWait(50);
    screenshot::grabAndCheck(view, QStringLiteral("planview-sqlite"));
}

void TestPlanView::explainErrorIsShown()
{
    db::ConnectionSettings settings;
    QVERIFY(m_databases.create(db::Dialect::Sqlite, &settings).isEmpty());
    runner::StatementRunner runner(settings);
    PlanView view;
    std::unique_ptr<runner::QueryRun> run(runner.explain(statement(QStringLiteral("SELECT * FROM nope"))));
    view.showRun(run.get());
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 10000);
    QCOMPARE(view.message(), QStringLiteral("Error: no such table: nope"));
    QCOMPARE(view.model()->rowCount(), 0);
}

QTEST_MAIN(TestPlanView)
#include "tst_planview.moc"
