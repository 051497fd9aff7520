// The migrator on a real PostgreSQL (run under pg_virtualenv): the sample up, down
// and up again, a migration failing halfway, two migrators at once, and a migrating
// process killed in the middle. Each test gets a database of its own, so other
// database tests can share the server.
#include "migratorfixture.h"

#include "migration/migrator.h"

#include "throwawaypostgres.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ectowb;
using namespace ectowb::migration;

class TestMigratorPostgres : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void sampleUpDownUp();
    void failingHalfwayLeavesNothing();
    void twoMigratorsAtOnce();
    void killedProcessLeavesConsistentState();
    void concurrentIndexOutsideTransaction_data();
    void concurrentIndexOutsideTransaction();

private:
    db::ConnectionSettings freshDatabase();

    testsupport::ThrowawayPostgres m_postgres;
};

void TestMigratorPostgres::initTestCase()
{
    if (!testsupport::ThrowawayPostgres::configured())
        QSKIP("PGHOST is not set: run under pg_virtualenv (pg_virtualenv ctest -R tst_migratorpostgres)");
    m_postgres.connectFromEnvironment();
}

void TestMigratorPostgres::cleanup()
{
    m_postgres.dropAll();
}

db::ConnectionSettings TestMigratorPostgres::freshDatabase()
{
    return m_postgres.createDatabase(QStringLiteral("wb_mig"));
}

void TestMigratorPostgres::sampleUpDownUp()
{
    const auto project = project::ProjectLoader::load(QStringLiteral(ECTOWB_SOURCE_DIR "/resources/sample/blog"));
    const auto settings = freshDatabase();
    auto c = db::Connection::open(settings);
    QVERIFY2(c, qPrintable(c.error()));
    const QStringList empty = test::postgresSchema(**c);
    const Migrator migrator(settings, project.migrations);

    const MigrationRun up = migrator.run(Direction::Up, MigrationSelection::all());
    QVERIFY2(up.ok(), qPrintable(up.errorText()));
    QCOMPARE(up.applied.size(), project.migrations.size());
    QCOMPARE(test::recordedVersions(**c).size(), project.migrations.size());
    const QStringList applied = test::postgresSchema(**c);
    QVERIFY(applied.join(QLatin1Char('\n')).contains(QLatin1String("posts_tags|tag_id|bigint|NO")));
    // inserted_at is UTC wall time in a timestamp(0), as Ecto's NaiveDateTime.utc_now().
    auto inserted = (*c)->exec(QStringLiteral("SELECT count(*) FROM schema_migrations WHERE inserted_at BETWEEN "
                                              "(now() AT TIME ZONE 'UTC') - interval '10 minutes' AND (now() AT TIME ZONE 'UTC') "
                                              "AND inserted_at = date_trunc('second', inserted_at)"));
    QVERIFY(inserted);
    QCOMPARE(inserted->rows.value(0).value(0).toInt(), project.migrations.size());

    const MigrationRun down = migrator.run(Direction::Down, MigrationSelection::all());
    QVERIFY2(down.ok(), qPrintable(down.errorText()));
    QCOMPARE(test::recordedVersions(**c), QList<qint64>{});
    // Only schema_migrations (two columns and its primary key) is left.
    const QStringList afterDown = test::postgresSchema(**c);
    QCOMPARE(afterDown.size(), empty.size() + 4);
    QVERIFY(afterDown.join(QLatin1Char('\n')).contains(QLatin1String("schema_migrations|version|bigint|NO")));
    for (const QString &line : afterDown)
        QVERIFY2(line.startsWith(QLatin1String("schema_migrations")), qPrintable(line));

    const MigrationRun again = migrator.run(Direction::Up, MigrationSelection::all());
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    QCOMPARE(test::postgresSchema(**c), applied);

    // A version recorded by someone else's branch shows as mix ecto.migrations shows it.
    QVERIFY((*c)->exec(QStringLiteral("INSERT INTO schema_migrations (version, inserted_at) VALUES (?, now())"), {qint64(20230101000000)}));
    const auto status = migrator.status();
    QVERIFY2(status, qPrintable(status.error()));
    QCOMPARE(status->size(), project.migrations.size() + 1);
    QCOMPARE(status->first().state, MigrationStatus::State::FileNotFound);
    QCOMPARE(status->first().name, MigrationStatus::fileNotFoundName());
    QCOMPARE(status->last().state, MigrationStatus::State::Up);
}

void TestMigratorPostgres::failingHalfwayLeavesNothing()
{
    QTemporaryDir dir;
    const auto project = test::writeProject(
        dir.path(), {{QStringLiteral("20240101000001_create_a"), QStringLiteral("    create table(:a) do\n      add :x, :integer\n    end")},
                     {QStringLiteral("20240101000002_break_things"),
                      QStringLiteral("    create table(:b) do\n      add :y, :integer\n    end\n"
                                     "    execute \"INSERT INTO a (x) VALUES ('not a number')\", \"SELECT 1\"\n"
                                     "    create table(:c) do\n      add :z, :integer\n    end")}});
    const auto settings = freshDatabase();
    const Migrator migrator(settings, project.migrations);
    auto c = db::Connection::open(settings);
    QVERIFY(c);
    QVERIFY(migrator.run(Direction::Up, MigrationSelection::step(1)).ok());
    const QStringList before = test::postgresSchema(**c);
    const MigrationRun run = migrator.run(Direction::Up, MigrationSelection::all());
    QVERIFY(!run.ok());
    QVERIFY2(run.errorText().contains(QLatin1String("20240101000002 break_things")), qPrintable(run.errorText()));
    QVERIFY2(run.errorText().contains(QLatin1String("INSERT INTO a (x) VALUES ('not a number')")), qPrintable(run.errorText()));
    QVERIFY2(run.errorText().contains(QLatin1String("invalid input syntax")), qPrintable(run.errorText()));
    QCOMPARE(test::postgresSchema(**c), before);
    QCOMPARE(test::recordedVersions(**c), QList<qint64>{20240101000001});
    // The lock was released: the database is usable and the next run gets the same error.
    const MigrationRun retry = migrator.run(Direction::Up, MigrationSelection::all());
    QVERIFY(!retry.ok());
    QVERIFY(retry.errorText().contains(QLatin1String("break_things")));
}

void TestMigratorPostgres::twoMigratorsAtOnce()
{
    QTemporaryDir dir;
    QList<test::MigrationSource> sources;
    const int count = 8;
    for (int i = 1; i <= count; ++i)
        sources << test::MigrationSource{QStringLiteral("2024010100000%1_create_t%1").arg(i),
                                         QStringLiteral("    create table(:t%1) do\n      add :name, :string\n    end\n"
                                                        "    execute \"SELECT pg_sleep(0.05)\", \"SELECT 1\"")
                                             .arg(i)};
    const auto project = test::writeProject(dir.path(), sources);
    const auto settings = freshDatabase();
    MigrationRun runs[2];
    QThread *threads[2];
    for (int t = 0; t < 2; ++t) {
        threads[t] = QThread::create([&, t] { runs[t] = Migrator(settings, project.migrations).run(Direction::Up, MigrationSelection::all()); });
        threads[t]->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QMap<qint64, int> appliedBy;
    for (const MigrationRun &run : runs) {
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        for (const AppliedMigration &m : run.applied)
            appliedBy[m.version] += m.alreadyDone ? 0 : 1;
    }
    QCOMPARE(appliedBy.size(), count);
    for (int n : std::as_const(appliedBy))
        QCOMPARE(n, 1);
    auto c = db::Connection::open(settings);
    QVERIFY(c);
    QCOMPARE(test::recordedVersions(**c).size(), count);
}

void TestMigratorPostgres::killedProcessLeavesConsistentState()
{
    QTemporaryDir dir;
    const auto project = test::writeProject(
        dir.path(), {{QStringLiteral("20240101000001_create_a"), QStringLiteral("    create table(:a) do\n      add :x, :integer\n    end")},
                     {QStringLiteral("20240101000002_slow"),
                      QStringLiteral("    create table(:b) do\n      add :y, :integer\n    end\n"
                                     "    execute \"SELECT pg_sleep(5)\", \"SELECT 1\"")},
                     {QStringLiteral("20240101000003_create_c"), QStringLiteral("    create table(:c) do\n      add :z, :integer\n    end")}});
    const auto settings = freshDatabase();
    QProcess cli;
    cli.start(QStringLiteral(ECTOWB_CLI), {QStringLiteral("migrations"), QStringLiteral("up"), QStringLiteral("--project"), dir.path(),
                                           QStringLiteral("--db"), testsupport::ThrowawayPostgres::urlOf(settings)});
    QVERIFY(cli.waitForStarted());
    // Kill it while the second migration sleeps inside its transaction.
    bool sleeping = false;
    QElapsedTimer timer;
    timer.start();
    while (!sleeping && timer.elapsed() < 20000 && cli.state() == QProcess::Running) {
        auto rows = m_postgres.admin()->exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND query LIKE 'SELECT pg_sleep(5)%'"),
                                             {settings.database});
        sleeping = rows && rows->rows.value(0).value(0).toInt() > 0;
        if (!sleeping)
            QThread::msleep(50);
    }
    QVERIFY2(sleeping, cli.readAllStandardError().constData());
    cli.kill();
    QVERIFY(cli.waitForFinished(5000));
    QVERIFY(cli.readAllStandardOutput().contains("== Migrated 20240101000001"));

    auto c = db::Connection::open(settings);
    QVERIFY(c);
    QCOMPARE(test::recordedVersions(**c), QList<qint64>{20240101000001});
    const QString schema = test::postgresSchema(**c).join(QLatin1Char('\n'));
    QVERIFY(schema.contains(QLatin1String("\na|x|integer")) || schema.startsWith(QLatin1String("a|x|integer")));
    QVERIFY(!schema.contains(QLatin1String("\nb|y|")));

    // The server rolls the dead client's transaction back; the next run then completes.
    const MigrationRun run = Migrator(settings, project.migrations).run(Direction::Up, MigrationSelection::all());
    QVERIFY2(run.ok(), qPrintable(run.errorText()));
    QCOMPARE(run.applied.size(), 2);
    QCOMPARE(test::recordedVersions(**c), (QList<qint64>{20240101000001, 20240101000002, 20240101000003}));
}

void TestMigratorPostgres::concurrentIndexOutsideTransaction_data()
{
    QTest::addColumn<QString>("attributes");
    QTest::addColumn<bool>("succeeds");
    // PostgreSQL refuses CREATE INDEX CONCURRENTLY inside a transaction block.
    QTest::newRow("in a transaction") << QString() << false;
    QTest::newRow("@disable_ddl_transaction") << QStringLiteral("  @disable_ddl_transaction true\n") << true;
    QTest::newRow("and @disable_migration_lock")
        << QStringLiteral("  @disable_ddl_transaction true\n  @disable_migration_lock true\n") << true;
}

void TestMigratorPostgres::concurrentIndexOutsideTransaction()
{
    QFETCH(QString, attributes);
    QFETCH(bool, succeeds);
    QTemporaryDir dir;
    const auto project = test::writeProject(
        dir.path(), {{QStringLiteral("20240101000001_create_a"), QStringLiteral("    create table(:a) do\n      add :x, :integer\n    end")},
                     {QStringLiteral("20240101000002_index_a"),
                      attributes + QStringLiteral("\n  def change do\n    create index(:a, [:x], concurrently: true)\n  end\n")}});
    const auto settings = freshDatabase();
    const Migrator migrator(settings, project.migrations);
    const MigrationRun run = migrator.run(Direction::Up, MigrationSelection::all());
    QCOMPARE(run.ok(), succeeds);
    auto c = db::Connection::open(settings);
    QVERIFY(c);
    QCOMPARE(test::recordedVersions(**c).size(), succeeds ? 2 : 1);
    if (!succeeds) {
        QVERIFY2(run.errorText().contains(QLatin1String("CREATE INDEX CONCURRENTLY")), qPrintable(run.errorText()));
        return;
    }
    QVERIFY(test::postgresSchema(**c).join(QLatin1Char('\n')).contains(QLatin1String("a_x_index|CREATE INDEX a_x_index")));
    const MigrationRun down = migrator.run(Direction::Down, MigrationSelection::step(1));
    QVERIFY2(down.ok(), qPrintable(down.errorText()));
    QCOMPARE(test::recordedVersions(**c).size(), 1);
}

QTEST_GUILESS_MAIN(TestMigratorPostgres)
#include "tst_migratorpostgres.moc"
