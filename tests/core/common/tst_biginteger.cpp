// BigInteger against what Elixir prints for the same integer arithmetic
// (expected values computed with `elixir -e 'IO.puts(a op b)'`).
#include "common/biginteger.h"

#include <QTest>

#include <limits>

using namespace ectowb;

class TestBigInteger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void arithmetic_data();
    void arithmetic();
    void compare_data();
    void compare();
    void int64Bounds_data();
    void int64Bounds();
};

void TestBigInteger::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("printed");
    QTest::newRow("zero") << "0" << true << "0";
    QTest::newRow("minus zero") << "-0" << true << "0";
    QTest::newRow("plus sign") << "+42" << true << "42";
    QTest::newRow("leading zeros") << "000123" << true << "123";
    QTest::newRow("limb boundary") << "1000000000" << true << "1000000000";
    QTest::newRow("inner zero limb") << "5000000000000000001" << true << "5000000000000000001";
    QTest::newRow("past 64 bits") << "99999999999999999999" << true << "99999999999999999999";
    QTest::newRow("negative big") << "-9999999999999999999999" << true << "-9999999999999999999999";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("sign only") << "-" << false << "";
    QTest::newRow("fraction") << "1.5" << false << "";
    QTest::newRow("space") << " 1" << false << "";
    QTest::newRow("underscore") << "1_000" << false << "";
}

void TestBigInteger::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, printed);
    const std::optional<BigInteger> n = BigInteger::parse(text);
    QCOMPARE(n.has_value(), valid);
    if (valid)
        QCOMPARE(n->toString(), printed);
}

void TestBigInteger::arithmetic_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QChar>("op");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("result");
    QTest::newRow("add carry across limbs") << "999999999999999999" << QChar(u'+') << "1" << "1000000000000000000";
    QTest::newRow("add past int64") << "9223372036854775807" << QChar(u'+') << "1" << "9223372036854775808";
    QTest::newRow("add opposite signs") << "-5" << QChar(u'+') << "3" << "-2";
    QTest::newRow("add to zero") << "-99999999999999999999" << QChar(u'+') << "99999999999999999999" << "0";
    QTest::newRow("sub borrow") << "1000000000000000000" << QChar(u'-') << "1" << "999999999999999999";
    QTest::newRow("sub below int64") << "-9223372036854775808" << QChar(u'-') << "1" << "-9223372036854775809";
    QTest::newRow("sub changes sign") << "3" << QChar(u'-') << "10" << "-7";
    QTest::newRow("mul big") << "99999999999999999999" << QChar(u'*') << "99999999999999999999"
                             << "9999999999999999999800000000000000000001";
    QTest::newRow("mul signs") << "-1000000000000000000" << QChar(u'*') << "1000000000000000000"
                               << "-1000000000000000000000000000000000000";
    QTest::newRow("mul by zero") << "-123456789012345678901" << QChar(u'*') << "0" << "0";
    QTest::newRow("mul int64 overflow") << "4611686018427387904" << QChar(u'*') << "2" << "9223372036854775808";
}

void TestBigInteger::arithmetic()
{
    QFETCH(QString, a);
    QFETCH(QChar, op);
    QFETCH(QString, b);
    QFETCH(QString, result);
    const BigInteger x = *BigInteger::parse(a);
    const BigInteger y = *BigInteger::parse(b);
    const BigInteger r = op == u'+' ? x + y : op == u'-' ? x - y : x * y;
    QCOMPARE(r.toString(), result);
    QCOMPARE(r, *BigInteger::parse(result));
}

void TestBigInteger::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");
    QTest::newRow("equal") << "12" << "+12" << 0;
    QTest::newRow("longer is larger") << "10000000000" << "9999999999" << 1;
    QTest::newRow("negatives reverse") << "-10000000000" << "-9999999999" << -1;
    QTest::newRow("sign first") << "-1" << "0" << -1;
    QTest::newRow("same length") << "99999999999999999999" << "99999999999999999998" << 1;
}

void TestBigInteger::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    QCOMPARE(BigInteger::parse(a)->compare(*BigInteger::parse(b)), order);
    QCOMPARE(BigInteger::parse(b)->compare(*BigInteger::parse(a)), -order);
}

void TestBigInteger::int64Bounds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<qint64>("value");
    QTest::newRow("max") << "9223372036854775807" << true << std::numeric_limits<qint64>::max();
    QTest::newRow("max + 1") << "9223372036854775808" << false << std::numeric_limits<qint64>::max();
    QTest::newRow("min") << "-9223372036854775808" << true << std::numeric_limits<qint64>::min();
    QTest::newRow("min - 1") << "-9223372036854775809" << false << std::numeric_limits<qint64>::min();
    QTest::newRow("small negative") << "-42" << true << qint64(-42);
    QTest::newRow("two limbs") << "123456789012345678" << true << qint64(123456789012345678);
}

void TestBigInteger::int64Bounds()
{
    QFETCH(QString, text);
    QFETCH(bool, fits);
    QFETCH(qint64, value);
    const BigInteger n = *BigInteger::parse(text);
    QCOMPARE(n.fitsInt64(), fits);
    QCOMPARE(n.toInt64(), value);
    if (fits)
        QCOMPARE(BigInteger::fromInt64(value), n);
}

QTEST_GUILESS_MAIN(TestBigInteger)
#include "tst_biginteger.moc"
