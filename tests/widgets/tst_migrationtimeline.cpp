#include "migrationtimeline.h"
#include "workspace/workspace.h"
#include "project/sampleproject.h"
#include "project/projectloader.h"
#include "migrationsqlpanel.h"
#include "models/migrationlistmodel.h"
#include "migrationdelegate.h"
#include "workspace/migrationrunner.h"
#include "translationloader.h"

#include "testpaths.h"

#include <QAction>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ectowb;
using models::MigrationEntry;
using models::MigrationListModel;
using widgets::MigrationTimeline;

namespace {

constexpr int RunTimeout = 30000;

bool addMigration(const QString &project, const QString &file, const QByteArray &body)
{
    QFile out(project % u"/priv/repo/migrations/" % file);
    return out.open(QIODevice::WriteOnly)
           && out.write("defmodule Blog.Repo.Migrations.Extra do\n  use Ecto.Migration\n" + body + "\nend\n") > 0;
}

QList<int> states(const MigrationTimeline &timeline)
{
    QList<int> out;
    for (const MigrationEntry &entry : timeline.model()->snapshot())
        out.append(int(entry.state));
    return out;
}

QList<int> repeated(MigrationEntry::State state, int count)
{
    return QList<int>(count, int(state));
}

QStringList tablesIn(const QString &file)
{
    QStringList tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(file);
        if (db.open())
            tables = db.tables();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return tables;
}

bool waitForRefresh(MigrationTimeline &timeline, const std::function<void()> &trigger)
{
    QSignalSpy spy(&timeline, &MigrationTimeline::refreshed);
    trigger();
    return spy.wait(RunTimeout);
}

bool run(MigrationTimeline &timeline, MigrationTimeline::Action action, bool *ok = nullptr)
{
    QSignalSpy spy(&timeline, &MigrationTimeline::runFinished);
    if (!timeline.action(action)->isEnabled())
        return false;
    timeline.action(action)->trigger();
    if (!spy.wait(RunTimeout))
        return false;
    if (ok)
        *ok = spy.first().first().toBool();
    return true;
}

// Whether `action` ran to its end and failed.
bool runFails(MigrationTimeline &timeline, MigrationTimeline::Action action)
{
    bool ok = true;
    return run(timeline, action, &ok) && !ok;
}

} // namespace

class TestMigrationTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void listsTheSampleAllDown();
    void sqlPanesShowBothDirections_data();
    void sqlPanesShowBothDirections();
    void applyAllThenRollBackOne();
    void confirmationNamesWhatIsDropped_data();
    void confirmationNamesWhatIsDropped();
    void declinedRollbackRunsNothing();
    void refusedDirectionShowsTheReason();
    void failingMigrationReportsStatement();
    void unevaluableMigrationIsMarkedAsApplied();
    void unreachableDatabaseStillShowsMigrations();
    void sampleIsMigratedAndSeededOnce();
    void anOldErrorBannerGivesWayToANewerError();
    void theLogShowsItsNewestLine();
    void badgesNeverCoverTheVersion_data();
    void badgesNeverCoverTheVersion();
    void rollBackAndCancelReadDifferently_data();
    void rollBackAndCancelReadDifferently();
    void listsMigrationsBeforeTheProjectIsRead();
    void lockTimeoutReachesTheRuns_data();
    void lockTimeoutReachesTheRuns();

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_database;
};

void TestMigrationTimeline::init()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) % u'_'
                               % QString::number(QDateTime::currentMSecsSinceEpoch()));
    // A copy of the bundled sample, so runs write a temporary blog_dev.db beside it.
    QVERIFY(testsupport::copyTree(testsupport::sampleProjectDir(), m_project));
    m_database = m_project % u"/blog_dev.db";
}

void TestMigrationTimeline::listsTheSampleAllDown()
{
    workspace::Workspace opened;
    MigrationTimeline timeline(&opened);
    QVERIFY(waitForRefresh(timeline, [&] { opened.open(m_project); }));
    QCOMPARE(timeline.model()->rowCount(), 8);
    QCOMPARE(states(timeline), repeated(MigrationEntry::State::Down, 8));
    QVERIFY(timeline.isDatabaseReachable());
    QVERIFY2(timeline.databaseText().contains(u"blog_dev.db"), qPrintable(timeline.databaseText()));
    QVERIFY(timeline.action(MigrationTimeline::Action::ApplyAll)->isEnabled());
    QVERIFY(!timeline.action(MigrationTimeline::Action::RollBack)->isEnabled());
    QVERIFY(!timeline.action(MigrationTimeline::Action::ResetSample)->isEnabled()); // a copy is not the sample
    QVERIFY(!QFile::exists(m_database)); // reading the status created nothing
}

void TestMigrationTimeline::sqlPanesShowBothDirections_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("up");
    QTest::addColumn<QString>("down");
    QTest::newRow("sqlite users") << int(db::Dialect::Sqlite) << 0 << QStringLiteral("CREATE TABLE \"users\"")
                                  << QStringLiteral("DROP TABLE \"users\"");
    QTest::newRow("postgres users") << int(db::Dialect::Postgres) << 0 << QStringLiteral("CREATE TABLE \"users\"")
                                    << QStringLiteral("DROP TABLE \"users\"");
    QTest::newRow("postgres serial") << int(db::Dialect::Postgres) << 0 << QStringLiteral("bigserial")
                                     << QStringLiteral("DROP INDEX \"users_email_index\"");
    QTest::newRow("rename") << int(db::Dialect::Sqlite) << 7 << QStringLiteral("RENAME COLUMN \"content\" TO \"body\"")
                            << QStringLiteral("RENAME COLUMN \"body\" TO \"content\"");
}

void TestMigrationTimeline::sqlPanesShowBothDirections()
{
    QFETCH(int, dialect);
    QFETCH(int, row);
    QFETCH(QString, up);
    QFETCH(QString, down);
    workspace::Workspace opened;
    MigrationTimeline timeline(&opened);
    QVERIFY(waitForRefresh(timeline, [&] { opened.open(m_project); }));
    timeline.setDialect(db::Dialect(dialect));
    timeline.selectVersion(timeline.model()->snapshot().at(row).version);
    QVERIFY2(timeline.sqlPanel()->upText().contains(up), qPrintable(timeline.sqlPanel()->upText()));
    QVERIFY2(timeline.sqlPanel()->downText().contains(down), qPrintable(timeline.sqlPanel()->downText()));
}

void TestMigrationTimeline::applyAllThenRollBackOne()
{
    workspace::Workspace opened;
    MigrationTimeline timeline(&opened);
    QStringList asked;
    timeline.setConfirmation([&](const QString &, const QString &text) {
        asked.append(text);
        return true;
    });
    QVERIFY(waitForRefresh(timeline, [&] { opened.open(m_project); }));
    bool ok = false;
    QVERIFY(run(timeline, MigrationTimeline::Action::ApplyAll, &ok));
    QVERIFY2(ok, qPrintable(timeline.errorText()));
    QCOMPARE(states(timeline), repeated(MigrationEntry::State::Up, 8));
    // The state read after the run is the workspace's, for the other views.
    QCOMPARE(opened.migrationStatus().size(), 8);
    for (const migration::MigrationStatus &status : opened.migrationStatus())
        QCOMPARE(status.state, migration::MigrationStatus::State::Up);
    const QStringList tables = tablesIn(m_database);
    for (const char *table : {"users", "posts", "comments", "tags", "posts_tags", "profiles", "schema_migrations"})
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
    QVERIFY(timeline.logText().contains(u"CREATE TABLE \"users\""));
    QVERIFY(timeline.databaseText().contains(u"8 of 8"));

    QVERIFY(run(timeline, MigrationTimeline::Action::RollBack, &ok));
    QVERIFY2(ok, qPrintable(timeline.errorText()));
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().contains(u"rename_comments_content_to_body"));
    QList<int> expected = repeated(MigrationEntry::State::Up, 7);
    expected.append(int(MigrationEntry::State::Down));
    QCOMPARE(states(timeline), expected);
    QVERIFY(timeline.logText().contains(u"RENAME COLUMN \"body\" TO \"content\""));
    QVERIFY(!timeline.isBusy());
    QVERIFY(!timeline.action(MigrationTimeline::Action::Cancel)->isEnabled());
}

void TestMigrationTimeline::confirmationNamesWhatIsDropped_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("profiles") << 5 << QStringList{QStringLiteral("table profiles"), QStringLiteral("index profiles_user_id_index")};
    QTest::newRow("status fields") << 6
                                   << QStringList{QStringLiteral("column users.role"), QStringLiteral("column users.is_active"),
                                                  QStringLiteral("index users_role_index"),
                                                  QStringLiteral("DROP VIEW published_posts")};
    QTest::newRow("to the first") << 0 << QStringList{QStringLiteral("table users"), QStringLiteral("table posts"),
                                                      QStringLiteral("table posts_tags"), QStringLiteral("Roll back 8 migration")};
}

void TestMigrationTimeline::confirmationNamesWhatIsDropped()
{
    QFETCH(int, row);
    QFETCH(QStringList, named);
    workspace::Workspace opened;
    MigrationTimeline timeline(&opened);
    QString asked;
    timeline.setConfirmation([&](const QString &, const QString &text) {
        asked = text;
        return false;
    });
    QVERIFY(waitForRefresh(timeline, [&] { opened.open(m_project); }));
    QVERIFY(run(timeline, MigrationTimeline::Action::ApplyAll));
    timeline.selectVersion(timeline.model()->snapshot().at(row).version);
    timeline.action(MigrationTimeline::Action::RollBackToHere)->trigger();
    for (const QString &name : named)
        QVERIFY2(asked.contains(name), qPrintable(asked));
}

void TestMigrationTimeline::declinedRollbackRunsNothing()
{
    workspace::Workspace opened;
    MigrationTimeline timeline(&opened);
    int asked = 0;
    timeline.setConfirmation([&](const QString &, const QString &) { return ++asked, false; });
    QVERIFY(waitForRefresh(timeline, [&] { opened.open(m_project); }));
    QVERIFY(run(timeline, MigrationTimeline::Action::ApplyNext));
    QVERIFY(run(timeline, MigrationTimeline::Action::ApplyNext));
    QCOMPARE(states(timeline).mid(0, 3), (QList<int>{int(MigrationEntry::State::Up), int(MigrationEntry::State::Up),
                                                     int(MigrationEntry::State::Down)}));
    timeline.action(MigrationTimeline::Action::RollBack)->trigger();
    QCOMPARE(asked, 1);
    QVERIFY(!timeline.isBusy());
    QVERIFY(tablesIn(m_database).contains(QStringLiteral("posts")));
}

void TestMigrationTimeline::refusedDirectionShowsTheReason()
{
    QVERIFY(addMigration(m_project, QStringLiteral("20250101000000_add_extension.exs"),
                         "  def change do\n    execute \"CREATE TABLE extra (id integer)\"\n  end"));
    workspace::Workspace opened;
    MigrationTimeline timeline(&opened);
    QVERIFY(waitForRefresh(timeline, [&] { opened.open(m_project); }));
    QCOMPARE(timeline.model()->rowCount(), 9);
    const QModelIndex last = timeline.model()->index(8);
    QVERIFY(last.data(MigrationListModel::IrreversibleRole).toBool());
    timeline.selectVersion(20250101000000);
    QVERIFY(timeline.sqlPanel()->upText().contains(u"CREATE TABLE extra"));
    QVERIFY2(timeline.sqlPanel()->downText().contains(u"cannot reverse migration command"),
             qPrintable(timeline.sqlPanel()->downText()));
    QVERIFY(!timeline.sqlPanel()->downText().contains(u"DROP"));
}

void TestMigrationTimeline::failingMigrationReportsStatement()
{
    QVERIFY(addMigration(m_project, QStringLiteral("20250101000000_broken.exs"),
                         "  def up do\n    execute \"CREATE TABLE users (id integer)\"\n  end\n"
                         "  def down do\n    execute \"SELECT 1\"\n  end"));
    workspace::Workspace opened;
    MigrationTimeline timeline(&opened);
    QVERIFY(waitForRefresh(timeline, [&] { opened.open(m_project); }));
    QVERIFY(runFails(timeline, MigrationTimeline::Action::ApplyAll));
    const QString error = timeline.errorText();
    QVERIFY2(error.contains(u"20250101000000"), qPrintable(error));
    QVERIFY2(error.contains(u"CREATE TABLE users (id integer)"), qPrintable(error));
    QVERIFY2(error.contains(u"already exists"), qPrintable(error));
    QList<int> expected = repeated(MigrationEntry::State::Up, 8);
    expected.append(int(MigrationEntry::State::Down));
    QCOMPARE(states(timeline), expected);
}

// A migration calling code the tool cannot see stops Apply All there, with a
// message naming the call; Mark as Applied (confirmed) records it as mix
// ecto.migrate would, and the next run applies what follows.
void TestMigrationTimeline::unevaluableMigrationIsMarkedAsApplied()
{
    QVERIFY(addMigration(m_project, QStringLiteral("20250101000000_legacy.exs"),
                         "  def up do\n    Blog.Legacy.import!(repo())\n  end\n  def down do\n  end"));
    QVERIFY(addMigration(m_project, QStringLiteral("20250101000001_after.exs"),
                         "  def change do\n    create table(:after_legacy)\n  end"));
    workspace::Workspace opened;
    MigrationTimeline timeline(&opened);
    QVERIFY(waitForRefresh(timeline, [&] { opened.open(m_project); }));
    QVERIFY(runFails(timeline, MigrationTimeline::Action::ApplyAll));
    QVERIFY2(timeline.errorText().contains(u"Blog.Legacy.import!/1"), qPrintable(timeline.errorText()));
    QVERIFY2(!timeline.errorText().contains(u"refuse"), qPrintable(timeline.errorText()));
    QList<int> expected = repeated(MigrationEntry::State::Up, 8);
    expected << int(MigrationEntry::State::Down) << int(MigrationEntry::State::Down);
    QCOMPARE(states(timeline), expected);

    timeline.selectVersion(20250101000000);
    QString asked;
    timeline.setConfirmation([&](const QString &, const QString &text) {
        asked = text;
        return true;
    });
    QVERIFY(run(timeline, MigrationTimeline::Action::MarkApplied));
    QVERIFY2(asked.contains(u"20250101000000"), qPrintable(asked));
    expected = repeated(MigrationEntry::State::Up, 9);
    expected << int(MigrationEntry::State::Down);
    QTRY_COMPARE(states(timeline), expected);
    bool ok = false;
    QVERIFY(run(timeline, MigrationTimeline::Action::ApplyAll, &ok));
    QVERIFY(ok);
    QTRY_COMPARE(states(timeline), repeated(MigrationEntry::State::Up, 10));
}

void TestMigrationTimeline::unreachableDatabaseStillShowsMigrations()
{
    workspace::Workspace opened;
    MigrationTimeline timeline(&opened);
    QVERIFY(waitForRefresh(timeline, [&] { opened.open(m_project); }));
    const auto nowhere = db::ConnectionSettings::sqliteFile(m_dir.filePath(QStringLiteral("missing/folder/none.db")), false);
    QVERIFY(waitForRefresh(timeline, [&] { timeline.setDatabase(nowhere); }));
    QVERIFY(!timeline.isDatabaseReachable());
    QCOMPARE(timeline.model()->rowCount(), 8);
    QCOMPARE(states(timeline), repeated(MigrationEntry::State::Unknown, 8));
    QVERIFY2(timeline.databaseText().contains(u"none.db"), qPrintable(timeline.databaseText()));
    QVERIFY(!timeline.action(MigrationTimeline::Action::ApplyAll)->isEnabled());
    timeline.selectVersion(timeline.model()->snapshot().first().version);
    QVERIFY(timeline.sqlPanel()->upText().contains(u"CREATE TABLE \"users\""));
}

// The bundled sample's own database: made by its migrations on first start and given
// its seeds, once; Reset Sample makes it again with the same rows, not twice as many.
void TestMigrationTimeline::sampleIsMigratedAndSeededOnce()
{
    QStandardPaths::setTestModeEnabled(true); // the data folder of tests, not the user's
    const QString database = project::SampleProject::databasePath();
    QFile::remove(database);
    project::SampleProject::ensureDataFolder();
    const auto posts = [&database] {
        qint64 n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seeds"));
            db.setDatabaseName(database);
            if (db.open()) {
                QSqlQuery query(QStringLiteral("SELECT COUNT(*) FROM posts"), db);
                if (query.next())
                    n = query.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("seeds"));
        return n;
    };
    workspace::Workspace opened;
    MigrationTimeline timeline(&opened);
    timeline.setConfirmation([](const QString &, const QString &) { return true; });
    QSignalSpy finished(&timeline, &MigrationTimeline::runFinished);
    opened.open(project::SampleProject::folder());
    QVERIFY(finished.wait(RunTimeout));
    QVERIFY(finished.first().first().toBool());
    QTRY_VERIFY(timeline.logText().contains(u"priv/repo/seeds.exs"));
    QCOMPARE(posts(), 5);
    QVERIFY(run(timeline, MigrationTimeline::Action::ResetSample));
    // The seeds run on the worker after the run; the log says when they are done.
    QTRY_COMPARE(timeline.logText().count(u"Seeded with priv/repo/seeds.exs"), 2);
    QCOMPARE(posts(), 5);
    QFile::remove(database);
    QStandardPaths::setTestModeEnabled(false);
}

void TestMigrationTimeline::anOldErrorBannerGivesWayToANewerError()
{
    workspace::Workspace opened;
    MigrationTimeline timeline(&opened);
    QVERIFY(waitForRefresh(timeline, [&] { opened.open(m_project); }));
    timeline.setUrlPrompt([] { return std::optional<QString>(QStringLiteral("mysql://nope")); });
    timeline.action(MigrationTimeline::Action::OpenDatabase)->trigger();
    QVERIFY(timeline.errorText().contains(u"mysql"));
    // A newer, different error: the unreachable database. The old banner goes.
    db::ConnectionSettings missing;
    missing.dialect = db::Dialect::Sqlite;
    missing.database = m_project % u"/no/such/dir/x.db";
    QVERIFY(waitForRefresh(timeline, [&] { timeline.setDatabase(missing); }));
    QVERIFY(!timeline.isDatabaseReachable());
    QVERIFY2(timeline.errorText().isEmpty(), qPrintable(timeline.errorText()));
    QVERIFY(timeline.databaseText().contains(u"x.db"));
}

void TestMigrationTimeline::theLogShowsItsNewestLine()
{
    workspace::Workspace opened;
    MigrationTimeline timeline(&opened);
    timeline.setConfirmation([](const QString &, const QString &) { return true; });
    timeline.resize(700, 500);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    QVERIFY(waitForRefresh(timeline, [&] { opened.open(m_project); }));
    bool ok = false;
    QVERIFY(run(timeline, MigrationTimeline::Action::ApplyAll, &ok));
    QVERIFY(ok);
    auto *log = timeline.findChild<QPlainTextEdit *>();
    QVERIFY(log);
    log->verticalScrollBar()->setValue(0); // the person scrolled up
    QVERIFY(run(timeline, MigrationTimeline::Action::RollBack, &ok));
    QVERIFY(log->verticalScrollBar()->maximum() > 0);
    QTRY_COMPARE(log->verticalScrollBar()->value(), log->verticalScrollBar()->maximum());
}

void TestMigrationTimeline::badgesNeverCoverTheVersion_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("narrow") << 200;
    QTest::newRow("medium") << 330;
    QTest::newRow("wide") << 900;
}

void TestMigrationTimeline::badgesNeverCoverTheVersion()
{
    QFETCH(int, width);
    MigrationListModel model;
    MigrationEntry entry;
    entry.version = 20240101000001;
    entry.name = QStringLiteral("create_a_table_with_a_very_long_name_that_will_not_fit");
    entry.state = MigrationEntry::State::Up;
    entry.irreversible = true;
    entry.noTransaction = true;
    entry.opaque = true;
    model.setSnapshot({entry});
    QListView view;
    widgets::MigrationDelegate delegate;
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.rect = QRect(0, 0, width, 48);
    const QModelIndex index = model.index(0);
    const widgets::MigrationDelegate::Layout parts = widgets::MigrationDelegate::layout(option, index);
    for (const QRect &badge : parts.badges)
        QVERIFY(!badge.intersects(parts.version));
    QCOMPARE(int(parts.badges.size()) + parts.hiddenBadges, 3);
    QCOMPARE(parts.hiddenBadges > 0, width < 500); // all three fit only in a wide row
    QVERIFY(parts.nameElided == (width < 500));
}

void TestMigrationTimeline::rollBackAndCancelReadDifferently_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

// In French both once began with "Annuler": a teacher could not tell them apart.
void TestMigrationTimeline::rollBackAndCancelReadDifferently()
{
    QFETCH(QString, language);
    QCOMPARE(widgets::TranslationLoader::install(qApp, language), language);
    workspace::Workspace opened;
    MigrationTimeline timeline(&opened);
    const auto words = [&](MigrationTimeline::Action action) {
        QString text = timeline.action(action)->text();
        text.remove(u'&');
        return text.toLower().split(u' ', Qt::SkipEmptyParts);
    };
    const QStringList cancel = words(MigrationTimeline::Action::Cancel);
    for (MigrationTimeline::Action action : {MigrationTimeline::Action::RollBack, MigrationTimeline::Action::RollBackToHere}) {
        const QStringList rollBack = words(action);
        for (const QString &word : cancel)
            QVERIFY2(!rollBack.contains(word), qPrintable(rollBack.join(u' ') + u" / " + cancel.join(u' ')));
    }
    widgets::TranslationLoader::install(qApp, QStringLiteral("en"));
}

void TestMigrationTimeline::listsMigrationsBeforeTheProjectIsRead()
{
    workspace::Workspace opened;
    MigrationTimeline timeline(&opened);
    // Connected after the timeline's own: what it shows once the files are listed.
    int listedRows = -1;
    QList<int> listedStates;
    connect(&opened, &workspace::Workspace::migrationsListed, &timeline, [&] {
        listedRows = timeline.model()->rowCount();
        listedStates = states(timeline);
    });
    QSignalSpy refreshed(&timeline, &MigrationTimeline::refreshed);
    opened.open(m_project); // no database file yet: answered as soon as the project is read
    QVERIFY(refreshed.wait(RunTimeout));
    QCOMPARE(listedRows, 8);
    QCOMPARE(listedStates, repeated(MigrationEntry::State::Unknown, 8));
    QCOMPARE(states(timeline), repeated(MigrationEntry::State::Down, 8));
}

QTEST_MAIN(TestMigrationTimeline)
// The timeline offers --lock-timeout too: the field's value is what the next run's
// migrator gets (0: no limit, as without the option).
void TestMigrationTimeline::lockTimeoutReachesTheRuns_data()
{
    QTest::addColumn<int>("milliseconds");
    QTest::newRow("two seconds") << 2000;
    QTest::newRow("no limit") << 0;
}

void TestMigrationTimeline::lockTimeoutReachesTheRuns()
{
    QFETCH(int, milliseconds);
    workspace::Workspace opened;
    MigrationTimeline timeline(&opened);
    auto *field = timeline.findChild<QSpinBox *>(QStringLiteral("lockTimeout"));
    QVERIFY(field);
    auto *runner = timeline.findChild<workspace::MigrationRunner *>();
    QVERIFY(runner);
    field->setValue(1234); // a change first, so "no limit" is a change back too
    QCOMPARE(runner->lockTimeout(), 1234);
    field->setValue(milliseconds);
    QCOMPARE(runner->lockTimeout(), milliseconds);
    QCOMPARE(field->text() == field->specialValueText(), milliseconds == 0);
}

#include "tst_migrationtimeline.moc"
