// What a composer step adds to the SQL, for the step-through highlight.
#include "sql/sqldiff.h"

#include <QTest>

using ectowb::sql::SqlDiff;
using ectowb::sql::TextRange;

class TestSqlDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void added_data();
    void added();
};

void TestSqlDiff::added_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("marked");
    const QString from = QStringLiteral("SELECT p0.\"id\", p0.\"title\" FROM \"posts\" AS p0");
    QTest::newRow("where added") << from << from + QStringLiteral(" WHERE (p0.\"published\" = TRUE)")
                                 << QStringList{QStringLiteral("WHERE (p0.\"published\" = TRUE)")};
    QTest::newRow("nothing changed") << from << from << QStringList{};
    QTest::newRow("select narrowed")
        << from << QStringLiteral("SELECT p0.\"title\" FROM \"posts\" AS p0") << QStringList{};
    QTest::newRow("join in the middle")
        << from
        << QStringLiteral("SELECT p0.\"id\", p0.\"title\" FROM \"posts\" AS p0 LEFT OUTER JOIN \"comments\" AS c1 ON c1.\"post_id\" = p0.\"id\"")
        << QStringList{QStringLiteral("LEFT OUTER JOIN \"comments\" AS c1 ON c1.\"post_id\" = p0.\"id\"")};
    QTest::newRow("renumbered placeholders are not changes")
        << QStringLiteral("SELECT p0.\"id\" FROM \"posts\" AS p0 LIMIT $1")
        << QStringLiteral("SELECT p0.\"id\" FROM \"posts\" AS p0 WHERE (p0.\"id\" > $1) LIMIT $2")
        << QStringList{QStringLiteral("WHERE (p0.\"id\" > $1)")};
    QTest::newRow("from nothing") << QString() << QStringLiteral("SELECT 1") << QStringList{QStringLiteral("SELECT 1")};
    QTest::newRow("two places")
        << QStringLiteral("SELECT p0.\"id\" FROM \"posts\" AS p0")
        << QStringLiteral("SELECT DISTINCT p0.\"id\" FROM \"posts\" AS p0 ORDER BY p0.\"id\"")
        << QStringList{QStringLiteral("DISTINCT"), QStringLiteral("ORDER BY p0.\"id\"")};
}

void TestSqlDiff::added()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, marked);
    QStringList got;
    for (const TextRange &range : SqlDiff::added(before, after))
        got << after.mid(range.start, range.length);
    QCOMPARE(got, marked);
}

QTEST_GUILESS_MAIN(TestSqlDiff)
#include "tst_sqldiff.moc"
