#include "elixir/batchreader.h"
#include "elixir/bulkfilereader.h"
#include "elixir/reader.h"

#include "testpaths.h"

#include <QDir>
#include <QFile>

#include <atomic>
#include <QTemporaryDir>
#include <QTest>

using namespace ectowb;

namespace {

// The i-th file of a batch: module M<i>, or one that does not parse.
QByteArray moduleOrBroken(int i, bool broken)
{
    return broken ? QByteArray("defmodule Broken do\n  def x(, do: 1\nend\n")
                  : QStringLiteral("defmodule M%1 do\n  def f, do: %1\nend\n").arg(i).toUtf8();
}

} // namespace

class TestBatchReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryFileInOrder_data();
    void readsEveryFileInOrder();
    void readsWhatABatchCannotHoldAlone_data();
    void readsWhatABatchCannotHoldAlone();
    void checkGivesTheErrorsInOrder();
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
        QVERIFY(testsupport::writeFile(path, moduleOrBroken(i, i % 7 == 3)));
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

void TestBatchReader::readsWhatABatchCannotHoldAlone_data()
{
    QTest::addColumn<bool>("ring");
    QTest::newRow("io_uring where there is one") << true;
    QTest::newRow("each file alone") << false;
}

// A batch reads each file into a slot of fixed size: a bigger file, an empty one, a
// directory and a missing one must come out as reading each alone gives them, and
// the same without the ring.
void TestBatchReader::readsWhatABatchCannotHoldAlone()
{
    QFETCH(bool, ring);
    QTemporaryDir dir;
    QByteArray big = "defmodule Big do\n";
    while (big.size() < 200 * 1024)
        big += "  def f, do: :a_rather_long_atom_to_fill_the_file\n";
    big += "end\n";
    const QByteArray small = "defmodule Small do\nend\n";
    QByteArray exact = "defmodule Exact do\n";
    exact += QByteArray(64 * 1024 - exact.size() - 4, ' ');
    exact += "end\n";
    const auto write = [&](const QString &name, const QByteArray &bytes) { return testsupport::writeFile(dir.filePath(name), bytes); };
    QVERIFY(write(QStringLiteral("big.ex"), big));
    QVERIFY(write(QStringLiteral("small.ex"), small));
    QVERIFY(write(QStringLiteral("exact.ex"), exact));
    QVERIFY(write(QStringLiteral("empty.ex"), QByteArray()));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.ex")));
    const QString names[] = {QStringLiteral("big.ex"), QStringLiteral("small.ex"), QStringLiteral("missing.ex"),
                             QStringLiteral("exact.ex"), QStringLiteral("folder.ex"), QStringLiteral("empty.ex")};
    QStringList paths;
    for (int round = 0; round < 3; ++round) { // buffers are reused from batch to batch
        for (const QString &name : names)
            paths << dir.filePath(name);
    }
    elixir::BulkFileReader files(ring);
    for (int first = 0; first < paths.size(); first += 6) {
        QByteArray names[6];
        const char *native[6];
        for (int k = 0; k < 6; ++k)
            native[k] = (names[k] = QFile::encodeName(paths.at(first + k))).constData();
        files.read(native, 6);
        QVERIFY(files.ok(0));
        QCOMPARE(files.contents(0), big);
        QVERIFY(files.ok(1));
        QCOMPARE(files.contents(1), small);
        QVERIFY(!files.ok(2));
        QVERIFY(!files.error(2).isEmpty());
        QVERIFY(files.ok(3));
        QCOMPARE(files.contents(3), exact);
        QVERIFY(!files.ok(4));
        QCOMPARE(files.error(4), QStringLiteral("not a regular file"));
        QVERIFY(files.ok(5));
        QCOMPARE(files.contents(5), QByteArray());
    }
    const std::vector<elixir::ParseResult> results = elixir::BatchReader::parseFiles(paths);
    for (int i = 0; i < paths.size(); ++i) {
        const bool readable = i % 6 != 2 && i % 6 != 4;
        QCOMPARE(results[size_t(i)].isValid(), readable);
        if (readable)
            QVERIFY(results[size_t(i)].ast == elixir::Reader::parseFile(paths.at(i)).ast);
    }
}

// `ectowb ast --check` hands the names over as the system spells them and gets only
// the errors back: the same errors, with the same file names, in the same order as
// reading each file alone.
void TestBatchReader::checkGivesTheErrorsInOrder()
{
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < 300; ++i) {
        const QString path = dir.filePath(QStringLiteral("f%1 é.ex").arg(i));
        QVERIFY(testsupport::writeFile(path, moduleOrBroken(i, i % 13 == 5)));
        paths << path;
        if (i == 150)
            paths << dir.filePath(QStringLiteral("missing.ex"));
    }
    QStringList expected;
    for (const QString &path : std::as_const(paths)) {
        const elixir::ParseResult single = elixir::Reader::parseFile(path);
        if (!single.isValid())
            expected << single.error->toString().section(u':', 0, 2);
    }
    std::vector<QByteArray> names;
    std::vector<const char *> native;
    names.reserve(size_t(paths.size()));
    for (const QString &path : std::as_const(paths))
        native.push_back(names.emplace_back(QFile::encodeName(path)).constData());
    const std::vector<elixir::SyntaxError> errors = elixir::BatchReader::checkFiles(native.data(), int(native.size()), {});
    QStringList got;
    for (const elixir::SyntaxError &error : errors)
        got << error.toString().section(u':', 0, 2);
    QCOMPARE(got, expected);
    QCOMPARE(int(errors.size()), 23 + 1); // f5, f18 ... f291, and missing.ex
    QVERIFY(errors[size_t(12)].message.startsWith(u"cannot read file")); // missing.ex, after f148
}

QTEST_MAIN(TestBatchReader)
#include "tst_batchreader.moc"
