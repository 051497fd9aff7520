#include "workspace/databasecreator.h"
#include "workspace/savedconnections.h"
#include "workspace/workspace.h"
#include "project/projectdatabase.h"
#include "project/projectloader.h"
#include "project/sampleproject.h"

#include "isolatedsettings.h"

#include <QDir>
#include <QFile>
#include <QThread>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ectowb;
using workspace::Workspace;

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensOffTheCallersThreadMigrationsFirst();
    void theDatabaseRuleIsTheProjectsUnlessOneIsChosen();
    void aNewerOpenDropsTheOlderAnswer();
    void jobsAnswerOnTheWorkspacesThread();
    void savedConnectionsNeverKeepAPassword_data();
    void savedConnectionsNeverKeepAPassword();
    void missingPostgresDatabaseIsRecognised_data();
    void missingPostgresDatabaseIsRecognised();
    void createsAnEmptySqliteFileOnce();
};

void TestWorkspace::initTestCase()
{
    ectowb::testsupport::isolateSettingsOverTheSample(); // never the user's own settings
}

// The timeline can list migrations from a directory listing while the files parse.
void TestWorkspace::opensOffTheCallersThreadMigrationsFirst()
{
    Workspace workspace;
    QSignalSpy listed(&workspace, &Workspace::migrationsListed);
    QSignalSpy loaded(&workspace, &Workspace::projectLoaded);
    QSignalSpy progress(&workspace, &Workspace::loadProgress);
    workspace.open(project::SampleProject::folder());
    QVERIFY(workspace.isLoading());
    QCOMPARE(loaded.count(), 0); // open() returns before anything is read
    QVERIFY(loaded.wait(20000));
    QCOMPARE(listed.count(), 1);
    QCOMPARE(loaded.count(), 1);
    QVERIFY(progress.count() > 0);
    QVERIFY(!workspace.isLoading());
    const project::Project direct = project::ProjectLoader::load(project::SampleProject::folder());
    QCOMPARE(workspace.project().schemas.size(), direct.schemas.size());
    QCOMPARE(listed.first().first().value<QList<project::MigrationFile>>().size(), direct.migrations.size());
    QCOMPARE(workspace.migrations().size(), direct.migrations.size());
    QVERIFY(!direct.migrations.isEmpty());
}

void TestWorkspace::theDatabaseRuleIsTheProjectsUnlessOneIsChosen()
{
    Workspace workspace;
    QVERIFY(!workspace.database()); // no project, no database
    QSignalSpy loaded(&workspace, &Workspace::projectLoaded);
    workspace.open(project::SampleProject::folder());
    QVERIFY(loaded.wait(20000));
    const auto own = project::ProjectDatabase::settingsFor(workspace.project());
    QVERIFY(own);
    QVERIFY(workspace.database());
    QCOMPARE(workspace.database()->database, own->database);
    QSignalSpy changed(&workspace, &Workspace::databaseChanged);
    db::ConnectionSettings chosen;
    chosen.dialect = db::Dialect::Postgres;
    chosen.database = QStringLiteral("elsewhere");
    workspace.chooseDatabase(chosen);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(workspace.database()->database, QStringLiteral("elsewhere"));
    QCOMPARE(Workspace::databaseFor(workspace.project(), chosen)->database, QStringLiteral("elsewhere"));
    workspace.chooseDatabase(std::nullopt);
    QCOMPARE(workspace.database()->database, own->database);
}

void TestWorkspace::aNewerOpenDropsTheOlderAnswer()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    Workspace workspace;
    QSignalSpy loaded(&workspace, &Workspace::projectLoaded);
    workspace.open(project::SampleProject::folder());
    workspace.open(empty.path());
    QVERIFY(loaded.wait(20000));
    QTest::qWait(200); // room for a stale answer to arrive, if one could
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(workspace.project().root, QDir(empty.path()).absolutePath());
    QVERIFY(workspace.project().schemas.isEmpty());
}

void TestWorkspace::jobsAnswerOnTheWorkspacesThread()
{
    Workspace workspace;
    QThread *answeredOn = nullptr;
    int answer = 0;
    workspace.run<int>(&workspace, [] { return 42; }, [&](int value) {
        answer = value;
        answeredOn = QThread::currentThread();
    });
    QTRY_COMPARE(answer, 42);
    QCOMPARE(answeredOn, QThread::currentThread());
}

void TestWorkspace::savedConnectionsNeverKeepAPassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("saved");
    QTest::newRow("no password") << QStringLiteral("postgres://me@db.example:5433/shop") << true;
    QTest::newRow("sqlite") << QStringLiteral("sqlite:/tmp/x.db") << true;
    QTest::newRow("password") << QStringLiteral("postgres://me:secret@db.example/shop") << false;
}

void TestWorkspace::savedConnectionsNeverKeepAPassword()
{
    QFETCH(QString, url);
    QFETCH(bool, saved);
    QSettings().clear();
    workspace::SavedConnections connections(QStringLiteral("/some/project"));
    QCOMPARE(connections.save({QStringLiteral("mine"), url}), saved);
    QCOMPARE(connections.entries().size(), saved ? 1 : 0);
    // Another project has its own list.
    QVERIFY(workspace::SavedConnections(QStringLiteral("/other/project")).entries().isEmpty());
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(u"secret"), qPrintable(key));
    if (saved) {
        QCOMPARE(connections.entries().first().url, url);
        connections.remove(QStringLiteral("mine"));
        QVERIFY(connections.entries().isEmpty());
    }
}

void TestWorkspace::missingPostgresDatabaseIsRecognised_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("missing");
    QTest::newRow("missing") << QStringLiteral("FATAL:  database \"shop_dev\" does not exist\nQPSQL: Unable to connect") << true;
    QTest::newRow("other database") << QStringLiteral("FATAL:  database \"other\" does not exist") << false;
    QTest::newRow("password") << QStringLiteral("FATAL:  password authentication failed for user \"me\"") << false;
}

void TestWorkspace::missingPostgresDatabaseIsRecognised()
{
    QFETCH(QString, error);
    QFETCH(bool, missing);
    db::ConnectionSettings settings;
    settings.dialect = db::Dialect::Postgres;
    settings.database = QStringLiteral("shop_dev");
    QCOMPARE(workspace::DatabaseCreator::isMissingDatabase(settings, error), missing);
    settings.dialect = db::Dialect::Sqlite;
    QVERIFY(!workspace::DatabaseCreator::isMissingDatabase(settings, error));
}

void TestWorkspace::createsAnEmptySqliteFileOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/new.db"));
    QVERIFY(workspace::DatabaseCreator::createSqliteFile(path));
    QVERIFY(QFile::exists(path));
    QVERIFY(!workspace::DatabaseCreator::createSqliteFile(path)); // never over an existing file
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
