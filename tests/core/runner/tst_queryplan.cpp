// Plans as trees. PostgreSQL: EXPLAIN (FORMAT JSON) of real plans, checked node by
// node against the text EXPLAIN PostgreSQL printed for the same statement (saved
// beside it in tests/data/runner). SQLite: the rows of EXPLAIN QUERY PLAN.
#include "plandata.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace ectowb;
using runner::PlanNode;
using runner::QueryPlan;

namespace {

// The node lines of a text EXPLAIN ("Sort  (cost=...)") without the arrows, and
// under each the lines of its conditions.
struct TextNode
{
    QString head;
    QStringList details;
};

QList<TextNode> textNodes(const QByteArray &text)
{
    QList<TextNode> nodes;
    static const QRegularExpression arrow(QStringLiteral("^\\s*(->\\s+)?"));
    for (const QByteArray &raw : text.split('\n')) {
        QString line = QString::fromUtf8(raw);
        if (line.trimmed().isEmpty())
            continue;
        line.remove(arrow);
        if (line.contains(QLatin1String("(cost=")))
            nodes.append({line, {}});
        else if (!nodes.isEmpty())
            nodes.last().details << line;
    }
    return nodes;
}

QList<const PlanNode *> depthFirst(const QueryPlan &plan)
{
    QList<const PlanNode *> order;
    std::vector<int> pending(plan.roots().rbegin(), plan.roots().rend());
    while (!pending.empty()) {
        const PlanNode &node = plan.nodes()[std::size_t(pending.back())];
        pending.pop_back();
        order << &node;
        for (auto it = node.children.rbegin(); it != node.children.rend(); ++it)
            pending.push_back(*it);
    }
    return order;
}

} // namespace

class TestQueryPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postgresMatchesTextExplain_data();
    void postgresMatchesTextExplain();
    void postgresTreeShape();
    void postgresLabels_data();
    void postgresLabels();
    void postgresRefusesWhatIsNotAPlan_data();
    void postgresRefusesWhatIsNotAPlan();
    void sqliteRows();
    void explainSql();
};

void TestQueryPlan::postgresMatchesTextExplain_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("join, aggregate, sort, limit") << QStringLiteral("postgres_join_plan");
    QTest::newRow("bitmap scans, semi join") << QStringLiteral("postgres_bitmap_plan");
}

void TestQueryPlan::postgresMatchesTextExplain()
{
    QFETCH(QString, name);
    const QByteArray json = plandata::read(name + QStringLiteral(".json"));
    const QByteArray text = plandata::read(name + QStringLiteral(".txt"));
    QVERIFY(!json.isEmpty() && !text.isEmpty());
    const Result<QueryPlan> plan = QueryPlan::fromPostgresJson(json);
    QVERIFY2(plan, qPrintable(plan.error()));
    const QList<TextNode> expected = textNodes(text);
    const QList<const PlanNode *> nodes = depthFirst(plan.value());
    QCOMPARE(nodes.size(), expected.size());
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const PlanNode &node = *nodes.at(i);
        const QString head = node.label
            + QStringLiteral("  (cost=%1..%2 rows=%3 width=%4)")
                  .arg(QString::number(*node.startupCost, 'f', 2), QString::number(*node.totalCost, 'f', 2))
                  .arg(qint64(*node.rows))
                  .arg(qint64(*node.width));
        QCOMPARE(head, expected.at(i).head);
        for (const QString &detail : expected.at(i).details)
            QVERIFY2(node.detail.contains(detail), qPrintable(node.detail + QStringLiteral(" lacks ") + detail));
    }
}

void TestQueryPlan::postgresTreeShape()
{
    const Result<QueryPlan> parsed = QueryPlan::fromPostgresJson(plandata::read(QStringLiteral("postgres_join_plan.json")));
    QVERIFY(parsed);
    const QueryPlan &plan = parsed.value();
    QCOMPARE(plan.roots().size(), 1);
    const PlanNode &root = plan.nodes()[std::size_t(plan.roots().at(0))];
    QCOMPARE(root.label, QStringLiteral("Limit"));
    QCOMPARE(root.parent, -1);
    QCOMPARE(root.children.size(), 1);
    // Every child points back at its parent and knows its row there.
    for (std::size_t i = 0; i < plan.nodes().size(); ++i) {
        const PlanNode &node = plan.nodes()[i];
        for (int row = 0; row < node.children.size(); ++row) {
            const PlanNode &child = plan.nodes()[std::size_t(node.children.at(row))];
            QCOMPARE(child.parent, int(i));
            QCOMPARE(child.row, row);
        }
    }
    const PlanNode &sort = plan.nodes()[std::size_t(root.children.at(0))];
    QCOMPARE(sort.detail, QStringLiteral("Sort Key: (count(*)) DESC"));
    QVERIFY(sort.properties.contains({QStringLiteral("Parent Relationship"), QStringLiteral("Outer")}));
    QVERIFY(sort.properties.contains({QStringLiteral("Plan Rows"), QStringLiteral("175")}));
}

void TestQueryPlan::postgresLabels_data()
{
    QTest::addColumn<QByteArray>("node");
    QTest::addColumn<QString>("label");
    QTest::newRow("index scan") << QByteArray(R"({"Node Type": "Index Scan", "Index Name": "posts_pkey", "Relation Name": "posts", "Alias": "p0"})")
                                << QStringLiteral("Index Scan using posts_pkey on posts p0");
    QTest::newRow("alias same as table") << QByteArray(R"({"Node Type": "Seq Scan", "Relation Name": "posts", "Alias": "posts"})")
                                         << QStringLiteral("Seq Scan on posts");
    QTest::newRow("nested loop left") << QByteArray(R"({"Node Type": "Nested Loop", "Join Type": "Left"})")
                                      << QStringLiteral("Nested Loop Left Join");
    QTest::newRow("merge anti") << QByteArray(R"({"Node Type": "Merge Join", "Join Type": "Anti"})")
                                << QStringLiteral("Merge Anti Join");
    QTest::newRow("group aggregate") << QByteArray(R"({"Node Type": "Aggregate", "Strategy": "Sorted"})")
                                     << QStringLiteral("GroupAggregate");
    QTest::newRow("plain aggregate") << QByteArray(R"({"Node Type": "Aggregate", "Strategy": "Plain"})")
                                     << QStringLiteral("Aggregate");
    QTest::newRow("cte scan") << QByteArray(R"({"Node Type": "CTE Scan", "CTE Name": "tree", "Alias": "t"})")
                              << QStringLiteral("CTE Scan on tree t");
    QTest::newRow("function scan") << QByteArray(R"({"Node Type": "Function Scan", "Function Name": "generate_series", "Alias": "g"})")
                                   << QStringLiteral("Function Scan on generate_series g");
    QTest::newRow("subquery scan") << QByteArray(R"({"Node Type": "Subquery Scan", "Alias": "s1"})")
                                   << QStringLiteral("Subquery Scan on s1");
}

void TestQueryPlan::postgresLabels()
{
    QFETCH(QByteArray, node);
    QFETCH(QString, label);
    const Result<QueryPlan> plan = QueryPlan::fromPostgresJson("[{\"Plan\": " + node + "}]");
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan->nodes().size(), std::size_t(1));
    QCOMPARE(plan->nodes().front().label, label);
}

void TestQueryPlan::postgresRefusesWhatIsNotAPlan_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("Seq Scan on posts") << QStringLiteral("the plan is not JSON");
    QTest::newRow("object") << QByteArray("{}") << QStringLiteral("the plan is not a JSON array");
    QTest::newRow("no plan") << QByteArray("[{\"Planning\": 1}]") << QStringLiteral("the plan has no \"Plan\" object");
}

void TestQueryPlan::postgresRefusesWhatIsNotAPlan()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<QueryPlan> plan = QueryPlan::fromPostgresJson(json);
    QVERIFY(!plan);
    QVERIFY2(plan.error().startsWith(message), qPrintable(plan.error()));
}

// The rows sqlite3 3.40 printed for a join with a subquery (tests/data/runner).
void TestQueryPlan::sqliteRows()
{
    const QList<QVariantList> rows = plandata::sqliteRows();
    QCOMPARE(rows.size(), 7);
    const QueryPlan plan = QueryPlan::fromSqliteRows(rows);
    QCOMPARE(plan.text(), QStringLiteral("SEARCH p0 USING INTEGER PRIMARY KEY (rowid=?)\n"
                                         "LIST SUBQUERY 1\n"
                                         "  SCAN comments\n"
                                         "SEARCH u1 USING INTEGER PRIMARY KEY (rowid=?)\n"
                                         "SCAN c2 LEFT-JOIN\n"
                                         "USE TEMP B-TREE FOR GROUP BY\n"
                                         "USE TEMP B-TREE FOR ORDER BY"));
    QCOMPARE(plan.roots().size(), 6);
    const PlanNode &subquery = plan.nodes()[std::size_t(plan.roots().at(1))];
    QCOMPARE(subquery.children.size(), 1);
    QVERIFY(!subquery.totalCost.has_value());
}

void TestQueryPlan::explainSql()
{
    QCOMPARE(QueryPlan::explainSql(db::Dialect::Sqlite, QStringLiteral("SELECT 1")),
             QStringLiteral("EXPLAIN QUERY PLAN SELECT 1"));
    QCOMPARE(QueryPlan::explainSql(db::Dialect::Postgres, QStringLiteral("SELECT 1")),
             QStringLiteral("EXPLAIN (FORMAT JSON) SELECT 1"));
}

QTEST_GUILESS_MAIN(TestQueryPlan)
#include "tst_queryplan.moc"
