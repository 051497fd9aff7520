#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runGui(const QStringList &arguments)
{
    QProcess gui;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    gui.setProcessEnvironment(environment);
    gui.start(QStringLiteral(ECTOWB_GUI), arguments);
    if (!gui.waitForFinished(30000)) {
        gui.kill();
        return {};
    }
    return {gui.exitCode(), QString::fromUtf8(gui.readAllStandardOutput()), QString::fromUtf8(gui.readAllStandardError())};
}

} // namespace

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
    const Run run = runGui({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral(ECTOWB_VERSION)), qPrintable(run.out));
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
    const Run run = runGui({QStringLiteral("--lang"), language, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *option : {"--project", "--lang", "--open", "--version"})
        QVERIFY2(run.out.contains(QLatin1String(option)), option);
    QVERIFY2(!run.out.contains(u"--screenshot"), "the screenshot option is hidden");
    QVERIFY2(run.out.contains(description), qPrintable(run.out));
}

void TestGuiCommandLine::unknownLanguageIsAnError()
{
    const Run run = runGui({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--version")});
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.err.contains(u"xx"));
}

void TestGuiCommandLine::missingProjectIsAnError()
{
    const Run run = runGui({QStringLiteral("--project"), QStringLiteral("/nonexistent/ectowb")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"/nonexistent/ectowb"));
}

void TestGuiCommandLine::screenshotSavesTheWindow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("window.png"));
    const Run run = runGui({QStringLiteral("--open"), QStringLiteral("lib/blog/post.ex"),
                            QStringLiteral("--screenshot"), png});
    QCOMPARE(run.exitCode, 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800);
    QVERIFY(image.height() >= 500);
}

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_guicommandline.moc"
