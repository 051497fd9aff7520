#include "processrun.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using ectowb::testsupport::ProcessRun;
using ectowb::testsupport::runGui;

class TestGuiCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionPrintsTheProjectVersion();
    void helpListsTheOptions_data();
    void helpListsTheOptions();
    void unknownLanguageIsAnError();
    void missingProjectIsAnError();
    void screenshotSavesTheWindow();
};

void TestGuiCommandLine::versionPrintsTheProjectVersion()
{
    const ProcessRun run = runGui({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().contains(QStringLiteral(ECTOWB_VERSION)), qPrintable(run.outText()));
}

void TestGuiCommandLine::helpListsTheOptions_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("description");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Open the project in <folder>");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Das Projekt in <Ordner> öffnen");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Ouvrir le projet situé dans <dossier>");
}

void TestGuiCommandLine::helpListsTheOptions()
{
    QFETCH(QString, language);
    QFETCH(QString, description);
    const ProcessRun run = runGui({QStringLiteral("--lang"), language, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *option : {"--project", "--lang", "--open", "--version"})
        QVERIFY2(run.outText().contains(QLatin1String(option)), option);
    QVERIFY2(!run.outText().contains(u"--screenshot"), "the screenshot option is hidden");
    QVERIFY2(run.outText().contains(description), qPrintable(run.outText()));
}

void TestGuiCommandLine::unknownLanguageIsAnError()
{
    const ProcessRun run = runGui({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--version")});
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.errText().contains(u"xx"));
}

void TestGuiCommandLine::missingProjectIsAnError()
{
    const ProcessRun run = runGui({QStringLiteral("--project"), QStringLiteral("/nonexistent/ectowb")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.errText().contains(u"/nonexistent/ectowb"));
}

void TestGuiCommandLine::screenshotSavesTheWindow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("window.png"));
    const ProcessRun run = runGui({QStringLiteral("--open"), QStringLiteral("lib/blog/post.ex"),
                            QStringLiteral("--screenshot"), png});
    QCOMPARE(run.exitCode, 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800);
    QVERIFY(image.height() >= 500);
}

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_guicommandline.moc"
