// Differential test of the interpreter against real Elixir: every line of
// tests/data/interpreter/expressions.txt is evaluated by us and by Elixir
// (run_cases.exs); inspect output must match byte for byte, and where Elixir
// raises we must return an error. Goldens come from regen.sh; with elixir
// installed the test also compares against a live run.
#include "interpreter/interpreter.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace ectowb;
using namespace ectowb::interpreter;

namespace {

QString dataDir()
{
    return QStringLiteral(ECTOWB_TEST_DATA "/interpreter");
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n');
}

// The same filter as run_cases.exs.
QStringList cases()
{
    QStringList out;
    for (const QString &line : readLines(dataDir() + QStringLiteral("/expressions.txt"))) {
        if (!line.trimmed().isEmpty() && !line.startsWith(u'#'))
            out << line;
    }
    return out;
}

QStringList goldens()
{
    QStringList lines = readLines(dataDir() + QStringLiteral("/expressions.golden"));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QStringList liveElixir()
{
    const QString elixir = QStringLiteral(ECTOWB_ELIXIR);
    if (elixir.isEmpty())
        return {};
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(elixir, {dataDir() + QStringLiteral("/run_cases.exs"), dataDir() + QStringLiteral("/expressions.txt")});
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString ours(Interpreter &interpreter, const QString &source)
{
    Result<Value> r = interpreter.evalSource(source);
    if (!r)
        return QStringLiteral("error ") + r.error();
    return QStringLiteral("ok ") + r->inspect();
}

} // namespace

class TestInterpreterDifferential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldensMatchCases()
    {
        QVERIFY(cases().size() >= 200);
        QCOMPARE(goldens().size(), cases().size());
    }

    void goldensAreCurrent()
    {
        if (QString::fromLatin1(ECTOWB_ELIXIR).isEmpty())
            QSKIP("elixir is not installed");
        const QStringList live = liveElixir();
        QVERIFY2(!live.isEmpty(), "elixir did not run the cases");
        QCOMPARE(live, goldens());
    }

    void expression_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        const QStringList sources = cases();
        const QStringList expected = goldens();
        for (qsizetype i = 0; i < sources.size() && i < expected.size(); ++i)
            QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(i + 1).arg(sources[i].left(60))))
                << sources[i] << expected[i];
    }

    void expression()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        Interpreter interpreter;
        const QString actual = ours(interpreter, source);
        if (expected.startsWith(QStringLiteral("error "))) {
            QVERIFY2(actual.startsWith(QStringLiteral("error ")), qPrintable(actual));
            return;
        }
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestInterpreterDifferential)
#include "tst_interpreterdifferential.moc"
