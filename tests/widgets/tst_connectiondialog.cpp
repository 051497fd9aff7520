#include "connectiondialog.h"
#include "db/databaseurl.h"
#include "translationloader.h"
#include "db/connection.h"
#include "workspace/workspace.h"

#include "isolatedsettings.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ectowb;
using widgets::ConnectionDialog;
using workspace::Workspace;

namespace {

// The workspace the main window hands the dialog, on `folder` (which need not exist:
// only its saved connections matter here).
std::unique_ptr<Workspace> workspaceOn(const QString &folder)
{
    auto opened = std::make_unique<Workspace>();
    opened->open(folder);
    return opened;
}

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theUrlFillsTheFields_data();
    void theUrlFillsTheFields();
    void theFieldsWriteTheUrl();
    void aPasswordNeverStaysInTheUrl();
    void createsANewSqliteFile();
    void testingAMissingFileSaysSo();
    void aMissingPostgresDatabaseIsCreatedOnceConfirmed();
    void savedConnectionsArePerProjectWithoutPasswords();
    void emptyMeansTheProjectsOwn();
    void pictureForTheReadme_data();
    void pictureForTheReadme();
};

void TestConnectionDialog::initTestCase()
{
    ectowb::testsupport::isolateSettings(); // never the user's own settings
}

void TestConnectionDialog::theUrlFillsTheFields_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("ssl");
    QTest::newRow("postgres") << QStringLiteral("postgres://ann@db.example:5433/shop_dev?sslmode=require")
                              << QStringLiteral("PostgreSQL") << QStringLiteral("db.example") << 5433
                              << QStringLiteral("ann") << QStringLiteral("shop_dev") << QStringLiteral("require");
    QTest::newRow("ecto, the default port") << QStringLiteral("ecto://bob@localhost/blog") << QStringLiteral("PostgreSQL")
                                        << QStringLiteral("localhost") << 5432 << QStringLiteral("bob")
                                        << QStringLiteral("blog") << QString();
    QTest::newRow("sqlite") << QStringLiteral("sqlite:/tmp/blog.db") << QStringLiteral("SQLite") << QString() << 0
                            << QString() << QStringLiteral("/tmp/blog.db") << QString();
}

void TestConnectionDialog::theUrlFillsTheFields()
{
    QFETCH(QString, url);
    QFETCH(QString, driver);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, database);
    QFETCH(QString, ssl);
    const std::unique_ptr<Workspace> dialogWorkspace = workspaceOn(QStringLiteral("/project"));
    ConnectionDialog dialog(dialogWorkspace.get());
    dialog.setUrl(url);
    QCOMPARE(dialog.driverBox()->currentText(), driver);
    QCOMPARE(dialog.hostEdit()->text(), host);
    QCOMPARE(dialog.portBox()->value(), port);
    QCOMPARE(dialog.userEdit()->text(), user);
    QCOMPARE(dialog.databaseEdit()->text(), database);
    QCOMPARE(dialog.sslBox()->currentData().toString(), ssl);
    QCOMPARE(dialog.hostEdit()->isEnabled(), driver == u"PostgreSQL");
}

void TestConnectionDialog::theFieldsWriteTheUrl()
{
    const std::unique_ptr<Workspace> dialogWorkspace = workspaceOn(QStringLiteral("/project"));
    ConnectionDialog dialog(dialogWorkspace.get());
    dialog.setUrl(QStringLiteral("postgres://ann@db.example/shop"));
    QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("_test"));
    QCOMPARE(dialog.urlText(), QStringLiteral("postgres://ann@db.example:5432/shop_test")); // the parser's default port, shown
    dialog.portBox()->setValue(6543);
    dialog.sslBox()->setCurrentIndex(dialog.sslBox()->findData(QStringLiteral("verify-full")));
    QCOMPARE(dialog.urlText(), QStringLiteral("postgres://ann@db.example:6543/shop_test?sslmode=verify-full"));
    // What the form writes, the URL parser reads back the same.
    const auto settings = db::DatabaseUrl::parse(dialog.urlText(), QProcessEnvironment());
    QVERIFY(settings);
    QCOMPARE(settings->port, 6543);
    QCOMPARE(settings->database, QStringLiteral("shop_test"));
    dialog.driverBox()->setCurrentIndex(dialog.driverBox()->findText(QStringLiteral("SQLite")));
    dialog.databaseEdit()->clear();
    QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("/tmp/x.db"));
    QCOMPARE(dialog.urlText(), QStringLiteral("sqlite:/tmp/x.db"));
}

void TestConnectionDialog::aPasswordNeverStaysInTheUrl()
{
    const std::unique_ptr<Workspace> dialogWorkspace = workspaceOn(QStringLiteral("/project"));
    ConnectionDialog dialog(dialogWorkspace.get());
    dialog.setUrl(QStringLiteral("postgres://ann:s%40cret@db.example/shop"));
    QCOMPARE(dialog.passwordEdit()->text(), QStringLiteral("s@cret"));
    QVERIFY(!dialog.urlText().contains(u"cret"));
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    // The URL handed to the views has it, encoded.
    const auto settings = db::DatabaseUrl::parse(dialog.connectionUrl(), QProcessEnvironment());
    QVERIFY(settings);
    QCOMPARE(settings->password, QStringLiteral("s@cret"));
    QCOMPARE(settings->username, QStringLiteral("ann"));
}

void TestConnectionDialog::createsANewSqliteFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh.db"));
    const std::unique_ptr<Workspace> dialogWorkspace = workspaceOn(dir.path());
    ConnectionDialog dialog(dialogWorkspace.get());
    QVERIFY(dialog.createSqliteFile(path));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(dialog.driverBox()->currentText(), QStringLiteral("SQLite"));
    QCOMPARE(dialog.urlText(), QStringLiteral("sqlite:") + path);
    QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
    dialog.test();
    QVERIFY(tested.wait(10000));
    QVERIFY2(tested.first().first().toBool(), qPrintable(dialog.statusText()));
    QVERIFY(!dialog.createSqliteFile(path)); // an existing file is never replaced
}

void TestConnectionDialog::testingAMissingFileSaysSo()
{
    QTemporaryDir dir;
    const std::unique_ptr<Workspace> dialogWorkspace = workspaceOn(dir.path());
    ConnectionDialog dialog(dialogWorkspace.get());
    dialog.setUrl(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("nothing.db")));
    QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
    dialog.test();
    QVERIFY(tested.wait(10000));
    QVERIFY(!tested.first().first().toBool());
    QVERIFY(dialog.statusText().startsWith(u"Cannot connect"));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nothing.db")))); // testing makes nothing
}

// The server is asked on the workspace's pool: the dialog answers through
// testFinished while the event loop keeps running.
void TestConnectionDialog::aMissingPostgresDatabaseIsCreatedOnceConfirmed()
{
    if (!qEnvironmentVariableIsSet("PGHOST"))
        QSKIP("PGHOST is not set: run under pg_virtualenv (pg_virtualenv ctest -R tst_connectiondialog)");
    const QString name = QStringLiteral("ectowb_dialog_%1").arg(QCoreApplication::applicationPid());
    const std::unique_ptr<Workspace> dialogWorkspace = workspaceOn(QStringLiteral("/project"));
    ConnectionDialog dialog(dialogWorkspace.get());
    dialog.setUrl(QStringLiteral("postgres://%1@%2:%3/%4")
                      .arg(qEnvironmentVariable("PGUSER"), qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT"), name));
    dialog.passwordEdit()->setText(qEnvironmentVariable("PGPASSWORD"));
    QStringList asked;
    dialog.setConfirmation([&asked](const QString &title, const QString &) {
        asked << title;
        return true;
    });
    QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
    dialog.test();
    QVERIFY(tested.wait(20000));
    QVERIFY2(tested.first().first().toBool(), qPrintable(dialog.statusText()));
    QCOMPARE(asked, QStringList{QStringLiteral("Create the Database?")});
    QCOMPARE(dialog.statusText(), QStringLiteral("Created the database %1.").arg(name));
    // It is there now: a second test connects without asking.
    dialog.test();
    QVERIFY(tested.wait(20000));
    QVERIFY2(tested.last().first().toBool(), qPrintable(dialog.statusText()));
    QCOMPARE(asked.size(), 1);
}

void TestConnectionDialog::savedConnectionsArePerProjectWithoutPasswords()
{
    QSettings().clear();
    {
        const std::unique_ptr<Workspace> dialogWorkspace = workspaceOn(QStringLiteral("/project/a"));
        ConnectionDialog dialog(dialogWorkspace.get());
        dialog.setUrl(QStringLiteral("postgres://ann:hunter2@db.example:5433/shop"));
        QVERIFY(dialog.saveConnection(QStringLiteral("staging")));
    }
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(u"hunter2"), qPrintable(key));
    const std::unique_ptr<Workspace> againWorkspace = workspaceOn(QStringLiteral("/project/a"));
    ConnectionDialog again(againWorkspace.get());
    QCOMPARE(again.savedBox()->count(), 2); // "(a new connection)" and ours
    QSignalSpy password(&again, &ConnectionDialog::passwordLoaded);
    again.loadSaved(1);
    QCOMPARE(again.urlText(), QStringLiteral("postgres://ann@db.example:5433/shop"));
    QVERIFY(password.count() == 1 || password.wait(10000));
    // Without a keychain service (as here), the password is asked for each time.
    if (!password.first().first().toBool())
        QVERIFY(again.passwordEdit()->text().isEmpty());
    const std::unique_ptr<Workspace> otherWorkspace = workspaceOn(QStringLiteral("/project/b"));
    ConnectionDialog other(otherWorkspace.get());
    QCOMPARE(other.savedBox()->count(), 1);
}

void TestConnectionDialog::emptyMeansTheProjectsOwn()
{
    const std::unique_ptr<Workspace> dialogWorkspace = workspaceOn(QStringLiteral("/project"));
    ConnectionDialog dialog(dialogWorkspace.get());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.useProjectDatabase());
    QVERIFY(dialog.connectionUrl().isEmpty());
}

void TestConnectionDialog::pictureForTheReadme_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

// Under ECTOWB_SHOTS, a picture of the form for the README, in each language; always
// checks that every label is translated (no English left in de and fr).
void TestConnectionDialog::pictureForTheReadme()
{
    QFETCH(QString, language);
    QCOMPARE(widgets::TranslationLoader::install(qApp, language), language);
    {
        const std::unique_ptr<Workspace> dialogWorkspace = workspaceOn(QStringLiteral("/project"));
        ConnectionDialog dialog(dialogWorkspace.get());
        dialog.setUrl(QStringLiteral("postgres://ann@db.example:5432/shop_dev?sslmode=require"));
        dialog.passwordEdit()->setText(QStringLiteral("secret"));
        QCOMPARE(dialog.windowTitle() == u"Open Database", language == u"en");
        // Every label with a mnemonic has a buddy: otherwise the "&" is shown as text.
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text().contains(u'&'))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        dialog.resize(620, dialog.sizeHint().height());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (const QString shots = qEnvironmentVariable("ECTOWB_SHOTS"); !shots.isEmpty())
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/connection-form-%1.png").arg(language)));
    }
    widgets::TranslationLoader::install(qApp, QStringLiteral("en"));
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
