// The migrator on a real SQLite file: Ecto's bookkeeping, one transaction per
// migration, --step/--to/--all, and a migration failing halfway.
#include "migratorfixture.h"

#include "migration/migrator.h"
#include "migration/postgresddl.h"
#include "migration/schemamigrations.h"
#include "migration/sqliteddl.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ectowb;
using namespace ectowb::migration;

Q_DECLARE_METATYPE(ectowb::migration::Direction)

namespace {

QList<qint64> versionsOf(const QList<project::MigrationFile> &files)
{
    QList<qint64> v;
    for (const auto &f : files)
        v << f.version;
    return v;
}

QList<test::MigrationSource> fourTables()
{
    QList<test::MigrationSource> sources;
    for (int i = 1; i <= 4; ++i)
        sources << test::MigrationSource{QStringLiteral("2024010100000%1_create_t%1").arg(i),
                                         QStringLiteral("    create table(:t%1) do\n      add :name, :string\n    end").arg(i)};
    return sources;
}

db::ConnectionSettings sqliteAt(const QString &path)
{
    return db::ConnectionSettings::sqliteFile(path, true);
}

std::shared_ptr<db::Connection> open(const db::ConnectionSettings &s)
{
    auto c = db::Connection::open(s);
    return c ? *c : nullptr;
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemaMigrationsDdl_data();
    void schemaMigrationsDdl();
    void insertedAtIsIsoSeconds();
    void selection_data();
    void selection();
    void statusCollectsMissingFiles();
    void sampleUpDownUp();
    void runSelection_data();
    void runSelection();
    void failingHalfwayLeavesNothing();
    void irreversibleStopsTheRollbackThere();
    void callbacksAndCancel();
    void noTransactionMigrationRuns();
    void duplicateVersionRefused();
    void filesWithoutVersionIgnored();
};

void TestMigrator::schemaMigrationsDdl_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("lock");
    // What ecto_sql 3.13 / ecto_sqlite3 0.23 send from ensure_schema_migrations_table!,
    // and the Postgres adapter's :table_lock, for the default source and for a
    // Repo's `migration_source: "my_migrations"`.
    QTest::newRow("postgres") << "postgres" << "schema_migrations"
                              << "CREATE TABLE IF NOT EXISTS \"schema_migrations\" (\"version\" bigint, \"inserted_at\" timestamp(0), "
                                 "PRIMARY KEY (\"version\"))"
                              << "LOCK TABLE \"schema_migrations\" IN SHARE UPDATE EXCLUSIVE MODE";
    QTest::newRow("sqlite") << "sqlite" << "schema_migrations"
                            << "CREATE TABLE IF NOT EXISTS \"schema_migrations\" (\"version\" INTEGER PRIMARY KEY, \"inserted_at\" TEXT)"
                            << "LOCK TABLE \"schema_migrations\" IN SHARE UPDATE EXCLUSIVE MODE";
    QTest::newRow("postgres source") << "postgres" << "my_migrations"
                                     << "CREATE TABLE IF NOT EXISTS \"my_migrations\" (\"version\" bigint, \"inserted_at\" timestamp(0), "
                                        "PRIMARY KEY (\"version\"))"
                                     << "LOCK TABLE \"my_migrations\" IN SHARE UPDATE EXCLUSIVE MODE";
    QTest::newRow("sqlite source") << "sqlite" << "my_migrations"
                                   << "CREATE TABLE IF NOT EXISTS \"my_migrations\" (\"version\" INTEGER PRIMARY KEY, \"inserted_at\" TEXT)"
                                   << "LOCK TABLE \"my_migrations\" IN SHARE UPDATE EXCLUSIVE MODE";
}

void TestMigrator::schemaMigrationsDdl()
{
    QFETCH(QString, dialect);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QFETCH(QString, lock);
    const auto ddl = Migrator::renderer(dialect == QLatin1String("postgres") ? db::Dialect::Postgres : db::Dialect::Sqlite);
    QCOMPARE(ddl->name(), dialect);
    QCOMPARE(SchemaMigrations::createStatement(*ddl, source), expected);
    QCOMPARE(SchemaMigrations::lockStatement(source), lock);
    // Every statement of the bookkeeping names the source's table and no other.
    const QString table = u'"' + source + u'"';
    for (const QString &sql : {SchemaMigrations::versionsStatement(source), SchemaMigrations::insertStatement(source),
                               SchemaMigrations::deleteStatement(source), SchemaMigrations::recordedStatement(source)}) {
        QVERIFY2(sql.contains(table), qPrintable(sql));
        QCOMPARE(sql.count(u'"' + source), 1);
    }
}

void TestMigrator::insertedAtIsIsoSeconds()
{
    const QDateTime t(QDate(2024, 2, 29), QTime(23, 59, 58, 999), Qt::UTC);
    QCOMPARE(SchemaMigrations::insertedAt(t), QStringLiteral("2024-02-29T23:59:58"));
    const QString now = SchemaMigrations::insertedAt(QDateTime::currentDateTimeUtc());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$")).match(now).hasMatch());
}

void TestMigrator::selection_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<int>("strategy");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QList<qint64>>("recorded");
    QTest::addColumn<QList<qint64>>("expected");
    using S = MigrationSelection::Strategy;
    const QList<qint64> none;
    const QList<qint64> gap{1, 3}; // 2 pending although older than 3 (a merged branch)
    QTest::newRow("up all") << Direction::Up << int(S::All) << qint64(0) << none << QList<qint64>{1, 2, 3, 4, 5};
    QTest::newRow("up all with gap") << Direction::Up << int(S::All) << qint64(0) << gap << QList<qint64>{2, 4, 5};
    QTest::newRow("up step 1") << Direction::Up << int(S::Step) << qint64(1) << gap << QList<qint64>{2};
    QTest::newRow("up step 2") << Direction::Up << int(S::Step) << qint64(2) << none << QList<qint64>{1, 2};
    QTest::newRow("up step beyond") << Direction::Up << int(S::Step) << qint64(9) << gap << QList<qint64>{2, 4, 5};
    QTest::newRow("up step 0") << Direction::Up << int(S::Step) << qint64(0) << none << QList<qint64>{};
    QTest::newRow("up to inclusive") << Direction::Up << int(S::To) << qint64(4) << gap << QList<qint64>{2, 4};
    QTest::newRow("up to below all") << Direction::Up << int(S::To) << qint64(0) << none << QList<qint64>{};
    QTest::newRow("down all") << Direction::Down << int(S::All) << qint64(0) << gap << QList<qint64>{3, 1};
    QTest::newRow("down step 1") << Direction::Down << int(S::Step) << qint64(1) << gap << QList<qint64>{3};
    QTest::newRow("down step 2 skips missing file") << Direction::Down << int(S::Step) << qint64(2) << QList<qint64>{1, 3, 9}
                                                    << QList<qint64>{3, 1};
    QTest::newRow("down to inclusive") << Direction::Down << int(S::To) << qint64(2) << QList<qint64>{1, 2, 3}
                                       << QList<qint64>{3, 2};
    QTest::newRow("down to newest") << Direction::Down << int(S::To) << qint64(3) << QList<qint64>{1, 2, 3} << QList<qint64>{3};
    QTest::newRow("down nothing recorded") << Direction::Down << int(S::All) << qint64(0) << none << QList<qint64>{};
}

void TestMigrator::selection()
{
    QFETCH(Direction, direction);
    QFETCH(int, strategy);
    QFETCH(qint64, value);
    QFETCH(QList<qint64>, recorded);
    QFETCH(QList<qint64>, expected);
    QList<project::MigrationFile> files;
    for (qint64 v : {5, 3, 1, 4, 2}) // not sorted: the selection orders them itself
        files.append({QStringLiteral("/m/%1_m%1.exs").arg(v), v, QStringLiteral("m%1").arg(v), QStringLiteral("/m")});
    const MigrationSelection selection{MigrationSelection::Strategy(strategy), value};
    QCOMPARE(versionsOf(selection.pick(direction, files, recorded)), expected);
}

void TestMigrator::statusCollectsMissingFiles()
{
    const QList<project::MigrationFile> files{{QStringLiteral("/m/3_c.exs"), 3, QStringLiteral("c"), {}},
                                              {QStringLiteral("/m/1_a.exs"), 1, QStringLiteral("a"), {}}};
    const QList<MigrationStatus> rows = MigrationStatus::collect(files, {2, 3});
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].version, 1);
    QCOMPARE(rows[0].state, MigrationStatus::State::Down);
    QCOMPARE(rows[1].version, 2);
    QCOMPARE(rows[1].name, QStringLiteral("** FILE NOT FOUND **"));
    QCOMPARE(MigrationStatus::stateName(rows[1].state), QStringLiteral("file_not_found"));
    QCOMPARE(rows[2].state, MigrationStatus::State::Up);
    QCOMPARE(rows[2].name, QStringLiteral("c"));
}

void TestMigrator::sampleUpDownUp()
{
    QTemporaryDir dir;
    const auto project = project::ProjectLoader::load(QStringLiteral(ECTOWB_SOURCE_DIR "/resources/sample/blog"));
    QVERIFY(project.migrations.size() >= 8);
    const auto settings = sqliteAt(dir.filePath(QStringLiteral("blog.db")));
    const Migrator migrator(settings, project.migrations);

    const MigrationRun up = migrator.run(Direction::Up, MigrationSelection::all());
    QVERIFY2(up.ok(), qPrintable(up.errorText()));
    QCOMPARE(up.applied.size(), project.migrations.size());
    auto c = open(settings);
    QVERIFY(c);
    QCOMPARE(test::recordedVersions(*c), versionsOf(project.migrations));
    const QStringList applied = test::sqliteSchema(*c);
    QVERIFY(applied.join(QLatin1Char('\n')).contains(QLatin1String("published_posts")));

    const MigrationRun down = migrator.run(Direction::Down, MigrationSelection::all());
    QVERIFY2(down.ok(), qPrintable(down.errorText()));
    QCOMPARE(down.applied.size(), project.migrations.size());
    QCOMPARE(down.applied.first().version, project.migrations.last().version);
    QCOMPARE(test::sqliteSchema(*c),
             QStringList{QStringLiteral("table|schema_migrations|schema_migrations|")
                         + SchemaMigrations::createStatement(SqliteDdl()).replace(QLatin1String(" IF NOT EXISTS"), QString())});
    QCOMPARE(test::recordedVersions(*c), QList<qint64>{});

    const MigrationRun again = migrator.run(Direction::Up, MigrationSelection::all());
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    QCOMPARE(test::sqliteSchema(*c), applied);

    const auto status = migrator.status();
    QVERIFY(status);
    QCOMPARE(status->size(), project.migrations.size());
    for (const MigrationStatus &s : *status)
        QCOMPARE(s.state, MigrationStatus::State::Up);
}

void TestMigrator::runSelection_data()
{
    QTest::addColumn<QList<qint64>>("before"); // applied first, by index 1..4
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<int>("strategy");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QList<qint64>>("after"); // indexes recorded afterwards
    using S = MigrationSelection::Strategy;
    QTest::newRow("migrate default = all") << QList<qint64>{} << Direction::Up << -1 << qint64(0) << QList<qint64>{1, 2, 3, 4};
    QTest::newRow("migrate step 1") << QList<qint64>{1} << Direction::Up << int(S::Step) << qint64(1) << QList<qint64>{1, 2};
    QTest::newRow("migrate to 3") << QList<qint64>{} << Direction::Up << int(S::To) << qint64(3) << QList<qint64>{1, 2, 3};
    QTest::newRow("migrate fills gap") << QList<qint64>{1, 3} << Direction::Up << int(S::Step) << qint64(1) << QList<qint64>{1, 2, 3};
    QTest::newRow("rollback default = step 1") << QList<qint64>{1, 2, 3} << Direction::Down << -1 << qint64(0) << QList<qint64>{1, 2};
    QTest::newRow("rollback step 2") << QList<qint64>{1, 2, 3, 4} << Direction::Down << int(S::Step) << qint64(2) << QList<qint64>{1, 2};
    QTest::newRow("rollback to 2") << QList<qint64>{1, 2, 3, 4} << Direction::Down << int(S::To) << qint64(2) << QList<qint64>{1};
    QTest::newRow("rollback all") << QList<qint64>{1, 2, 4} << Direction::Down << int(S::All) << qint64(0) << QList<qint64>{};
}

void TestMigrator::runSelection()
{
    QFETCH(QList<qint64>, before);
    QFETCH(Direction, direction);
    QFETCH(int, strategy);
    QFETCH(qint64, value);
    QFETCH(QList<qint64>, after);
    QTemporaryDir dir;
    const auto project = test::writeProject(dir.path(), fourTables());
    QCOMPARE(project.migrations.size(), 4);
    const auto settings = sqliteAt(dir.filePath(QStringLiteral("t.db")));
    const Migrator migrator(settings, project.migrations);
    const qint64 base = 20240101000000;
    // Reach exactly `before` (gaps included): apply everything, then undo the rest by hand.
    QVERIFY(migrator.run(Direction::Up, MigrationSelection::all()).ok());
    {
        auto c = open(settings);
        for (qint64 i = 1; i <= 4; ++i) {
            if (before.contains(i))
                continue;
            QVERIFY(c->exec(QStringLiteral("DROP TABLE t%1").arg(i)));
            QVERIFY(c->exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = ?"), {base + i}));
        }
        QCOMPARE(test::recordedVersions(*c).size(), before.size());
    }
    const MigrationSelection selection = strategy < 0 ? MigrationSelection::defaultFor(direction)
        : MigrationSelection{MigrationSelection::Strategy(strategy), strategy == int(MigrationSelection::Strategy::To) ? base + value : value};
    const MigrationRun run = migrator.run(direction, selection);
    QVERIFY2(run.ok(), qPrintable(run.errorText()));
    auto c = open(settings);
    QList<qint64> expected;
    for (qint64 i : after)
        expected << base + i;
    QCOMPARE(test::recordedVersions(*c), expected);
    // Every recorded migration's table exists, and no other.
    const QString schema = test::sqliteSchema(*c).join(QLatin1Char('\n'));
    for (qint64 i = 1; i <= 4; ++i)
        QCOMPARE(schema.contains(QStringLiteral("table|t%1|").arg(i)), after.contains(i));
}

void TestMigrator::failingHalfwayLeavesNothing()
{
    QTemporaryDir dir;
    const auto project = test::writeProject(
        dir.path(), {{QStringLiteral("20240101000001_create_a"), QStringLiteral("    create table(:a) do\n      add :x, :integer\n    end")},
                     {QStringLiteral("20240101000002_break_things"),
                      QStringLiteral("    create table(:b) do\n      add :y, :integer\n    end\n"
                                     "    execute \"INSERT INTO missing_table VALUES (1)\", \"SELECT 1\"\n"
                                     "    create table(:c) do\n      add :z, :integer\n    end")}});
    const auto settings = sqliteAt(dir.filePath(QStringLiteral("f.db")));
    const Migrator migrator(settings, project.migrations);
    QVERIFY(migrator.run(Direction::Up, MigrationSelection::step(1)).ok());
    auto c = open(settings);
    const QStringList before = test::sqliteSchema(*c);

    const MigrationRun run = migrator.run(Direction::Up, MigrationSelection::all());
    QVERIFY(!run.ok());
    QVERIFY(run.applied.isEmpty());
    const QString error = run.errorText();
    QVERIFY2(error.contains(QLatin1String("20240101000002 break_things")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("INSERT INTO missing_table VALUES (1)")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("no such table")), qPrintable(error));
    QCOMPARE(test::sqliteSchema(*c), before);
    QCOMPARE(test::recordedVersions(*c), QList<qint64>{20240101000001});
}

void TestMigrator::irreversibleStopsTheRollbackThere()
{
    QTemporaryDir dir;
    const auto project = test::writeProject(
        dir.path(), {{QStringLiteral("20240101000001_create_a"), QStringLiteral("    create table(:a) do\n      add :x, :integer\n    end")},
                     {QStringLiteral("20240101000002_seed"), QStringLiteral("    execute \"INSERT INTO a (x) VALUES (1)\"")},
                     {QStringLiteral("20240101000003_create_b"), QStringLiteral("    create table(:b) do\n      add :y, :integer\n    end")}});
    const auto settings = sqliteAt(dir.filePath(QStringLiteral("i.db")));
    const Migrator migrator(settings, project.migrations);
    QVERIFY(migrator.run(Direction::Up, MigrationSelection::all()).ok());
    auto c = open(settings);
    const QStringList before = test::sqliteSchema(*c);
    const MigrationRun run = migrator.run(Direction::Down, MigrationSelection::all());
    QVERIFY(!run.ok());
    QVERIFY2(run.errorText().contains(QLatin1String("20240101000002 seed")), qPrintable(run.errorText()));
    // As mix ecto.rollback: migration by migration, newest first, up to the one
    // Ecto cannot reverse; that one and the older ones stay applied.
    QCOMPARE(run.applied.size(), 1);
    QVERIFY(test::sqliteSchema(*c) != before);
    QCOMPARE(test::recordedVersions(*c).size(), 2);
}

void TestMigrator::callbacksAndCancel()
{
    QTemporaryDir dir;
    const auto project = test::writeProject(dir.path(), fourTables());
    const auto settings = sqliteAt(dir.filePath(QStringLiteral("c.db")));
    const Migrator migrator(settings, project.migrations);
    std::atomic_bool cancel{false};
    QStringList log;
    QList<int> started;
    MigratorCallbacks callbacks;
    callbacks.statementExecuted = [&](const QString &sql) { log << sql; };
    callbacks.migrationStarted = [&](const project::MigrationFile &, int index, int count) {
        started << index;
        QCOMPARE(count, 4);
    };
    callbacks.migrationFinished = [&](const AppliedMigration &m, int index, int) {
        QVERIFY(!m.alreadyDone);
        cancel = index == 1;
    };
    const MigrationRun run = migrator.run(Direction::Up, MigrationSelection::all(), callbacks, &cancel);
    QVERIFY(run.ok());
    QVERIFY(run.cancelled);
    QCOMPARE(run.applied.size(), 2);
    QCOMPARE(started, (QList<int>{0, 1}));
    QCOMPARE(log.size(), 2);
    QVERIFY(log.first().startsWith(QLatin1String("CREATE TABLE \"t1\"")));
    auto c = open(settings);
    QCOMPARE(test::recordedVersions(*c), (QList<qint64>{20240101000001, 20240101000002}));
}

void TestMigrator::noTransactionMigrationRuns()
{
    QTemporaryDir dir;
    const auto project = test::writeProject(
        dir.path(), {{QStringLiteral("20240101000001_create_a"),
                      QStringLiteral("  @disable_ddl_transaction true\n  @disable_migration_lock true\n\n  def change do\n"
                                     "    create table(:a) do\n      add :x, :integer\n    end\n  end\n")}});
    const auto settings = sqliteAt(dir.filePath(QStringLiteral("n.db")));
    const Migrator migrator(settings, project.migrations);
    const MigrationRun run = migrator.run(Direction::Up, MigrationSelection::all());
    QVERIFY2(run.ok(), qPrintable(run.errorText()));
    auto c = open(settings);
    QCOMPARE(test::recordedVersions(*c), QList<qint64>{20240101000001});
    auto inserted = c->exec(QStringLiteral("SELECT inserted_at FROM schema_migrations"));
    QVERIFY(inserted);
    const QString at = inserted->rows.value(0).value(0).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$")).match(at).hasMatch(), qPrintable(at));
}

void TestMigrator::duplicateVersionRefused()
{
    QTemporaryDir dir;
    const auto project = test::writeProject(
        dir.path(), {{QStringLiteral("20240101000001_create_a"), QStringLiteral("    create table(:a) do\n      add :x, :integer\n    end")},
                     {QStringLiteral("20240101000001_create_b"), QStringLiteral("    create table(:b) do\n      add :x, :integer\n    end")}});
    const auto settings = sqliteAt(dir.filePath(QStringLiteral("d.db")));
    const MigrationRun run = Migrator(settings, project.migrations).run(Direction::Up, MigrationSelection::all());
    QVERIFY(!run.ok());
    QCOMPARE(run.errorText(), QStringLiteral("migrations can't be executed, migration version 20240101000001 is duplicated"));
    auto c = open(settings);
    QCOMPARE(test::sqliteSchema(*c).size(), 1);
}

void TestMigrator::filesWithoutVersionIgnored()
{
    QTemporaryDir dir;
    const auto project = test::writeProject(
        dir.path(), {{QStringLiteral("20240101000001_create_a"), QStringLiteral("    create table(:a) do\n      add :x, :integer\n    end")},
                     {QStringLiteral("helper_create_b"), QStringLiteral("    create table(:b) do\n      add :x, :integer\n    end")}});
    QCOMPARE(project.migrations.size(), 2);
    const auto settings = sqliteAt(dir.filePath(QStringLiteral("v.db")));
    const Migrator migrator(settings, project.migrations);
    const MigrationRun run = migrator.run(Direction::Up, MigrationSelection::all());
    QVERIFY2(run.ok(), qPrintable(run.errorText()));
    QCOMPARE(run.applied.size(), 1);
    const auto status = migrator.status();
    QVERIFY(status);
    QCOMPARE(status->size(), 1);
    QCOMPARE(status->first().name, QStringLiteral("create_a"));
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
