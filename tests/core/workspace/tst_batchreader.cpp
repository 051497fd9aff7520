#include "elixir/batchreader.h"

#include <QFile>

#include <atomic>
#include <QTemporaryDir>
#include <QTest>

using namespace ectowb;

class TestBatchReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryFileInOrder_data();
    void readsEveryFileInOrder();
};

void TestBatchReader::readsEveryFileInOrder_data()
{
    QTest::addColumn<int>("files");
    QTest::addColumn<int>("threads");
    QTest::addColumn<bool>("errorsOnly");
    QTest::newRow("one file") << 1 << 0 << false;
    QTest::newRow("many files, every core") << 200 << 0 << false;
    QTest::newRow("many files, four threads") << 200 << 4 << false;
    QTest::newRow("errors only (ast --check)") << 200 << 0 << true;
}

// The same answers as Reader::parseFile, file by file, whatever the threads: a broken
// file and a missing one are reported where they are in the list.
void TestBatchReader::readsEveryFileInOrder()
{
    QFETCH(int, files);
    QFETCH(int, threads);
    QFETCH(bool, errorsOnly);
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < files; ++i) {
        const QString path = dir.filePath(QStringLiteral("f%1.ex").arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(i % 7 == 3 ? QByteArray("defmodule Broken do\n  def x(, do: 1\nend\n")
                              : QStringLiteral("defmodule M%1 do\n  def f, do: %1\nend\n").arg(i).toUtf8());
        paths << path;
    }
    paths << dir.filePath(QStringLiteral("missing.ex"));
    elixir::BatchReader::Options options;
    options.threads = threads;
    options.errorsOnly = errorsOnly;
    std::atomic_int reported{0};
    std::atomic_bool wrongTotal{false};
    options.progress = [&](int, int total) { // on worker threads: no QCOMPARE here
        ++reported;
        if (total != int(paths.size()))
            wrongTotal = true;
    };
    const std::vector<elixir::ParseResult> results = elixir::BatchReader::parseFiles(paths, options);
    QCOMPARE(int(results.size()), int(paths.size()));
    QCOMPARE(reported.load(), int(paths.size()));
    QVERIFY(!wrongTotal);
    for (int i = 0; i < paths.size(); ++i) {
        const elixir::ParseResult single = elixir::Reader::parseFile(paths.at(i));
        QCOMPARE(results[size_t(i)].isValid(), single.isValid());
        if (single.isValid())
            QVERIFY(errorsOnly ? results[size_t(i)].ast == elixir::Ast() : results[size_t(i)].ast == single.ast);
        else
            QCOMPARE(results[size_t(i)].error->toString().section(u':', 0, 2), single.error->toString().section(u':', 0, 2));
    }
    QVERIFY(!results.back().isValid());
    QVERIFY(results.back().error->message.startsWith(u"cannot read file"));
}

QTEST_MAIN(TestBatchReader)
#include "tst_batchreader.moc"
