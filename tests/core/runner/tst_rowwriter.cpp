// CSV (RFC 4180) and JSON as the exports write them, value by value, and what a
// device that refuses the data does to them.
#include "runner/csvwriter.h"
#include "runner/jsonwriter.h"
#include "runner/valuetext.h"

#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ectowb::runner;

namespace {
QByteArray written(ExportFormat format, const ResultColumns &columns, const ResultRows &rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto writer = RowWriter::create(format, &buffer);
    bool ok = writer->begin(columns);
    for (const ResultRow &row : rows)
        ok = ok && writer->write(row);
    ok = ok && writer->finish();
    return ok ? buffer.data() : QByteArray("<failed>");
}

const QMetaType Text = QMetaType::fromType<QString>();
const QMetaType Number = QMetaType::fromType<double>();
} // namespace

class TestRowWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvField_data();
    void csvField();
    void csvRows();
    void jsonValue_data();
    void jsonValue();
    void jsonRowsParse();
    void jsonEmptyResult();
    void jsonRepeatedColumnNames();
    void refusingDeviceFails();
    void manyRowsStreamToTheDevice();
};

void TestRowWriter::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("spaces stay") << QStringLiteral(" a ") << QStringLiteral(" a ");
    QTest::newRow("unicode") << QStringLiteral("\u00e9\U0001F600") << QStringLiteral("\u00e9\U0001F600");
}

void TestRowWriter::csvField()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(CsvWriter::field(text), field);
}

void TestRowWriter::csvRows()
{
    const ResultColumns columns{{QStringLiteral("id"), Number}, {QStringLiteral("a,b"), Text}, {QStringLiteral("x"), Text}};
    const ResultRows rows{{1, QStringLiteral("x"), QVariant(Text)},
                          {2.5, QString(QLatin1String("")), QStringLiteral("\"")},
                          {true, QByteArray("\x00\xff", 2), QDate(2024, 1, 15)}};
    QCOMPARE(written(ExportFormat::Csv, columns, rows),
             QByteArray("id,\"a,b\",x\r\n"
                        "1,x,\r\n"
                        "2.5,\"\",\"\"\"\"\r\n"
                        "true,\\x00ff,2024-01-15\r\n"));
}

void TestRowWriter::jsonValue_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("columnType");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("null") << QVariant(Text) << int(QMetaType::QString) << QByteArray("null");
    QTest::newRow("invalid") << QVariant() << int(QMetaType::QString) << QByteArray("null");
    QTest::newRow("integer") << QVariant(qint64(-9007199254740993)) << int(QMetaType::LongLong)
                             << QByteArray("-9007199254740993");
    QTest::newRow("double") << QVariant(0.1) << int(QMetaType::Double) << QByteArray("0.1");
    QTest::newRow("NaN") << QVariant(qQNaN()) << int(QMetaType::Double) << QByteArray("\"NaN\"");
    QTest::newRow("bool") << QVariant(false) << int(QMetaType::Bool) << QByteArray("false");
    QTest::newRow("exact numeric") << QVariant(QStringLiteral("12345678901234567890.50")) << int(QMetaType::Double)
                                   << QByteArray("12345678901234567890.50");
    QTest::newRow("numeric NaN") << QVariant(QStringLiteral("NaN")) << int(QMetaType::Double) << QByteArray("\"NaN\"");
    QTest::newRow("number-like text stays text") << QVariant(QStringLiteral("42")) << int(QMetaType::QString)
                                                 << QByteArray("\"42\"");
    QTest::newRow("escapes") << QVariant(QString::fromUtf16(u"\"\\\n\t\u0001\0", 6)) << int(QMetaType::QString)
                             << QByteArray("\"\\\"\\\\\\n\\t\\u0001\\u0000\"");
    QTest::newRow("unicode raw") << QVariant(QStringLiteral("\u05e9\U0001F600")) << int(QMetaType::QString)
                                 << QString(QStringLiteral("\"\u05e9\U0001F600\"")).toUtf8();
    QTest::newRow("date") << QVariant(QDate(2024, 1, 15)) << int(QMetaType::QDate) << QByteArray("\"2024-01-15\"");
    QTest::newRow("utc timestamp") << QVariant(QDateTime(QDate(2024, 1, 15), QTime(10, 30, 0, 250), Qt::UTC))
                                   << int(QMetaType::QDateTime) << QByteArray("\"2024-01-15T10:30:00.250Z\"");
    QTest::newRow("bytes") << QVariant(QByteArray("\x01\xab", 2)) << int(QMetaType::QByteArray) << QByteArray("\"\\\\x01ab\"");
}

void TestRowWriter::jsonValue()
{
    QFETCH(QVariant, value);
    QFETCH(int, columnType);
    QFETCH(QByteArray, json);
    QByteArray out;
    ValueText::appendJson(out, value, QMetaType(columnType));
    QCOMPARE(out, json);
}

void TestRowWriter::jsonRowsParse()
{
    const ResultColumns columns{{QStringLiteral("id"), QMetaType::fromType<qint64>()}, {QStringLiteral("title"), Text}};
    const ResultRows rows{{qint64(1), QStringLiteral("a \"b\"")}, {qint64(2), QVariant(Text)}};
    const QByteArray json = written(ExportFormat::Json, columns, rows);
    QCOMPARE(json, QByteArray("[\n{\"id\":1,\"title\":\"a \\\"b\\\"\"},\n{\"id\":2,\"title\":null}\n]\n"));
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(json, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(u"title").toString(), QStringLiteral("a \"b\""));
}

void TestRowWriter::jsonEmptyResult()
{
    QCOMPARE(written(ExportFormat::Json, {{QStringLiteral("id"), Number}}, {}), QByteArray("[]\n"));
    QCOMPARE(written(ExportFormat::Csv, {{QStringLiteral("id"), Number}}, {}), QByteArray("id\r\n"));
}

void TestRowWriter::jsonRepeatedColumnNames()
{
    const ResultColumns columns{{QStringLiteral("id"), Number},
                                {QStringLiteral("id"), Number},
                                {QStringLiteral("id_2"), Number},
                                {QStringLiteral("id"), Number}};
    QCOMPARE(JsonWriter::uniqueKeys(columns),
             (QStringList{QStringLiteral("id"), QStringLiteral("id_3"), QStringLiteral("id_2"), QStringLiteral("id_4")}));
}

void TestRowWriter::refusingDeviceFails()
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly); // refuses every write
    auto writer = RowWriter::create(ExportFormat::Csv, &buffer);
    writer->begin({{QStringLiteral("id"), Number}});
    QVERIFY(!writer->finish());
    QVERIFY(!writer->errorString().isEmpty());
}

// The writer hands its buffer on as it goes: what it holds stays small.
void TestRowWriter::manyRowsStreamToTheDevice()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    QVERIFY(writer.begin({{QStringLiteral("id"), Number}, {QStringLiteral("text"), Text}}));
    const QString text(100, QLatin1Char('x'));
    qint64 largestGap = 0;
    for (int i = 0; i < 100000; ++i) {
        QVERIFY(writer.write({i, text}));
        largestGap = qMax<qint64>(largestGap, (i + 1) * 105 - buffer.size());
    }
    QVERIFY(writer.finish());
    QCOMPARE(writer.rowsWritten(), 100000);
    QVERIFY2(largestGap < 200 * 1024, qPrintable(QString::number(largestGap)));
}

QTEST_GUILESS_MAIN(TestRowWriter)
#include "tst_rowwriter.moc"
