#include "common/result.h"

#include <QTest>

using namespace ectowb;

namespace {

Result<void> check(int value)
{
    if (value < 0)
        return Error{QStringLiteral("negative"), QStringLiteral("ArgumentError"), {QStringLiteral("a.exs"), 3, 7}};
    return {};
}

Result<int> twice(int value)
{
    Result<void> ok = check(value);
    if (!ok)
        return ok.failure(); // the whole error travels: kind and position too
    return value * 2;
}

} // namespace

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void voidResult()
    {
        QVERIFY(check(1).isOk());
        const Result<void> bad = check(-1);
        QVERIFY(!bad);
        QCOMPARE(bad.error(), QStringLiteral("** (ArgumentError) negative"));
        QCOMPARE(bad.failure().message, QStringLiteral("negative"));
        QCOMPARE(bad.failure().kind, QStringLiteral("ArgumentError"));
    }

    void propagationKeepsKindAndPosition()
    {
        const Result<int> r = twice(-1);
        QVERIFY(!r);
        QCOMPARE(r.failure().position, (SourcePosition{QStringLiteral("a.exs"), 3, 7}));
        QCOMPARE(r.failure().kind, QStringLiteral("ArgumentError"));
        QCOMPARE(*twice(4), 8);
    }

    // The innermost position is the precise one: an outer call site does not move it.
    void atKeepsTheInnermostPosition_data()
    {
        QTest::addColumn<int>("innerLine");
        QTest::addColumn<int>("expectedLine");
        QTest::newRow("unlocated") << 0 << 9;
        QTest::newRow("located") << 4 << 4;
    }

    void atKeepsTheInnermostPosition()
    {
        QFETCH(int, innerLine);
        QFETCH(int, expectedLine);
        Error e{QStringLiteral("boom")};
        e.position.line = innerLine;
        e.position.column = innerLine ? 2 : 0;
        const Error located = e.at(9, 1).inFile(QStringLiteral("lib/x.ex"));
        QCOMPARE(located.position.line, expectedLine);
        QCOMPARE(located.position.file, QStringLiteral("lib/x.ex"));
        QCOMPARE(located.message, QStringLiteral("boom")); // never written into the text
        const Error queryError(QStringLiteral("m"), QStringLiteral("Ecto.QueryError"));
        QCOMPARE(queryError.text(), QStringLiteral("** (Ecto.QueryError) m"));
        QCOMPARE(Error(QStringLiteral("m")).text(), QStringLiteral("m"));
        QCOMPARE(Result<int>(queryError).error(), QStringLiteral("** (Ecto.QueryError) m"));
        QCOMPARE(Result<int>(queryError).failure().message, QStringLiteral("m"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
