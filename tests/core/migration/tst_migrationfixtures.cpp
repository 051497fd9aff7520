// The fixture project tests/data/migration/shop applied as `mix ecto.migrate` would,
// to a real SQLite file and (under pg_virtualenv) a real PostgreSQL: migration
// settings from config/*.exs, a data migration with repo(), insert_all,
// update_all over an Ecto query, execute(fn -> ... end) and Application.get_env,
// direction() in change/0, and a migration that calls a module the project does
// not have, which stops the run there until it is marked as applied. And
// tests/data/migration/backfill: migrations whose code reads rows and writes what
// they say, applied against the live data as Ecto runs them.
#include "migratorfixture.h"

#include "db/databaseurl.h"
#include "migration/migrationconfigreader.h"
#include "migration/migrator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ectowb;
using namespace ectowb::migration;

namespace {
// The fixture's config: `migration_source: "shop_migrations"`.
const QString kSource = QStringLiteral("shop_migrations");
} // namespace

class TestMigrationFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void config();
    void applyAndRollBack_data();
    void applyAndRollBack();
    void cliStopsAtTheFirstFailure();
    void libraryMigrations_data();
    void libraryMigrations();
    void liveReads_data();
    void liveReads();
    void cleanupTestCase();

private:
    db::ConnectionSettings database(const QString &dialect);

    project::Project m_project;
    QTemporaryDir m_dir;
    std::shared_ptr<db::Connection> m_admin;
    QStringList m_databases;
};

void TestMigrationFixtures::initTestCase()
{
    m_project = project::ProjectLoader::load(QStringLiteral(ECTOWB_TEST_DATA "/migration/shop"));
    QCOMPARE(m_project.migrations.size(), 5);
    QCOMPARE(m_project.repo.repo, QStringLiteral("Shop.Repo"));
}

void TestMigrationFixtures::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_databases))
        m_admin->exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
}

db::ConnectionSettings TestMigrationFixtures::database(const QString &dialect)
{
    if (dialect == QLatin1String("sqlite")) {
        return db::ConnectionSettings::sqliteFile(m_dir.filePath(QStringLiteral("shop_%1.db").arg(QRandomGenerator::global()->generate())), true);
    }
    auto server = db::DatabaseUrl::parse(QString());
    if (!m_admin) {
        auto admin = db::Connection::open(*server);
        if (!admin)
            qFatal("cannot connect to PostgreSQL: %s", qPrintable(admin.error()));
        m_admin = *admin;
    }
    const QString name = QStringLiteral("wb_fix_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    m_admin->exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
    m_databases << name;
    db::ConnectionSettings s = *server;
    s.database = name;
    return s;
}

// Ecto.Migration reads migration_primary_key, migration_foreign_key and
// migration_timestamps from the repo's config; Application.get_env sees config.exs
// merged with dev.exs.
void TestMigrationFixtures::config()
{
    const ProjectConfig config = MigrationConfigReader::read(m_project);
    QCOMPARE(config.migration.primaryKey.inspect(), QStringLiteral("[name: :pk, type: :serial]"));
    QCOMPARE(config.migration.foreignKey.inspect(), QStringLiteral("[column: :pk]"));
    QCOMPARE(config.migration.timestamps.inspect(),
             QStringLiteral("[type: :utc_datetime, inserted_at: :created_at, updated_at: :changed_at]"));
    QCOMPARE(config.migration.source, QStringLiteral("shop_migrations"));
    const QString shop = config.appEnv.get(interpreter::Value::atom(QStringLiteral("shop"))).value_or(interpreter::Value()).inspect();
    QVERIFY2(shop.contains(QLatin1String("{:catalog, [default_currency: \"EUR\", vat_rate: 21]}")), qPrintable(shop));
}

void TestMigrationFixtures::applyAndRollBack_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    if (qEnvironmentVariableIsSet("PGHOST"))
        QTest::newRow("postgres") << QStringLiteral("postgres");
}

void TestMigrationFixtures::applyAndRollBack()
{
    QFETCH(QString, dialect);
    const db::ConnectionSettings settings = database(dialect);
    Migrator migrator(settings, m_project.migrations);
    migrator.setEnvironment(std::make_shared<const project::Project>(m_project), MigrationConfigReader::read(m_project));

    // As mix ecto.migrate: 1 to 3 applied, then it stops at the call it cannot run.
    const MigrationRun first = migrator.run(Direction::Up, MigrationSelection::all());
    QVERIFY(first.error.has_value());
    QVERIFY2(first.applied.size() == 3, qPrintable(first.errorText()));
    QVERIFY2(first.errorText().contains(QLatin1String("Shop.Warehouse.Sync.backfill!/1")), qPrintable(first.errorText()));
    // Where the code stopped is a value of the error, not words in its message.
    QCOMPARE(first.error->position.line, 11);
    QVERIFY2(first.error->position.file.endsWith(QLatin1String("20240101000004_sync_warehouse.exs")), qPrintable(first.error->position.file));
    QVERIFY2(!first.error->message.contains(QLatin1String(":11:")), qPrintable(first.error->message));
    QVERIFY2(!first.errorText().contains(QLatin1String("refuse")), qPrintable(first.errorText()));

    auto c = db::Connection::open(settings);
    QVERIFY2(c, qPrintable(c.error()));
    QCOMPARE(test::rowsAsText(**c, QStringLiteral("SELECT name, currency, vat_rate, stock FROM products ORDER BY name")),
             QStringList({QStringLiteral("apple|EUR|21|10"), QStringLiteral("pear|EUR|21|10"), QStringLiteral("plum|EUR|10|10")}));
    // The key and the timestamps come from config.
    QCOMPARE(test::rowsAsText(**c, QStringLiteral("SELECT count(*) FROM products WHERE pk IS NOT NULL AND created_at IS NOT NULL AND changed_at = created_at")),
             QStringList{QStringLiteral("3")});
    // Nothing of the failing migration stayed.
    QVERIFY(test::rowsAsText(**c, QStringLiteral("SELECT warehouse_ref FROM products")).value(0).startsWith(QLatin1String("ERROR")));

    // Rolled back newest first: change/0 of 3 runs with direction() :down (no
    // UPDATE), the data migration's down/0 deletes its rows.
    const MigrationRun down = migrator.run(Direction::Down, MigrationSelection::to(20240101000002));
    QVERIFY2(down.ok(), qPrintable(down.errorText()));
    QCOMPARE(down.applied.size(), 2);
    QCOMPARE(test::rowsAsText(**c, QStringLiteral("SELECT count(*) FROM products")), QStringList{QStringLiteral("0")});
    QCOMPARE(test::recordedVersions(**c, kSource), QList<qint64>{20240101000001});

    // Up again stops at 4 again; marked as applied (run elsewhere), the rest applies.
    QCOMPARE(migrator.run(Direction::Up, MigrationSelection::all()).applied.size(), 2);
    QCOMPARE(migrator.markApplied(20240101000004), std::nullopt);
    QCOMPARE(migrator.markApplied(20240101000004), std::nullopt); // twice is harmless
    const MigrationRun rest = migrator.run(Direction::Up, MigrationSelection::all());
    QVERIFY2(rest.ok(), qPrintable(rest.errorText()));
    QCOMPARE(rest.applied.size(), 1);
    QCOMPARE(test::recordedVersions(**c, kSource).size(), 5);
    // migration_source renamed the bookkeeping: Ecto never creates schema_migrations.
    QVERIFY(test::rowsAsText(**c, QStringLiteral("SELECT count(*) FROM schema_migrations")).value(0).startsWith(QLatin1String("ERROR")));
    const auto status = migrator.status();
    QVERIFY2(status, qPrintable(status.error()));
    QCOMPARE(status->size(), 5);
    for (const MigrationStatus &m : *status)
        QVERIFY2(m.state == MigrationStatus::State::Up, qPrintable(m.name)); // read from shop_migrations
    QCOMPARE(test::rowsAsText(**c, QStringLiteral("SELECT count(*) FROM orders")), QStringList{QStringLiteral("0")});
    const MigrationRun last = migrator.run(Direction::Down, MigrationSelection::step(1));
    QVERIFY2(last.ok(), qPrintable(last.errorText()));
    QVERIFY(test::rowsAsText(**c, QStringLiteral("SELECT count(*) FROM orders")).value(0).startsWith(QLatin1String("ERROR")));
}

// `ectowb migrations up` runs as mix ecto.migrate: 1 to 3 applied, a non-zero exit
// at 4 that names the call; after `mark`, the rest applies.
void TestMigrationFixtures::cliStopsAtTheFirstFailure()
{
    const QString db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("cli.db"));
    const QString project = QStringLiteral(ECTOWB_TEST_DATA "/migration/shop");
    auto run = [&](const QStringList &args, QString *out, QString *err) {
        QProcess p;
        p.start(QStringLiteral(ECTOWB_CLI), QStringList{QStringLiteral("migrations")} + args);
        p.waitForFinished(120000);
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QString out, err;
    const QStringList where{QStringLiteral("--project"), project, QStringLiteral("--db"), db};
    QCOMPARE(run(QStringList{QStringLiteral("up")} + where, &out, &err), 1);
    QVERIFY2(out.contains(QLatin1String("== Migrated 20240101000003")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("== Migrated 20240101000004")), qPrintable(out));
    QVERIFY2(err.contains(QLatin1String("Shop.Warehouse.Sync.backfill!/1")), qPrintable(err));
    QCOMPARE(run(QStringList{QStringLiteral("mark"), QStringLiteral("20240101000004")} + where, &out, &err), 0);
    QCOMPARE(run(QStringList{QStringLiteral("up")} + where, &out, &err), 0);
    QVERIFY2(out.contains(QLatin1String("== Migrated 20240101000005")), qPrintable(out));

    // status, plan and introspect read the Repo's migration_source too.
    const auto json = [&](const QStringList &args) {
        QString jsonOut, jsonErr;
        const int code = run(args, &jsonOut, &jsonErr);
        return code == 0 ? QJsonDocument::fromJson(jsonOut.toUtf8()) : QJsonDocument();
    };
    const QJsonArray status = json(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + where).array();
    QCOMPARE(status.size(), 5);
    for (const QJsonValue &row : status)
        QCOMPARE(row[QLatin1String("status")].toString(), QStringLiteral("up"));
    const QJsonDocument plan = json(QStringList{QStringLiteral("plan"), QStringLiteral("--json")} + where);
    QVERIFY(plan.isArray());
    QCOMPARE(plan.array().size(), 0); // nothing pending
    QProcess introspect;
    introspect.start(QStringLiteral(ECTOWB_CLI), QStringList{QStringLiteral("introspect"), QStringLiteral("--json")} + where);
    QVERIFY(introspect.waitForFinished(120000));
    QStringList bookkeeping;
    for (const QJsonValue &t : QJsonDocument::fromJson(introspect.readAllStandardOutput())[QLatin1String("tables")].toArray()) {
        if (t[QLatin1String("ectoBookkeeping")].toBool())
            bookkeeping << t[QLatin1String("name")].toString();
    }
    QCOMPARE(bookkeeping, QStringList{kSource});
}

// The authors once 3 backfilled them and 4 shouted their names, renamed bob's slug
// after the posts it counted and suffixed every slug when an author had one post.
static const QStringList kShouted{QStringLiteral("ANN LEE (3)|1|ann-lee-one"), QStringLiteral("BOB (3)|2|bob-3-one")};

void TestMigrationFixtures::liveReads_data()
{
    applyAndRollBack_data();
}

// Offline a read sees an empty database: 2 sends no posts, and 3 stops on its
// first match. Applied, each read gets the live rows, and the code goes on with them.
void TestMigrationFixtures::liveReads()
{
    QFETCH(QString, dialect);
    const project::Project project = project::ProjectLoader::load(QStringLiteral(ECTOWB_TEST_DATA "/migration/backfill"));
    QCOMPARE(project.migrations.size(), 4);
    const ProjectConfig config = MigrationConfigReader::read(project);
    const ReaderEnvironment offline = ReaderEnvironment::of(&project, config.migration, config.appEnv);
    const auto ddl = Migrator::renderer(dialect == u"sqlite" ? db::Dialect::Sqlite : db::Dialect::Postgres);
    const Result<MigrationStatements> seed = Migrator::readStatements(project.migrations[1], Direction::Up, *ddl, nullptr, offline);
    QVERIFY2(seed, qPrintable(seed.error()));
    QCOMPARE(seed->statements.size(), 2); // the insert and the read: no rows, no posts
    QVERIFY(seed->dependsOnData());
    const Result<MigrationStatements> counts = Migrator::readStatements(project.migrations[2], Direction::Up, *ddl, nullptr, offline);
    QVERIFY2(counts && counts->error, "offline, the match on the rows of the count fails");
    QVERIFY2(counts->error->message.contains(QLatin1String("no match of right hand side value")), qPrintable(counts->error->message));
    // 4 reads through the Repo: offline each read is empty, so it sends its five reads only.
    const Result<MigrationStatements> shout = Migrator::readStatements(project.migrations[3], Direction::Up, *ddl, nullptr, offline);
    QVERIFY2(shout && !shout->error, qPrintable(shout ? MigrationStatements::errorText(shout->error) : shout.error()));
    QCOMPARE(shout->statements.size(), 5);

    const db::ConnectionSettings settings = database(dialect);
    Migrator migrator(settings, project.migrations);
    migrator.setEnvironment(std::make_shared<const project::Project>(project), config);
    const MigrationRun up = migrator.run(Direction::Up, MigrationSelection::all());
    QVERIFY2(up.ok(), qPrintable(up.errorText()));
    QCOMPARE(up.applied.size(), 4);
    // 2 sent its insert, its read and 1 + 2 post inserts; 3 its two reads, two updates and the execute.
    QCOMPARE(up.applied[1].statements.size(), 5);
    QVERIFY2(up.applied[2].statements.size() == 5, qPrintable(up.applied[2].statements.join(QLatin1String("\n"))));
    // 4: five reads, 2 + 2 + 1 updates for the rows they returned, and the execute an exists? allowed.
    QVERIFY2(up.applied[3].statements.size() == 11, qPrintable(up.applied[3].statements.join(QLatin1String("\n"))));
    auto c = db::Connection::open(settings);
    QVERIFY2(c, qPrintable(c.error()));
    QCOMPARE(test::rowsAsText(**c, QStringLiteral("SELECT author_id, title FROM posts ORDER BY author_id, title")),
             QStringList({QStringLiteral("1|post 1"), QStringLiteral("2|post 1!"), QStringLiteral("2|post 2!")}));
    QCOMPARE(test::rowsAsText(**c, QStringLiteral("SELECT name, posts_count, slug FROM authors ORDER BY id")), kShouted);

    const MigrationRun down = migrator.run(Direction::Down, MigrationSelection::all());
    QVERIFY2(down.ok(), qPrintable(down.errorText()));
    QCOMPARE(down.applied.size(), 4);
    QVERIFY(test::rowsAsText(**c, QStringLiteral("SELECT count(*) FROM authors")).value(0).startsWith(QLatin1String("ERROR")));

    // `ectowb migrations up` applies them all the same way.
    if (dialect != u"sqlite")
        return;
    const QString file = m_dir.filePath(QStringLiteral("backfill_cli.db"));
    QProcess cli;
    cli.start(QStringLiteral(ECTOWB_CLI), {QStringLiteral("migrations"), QStringLiteral("up"), QStringLiteral("--project"),
                                           QStringLiteral(ECTOWB_TEST_DATA "/migration/backfill"), QStringLiteral("--db"),
                                           QStringLiteral("sqlite:") + file});
    QVERIFY(cli.waitForFinished(120000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(cli.exitCode() == 0, qPrintable(out + QString::fromUtf8(cli.readAllStandardError())));
    QVERIFY2(out.contains(QLatin1String("== Migrated 20240501000004")), qPrintable(out));
    auto byCli = db::Connection::open(db::DatabaseUrl::parse(QStringLiteral("sqlite:") + file).value());
    QVERIFY2(byCli, qPrintable(byCli.error()));
    QCOMPARE(test::rowsAsText(**byCli, QStringLiteral("SELECT name, posts_count, slug FROM authors ORDER BY id")), kShouted);
}

void TestMigrationFixtures::libraryMigrations_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QStringList>("upSql");
    // AuditTrail.Migration.up(version: 2) -> defdelegate -> AuditTrail.Migrations.up/1
    // -> Module.concat([__MODULE__, "V1"]) and "V2", each a plain Ecto migration.
    QTest::newRow("sqlite") << QStringLiteral("sqlite")
                            << QStringList{QStringLiteral("CREATE TABLE \"audit_events\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, "
                                                          "\"action\" TEXT NOT NULL, \"inserted_at\" TEXT NOT NULL, "
                                                          "\"updated_at\" TEXT NOT NULL)"),
                                           QStringLiteral("CREATE INDEX \"audit_events_action_index\" ON \"audit_events\" (\"action\")")};
    if (qEnvironmentVariableIsSet("PGHOST"))
        QTest::newRow("postgres") << QStringLiteral("postgres")
                                  << QStringList{QStringLiteral("CREATE TABLE \"audit_events\" (\"id\" bigserial, \"action\" varchar(255) NOT NULL, "
                                                                "\"inserted_at\" timestamp(0) NOT NULL, \"updated_at\" timestamp(0) NOT NULL, "
                                                                "PRIMARY KEY (\"id\"))"),
                                                 QStringLiteral("CREATE INDEX \"audit_events_action_index\" ON \"audit_events\" (\"action\")")};
}

// A project whose migration runs a library's migrations from deps/ (as apps run
// Oban.Migration.up/1): read lazily, through defdelegate, Module.concat/split and
// apply/3, applied and rolled back for real.
void TestMigrationFixtures::libraryMigrations()
{
    QFETCH(QString, dialect);
    QFETCH(QStringList, upSql);
    const project::Project ledger = project::ProjectLoader::load(QStringLiteral(ECTOWB_TEST_DATA "/migration/ledger"));
    QCOMPARE(ledger.migrations.size(), 2);
    // The library's modules are there to call, never listed as the project's own.
    QVERIFY(ledger.dependencies->contains(QStringLiteral("AuditTrail.Migrations.V2")));
    for (const project::ElixirModule &m : ledger.modules)
        QVERIFY2(!m.name.startsWith(QLatin1String("AuditTrail")), qPrintable(m.name));

    const db::ConnectionSettings settings = database(dialect);
    const ProjectConfig config = MigrationConfigReader::read(ledger);
    const ReaderEnvironment environment = ReaderEnvironment::of(&ledger, config.migration, config.appEnv);
    const auto ddl = Migrator::renderer(settings.dialect);
    const auto up = Migrator::plan(ledger.migrations.last(), Direction::Up, *ddl, nullptr, environment);
    QVERIFY2(up, qPrintable(up.error()));
    QCOMPARE(*up, upSql);
    const auto down = Migrator::plan(ledger.migrations.last(), Direction::Down, *ddl, nullptr, environment);
    QVERIFY2(down, qPrintable(down.error()));
    QCOMPARE(down->size(), 2);
    QVERIFY2(down->first().startsWith(QLatin1String("DROP INDEX")), qPrintable(down->first()));
    QVERIFY2(down->last().startsWith(QLatin1String("DROP TABLE \"audit_events\"")), qPrintable(down->last()));

    Migrator migrator(settings, ledger.migrations);
    migrator.setEnvironment(std::make_shared<const project::Project>(ledger), config);
    const MigrationRun applied = migrator.run(Direction::Up, MigrationSelection::all());
    QVERIFY2(applied.ok(), qPrintable(applied.errorText()));
    QCOMPARE(applied.applied.size(), 2);
    auto c = db::Connection::open(settings);
    QVERIFY2(c, qPrintable(c.error()));
    QVERIFY((*c)->exec(QStringLiteral("INSERT INTO audit_events (action, inserted_at, updated_at) VALUES (?, ?, ?)"),
                       {QStringLiteral("login"), QStringLiteral("2024-03-01T00:00:00"), QStringLiteral("2024-03-01T00:00:00")}));
    QCOMPARE(test::rowsAsText(**c, QStringLiteral("SELECT action FROM audit_events")), QStringList{QStringLiteral("login")});
    const MigrationRun rolledBack = migrator.run(Direction::Down, MigrationSelection::step(1));
    QVERIFY2(rolledBack.ok(), qPrintable(rolledBack.errorText()));
    QVERIFY(test::rowsAsText(**c, QStringLiteral("SELECT count(*) FROM audit_events")).value(0).startsWith(QLatin1String("ERROR")));
    QCOMPARE(test::recordedVersions(**c), QList<qint64>{20240301000001});
}

QTEST_GUILESS_MAIN(TestMigrationFixtures)
#include "tst_migrationfixtures.moc"
