// The reader against Elixir's own output: every case in
// tests/data/elixir/reader/cases.txt (made by regenerate.sh with Elixir 1.14)
// plus a few inline rows must print byte-identical to inspect/2.
#include "elixir/quotedprinter.h"
#include "elixir/reader.h"

#include <QFile>
#include <QTest>

using namespace ectowb::elixir;

class TestParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesElixir_data();
    void matchesElixir();
    void positions();
    void inspectFloats_data();
    void inspectFloats();
    void inspectAtoms_data();
    void inspectAtoms();
};

void TestParser::matchesElixir_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("expected");

    // A few inline rows, so the intent of the rules is readable here.
    QTest::newRow("unary minus stays a call") << QByteArray("-1") << QByteArray("{:-, [], [1]}");
    QTest::newRow("lone not is a block") << QByteArray("not a")
                                         << QByteArray("{:__block__, [], [{:not, [], [{:a, [], nil}]}]}");
    QTest::newRow("not in") << QByteArray("a not in b")
                            << QByteArray("{:__block__, [], [{:not, [], [{:in, [], [{:a, [], nil}, {:b, [], nil}]}]}]}");
    QTest::newRow("2-tuple literal") << QByteArray("{1, 2}") << QByteArray("{1, 2}");
    QTest::newRow("3-tuple call") << QByteArray("{1, 2, 3}") << QByteArray("{:{}, [], [1, 2, 3]}");
    QTest::newRow("keyword list") << QByteArray("[a: 1, \"b c\": 2]") << QByteArray("[a: 1, \"b c\": 2]");
    QTest::newRow("charlist as list") << QByteArray("'ab'") << QByteArray("[97, 98]");
    QTest::newRow("empty file") << QByteArray("") << QByteArray("{:__block__, [], []}");
    QTest::newRow("range step") << QByteArray("1..9//2") << QByteArray("{:..//, [], [1, 9, 2]}");
    QTest::newRow("elixir alias atom") << QByteArray(":\"Elixir.Foo\"") << QByteArray("Foo");

    QFile file(QStringLiteral(ECTOWB_TEST_DATA "/elixir/reader/cases.txt"));
    QVERIFY2(file.open(QIODevice::ReadOnly), "cases.txt is missing");
    const QByteArray text = file.readAll();
    int count = 0;
    qsizetype at = 0;
    const QByteArray caseMark("==== case\n");
    const QByteArray expectMark("\n==== expect\n");
    while ((at = text.indexOf(caseMark, at)) >= 0) {
        const qsizetype srcStart = at + caseMark.size();
        const qsizetype expectAt = text.indexOf(expectMark, srcStart);
        QVERIFY(expectAt > 0);
        const qsizetype expStart = expectAt + expectMark.size();
        const qsizetype expEnd = text.indexOf('\n', expStart);
        const QByteArray source = text.mid(srcStart, expectAt - srcStart);
        const QByteArray expected = text.mid(expStart, expEnd - expStart);
        QTest::newRow(qPrintable(QStringLiteral("case %1: %2").arg(++count).arg(QString::fromUtf8(source.left(40)).replace(QLatin1Char('\n'), QLatin1Char(' ')))))
            << source << expected;
        at = expEnd;
    }
    QVERIFY2(count >= 150, "cases.txt should hold at least 150 cases");
}

void TestParser::matchesElixir()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, expected);
    const ParseResult result = Reader::parse(source, QStringLiteral("case.ex"));
    QVERIFY2(result.isValid(), qPrintable(result.isValid() ? QString() : result.error->toString()));
    QCOMPARE(QuotedPrinter::inspect(result.ast), expected);
}

void TestParser::positions()
{
    const ParseResult result = Reader::parse("foo(1)\n  bar + baz");
    QVERIFY(result.isValid());
    const Ast &block = result.ast;
    QVERIFY(block.isCall(u"__block__", 2));
    QCOMPARE(block.args()[0].pos().line, 1);
    QCOMPARE(block.args()[0].pos().column, 1);
    const Ast plus = block.args()[1];
    QVERIFY(plus.isCall(u"+", 2));
    QCOMPARE(plus.pos().line, 2);
    QCOMPARE(plus.pos().column, 7);
    QCOMPARE(plus.args()[1].pos().column, 9);
}

void TestParser::inspectFloats_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("expected");
    // Expected strings are Elixir 1.14's inspect/1 output.
    QTest::newRow("1.0") << 1.0 << QByteArray("1.0");
    QTest::newRow("0.1") << 0.1 << QByteArray("0.1");
    QTest::newRow("1e10") << 1.0e10 << QByteArray("10000000000.0");
    QTest::newRow("1e15") << 1.0e15 << QByteArray("1000000000000000.0");
    QTest::newRow("1e16") << 1.0e16 << QByteArray("1.0e16");
    QTest::newRow("1e-4") << 1.0e-4 << QByteArray("0.0001");
    QTest::newRow("1.2345e-4") << 1.2345e-4 << QByteArray("1.2345e-4");
    QTest::newRow("1e-5") << 1.0e-5 << QByteArray("1.0e-5");
    QTest::newRow("0.1+0.2") << (0.1 + 0.2) << QByteArray("0.30000000000000004");
    QTest::newRow("big 17 digits") << 12345678901234567.0 << QByteArray("1.2345678901234568e16");
    QTest::newRow("denormal") << 5.0e-324 << QByteArray("5.0e-324");
    QTest::newRow("1.5e308") << 1.5e308 << QByteArray("1.5e308");
}

void TestParser::inspectFloats()
{
    QFETCH(double, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(QuotedPrinter::inspectFloat(value), expected);
}

void TestParser::inspectAtoms_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("foo") << QByteArray(":foo");
    QTest::newRow("question") << QStringLiteral("foo?") << QByteArray(":foo?");
    QTest::newRow("spaces") << QStringLiteral("foo bar") << QByteArray(":\"foo bar\"");
    QTest::newRow("alias") << QStringLiteral("Elixir.Foo.Bar") << QByteArray("Foo.Bar");
    QTest::newRow("bad alias") << QStringLiteral("Elixir.foo") << QByteArray(":\"Elixir.foo\"");
    QTest::newRow("type op") << QStringLiteral("::") << QByteArray(":\"::\"");
    QTest::newRow("plus") << QStringLiteral("+") << QByteArray(":+");
    QTest::newRow("step") << QStringLiteral("..//") << QByteArray(":..//");
    QTest::newRow("xor is quoted") << QStringLiteral("^^^") << QByteArray(":\"^^^\"");
    QTest::newRow("nil") << QStringLiteral("nil") << QByteArray("nil");
    QTest::newRow("unicode") << QStringLiteral("é") << QByteArray(":é");
    QTest::newRow("at sign") << QStringLiteral("foo@bar") << QByteArray(":foo@bar");
    QTest::newRow("digit first") << QStringLiteral("1a") << QByteArray(":\"1a\"");
    QTest::newRow("empty") << QString() << QByteArray(":\"\"");
}

void TestParser::inspectAtoms()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, expected);
    QCOMPARE(QuotedPrinter::inspectAtom(name), expected);
}

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
