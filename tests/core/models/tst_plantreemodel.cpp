// The plan tree model over real plans (PostgreSQL's JSON and SQLite's rows, saved in
// tests/data/runner), under a QAbstractItemModelTester.
#include "../runner/plandata.h"

#include "models/plantreemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>

using namespace ectowb;
using models::PlanTreeModel;
using runner::QueryPlan;

namespace {
QueryPlan sqlitePlan()
{
    return QueryPlan::fromSqliteRows(plandata::sqliteRows());
}

int countRows(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int count = model.rowCount(parent);
    for (int row = 0; row < model.rowCount(parent); ++row)
        count += countRows(model, model.index(row, 0, parent));
    return count;
}
} // namespace

class TestPlanTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postgresTree();
    void sqliteTree();
    void resetBetweenPlans();
};

void TestPlanTreeModel::postgresTree()
{
    PlanTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto plan = QueryPlan::fromPostgresJson(plandata::read(QStringLiteral("postgres_join_plan.json")));
    QVERIFY(plan);
    model.setPlan(plan.value());
    QVERIFY(model.hasEstimates());
    QCOMPARE(model.columnCount(), int(PlanTreeModel::ColumnCount));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(countRows(model), int(plan->nodes().size()));
    const QModelIndex limit = model.index(0, PlanTreeModel::NodeColumn);
    QCOMPARE(limit.data().toString(), QStringLiteral("Limit"));
    QCOMPARE(model.index(0, PlanTreeModel::RowsColumn).data().toString(), QLocale().toString(5.0, 'f', 0));
    QCOMPARE(model.index(0, PlanTreeModel::CostColumn).data().toString(),
             QLocale().toString(94.90, 'f', 2) + QStringLiteral("..") + QLocale().toString(94.91, 'f', 2));
    const QModelIndex sort = model.index(0, 0, limit);
    QCOMPARE(sort.data().toString(), QStringLiteral("Sort"));
    QCOMPARE(model.index(0, PlanTreeModel::DetailColumn, limit).data().toString(),
             QStringLiteral("Sort Key: (count(*)) DESC"));
    QCOMPARE(sort.parent(), limit);
    QVERIFY(sort.data(PlanTreeModel::PropertiesRole).toStringList().contains(QStringLiteral("Parent Relationship: Outer")));
    QCOMPARE(sort.data(PlanTreeModel::TotalCostRole).toDouble(), 95.34);
    QVERIFY(sort.data(Qt::ToolTipRole).toString().contains(QLatin1String("Sort Key: (count(*)) DESC")));
    const QModelIndex aggregate = model.index(0, 0, sort);
    QCOMPARE(aggregate.data().toString(), QStringLiteral("HashAggregate"));
    const QModelIndex join = model.index(0, 0, aggregate);
    QCOMPARE(join.data().toString(), QStringLiteral("Hash Join"));
    QCOMPARE(model.rowCount(join), 2);
    QCOMPARE(model.index(0, 0, join).data().toString(), QStringLiteral("Hash Right Join"));
    QCOMPARE(model.index(1, 0, join).data().toString(), QStringLiteral("Hash"));
    QCOMPARE(model.headerData(PlanTreeModel::CostColumn, Qt::Horizontal).toString(), QStringLiteral("Cost"));
}

void TestPlanTreeModel::sqliteTree()
{
    PlanTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(sqlitePlan());
    QVERIFY(!model.hasEstimates());
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(countRows(model), 7);
    const QModelIndex subquery = model.index(1, 0);
    QCOMPARE(subquery.data().toString(), QStringLiteral("LIST SUBQUERY 1"));
    QCOMPARE(model.rowCount(subquery), 1);
    QCOMPARE(model.index(0, 0, subquery).data().toString(), QStringLiteral("SCAN comments"));
    QVERIFY(!model.index(0, 1).isValid());
    QVERIFY(!subquery.data(PlanTreeModel::TotalCostRole).isValid());
}

void TestPlanTreeModel::resetBetweenPlans()
{
    PlanTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(sqlitePlan());
    const auto plan = QueryPlan::fromPostgresJson(plandata::read(QStringLiteral("postgres_bitmap_plan.json")));
    QVERIFY(plan);
    model.setPlan(plan.value());
    QCOMPARE(model.columnCount(), int(PlanTreeModel::ColumnCount));
    const QModelIndex heap = model.index(0, 0, model.index(0, 0));
    QCOMPARE(heap.data().toString(), QStringLiteral("Bitmap Heap Scan on posts p"));
    QCOMPARE(model.index(0, 0, heap).data().toString(), QStringLiteral("Bitmap Index Scan on posts_author_id_idx"));
    model.setPlan(QueryPlan());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestPlanTreeModel)
#include "tst_plantreemodel.moc"
