#include "elixir/variablerenamer.h"

#include <QTest>

using ectowb::elixir::VariableRenamer;

class TestVariableRenamer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void renamesOnlyTheVariable_data();
    void renamesOnlyTheVariable();
};

void TestVariableRenamer::renamesOnlyTheVariable_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("renamed");
    QTest::newRow("field access") << QStringLiteral("p.title == 1") << QStringLiteral("post.title == 1");
    QTest::newRow("last in a tuple") << QStringLiteral("{c, p}") << QStringLiteral("{c, post}");
    QTest::newRow("alone") << QStringLiteral("p") << QStringLiteral("post");
    QTest::newRow("a longer name") << QStringLiteral("pp.id + p.id") << QStringLiteral("pp.id + post.id");
    QTest::newRow("a field of the name") << QStringLiteral("c.p") << QStringLiteral("c.p");
    QTest::newRow("a keyword key") << QStringLiteral("[p: p.id]") << QStringLiteral("[p: post.id]");
    QTest::newRow("a map key atom") << QStringLiteral("%{:p => p}") << QStringLiteral("%{:p => post}");
    QTest::newRow("pinned") << QStringLiteral("p.id == ^p") << QStringLiteral("post.id == ^p");
    QTest::newRow("module attribute") << QStringLiteral("p.id in @p") << QStringLiteral("post.id in @p");
    QTest::newRow("a call") << QStringLiteral("p(p)") << QStringLiteral("p(post)");
    QTest::newRow("anonymous call") << QStringLiteral("p.(1)") << QStringLiteral("post.(1)");
    QTest::newRow("inside a string") << QStringLiteral("fragment(\"lower(?)\", p.name) == \"p\"")
                                     << QStringLiteral("fragment(\"lower(?)\", post.name) == \"p\"");
    QTest::newRow("interpolation is code") << QStringLiteral("\"#{p.id} p\"") << QStringLiteral("\"#{post.id} p\"");
    QTest::newRow("unicode before") << QStringLiteral("\"é\" <> p.name") << QStringLiteral("\"é\" <> post.name");
    QTest::newRow("comment kept") << QStringLiteral("p.id # p\n") << QStringLiteral("post.id # p\n");
    QTest::newRow("nothing to rename") << QStringLiteral("c.id") << QStringLiteral("c.id");
}

void TestVariableRenamer::renamesOnlyTheVariable()
{
    QFETCH(QString, code);
    QFETCH(QString, renamed);
    QCOMPARE(VariableRenamer::rename(code, QStringLiteral("p"), QStringLiteral("post")), renamed);
}

QTEST_GUILESS_MAIN(TestVariableRenamer)
#include "tst_variablerenamer.moc"
