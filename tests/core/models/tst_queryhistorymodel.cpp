// The query history as a table, under a QAbstractItemModelTester.
#include "models/queryhistorymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ectowb;
using models::QueryHistoryModel;
using runner::HistoryEntry;

class TestQueryHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columns();
};

void TestQueryHistoryModel::columns()
{
    QueryHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    HistoryEntry ok;
    ok.source = QStringLiteral("  from p in Post,\n  select: p.title");
    ok.dialect = db::Dialect::Postgres;
    ok.time = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    ok.rows = 12;
    HistoryEntry failed;
    failed.source = QStringLiteral("from x in \"nope\"");
    failed.dialect = db::Dialect::Sqlite;
    failed.time = ok.time.addSecs(60);
    failed.ok = false;
    failed.error = QStringLiteral("no such table: nope");
    model.setSnapshot({failed, ok});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(QueryHistoryModel::ColumnCount));
    QCOMPARE(model.index(1, QueryHistoryModel::SourceColumn).data().toString(), QStringLiteral("from p in Post, \u2026"));
    QCOMPARE(model.index(1, QueryHistoryModel::SourceColumn).data(QueryHistoryModel::SourceRole).toString(), ok.source);
    QCOMPARE(model.index(1, QueryHistoryModel::DatabaseColumn).data().toString(), QStringLiteral("PostgreSQL"));
    QCOMPARE(model.index(1, QueryHistoryModel::ResultColumn).data().toString(), QStringLiteral("12 row(s)"));
    QCOMPARE(model.index(0, QueryHistoryModel::ResultColumn).data().toString(), QStringLiteral("error"));
    QCOMPARE(model.index(0, QueryHistoryModel::ResultColumn).data(Qt::ToolTipRole).toString(), failed.error);
    QCOMPARE(model.index(0, QueryHistoryModel::SourceColumn).data().toString(), failed.source);
    QCOMPARE(model.index(0, 0).data(QueryHistoryModel::OkRole).toBool(), false);
    QCOMPARE(model.index(0, 0).data(QueryHistoryModel::TimeRole).toDateTime(), failed.time);
    QVERIFY(!model.index(0, QueryHistoryModel::TimeColumn).data().toString().isEmpty());
    QCOMPARE(model.entry(1)->rows, 12);
    QVERIFY(!model.entry(2));
    model.setSnapshot({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestQueryHistoryModel)
#include "tst_queryhistorymodel.moc"
