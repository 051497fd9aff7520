// `ectowb migrations lint` and `plan` through the real executable: the bundled sample
// and the repository's fixtures lint with exactly the findings expected, exit codes,
// JSON and JUnit output, and a plan that executes nothing.
#include "processrun.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using ectowb::testsupport::ProcessRun;
using ectowb::testsupport::sampleProjectDir;

ProcessRun cli(const QStringList &args)
{
    return ectowb::testsupport::runCli(QStringLiteral("migrations"), args);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromLatin1(item);
    return out;
}

// "<file name>:<line>:<severity>:<check>" of a --json run.
QStringList findings(const QByteArray &json)
{
    QStringList out;
    for (const QJsonValue &f : QJsonDocument::fromJson(json).array())
        out << QStringLiteral("%1:%2:%3:%4")
                   .arg(QFileInfo(f[QStringLiteral("file")].toString()).fileName())
                   .arg(f[QStringLiteral("line")].toInt())
                   .arg(f[QStringLiteral("severity")].toString(), f[QStringLiteral("check")].toString());
    return out;
}

QByteArray writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return dir.filePath(name).toUtf8();
}

} // namespace

class TestMigrationLintCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The sample's migrations create their tables, so their indexes and references are
    // only info; the later ones touch existing tables.
    void sampleOnPostgres()
    {
        const ProcessRun r = cli({QStringLiteral("lint"), QStringLiteral("--json"), QStringLiteral("--dialect"), QStringLiteral("postgres"),
                                 QStringLiteral("--project"), sampleProjectDir()});
        QCOMPARE(r.exitCode, 1);
        const QStringList expected = list({
            "20240101000001_create_users.exs:14:info:index_not_concurrently",
            "20240101000002_create_posts.exs:20:info:column_reference_added",
            "20240101000002_create_posts.exs:25:info:index_not_concurrently",
            "20240101000002_create_posts.exs:26:info:index_not_concurrently",
            "20240101000003_create_comments.exs:8:info:column_reference_added",
            "20240101000003_create_comments.exs:9:info:column_reference_added",
            "20240101000003_create_comments.exs:14:info:index_not_concurrently",
            "20240101000003_create_comments.exs:15:info:index_not_concurrently",
            "20240101000004_create_tags.exs:10:info:index_not_concurrently",
            "20240101000004_create_tags.exs:12:info:index_not_concurrently",
            "20240101000005_create_posts_tags.exs:6:info:column_reference_added",
            "20240101000005_create_posts_tags.exs:7:info:column_reference_added",
            "20240101000005_create_posts_tags.exs:10:info:index_not_concurrently",
            "20240101000005_create_posts_tags.exs:11:info:index_not_concurrently",
            "20240101000006_create_profiles.exs:9:info:column_reference_added",
            "20240101000006_create_profiles.exs:12:info:index_not_concurrently",
            "20240215093000_add_status_fields_to_users.exs:5:warning:access_exclusive_without_lock_timeout",
            "20240215093000_add_status_fields_to_users.exs:6:warning:column_added_with_default",
            "20240215093000_add_status_fields_to_users.exs:7:warning:column_added_with_default",
            "20240215093000_add_status_fields_to_users.exs:10:error:index_not_concurrently",
            "20240215093000_add_status_fields_to_users.exs:11:error:index_not_concurrently",
            "20240215093000_add_status_fields_to_users.exs:13:warning:raw_sql_executed",
            "20240301120000_rename_comments_content_to_body.exs:5:error:column_renamed",
            "20240301120000_rename_comments_content_to_body.exs:5:warning:access_exclusive_without_lock_timeout",
            "20240301120000_rename_comments_content_to_body.exs:9:error:column_renamed",
        });
        QCOMPARE(findings(r.out), expected);
        // A finding on a statement names it and its lock.
        const QJsonArray all = QJsonDocument::fromJson(r.out).array();
        const auto index = std::find_if(all.begin(), all.end(), [](const QJsonValue &f) {
            return f[QStringLiteral("line")].toInt() == 10 && f[QStringLiteral("check")].toString() == QLatin1String("index_not_concurrently");
        });
        QVERIFY(index != all.end());
        QCOMPARE((*index)[QStringLiteral("lock")].toString(), QStringLiteral("SHARE"));
        QCOMPARE((*index)[QStringLiteral("statement")].toInt(), 1);
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        const QString data = QStringLiteral(ECTOWB_TEST_DATA);
        const QString snippets = data + QStringLiteral("/elixir/snippets/");
        QTest::newRow("snippet 01") << snippets + QStringLiteral("ecto_migration_01.exs")
                                    << list({"8:info:column_reference_added", "12:info:index_not_concurrently", "13:info:index_not_concurrently"});
        QTest::newRow("snippet 02") << snippets + QStringLiteral("ecto_migration_02.exs")
                                    << list({"3:warning:column_added_with_default", "4:error:column_type_changed", "5:error:column_removed",
                                             "11:error:column_removed", "12:error:column_type_changed"});
        QTest::newRow("snippet 03") << snippets + QStringLiteral("ecto_migration_03.exs") << list({"2:error:column_renamed", "3:error:table_renamed"});
        QTest::newRow("snippet 09") << snippets + QStringLiteral("ecto_migration_09.exs") << list({"2:error:index_not_concurrently", "3:error:table_dropped"});
        QTest::newRow("snippet 11") << snippets + QStringLiteral("ecto_migration_11.exs") << QStringList{};
        QTest::newRow("shop") << data + QStringLiteral("/projects/shop/priv/repo/migrations/20250101000000_create_catalog.exs")
                              << list({"5:warning:raw_sql_executed", "10:info:column_reference_added"});
        QTest::newRow("changesets kitchens") << data + QStringLiteral("/projects/changesets/priv/repo/migrations/20240101000001_create_kitchens.exs")
                                             << list({"29:info:index_not_concurrently"});
        QTest::newRow("umbrella users") << data + QStringLiteral("/projects/umbrella/apps/accounts/priv/repo/migrations/20240601000000_create_users.exs")
                                        << QStringList{};
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const ProcessRun r = cli({QStringLiteral("lint"), QStringLiteral("--json"), file});
        QStringList got;
        for (const QString &f : findings(r.out))
            got << f.section(QLatin1Char(':'), 1);
        QCOMPARE(got, expected);
        QCOMPARE(r.exitCode, expected.join(QLatin1Char(' ')).contains(QLatin1String(":error:")) ? 1 : 0);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("nothing to lint") << QStringList{QStringLiteral("lint")} << 2;
        QTest::newRow("missing file") << QStringList{QStringLiteral("lint"), QStringLiteral("/nonexistent/1_x.exs")} << 2;
        QTest::newRow("bad dialect") << QStringList{QStringLiteral("lint"), QStringLiteral("--dialect"), QStringLiteral("oracle"),
                                                    sampleProjectDir() + QStringLiteral("/priv/repo/migrations/20240101000001_create_users.exs")}
                                     << 2;
        QTest::newRow("project and files") << QStringList{QStringLiteral("lint"), QStringLiteral("--project"), sampleProjectDir(),
                                                          sampleProjectDir() + QStringLiteral("/priv/repo/migrations/20240101000001_create_users.exs")}
                                           << 2;
        QTest::newRow("only info") << QStringList{QStringLiteral("lint"), sampleProjectDir() + QStringLiteral("/priv/repo/migrations/20240101000001_create_users.exs")}
                                   << 0;
        QTest::newRow("an error") << QStringList{QStringLiteral("lint"),
                                                 sampleProjectDir() + QStringLiteral("/priv/repo/migrations/20240301120000_rename_comments_content_to_body.exs")}
                                  << 1;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QCOMPARE(cli(args).exitCode, exitCode);
    }

    // Every named file is linted, a module without `use Ecto.Migration` too; the
    // safety comment silences its line only.
    void everyNamedFileAndJunit()
    {
        QTemporaryDir dir;
        const QByteArray plain = writeFile(dir, QStringLiteral("helper.exs"),
                                           "defmodule Helper do\n  def go do\n    rename table(:a), :b, to: :c\n  end\nend\n");
        const QByteArray assured = writeFile(
            dir, QStringLiteral("2_assured.exs"),
            "defmodule M do\n  use Ecto.Migration\n  def change do\n"
            "    # excellent_migrations:safety-assured-for-next-line column_renamed\n"
            "    rename table(:a), :b, to: :c\n  end\nend\n");
        const QString junit = dir.filePath(QStringLiteral("lint.xml"));
        const ProcessRun r = cli({QStringLiteral("lint"), QStringLiteral("--junit"), junit, QString::fromUtf8(plain), QString::fromUtf8(assured)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("helper.exs:3: error column_renamed"), r.out.constData());
        QVERIFY(!r.out.contains("2_assured.exs:5: error column_renamed"));
        QFile xml(junit);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const QByteArray report = xml.readAll();
        QVERIFY(report.contains("tests=\"2\""));
        QVERIFY(report.contains("failures=\"1\""));
        QVERIFY(report.contains("column_renamed"));
    }

    // The plan reads schema_migrations only: on a database that does not exist yet,
    // every migration is pending and no file is created.
    void planExecutesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("fresh.db"));
        const ProcessRun r = cli({QStringLiteral("plan"), QStringLiteral("--project"), sampleProjectDir(), QStringLiteral("--db"),
                                 QStringLiteral("sqlite:") + db, QStringLiteral("--markdown"), QStringLiteral("--to"),
                                 QStringLiteral("20240101000002")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QFileInfo::exists(db));
        QVERIFY2(r.out.contains("2 pending migration(s)"), r.out.constData());
        QVERIFY(r.out.contains("### 20240101000001 Blog.Repo.Migrations.CreateUsers"));
        QVERIFY(r.out.contains("CREATE TABLE \"posts\""));
        QVERIFY(!r.out.contains("20240101000003"));
        QVERIFY(r.out.contains("- reversible: yes"));

        const ProcessRun json = cli({QStringLiteral("plan"), QStringLiteral("--project"), sampleProjectDir(), QStringLiteral("--db"),
                                    QStringLiteral("sqlite:") + db, QStringLiteral("--json")});
        const QJsonArray plan = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(plan.size(), 8);
        QCOMPARE(plan.last()[QStringLiteral("version")].toInteger(), 20240301120000);
        QVERIFY(plan.last()[QStringLiteral("reversible")].toBool());
        QCOMPARE(plan.last()[QStringLiteral("statements")].toArray().first()[QStringLiteral("lock")].toString(),
                 QStringLiteral("database write lock"));
    }
};

QTEST_GUILESS_MAIN(TestMigrationLintCli)
#include "tst_migrationlintcli.moc"
