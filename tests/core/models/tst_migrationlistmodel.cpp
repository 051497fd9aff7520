#include "models/migrationbadgecache.h"
#include "models/migrationlistmodel.h"
#include "migration/migrationconfigreader.h"
#include "migration/migrationstatus.h"
#include "project/projectloader.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ectowb;
using models::MigrationEntry;
using models::MigrationListModel;

namespace {

QString sampleFolder()
{
    return QStringLiteral(ECTOWB_SOURCE_DIR "/resources/sample/blog");
}

QList<project::MigrationFile> sampleMigrations()
{
    return project::ProjectLoader::load(sampleFolder()).migrations;
}

bool write(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

class TestMigrationListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleRows_data();
    void sampleRows();
    void statesFollowTheDatabase();
    void unknownWithoutDatabase();
    void badges_data();
    void badges();
    void badgesComeFromTheCache();
    void badgesReadAgainstTheProject();
    void passesTheModelTester();
};

void TestMigrationListModel::sampleRows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<qint64>("version");
    QTest::addColumn<QString>("name");
    QTest::newRow("first") << 0 << qint64(20240101000001) << QStringLiteral("create_users");
    QTest::newRow("posts") << 1 << qint64(20240101000002) << QStringLiteral("create_posts");
    QTest::newRow("profiles") << 5 << qint64(20240101000006) << QStringLiteral("create_profiles");
    QTest::newRow("last") << 7 << qint64(20240301120000) << QStringLiteral("rename_comments_content_to_body");
}

void TestMigrationListModel::sampleRows()
{
    QFETCH(int, row);
    QFETCH(qint64, version);
    QFETCH(QString, name);
    MigrationListModel model;
    model.setSnapshot(MigrationListModel::entries(migration::MigrationStatus::collect(sampleMigrations(), {}),
                                                  db::Dialect::Sqlite));
    QCOMPARE(model.rowCount(), 8);
    const QModelIndex index = model.index(row);
    QCOMPARE(index.data(MigrationListModel::VersionRole).toLongLong(), version);
    QCOMPARE(index.data(MigrationListModel::NameRole).toString(), name);
    QCOMPARE(index.data(MigrationListModel::StateRole).toInt(), int(MigrationEntry::State::Down));
    QVERIFY(index.data(Qt::DisplayRole).toString().contains(name));
    // Every sample migration can be rolled back and runs in a transaction.
    QCOMPARE(index.data(MigrationListModel::IrreversibleRole).toBool(), false);
    QCOMPARE(index.data(MigrationListModel::NoTransactionRole).toBool(), false);
    QCOMPARE(model.rowOfVersion(version), row);
}

void TestMigrationListModel::statesFollowTheDatabase()
{
    const QList<project::MigrationFile> files = sampleMigrations();
    QVERIFY(files.size() >= 3);
    const QList<qint64> recorded{files.at(0).version, files.at(2).version, 19990101000000};
    MigrationListModel model;
    model.setSnapshot(MigrationListModel::entries(migration::MigrationStatus::collect(files, recorded), db::Dialect::Postgres));
    QCOMPARE(model.rowCount(), files.size() + 1);
    // The orphan version sorts first, as mix ecto.migrations lists it.
    QCOMPARE(model.index(0).data(MigrationListModel::StateRole).toInt(), int(MigrationEntry::State::FileNotFound));
    QCOMPARE(model.index(0).data(MigrationListModel::NameRole).toString(), migration::MigrationStatus::fileNotFoundName());
    QCOMPARE(model.index(0).data(MigrationListModel::PathRole).toString(), QString());
    QCOMPARE(model.index(1).data(MigrationListModel::StateRole).toInt(), int(MigrationEntry::State::Up));
    QCOMPARE(model.index(2).data(MigrationListModel::StateRole).toInt(), int(MigrationEntry::State::Down));
    QCOMPARE(model.index(3).data(MigrationListModel::StateRole).toInt(), int(MigrationEntry::State::Up));
    QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(MigrationListModel::stateText(MigrationEntry::State::Up)));
}

void TestMigrationListModel::unknownWithoutDatabase()
{
    MigrationListModel model;
    model.setSnapshot(MigrationListModel::entries(migration::MigrationStatus::collect(sampleMigrations(), {}),
                                                  db::Dialect::Sqlite, false));
    QCOMPARE(model.rowCount(), 8);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row).data(MigrationListModel::StateRole).toInt(), int(MigrationEntry::State::Unknown));
}

void TestMigrationListModel::badges_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("irreversible");
    QTest::addColumn<bool>("noTransaction");
    QTest::addColumn<bool>("opaque");
    QTest::addColumn<bool>("readsData");
    QTest::addColumn<QString>("reason");
    QTest::newRow("plain") << QByteArray("def change do\n create table(:a) do\n add :x, :integer\n end\n end")
                           << false << false << false << false << QString();
    QTest::newRow("execute/1") << QByteArray("def change do\n execute \"CREATE EXTENSION citext\"\n end") << true << false
                               << false << false << QStringLiteral("cannot reverse migration command");
    QTest::newRow("remove/1") << QByteArray("def change do\n alter table(:a) do\n remove :x\n end\n end") << true << false
                              << false << false << QStringLiteral("cannot reverse migration command");
    QTest::newRow("no transaction")
        << QByteArray("@disable_ddl_transaction true\n@disable_migration_lock true\n"
                      "def change do\n create index(:a, [:x], concurrently: true)\n end")
        << false << true << false << false << QString();
    // Code the interpreter runs (execute(fn -> repo().query!(...) end)) is no longer
    // opaque; a call into a module the project does not have is.
    QTest::newRow("opaque") << QByteArray("def up do\n Legacy.Importer.run!(repo())\n end\n"
                                          "def down do\n drop table(:a)\n end")
                            << false << false << true << false << QString();
    // A match on the rows of a read fails offline (no rows), not when applied: the
    // migration reads data, it is not opaque.
    QTest::newRow("reads data") << QByteArray("def up do\n %{rows: [[n]]} = repo().query!(\"SELECT count(*) FROM a\")\n"
                                              " execute \"UPDATE a SET n = #{n}\"\n end\n"
                                              "def down, do: :ok")
                                << false << false << false << true << QString();
}

void TestMigrationListModel::badges()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, irreversible);
    QFETCH(bool, noTransaction);
    QFETCH(bool, opaque);
    QFETCH(bool, readsData);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("20250101000000_badge.exs"));
    QVERIFY(write(path, "defmodule M do\nuse Ecto.Migration\n" + body + "\nend\n"));
    migration::MigrationStatus status;
    status.version = 20250101000000;
    status.name = QStringLiteral("badge");
    status.path = path;
    const QList<MigrationEntry> entries = MigrationListModel::entries({status}, db::Dialect::Postgres);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().readError, QString());
    QCOMPARE(entries.first().irreversible, irreversible);
    QCOMPARE(entries.first().noTransaction, noTransaction);
    QCOMPARE(entries.first().opaque, opaque);
    QCOMPARE(entries.first().readsData, readsData);
    QVERIFY2(entries.first().downError.contains(reason), qPrintable(entries.first().downError));
    QCOMPARE(entries.first().downError.isEmpty(), reason.isEmpty());
}

void TestMigrationListModel::badgesComeFromTheCache()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("20250101000000_cached.exs"));
    QVERIFY(write(path, "defmodule M do\nuse Ecto.Migration\n@disable_ddl_transaction true\n"
                        "def change, do: create(table(:t))\nend\n"));
    migration::MigrationStatus status;
    status.version = 20250101000000;
    status.name = QStringLiteral("cached");
    status.path = path;
    project::MigrationFile file;
    file.path = path;
    models::MigrationBadgeCache cache;
    // Without reading files, nothing is known until the cache holds the file.
    QVERIFY(!MigrationListModel::entries({status}, db::Dialect::Sqlite, true, &cache, false).first().noTransaction);
    MigrationListModel::warmBadges({file}, db::Dialect::Sqlite, cache);
    QVERIFY(MigrationListModel::entries({status}, db::Dialect::Sqlite, true, &cache, false).first().noTransaction);
    // Each dialect is its own entry.
    QVERIFY(!MigrationListModel::entries({status}, db::Dialect::Postgres, true, &cache, false).first().noTransaction);
    // A changed file is read again, not taken from the cache.
    QVERIFY(write(path, "defmodule M do\nuse Ecto.Migration\ndef change, do: create(table(:t))\nend\n# longer\n"));
    QVERIFY(!MigrationListModel::entries({status}, db::Dialect::Sqlite, true, &cache, false).first().noTransaction);
    QVERIFY(!MigrationListModel::entries({status}, db::Dialect::Sqlite, true, &cache, true).first().noTransaction);
    cache.clear();
    QVERIFY(!cache.find(path, db::Dialect::Sqlite));
}

// A migration that reads through the project's schema (repo().all(from a in Author))
// is read as the migrator reads it: against the project it reads data; without it,
// the schema is unknown and the read is an opaque step.
void TestMigrationListModel::badgesReadAgainstTheProject()
{
    const project::Project project = project::ProjectLoader::load(QStringLiteral(ECTOWB_TEST_DATA "/migration/backfill"));
    const QList<migration::MigrationStatus> status = migration::MigrationStatus::collect(project.migrations, {});
    QCOMPARE(status.size(), 4);
    const migration::ProjectConfig config = migration::MigrationConfigReader::read(project);
    const auto environment = migration::ReaderEnvironment::of(&project, config.migration, config.appEnv);
    const MigrationEntry withProject = MigrationListModel::entries(status, db::Dialect::Sqlite, true, nullptr, true, environment).last();
    QVERIFY(withProject.readsData);
    QVERIFY(!withProject.opaque);
    const MigrationEntry alone = MigrationListModel::entries(status, db::Dialect::Sqlite).last();
    QVERIFY(alone.opaque);
}

void TestMigrationListModel::passesTheModelTester()
{
    MigrationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<project::MigrationFile> files = sampleMigrations();
    model.setSnapshot(MigrationListModel::entries(migration::MigrationStatus::collect(files, {}), db::Dialect::Sqlite));
    model.setSnapshot(MigrationListModel::entries(migration::MigrationStatus::collect(files, {files.first().version}),
                                                  db::Dialect::Sqlite));
    model.setSnapshot({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0).isValid());
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), MigrationListModel::tr("Migration"));
    QVERIFY(model.roleNames().contains(MigrationListModel::StateRole));
}

QTEST_GUILESS_MAIN(TestMigrationListModel)
#include "tst_migrationlistmodel.moc"
