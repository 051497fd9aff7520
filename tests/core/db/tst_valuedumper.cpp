// The dumped values of a statement as the QVariants Qt's drivers bind: every kind
// of Term, per database, and the ones that cannot be bound.
#include "value/decimal.h"
#include "value/term.h"
#include "db/valuedumper.h"

#include <QTest>

using namespace ectowb;
using value::ClockTime;
using value::Decimal;
using value::Term;
using db::ValueDumper;

Q_DECLARE_METATYPE(value::Term)
Q_DECLARE_METATYPE(db::Dialect)

namespace {
Term decimal(const char *text)
{
    return Term::decimal(*Decimal::parse(QByteArrayView(text)));
}
} // namespace

class TestValueDumper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bound_data();
    void bound();
    void refused_data();
    void refused();
    void emptyStringIsNotNull_data();
    void emptyStringIsNotNull();
    void errorNamesTheParameter();
};

void TestValueDumper::bound_data()
{
    QTest::addColumn<Term>("term");
    QTest::addColumn<db::Dialect>("dialect");
    QTest::addColumn<QVariant>("expected");

    const auto pg = db::Dialect::Postgres;
    const auto lite = db::Dialect::Sqlite;
    const QDate day(2024, 1, 15);
    const ClockTime noon{12, 30, 5, 0, 0};
    const ClockTime usec{10, 0, 0, 123456, 6};

    QTest::newRow("pg integer") << Term::integer(42) << pg << QVariant(QStringLiteral("42"));
    QTest::newRow("pg big integer") << Term::integer(std::numeric_limits<qint64>::min()) << pg
                                    << QVariant(QStringLiteral("-9223372036854775808"));
    QTest::newRow("pg integer past 64 bits") << Term::integer(*BigInteger::parse(u"99999999999999999999")) << pg
                                             << QVariant(QStringLiteral("99999999999999999999"));
    QTest::newRow("pg float") << Term::floating(1.5) << pg << QVariant(QStringLiteral("1.5"));
    QTest::newRow("pg float exponent") << Term::floating(1e21) << pg << QVariant(QStringLiteral("1.0e21"));
    QTest::newRow("pg true") << Term::boolean(true) << pg << QVariant(QStringLiteral("true"));
    QTest::newRow("pg false") << Term::boolean(false) << pg << QVariant(QStringLiteral("false"));
    QTest::newRow("pg string") << Term::string(QStringLiteral("it's")) << pg << QVariant(QStringLiteral("it's"));
    QTest::newRow("pg decimal") << decimal("1.50") << pg << QVariant(QStringLiteral("1.50"));
    QTest::newRow("pg decimal exponent") << decimal("1E+1") << pg << QVariant(QStringLiteral("1E+1"));
    QTest::newRow("pg date") << Term::date(day) << pg << QVariant(QStringLiteral("2024-01-15"));
    QTest::newRow("pg time") << Term::time(noon) << pg << QVariant(QStringLiteral("12:30:05"));
    QTest::newRow("pg naive datetime") << Term::naiveDateTime(day, usec) << pg
                                       << QVariant(QStringLiteral("2024-01-15T10:00:00.123456"));
    QTest::newRow("pg utc datetime") << Term::utcDateTime(day, noon) << pg
                                     << QVariant(QStringLiteral("2024-01-15T12:30:05Z"));
    QTest::newRow("pg integer array") << Term::list({Term::integer(3), Term::integer(5), Term::integer(8)}) << pg
                                      << QVariant(QStringLiteral("{\"3\",\"5\",\"8\"}"));
    QTest::newRow("pg empty array") << Term::list({}) << pg << QVariant(QStringLiteral("{}"));
    QTest::newRow("pg string array quoting")
        << Term::list({Term::string(QStringLiteral("a,b")), Term::string(QStringLiteral("say \"hi\"")),
                       Term::string(QStringLiteral("back\\slash")), Term::string(QStringLiteral("{}")), Term::nil(),
                       Term::string(QStringLiteral("NULL"))})
        << pg << QVariant(QStringLiteral("{\"a,b\",\"say \\\"hi\\\"\",\"back\\\\slash\",\"{}\",NULL,\"NULL\"}"));
    QTest::newRow("pg nested array") << Term::list({Term::list({Term::integer(1)}), Term::list({Term::integer(2)})})
                                     << pg << QVariant(QStringLiteral("{{\"1\"},{\"2\"}}"));
    QTest::newRow("pg map as json")
        << Term::map({{Term::string(QStringLiteral("a")), decimal("2.50")}, {Term::string(QStringLiteral("b")), Term::nil()}})
        << pg << QVariant(QStringLiteral("{\"a\":\"2.50\",\"b\":null}"));
    // a binary that is not UTF-8 can only be bytea's hex text on PostgreSQL
    QTest::newRow("pg binary") << Term::binary(QByteArray::fromHex("9463cdd5b8")) << pg
                               << QVariant(QStringLiteral("\\x9463cdd5b8"));
    // UTF-8 bytes are a string, whoever built them
    QTest::newRow("pg binary of UTF-8") << Term::binary(QByteArrayLiteral("Zo\xc3\xab")) << pg
                                        << QVariant(QString::fromUtf8("Zo\xc3\xab"));

    QTest::newRow("sqlite integer") << Term::integer(42) << lite << QVariant(qint64(42));
    QTest::newRow("sqlite float") << Term::floating(0.1) << lite << QVariant(0.1);
    QTest::newRow("sqlite true is 1") << Term::boolean(true) << lite << QVariant(qint64(1));
    QTest::newRow("sqlite false is 0") << Term::boolean(false) << lite << QVariant(qint64(0));
    QTest::newRow("sqlite string") << Term::string(QString::fromUtf16(u"a\0b", 3)) << lite
                                   << QVariant(QString::fromUtf16(u"a\0b", 3));
    QTest::newRow("sqlite decimal") << decimal("1.5") << lite << QVariant(QStringLiteral("1.5"));
    QTest::newRow("sqlite date") << Term::date(day) << lite << QVariant(QStringLiteral("2024-01-15"));
    QTest::newRow("sqlite naive datetime") << Term::naiveDateTime(day, noon) << lite
                                           << QVariant(QStringLiteral("2024-01-15T12:30:05"));
    QTest::newRow("sqlite utc datetime") << Term::utcDateTime(day, noon) << lite
                                         << QVariant(QStringLiteral("2024-01-15T12:30:05Z"));
    QTest::newRow("sqlite list as json") << Term::list({Term::integer(1), Term::string(QStringLiteral("x\"y"))}) << lite
                                         << QVariant(QStringLiteral("[1,\"x\\\"y\"]"));
    QTest::newRow("sqlite binary as a blob") << Term::binary(QByteArray::fromHex("b59afdfc")) << lite
                                             << QVariant(QByteArray::fromHex("b59afdfc"));
}

void TestValueDumper::bound()
{
    QFETCH(Term, term);
    QFETCH(db::Dialect, dialect);
    QFETCH(QVariant, expected);
    const Result<QVariant> value = ValueDumper::value(term, dialect);
    QVERIFY2(value, qPrintable(value.error()));
    QCOMPARE(value->metaType(), expected.metaType());
    QCOMPARE(value.value(), expected);
}

void TestValueDumper::refused_data()
{
    QTest::addColumn<Term>("term");
    QTest::addColumn<db::Dialect>("dialect");
    QTest::addColumn<QString>("message");

    QTest::newRow("pg NUL in text") << Term::string(QString::fromUtf16(u"a\0b", 3)) << db::Dialect::Postgres
                                    << QStringLiteral("PostgreSQL text cannot contain the NUL character (0x00)");
    QTest::newRow("pg NUL in an array element")
        << Term::list({Term::string(QString::fromUtf16(u"\0", 1))}) << db::Dialect::Postgres
        << QStringLiteral("PostgreSQL text cannot contain the NUL character (0x00)");
    QTest::newRow("pg tuple") << Term::tuple({Term::integer(1)}) << db::Dialect::Postgres
                              << QStringLiteral("cannot bind this value as a query parameter");
    QTest::newRow("sqlite atom") << Term::atom(QStringLiteral("draft")) << db::Dialect::Sqlite
                                 << QStringLiteral("cannot bind draft as a query parameter");
    QTest::newRow("sqlite integer past 64 bits")
        << Term::integer(*BigInteger::parse(u"-9223372036854775809")) << db::Dialect::Sqlite
        << QStringLiteral("the integer -9223372036854775809 does not fit SQLite's 64-bit integers");
    QTest::newRow("pg atom") << Term::atom(QStringLiteral("draft")) << db::Dialect::Postgres
                             << QStringLiteral("cannot bind draft as a query parameter");
}

void TestValueDumper::refused()
{
    QFETCH(Term, term);
    QFETCH(db::Dialect, dialect);
    QFETCH(QString, message);
    const Result<QVariant> value = ValueDumper::value(term, dialect);
    QVERIFY(!value);
    QCOMPARE(value.error(), message);
}

void TestValueDumper::emptyStringIsNotNull_data()
{
    QTest::addColumn<db::Dialect>("dialect");
    QTest::newRow("postgres") << db::Dialect::Postgres;
    QTest::newRow("sqlite") << db::Dialect::Sqlite;
}

// Qt binds a null QString as NULL: "" must not become one, nil must.
void TestValueDumper::emptyStringIsNotNull()
{
    QFETCH(db::Dialect, dialect);
    const Result<QVariant> empty = ValueDumper::value(Term::string(QString()), dialect);
    QVERIFY(empty);
    QVERIFY(!empty->isNull());
    // Qt SQL binds a null QString inside a QVariant as NULL too.
    QVERIFY(!empty->toString().isNull());
    QCOMPARE(empty->toString(), QString());
    const Result<QVariant> nil = ValueDumper::value(Term::nil(), dialect);
    QVERIFY(nil);
    QVERIFY(nil->isNull());
}

void TestValueDumper::errorNamesTheParameter()
{
    const auto bound = ValueDumper::values({Term::integer(1), Term::tuple({})}, db::Dialect::Sqlite);
    QVERIFY(!bound);
    QCOMPARE(bound.error(), QStringLiteral("parameter 2: cannot bind this value as a query parameter"));
    const auto fine = ValueDumper::values({Term::integer(1), Term::nil()}, db::Dialect::Postgres);
    QVERIFY(fine);
    QCOMPARE(fine->size(), 2);
}

QTEST_GUILESS_MAIN(TestValueDumper)
#include "tst_valuedumper.moc"
