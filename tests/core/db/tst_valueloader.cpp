// Column values as Qt's drivers return them, loaded back by their Ecto type the way
// the adapters' loaders and Ecto.Type.load/2 do, per database.
#include "db/valueloader.h"
#include "value/termvalue.h"

#include <QTest>
#include <QUuid>

using namespace ectowb;
using db::ValueLoader;
using schema::EctoType;

Q_DECLARE_METATYPE(schema::EctoType)
Q_DECLARE_METATYPE(db::Dialect)

namespace {
EctoType t(const char *name)
{
    return EctoType::primitive(QString::fromLatin1(name));
}
} // namespace

class TestValueLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loaded_data();
    void loaded();
};

void TestValueLoader::loaded_data()
{
    QTest::addColumn<EctoType>("type");
    QTest::addColumn<QVariant>("cell");
    QTest::addColumn<db::Dialect>("dialect");
    QTest::addColumn<QString>("expected"); // as IEx inspects the loaded term

    const auto sqlite = db::Dialect::Sqlite;
    const auto pg = db::Dialect::Postgres;
    QTest::newRow("null is nil") << t("string") << QVariant() << sqlite << QStringLiteral("nil");
    QTest::newRow("integer") << t("integer") << QVariant(qlonglong(42)) << sqlite << QStringLiteral("42");
    QTest::newRow("id from int") << t("id") << QVariant(7) << pg << QStringLiteral("7");
    QTest::newRow("sqlite boolean 1") << t("boolean") << QVariant(qlonglong(1)) << sqlite << QStringLiteral("true");
    QTest::newRow("sqlite boolean 0") << t("boolean") << QVariant(qlonglong(0)) << sqlite << QStringLiteral("false");
    QTest::newRow("postgres boolean") << t("boolean") << QVariant(true) << pg << QStringLiteral("true");
    QTest::newRow("float") << t("float") << QVariant(1.5) << sqlite << QStringLiteral("1.5");
    QTest::newRow("decimal text") << t("decimal") << QVariant(QStringLiteral("12.50")) << pg << QStringLiteral("Decimal.new(\"12.50\")");
    QTest::newRow("decimal integer") << t("decimal") << QVariant(qlonglong(3)) << sqlite << QStringLiteral("Decimal.new(\"3\")");
    QTest::newRow("string") << t("string") << QVariant(QStringLiteral("Zoë")) << sqlite << QStringLiteral("\"Zoë\"");
    QTest::newRow("naive from sqlite text") << t("naive_datetime") << QVariant(QStringLiteral("2024-01-02T03:04:05"))
                                            << sqlite << QStringLiteral("~N[2024-01-02 03:04:05]");
    QTest::newRow("utc usec from sqlite text") << t("utc_datetime_usec") << QVariant(QStringLiteral("2024-01-02T03:04:05.123456Z"))
                                               << sqlite << QStringLiteral("~U[2024-01-02 03:04:05.123456Z]");
    QTest::newRow("naive from postgres") << t("naive_datetime") << QVariant(QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5)))
                                         << pg << QStringLiteral("~N[2024-01-02 03:04:05]");
    QTest::newRow("date from sqlite text") << t("date") << QVariant(QStringLiteral("2024-02-29")) << sqlite
                                           << QStringLiteral("~D[2024-02-29]");
    QTest::newRow("map from json") << t("map") << QVariant(QStringLiteral("{\"a\":1}")) << sqlite << QStringLiteral("%{\"a\" => 1}");
    QTest::newRow("postgres array") << EctoType::array(t("integer")) << QVariant(QStringLiteral("{1,2,NULL}")) << pg
                                    << QStringLiteral("[1, 2, nil]");
    QTest::newRow("postgres quoted array") << EctoType::array(t("string")) << QVariant(QStringLiteral("{\"a b\",\"NULL\",c}"))
                                           << pg << QStringLiteral("[\"a b\", \"NULL\", \"c\"]");
    QTest::newRow("sqlite array") << EctoType::array(t("string")) << QVariant(QStringLiteral("[\"a\",\"b\"]")) << sqlite
                                  << QStringLiteral("[\"a\", \"b\"]");
    QTest::newRow("enum of strings") << EctoType::enumeration({{QStringLiteral("draft"), QStringLiteral("draft")}})
                                     << QVariant(QStringLiteral("draft")) << sqlite << QStringLiteral(":draft");
    QTest::newRow("enum of integers") << EctoType::enumeration({{QStringLiteral("low"), 1}, {QStringLiteral("high"), 2}})
                                      << QVariant(qlonglong(2)) << pg << QStringLiteral(":high");
    QTest::newRow("binary_id from uuid") << t("binary_id")
                                         << QVariant(QUuid(QStringLiteral("{5f0c2b1e-8a52-4c1e-9f3a-2d7e0b6c4a11}")))
                                         << pg << QStringLiteral("\"5f0c2b1e-8a52-4c1e-9f3a-2d7e0b6c4a11\"");
    QTest::newRow("any keeps the driver's value") << EctoType() << QVariant(qlonglong(3)) << sqlite << QStringLiteral("3");
}

void TestValueLoader::loaded()
{
    QFETCH(EctoType, type);
    QFETCH(QVariant, cell);
    QFETCH(db::Dialect, dialect);
    QFETCH(QString, expected);
    QCOMPARE(value::TermValue::toValue(ValueLoader::load(type, cell, dialect)).inspect(), expected);
}

QTEST_GUILESS_MAIN(TestValueLoader)
#include "tst_valueloader.moc"
