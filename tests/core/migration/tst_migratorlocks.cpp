// Issue 15 on the migrator: versions read as Ecto reads them (an overflowing one is
// refused, nothing recorded), a FIFO reported, a read-only database refused, SQLite's
// migration lock (four concurrent CLI runs apply each migration once), lock waits
// reported after 2 s and ended by --lock-timeout with a clean rollback, and no
// deadlock with the migrator's own lock. PostgreSQL cases run under pg_virtualenv -t.
#include "lockscenarios.h"

#include "db/databaseurl.h"
#include "migration/migrator.h"
#include "migration/sqlitemigrationlock.h"
#include "project/migrationfilename.h"

#include "throwawaypostgres.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>
#include <thread>

#include <QElapsedTimer>

#include <sys/stat.h>

using namespace ectowb;
using namespace ectowb::migration;

namespace {

// Messages a run's lockWaiting hook heard (from the watch's thread).
struct Heard
{
    std::mutex mutex;
    QStringList messages;
    MigratorCallbacks callbacks()
    {
        MigratorCallbacks c;
        c.lockWaiting = [this](const QString &m) {
            std::lock_guard lock(mutex);
            messages << m;
        };
        return c;
    }
    QString all()
    {
        std::lock_guard lock(mutex);
        return messages.join(u'\n');
    }
};

db::ConnectionSettings sqliteAt(const QString &path)
{
    return db::ConnectionSettings::sqliteFile(path, true);
}

} // namespace

class TestMigratorLocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fileNames_data();
    void fileNames();
    void overflowingVersionIsRefused();
    void newlineInNameKeepsItsVersion();
    void fifoIsReported();
    void readOnlyIsRefused_data();
    void readOnlyIsRefused();
    void sqliteConcurrentRuns();
    void sqliteWaitIsReported();
    void sqliteLockTimeoutRollsBack();
    void postgresConcurrentRuns();
    void postgresWaitIsReported();
    void postgresLockTimeoutRollsBack();
    void postgresNoDeadlockWithOwnLock();
    void postgresCancelStopsAWait();

private:
    bool havePostgres() const { return m_postgres.isConnected(); }
    db::ConnectionSettings freshPostgres();

    struct PostsLocked
    {
        QTemporaryDir dir;
        project::Project project;
        db::ConnectionSettings settings;
        std::shared_ptr<db::Connection> holder;
    };
    void lockPosts(PostsLocked &locked);

    testsupport::ThrowawayPostgres m_postgres;
};

void TestMigratorLocks::initTestCase()
{
    if (!testsupport::ThrowawayPostgres::configured())
        return;
    m_postgres.connectFromEnvironment();
}

// Every postgres* test needs the server; the rows of readOnlyIsRefused skip on their own.
void TestMigratorLocks::init()
{
    if (QByteArray(QTest::currentTestFunction()).startsWith("postgres") && !havePostgres())
        QSKIP("PGHOST is not set: run under pg_virtualenv -t");
}

void TestMigratorLocks::cleanup()
{
    m_postgres.dropAll();
}

db::ConnectionSettings TestMigratorLocks::freshPostgres()
{
    return m_postgres.createDatabase(QStringLiteral("wb_lock"));
}

void TestMigratorLocks::fileNames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("migration");
    QTest::addColumn<qint64>("version");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("refused");

    QTest::newRow("usual") << "20240101000000_create_posts.exs" << true << qint64(20240101000000) << "create_posts" << false;
    QTest::newRow("small version") << "1_init.exs" << true << qint64(1) << "init" << false;
    QTest::newRow("sign, as Integer.parse reads it") << "-5_back.exs" << true << qint64(-5) << "back" << false;
    QTest::newRow("plus sign") << "+7_x.exs" << true << qint64(7) << "x" << false;
    QTest::newRow("empty name") << "12_.exs" << true << qint64(12) << "" << false;
    QTest::newRow("newline in the name") << "3_a\nb.exs" << true << qint64(3) << "a\nb" << false;
    QTest::newRow("largest bigint") << "9223372036854775807_max.exs" << true << qint64(9223372036854775807) << "max" << false;
    QTest::newRow("one past bigint") << "9223372036854775808_over.exs" << true << qint64(0) << "over" << true;
    QTest::newRow("twenty-five digits") << "1234567890123456789012345_huge.exs" << true << qint64(0) << "huge" << true;
    QTest::newRow("no underscore") << "20240101000000.exs" << false << qint64(0) << "" << false;
    QTest::newRow("digits then letters") << "2024abc_x.exs" << false << qint64(0) << "" << false;
    QTest::newRow("no digits") << "create_posts.exs" << false << qint64(0) << "" << false;
    QTest::newRow("sign alone") << "-_x.exs" << false << qint64(0) << "" << false;
    QTest::newRow("unicode digits are no digits") << QStringLiteral("\u0661\u0662_x.exs") << false << qint64(0) << "" << false;
}

void TestMigratorLocks::fileNames()
{
    QFETCH(QString, file);
    const auto parsed = project::MigrationFileName::parse(file);
    QTEST(parsed.isMigration, "migration");
    QTEST(parsed.version, "version");
    QTEST(parsed.name, "name");
    QTEST(!parsed.error.isEmpty(), "refused");
}

void TestMigratorLocks::overflowingVersionIsRefused()
{
    QTemporaryDir dir;
    const auto project = test::writeProject(
        dir.path(), {{QStringLiteral("20240101000000_create_a"), QStringLiteral("    create table(:a) do\n      add :x, :integer\n    end")},
                     {QStringLiteral("99999999999999999999_create_b"), QStringLiteral("    create table(:b) do\n      add :x, :integer\n    end")}});
    const QString path = dir.filePath(QStringLiteral("over.db"));
    const Migrator migrator(sqliteAt(path), project.migrations);
    const MigrationRun run = migrator.run(Direction::Up, MigrationSelection::all());
    QVERIFY(!run.ok());
    QVERIFY2(run.errorText().contains(QLatin1String("99999999999999999999 does not fit")), qPrintable(run.errorText()));
    QVERIFY(run.applied.isEmpty());
    QVERIFY(!migrator.status());
    // Nothing was run or recorded: the file was not even made.
    QVERIFY(!QFile::exists(path));
}

void TestMigratorLocks::newlineInNameKeepsItsVersion()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("priv/repo/migrations"));
    QVERIFY(QDir().mkpath(folder));
    QFile file(folder + QStringLiteral("/20240101000005_odd\nname.exs"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::migrationModule(QStringLiteral("20240101000005_odd_name"),
                                     QStringLiteral("    create table(:a) do\n      add :x, :integer\n    end"))
                   .toUtf8());
    file.close();
    const auto project = project::ProjectLoader::load(dir.path());
    QCOMPARE(project.migrations.size(), 1);
    QCOMPARE(project.migrations.first().version, qint64(20240101000005));
    const QString path = dir.filePath(QStringLiteral("nl.db"));
    const MigrationRun run = Migrator(sqliteAt(path), project.migrations).run(Direction::Up, MigrationSelection::all());
    QVERIFY2(run.ok(), qPrintable(run.errorText()));
    auto c = db::Connection::open(sqliteAt(path));
    QVERIFY(c);
    QCOMPARE(test::recordedVersions(**c), QList<qint64>{20240101000005});
}

void TestMigratorLocks::fifoIsReported()
{
    QTemporaryDir dir;
    test::writeProject(dir.path(), {{QStringLiteral("20240101000000_create_a"), QStringLiteral("    create table(:a) do\n      add :x, :integer\n    end")}});
    const QString fifo = dir.filePath(QStringLiteral("priv/repo/migrations/20240101000001_pipe.exs"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
    const auto project = project::ProjectLoader::load(dir.path());
    QCOMPARE(project.migrations.size(), 2);
    const QString path = dir.filePath(QStringLiteral("fifo.db"));
    const MigrationRun run = Migrator(sqliteAt(path), project.migrations).run(Direction::Up, MigrationSelection::all());
    QVERIFY(!run.ok());
    QVERIFY2(run.errorText().contains(QLatin1String("20240101000001_pipe.exs is not a regular file")), qPrintable(run.errorText()));
    QVERIFY(!QFile::exists(path));
}

void TestMigratorLocks::readOnlyIsRefused_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite mode=ro") << false;
    QTest::newRow("postgres read-only") << true;
}

void TestMigratorLocks::readOnlyIsRefused()
{
    QFETCH(bool, postgres);
    if (postgres && !havePostgres())
        QSKIP("PGHOST is not set: run under pg_virtualenv -t");
    QTemporaryDir dir;
    const auto project = test::writeProject(dir.path(), test::countingMigrations());
    db::ConnectionSettings settings = postgres ? freshPostgres() : sqliteAt(dir.filePath(QStringLiteral("ro.db")));
    // Half migrated, then opened read-only: neither up nor down may touch it.
    QVERIFY(Migrator(settings, project.migrations).run(Direction::Up, MigrationSelection::step(3)).ok());
    auto c = db::Connection::open(settings);
    QVERIFY(c);
    const QStringList before = postgres ? test::postgresSchema(**c) : test::sqliteSchema(**c);
    if (postgres) {
        settings.readOnly = true;
    } else {
        auto url = db::DatabaseUrl::parse(QStringLiteral("sqlite:") + settings.database + QStringLiteral("?mode=ro"));
        QVERIFY(url);
        settings = *url;
    }
    const Migrator readOnly(settings, project.migrations);
    for (const Direction direction : {Direction::Up, Direction::Down}) {
        const MigrationRun run = readOnly.run(direction, MigrationSelection::all());
        QVERIFY(!run.ok());
        QVERIFY2(run.errorText().contains(QLatin1String("read-only")) && run.errorText().contains(QLatin1String("nothing was sent")),
                 qPrintable(run.errorText()));
    }
    const auto status = readOnly.status();
    QVERIFY2(status, qPrintable(status.error()));
    QCOMPARE(test::recordedVersions(**c).size(), 3);
    QCOMPARE(postgres ? test::postgresSchema(**c) : test::sqliteSchema(**c), before);
}

void TestMigratorLocks::sqliteConcurrentRuns()
{
    QTemporaryDir dir;
    const auto sources = test::countingMigrations();
    test::writeProject(dir.path(), sources);
    const QString path = dir.filePath(QStringLiteral("race.db"));
    const auto runs = test::concurrentUps(dir.path(), QStringLiteral("sqlite:") + path, 4);
    auto c = db::Connection::open(sqliteAt(path));
    QVERIFY2(c, qPrintable(c.error()));
    const QString problem = test::checkConcurrentRound(runs, **c, int(sources.size()));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestMigratorLocks::sqliteWaitIsReported()
{
    QTemporaryDir dir;
    const auto project = test::writeProject(dir.path(), test::countingMigrations());
    const QString path = dir.filePath(QStringLiteral("wait.db"));
    // Another migrator (this process, on a descriptor of its own) holds the lock.
    SqliteMigrationLock held(path);
    QVERIFY(held.acquire({}));
    Heard heard;
    MigrationRun run;
    std::thread migrating([&] { run = Migrator(sqliteAt(path), project.migrations).run(Direction::Up, MigrationSelection::all(), heard.callbacks()); });
    // Held until the wait is reported (2 s after it began; longer on a loaded machine).
    QTRY_VERIFY_WITH_TIMEOUT(!heard.all().isEmpty(), 30000);
    held.release();
    migrating.join();
    QVERIFY2(run.ok(), qPrintable(run.errorText()));
    const QString expected = QStringLiteral("waiting for the SQLite migration lock %1, held by process %2")
                                 .arg(SqliteMigrationLock::lockPathFor(path))
                                 .arg(QCoreApplication::applicationPid());
    QVERIFY2(heard.all().contains(expected), qPrintable(heard.all()));
}

void TestMigratorLocks::sqliteLockTimeoutRollsBack()
{
    QTemporaryDir dir;
    const auto project = test::writeProject(dir.path(), test::countingMigrations());
    const QString path = dir.filePath(QStringLiteral("timeout.db"));
    QVERIFY(Migrator(sqliteAt(path), project.migrations).run(Direction::Up, MigrationSelection::step(2)).ok());
    // Another application holds SQLite's write lock.
    auto other = db::Connection::open(sqliteAt(path));
    QVERIFY(other);
    QVERIFY((*other)->exec(QStringLiteral("BEGIN IMMEDIATE")));
    Migrator migrator(sqliteAt(path), project.migrations);
    migrator.setLockTimeout(300);
    QElapsedTimer clock;
    clock.start();
    const MigrationRun run = migrator.run(Direction::Up, MigrationSelection::all());
    QVERIFY(clock.elapsed() < 20000);
    QVERIFY(!run.ok());
    QVERIFY2(run.errorText().contains(QLatin1String("Lock timeout")) && run.errorText().contains(QLatin1String("rolled back")),
             qPrintable(run.errorText()));
    QVERIFY((*other)->exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(test::recordedVersions(**other).size(), 2);
    QVERIFY(!test::sqliteSchema(**other).join(u'\n').contains(QLatin1String("t_1")));
    QVERIFY(migrator.run(Direction::Up, MigrationSelection::all()).ok());
}

void TestMigratorLocks::postgresConcurrentRuns()
{
    QTemporaryDir dir;
    const auto sources = test::countingMigrations();
    test::writeProject(dir.path(), sources);
    const auto settings = freshPostgres();
    const auto runs = test::concurrentUps(dir.path(), testsupport::ThrowawayPostgres::urlOf(settings), 4);
    auto c = db::Connection::open(settings);
    QVERIFY2(c, qPrintable(c.error()));
    const QString problem = test::checkConcurrentRound(runs, **c, int(sources.size()));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// A migration that alters a table another session holds locked.
static QList<test::MigrationSource> alterPosts()
{
    return {{QStringLiteral("20240101000000_create_posts"), QStringLiteral("    create table(:posts) do\n      add :title, :string\n    end")},
            {QStringLiteral("20240101000001_add_body"), QStringLiteral("    alter table(:posts) do\n      add :body, :text\n    end")}};
}

// alterPosts() migrated one step in a fresh database, and another session holding
// ACCESS SHARE on posts in an open transaction: the second migration must wait.
// Checks as it goes; the caller returns when QTest::currentTestFailed().
void TestMigratorLocks::lockPosts(PostsLocked &locked)
{
    locked.project = test::writeProject(locked.dir.path(), alterPosts());
    locked.settings = freshPostgres();
    QVERIFY(Migrator(locked.settings, locked.project.migrations).run(Direction::Up, MigrationSelection::step(1)).ok());
    auto holder = db::Connection::open(locked.settings);
    QVERIFY(holder);
    locked.holder = *holder;
    QVERIFY(locked.holder->begin());
    QVERIFY(locked.holder->exec(QStringLiteral("LOCK TABLE posts IN ACCESS SHARE MODE")));
}

void TestMigratorLocks::postgresWaitIsReported()
{
    PostsLocked locked;
    lockPosts(locked);
    if (QTest::currentTestFailed())
        return;
    const qint64 holderPid = locked.holder->exec(QStringLiteral("SELECT pg_backend_pid()"))->rows.value(0).value(0).toLongLong();
    Heard heard;
    MigrationRun run;
    std::thread migrating([&] { run = Migrator(locked.settings, locked.project.migrations).run(Direction::Up, MigrationSelection::all(), heard.callbacks()); });
    // Held until the wait is reported (2 s after it began; longer on a loaded machine).
    QTRY_VERIFY_WITH_TIMEOUT(!heard.all().isEmpty(), 30000);
    QVERIFY(locked.holder->commit());
    migrating.join();
    QVERIFY2(run.ok(), qPrintable(run.errorText()));
    const QString said = heard.all();
    QVERIFY2(said.contains(QLatin1String("waiting for AccessExclusiveLock on table posts")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("held by session %1").arg(holderPid)), qPrintable(said));
}

void TestMigratorLocks::postgresLockTimeoutRollsBack()
{
    PostsLocked locked;
    lockPosts(locked);
    if (QTest::currentTestFailed())
        return;
    Migrator migrator(locked.settings, locked.project.migrations);
    migrator.setLockTimeout(400);
    const MigrationRun run = migrator.run(Direction::Up, MigrationSelection::all());
    QVERIFY(!run.ok());
    QVERIFY2(run.errorText().contains(QLatin1String("lock timeout")) && run.errorText().contains(QLatin1String("rolled back")),
             qPrintable(run.errorText()));
    QVERIFY(locked.holder->rollback());
    QCOMPARE(test::recordedVersions(*locked.holder), QList<qint64>{20240101000000});
    QVERIFY(!test::postgresSchema(*locked.holder).join(u'\n').contains(QLatin1String("posts|body")));
}

// The timeline's Cancel sets the run's cancel flag: a migration waiting for a lock is
// cancelled (pg_cancel_backend), rolled back and not recorded, while the lock is still held.
void TestMigratorLocks::postgresCancelStopsAWait()
{
    PostsLocked locked;
    lockPosts(locked);
    if (QTest::currentTestFailed())
        return;
    Heard heard;
    MigrationRun run;
    std::atomic_bool cancel = false;
    std::atomic_bool done = false;
    std::thread migrating([&] {
        run = Migrator(locked.settings, locked.project.migrations).run(Direction::Up, MigrationSelection::all(), heard.callbacks(), &cancel);
        done = true;
    });
    QElapsedTimer waited;
    waited.start();
    while (heard.all().isEmpty() && waited.elapsed() < 30000) // until it says it is waiting
        QTest::qWait(50);
    cancel = true;
    // The lock is still held: only the cancel can end the wait.
    QElapsedTimer stopping;
    stopping.start();
    while (!done && stopping.elapsed() < 20000)
        QTest::qWait(50);
    const bool stoppedByCancel = done;
    QVERIFY(locked.holder->rollback()); // lets a run the cancel missed finish, so the thread ends
    migrating.join();
    QVERIFY2(stoppedByCancel, "the run went on waiting for the lock after Cancel");
    QVERIFY(!run.ok() || run.cancelled);
    QCOMPARE(test::recordedVersions(*locked.holder), QList<qint64>{20240101000000});
    QVERIFY(!test::postgresSchema(*locked.holder).join(u'\n').contains(QLatin1String("posts|body")));
}

void TestMigratorLocks::postgresNoDeadlockWithOwnLock()
{
    QTemporaryDir dir;
    const auto project = test::writeProject(
        dir.path(), {{QStringLiteral("20240101000000_index_schema_migrations"), QStringLiteral("    create index(:schema_migrations, [:inserted_at])")}});
    const auto settings = freshPostgres();
    Heard heard;
    QElapsedTimer clock;
    clock.start();
    const MigrationRun run = Migrator(settings, project.migrations).run(Direction::Up, MigrationSelection::all(), heard.callbacks());
    QVERIFY2(clock.elapsed() < 10000, "the migration must not wait for the migrator's own lock");
    QVERIFY(!run.ok());
    QVERIFY2(run.errorText().contains(QLatin1String("own lock")), qPrintable(run.errorText()));
    auto c = db::Connection::open(settings);
    QVERIFY(c);
    QCOMPARE(test::recordedVersions(**c), QList<qint64>{});
}

QTEST_GUILESS_MAIN(TestMigratorLocks)
#include "tst_migratorlocks.moc"
