// Differential test of the Elixir reader against Elixir itself: our quoted form,
// printed like `inspect/2` prints it, must equal Elixir's byte for byte, on the
// committed goldens, on a live elixir process, and through the real CLI.

#include "elixircorpus.h"
#include "elixir/quotedprinter.h"
#include "elixir/reader.h"
#include "processrun.h"
#include "testpaths.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ectowb::elixir;
using namespace ectowb::tests;
using ectowb::testsupport::ProcessRun;
using ectowb::testsupport::runProcess;

namespace {

struct BatchRecord
{
    bool ok = false;
    QByteArray payload;
};

// Splits quoted_batch.exs output: "ok|error BYTES PATH\n" then BYTES bytes.
// Returns false on a malformed stream, so a protocol change fails loudly.
bool splitBatchOutput(const QByteArray &out, QHash<QString, BatchRecord> *records)
{
    qsizetype at = 0;
    while (at < out.size()) {
        const qsizetype eol = out.indexOf('\n', at);
        if (eol < 0)
            return false;
        const QByteArray header = out.mid(at, eol - at);
        const qsizetype space1 = header.indexOf(' ');
        const qsizetype space2 = header.indexOf(' ', space1 + 1);
        if (space1 < 0 || space2 < 0)
            return false;
        bool ok = false;
        const qsizetype length = header.mid(space1 + 1, space2 - space1 - 1).toLongLong(&ok);
        if (!ok || eol + 1 + length > out.size())
            return false;
        BatchRecord record;
        record.ok = header.left(space1) == "ok";
        record.payload = out.mid(eol + 1, length);
        records->insert(QString::fromUtf8(header.mid(space2 + 1)), record);
        at = eol + 1 + length;
    }
    return true;
}

QByteArray ourQuoted(const QString &path, QByteArray *problem)
{
    const ParseResult result = Reader::parseFile(path);
    if (!result.isValid()) {
        *problem = "our reader rejects it: "
            + (result.error ? result.error->toString().toUtf8() : QByteArray("(no error given)"));
        return {};
    }
    return QuotedPrinter::inspect(result.ast) + '\n';
}

QString elixirProgram()
{
    return QStringLiteral(ECTOWB_ELIXIR);
}

// One row of broken/variants.tsv: a real file with one line replaced.
struct BrokenVariant
{
    QString name;        // file name of the broken file, e.g. variant_0002_user_ex.exs
    QString base;        // absolute path of the file it is made from
    int line = 0;        // 1-based
    QByteArray broken;   // the replacement line
    QByteArray original; // what the base holds at that line
};

// Reads the manifest (format in its header); a malformed row is returned in *problem.
QList<BrokenVariant> readBrokenVariants(const QString &path, QByteArray *problem)
{
    QList<BrokenVariant> variants;
    bool ok = false;
    const QList<QByteArray> rows = readAll(path, &ok).split('\n');
    if (!ok) {
        *problem = "cannot read " + path.toUtf8();
        return {};
    }
    const QHash<QByteArray, QString> roots{
        {"sample", sampleProjectDir()},
        {"conformance", QStringLiteral(ECTOWB_SHARED_DIR "/conformance")},
    };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QByteArray &row = rows.at(i);
        if (row.isEmpty() || row.startsWith('#'))
            continue;
        const QByteArray where = "variants.tsv:" + QByteArray::number(i + 1) + ": ";
        const QList<QByteArray> fields = row.split('\t');
        const qsizetype colon = fields.value(1).indexOf(':');
        bool numeric = false;
        const int line = fields.value(2).toInt(&numeric);
        if (fields.size() != 5 || colon < 0 || !roots.contains(fields.at(1).left(colon)) || !numeric || line < 1) {
            *problem = where + "expected variant, sample:|conformance:base, line, broken, original";
            return {};
        }
        variants.append({QString::fromUtf8(fields.at(0)),
                         roots.value(fields.at(1).left(colon)) + u'/' + QString::fromUtf8(fields.at(1).mid(colon + 1)),
                         line, fields.at(3), fields.at(4)});
    }
    return variants;
}

// The base's text with the variant's line replaced; empty with *problem set when the
// base is missing or no longer holds the recorded original there.
QByteArray materialize(const BrokenVariant &variant, QByteArray *problem)
{
    bool ok = false;
    const QByteArray text = readAll(variant.base, &ok);
    if (!ok) {
        *problem = "its base " + variant.base.toUtf8() + " cannot be read";
        return {};
    }
    QList<QByteArray> lines = text.split('\n'); // the last is what follows the final newline
    const qsizetype lineCount = lines.size() - (text.endsWith('\n') ? 1 : 0);
    const QByteArray found = variant.line <= lineCount ? lines.at(variant.line - 1) : QByteArray("(no such line)");
    if (found != variant.original) {
        *problem = "its base " + variant.base.toUtf8() + " changed: line " + QByteArray::number(variant.line)
            + " is \"" + found + "\", the manifest says \"" + variant.original
            + "\" (make the variant again from the new base, or drop it with its .error)";
        return {};
    }
    lines[variant.line - 1] = variant.broken;
    return lines.join('\n');
}

} // namespace

class TestElixirDifferential : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void corpusIsComplete();
    void goldens_data();
    void goldens();
    void liveElixir();
    void cli_data();
    void cli();
    void checkAcceptsGoodFile();
    void checkReportsBrokenFile_data();
    void checkReportsBrokenFile();

private:
    // Where checkReportsBrokenFile writes the variants of broken/variants.tsv out. Made
    // by initTestCase, which -datatags does not run: that mode exits without
    // destroying this object, and would leave a folder behind.
    std::unique_ptr<QTemporaryDir> m_variants;
};

void TestElixirDifferential::initTestCase()
{
    m_variants = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_variants->isValid(), qPrintable(m_variants->errorString()));
}

// Guards the guard: an empty glob would make every data-driven test vacuous.
void TestElixirDifferential::corpusIsComplete()
{
    QVERIFY2(snippetFiles().size() >= 330, "the snippet corpus shrank below 330 files");
    QVERIFY2(sampleFiles().size() >= 10, "the sample project's .ex/.exs files were not found");
}

void TestElixirDifferential::goldens_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("golden");
    for (const CorpusFile &file : corpusFiles())
        QTest::newRow(qPrintable(file.tag)) << file.source << file.golden;
}

void TestElixirDifferential::goldens()
{
    QFETCH(QString, source);
    QFETCH(QString, golden);
    bool haveGolden = false;
    const QByteArray expected = readAll(golden, &haveGolden);
    QVERIFY2(haveGolden, qPrintable(QStringLiteral("missing golden %1: run tests/data/elixir/regen-quoted.sh").arg(golden)));
    QByteArray problem;
    const QByteArray actual = ourQuoted(source, &problem);
    QVERIFY2(problem.isEmpty(), problem.constData());
    QVERIFY2(actual == expected, describeDifference(actual, expected).constData());
}

// One elixir process over the whole corpus: proves the goldens are still what
// Elixir says, and compares our output with Elixir's directly.
void TestElixirDifferential::liveElixir()
{
    if (elixirProgram().isEmpty())
        QSKIP("elixir is not installed");
    const QList<CorpusFile> files = corpusFiles();
    QStringList args{corpusDataDir() + QStringLiteral("/quoted_batch.exs")};
    for (const CorpusFile &file : files)
        args << file.source;
    const ProcessRun run = runProcess(elixirProgram(), args, {QByteArray(), QProcessEnvironment::systemEnvironment(), 300000});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    QHash<QString, BatchRecord> records;
    QVERIFY2(splitBatchOutput(run.out, &records), "malformed quoted_batch.exs output");
    QCOMPARE(records.size(), files.size());

    QStringList stale;
    QStringList mismatched;
    QByteArray firstDiff;
    for (const CorpusFile &file : files) {
        const BatchRecord record = records.value(file.source);
        QVERIFY2(record.ok, qPrintable(file.tag + QStringLiteral(": Elixir rejects it: ")
                                       + QString::fromUtf8(record.payload)));
        if (readAll(file.golden) != record.payload)
            stale << file.tag;
        QByteArray problem;
        const QByteArray ours = ourQuoted(file.source, &problem);
        if (ours != record.payload) {
            mismatched << file.tag;
            if (firstDiff.isEmpty())
                firstDiff = file.tag.toUtf8() + ": "
                    + (problem.isEmpty() ? describeDifference(ours, record.payload) : problem);
        }
    }
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("stale goldens (run regen-quoted.sh): ") + stale.join(u' ')));
    QVERIFY2(mismatched.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 files differ from Elixir: %3\n%4")
                            .arg(mismatched.size()).arg(files.size())
                            .arg(mismatched.join(u' '), QString::fromUtf8(firstDiff))));
}

void TestElixirDifferential::cli_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("golden");
    // A spread of what stresses printing: unicode, big numbers, heredocs with
    // interpolation, sigils, a pipeline, and a whole schema module.
    const QStringList picks{
        QStringLiteral("snippets/strings_05.exs"),    QStringLiteral("snippets/numbers_07.exs"),
        QStringLiteral("snippets/heredocs_02.exs"),   QStringLiteral("snippets/sigils_08.exs"),
        QStringLiteral("snippets/ecto_query_03.exs"), QStringLiteral("sample/lib/blog/post.ex"),
    };
    const QList<CorpusFile> files = corpusFiles();
    for (const QString &pick : picks) {
        const auto it = std::find_if(files.begin(), files.end(), [&](const CorpusFile &f) { return f.tag == pick; });
        QVERIFY2(it != files.end(), qPrintable(pick));
        QTest::newRow(qPrintable(pick)) << it->source << it->golden;
    }
}

void TestElixirDifferential::cli()
{
    QFETCH(QString, source);
    QFETCH(QString, golden);
    const ProcessRun run = runProcess(QStringLiteral(ECTOWB_CLI), {QStringLiteral("ast"), source});
    QVERIFY2(run.exitCode >= 0, "ectowb crashed, timed out or did not start");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray expected = readAll(golden);
    QVERIFY(!expected.isEmpty());
    QVERIFY2(run.out == expected, describeDifference(run.out, expected).constData());
}

void TestElixirDifferential::checkAcceptsGoodFile()
{
    const QString source = sampleProjectDir() + QStringLiteral("/lib/blog/post.ex");
    const ProcessRun run =
        runProcess(QStringLiteral(ECTOWB_CLI), {QStringLiteral("ast"), QStringLiteral("--check"), source});
    QVERIFY2(run.exitCode >= 0, "ectowb crashed, timed out or did not start");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray());
}

// One row per broken file: the hand-written ones (broken/*.exs), and the variants of
// broken/variants.tsv with their text, which the test writes out under the variant's
// own name, so a row is named by the file name either way. Every .error golden must belong to
// one of them: a golden without its case would otherwise go untested unnoticed.
void TestElixirDifferential::checkReportsBrokenFile_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QByteArray>("content"); // a variant's text; empty for a hand-written file
    QTest::addColumn<QByteArray>("position");
    const QDir dir(corpusDataDir() + QStringLiteral("/broken"));
    QStringList goldens = dir.entryList({QStringLiteral("*.error")}, QDir::Files, QDir::Name);
    const auto addRow = [&](const QString &name, const QString &source, const QByteArray &content) {
        const QString golden = name.left(name.size() - 4) + QStringLiteral(".error");
        bool ok = false;
        const QByteArray position = readAll(dir.filePath(golden), &ok).trimmed();
        goldens.removeOne(golden);
        QTest::newRow(qPrintable(name)) << source << content << position;
        return ok;
    };

    const QStringList names = dir.entryList({QStringLiteral("*.exs")}, QDir::Files, QDir::Name);
    QVERIFY2(names.size() >= 38, "fewer than 38 hand-written broken files");
    for (const QString &name : names)
        QVERIFY2(addRow(name, dir.filePath(name), QByteArray()), qPrintable(name + QStringLiteral(" has no .error golden")));

    QByteArray problem;
    const QList<BrokenVariant> variants = readBrokenVariants(dir.filePath(QStringLiteral("variants.tsv")), &problem);
    QVERIFY2(problem.isEmpty(), problem.constData());
    QVERIFY2(variants.size() >= 52, "broken/variants.tsv has fewer than 52 variants");
    QSet<QString> taken(names.cbegin(), names.cend());
    for (const BrokenVariant &variant : variants) {
        QVERIFY2(variant.name.endsWith(QStringLiteral(".exs")) && !taken.contains(variant.name),
                 qPrintable(variant.name + QStringLiteral(": a variant's name must be a new .exs file name")));
        taken.insert(variant.name);
        const QByteArray text = materialize(variant, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(variant.name + QStringLiteral(": ") + QString::fromUtf8(problem)));
        QVERIFY2(!text.isEmpty(), qPrintable(variant.name + QStringLiteral(": empty")));
        QVERIFY2(addRow(variant.name, variant.name, text), qPrintable(variant.name + QStringLiteral(" has no .error golden")));
    }
    QVERIFY2(goldens.isEmpty(), qPrintable(QStringLiteral("goldens without a broken file or variant: ") + goldens.join(u' ')));
    qInfo("%d broken files: %d hand-written, %d variants of sample and conformance files",
          int(names.size() + variants.size()), int(names.size()), int(variants.size()));
}

// Broken files where the reader still points elsewhere than Elixir, each with why
// (file name -> reason). They stay listed so that a fix shows up as an unexpected
// pass. None at the moment: a new one belongs here only with its reason.
const QHash<QString, const char *> &knownPositionFailures()
{
    static const QHash<QString, const char *> failures;
    return failures;
}

// The report must point where Elixir points (line and column from Elixir's own
// exception, stored by regen-quoted.sh); the wording may differ. Some errors carry
// only a line in Elixir ("19:"), and then only the line is compared.
void TestElixirDifferential::checkReportsBrokenFile()
{
    QFETCH(QString, source);
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, position);
    if (!content.isEmpty()) {
        source = m_variants->filePath(source);
        QVERIFY2(ectowb::testsupport::writeFile(source, content), qPrintable(source));
    }
    const ProcessRun run =
        runProcess(QStringLiteral(ECTOWB_CLI), {QStringLiteral("ast"), QStringLiteral("--check"), source});
    QVERIFY2(run.exitCode >= 0, "ectowb crashed, timed out or did not start");
    const QByteArray report = QByteArray(run.out + run.err).trimmed();
    const bool lineOnly = position.endsWith(':');
    const QByteArray prefix = source.toUtf8() + ':' + position + (lineOnly ? "" : ": ");
    const QByteArray message = "expected a report starting with \"" + prefix + "\", got \"" + report + '"';
    const auto known = knownPositionFailures().constFind(QFileInfo(source).fileName());
    if (known != knownPositionFailures().constEnd())
        QEXPECT_FAIL("", *known, Abort);
    QVERIFY2(run.exitCode == 1 && report.startsWith(prefix), message.constData());
    QVERIFY2(report.size() > prefix.size(), "the report has no message");
}

QTEST_GUILESS_MAIN(TestElixirDifferential)
#include "tst_elixirdifferential.moc"
