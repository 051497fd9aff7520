// DecimalText against Decimal 2.x: to_string(d, :scientific) and Inspect
// ("Decimal.new(\"...\")"), for the triples Decimal.parse/1 makes of each input.
#include "common/decimaltext.h"
#include "value/decimal.h"

#include <QTest>

using namespace ectowb;

class TestDecimalText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scientific_data();
    void scientific();
    void parsed_data();
    void parsed();
    void specials();
};

void TestDecimalText::scientific_data()
{
    QTest::addColumn<int>("sign");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<qint64>("exponent");
    QTest::addColumn<QString>("text");

    QTest::newRow("integer") << 1 << QStringLiteral("42") << qint64(0) << QStringLiteral("42");
    QTest::newRow("scale kept") << 1 << QStringLiteral("1250") << qint64(-2) << QStringLiteral("12.50");
    QTest::newRow("negative") << -1 << QStringLiteral("15") << qint64(-1) << QStringLiteral("-1.5");
    QTest::newRow("zero") << 1 << QStringLiteral("0") << qint64(0) << QStringLiteral("0");
    QTest::newRow("negative zero") << -1 << QStringLiteral("0") << qint64(0) << QStringLiteral("-0");
    QTest::newRow("zero with scale") << 1 << QStringLiteral("0") << qint64(-2) << QStringLiteral("0.00");
    QTest::newRow("leading zeros") << 1 << QStringLiteral("5") << qint64(-3) << QStringLiteral("0.005");
    QTest::newRow("plain to 1E-6") << 1 << QStringLiteral("1") << qint64(-6) << QStringLiteral("0.000001");
    QTest::newRow("exponent from 1E-7") << 1 << QStringLiteral("1") << qint64(-7) << QStringLiteral("1E-7");
    QTest::newRow("exponent with digits") << -1 << QStringLiteral("10") << qint64(-11) << QStringLiteral("-1.0E-10");
    QTest::newRow("positive exponent") << 1 << QStringLiteral("1") << qint64(3) << QStringLiteral("1E+3");
    QTest::newRow("positive exponent, digits") << 1 << QStringLiteral("123") << qint64(1) << QStringLiteral("1.23E+3");
    QTest::newRow("zero, positive exponent") << 1 << QStringLiteral("0") << qint64(2) << QStringLiteral("0E+2");
    QTest::newRow("past 64 bits") << 1 << QStringLiteral("123456789012345678901234567890") << qint64(-2)
                                  << QStringLiteral("1234567890123456789012345678.90");
}

void TestDecimalText::scientific()
{
    QFETCH(int, sign);
    QFETCH(QString, digits);
    QFETCH(qint64, exponent);
    QFETCH(QString, text);
    QCOMPARE(DecimalText::scientific(sign, digits, exponent), text);
    QCOMPARE(DecimalText::inspect(DecimalText::scientific(sign, digits, exponent)),
             QStringLiteral("Decimal.new(\"") + text + QStringLiteral("\")"));
}

// value::Decimal prints through the same rule, from what Decimal.parse/1 keeps.
void TestDecimalText::parsed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("text");

    QTest::newRow("scale") << QByteArray("12.50") << QStringLiteral("12.50");
    QTest::newRow("negative") << QByteArray("-3.75") << QStringLiteral("-3.75");
    QTest::newRow("zero") << QByteArray("0") << QStringLiteral("0");
    QTest::newRow("lower-case exponent") << QByteArray("123e1") << QStringLiteral("1.23E+3");
    QTest::newRow("small") << QByteArray("0.0000001") << QStringLiteral("1E-7");
    QTest::newRow("leading point") << QByteArray(".5") << QStringLiteral("0.5");
}

void TestDecimalText::parsed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, text);
    const auto decimal = value::Decimal::parse(input);
    QVERIFY(decimal);
    QCOMPARE(decimal->toString(), text);
}

void TestDecimalText::specials()
{
    QCOMPARE(DecimalText::nan(1), QStringLiteral("NaN"));
    QCOMPARE(DecimalText::nan(-1), QStringLiteral("-NaN"));
    QCOMPARE(DecimalText::infinity(1), QStringLiteral("Infinity"));
    QCOMPARE(DecimalText::inspect(DecimalText::infinity(-1)), QStringLiteral("Decimal.new(\"-Infinity\")"));
}

QTEST_GUILESS_MAIN(TestDecimalText)
#include "tst_decimaltext.moc"
