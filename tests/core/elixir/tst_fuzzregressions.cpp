// Inputs the fuzzer (tests/fuzz/fuzz_reader.cpp) once broke the reader with. Each must
// now read to a result (a value or an error pointing into the input) without tripping
// ASan/UBSan: run this test in the `asan` preset to get the full check.
#include "elixir/elixirhighlighting.h"
#include "elixir/reader.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace ectowb::elixir;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inputs_data();
    void inputs();
};

void TestFuzzRegressions::inputs_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(ECTOWB_TEST_DATA "/elixir/fuzz"));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestFuzzRegressions::inputs()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray source = file.readAll();
    const ParseResult result = Reader::parse(source, path);
    if (!result.isValid()) {
        const int lines = int(source.count('\n')) + 1;
        QVERIFY(result.error->line >= 1 && result.error->line <= lines);
        QVERIFY(result.error->column >= 1);
        QVERIFY(!result.error->message.isEmpty());
    }
    const QString text = QString::fromUtf8(source);
    for (const auto &span : ElixirHighlighting::spans(text))
        QVERIFY(span.start >= 0 && span.start + span.length <= text.size());
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
