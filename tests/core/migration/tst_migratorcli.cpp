// `ectowb migrations` through the real executable: status/up/down on SQLite files,
// `sql` against Ecto's own output (the conformance cases), and exit codes.
#include "migratorfixture.h"

#include "migration/migrationreader.h"

#include "conformancecases.h"
#include "processrun.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ectowb;

namespace {

using testsupport::ProcessRun;
using testsupport::sampleProjectDir;

ProcessRun cli(const QStringList &args)
{
    return testsupport::runCli(QStringLiteral("migrations"), args);
}

// version -> status from `status --json`
QMap<qint64, QString> statusOf(const QString &project, const QString &db)
{
    const ProcessRun r = cli({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--project"), project,
                             QStringLiteral("--db"), db});
    QMap<qint64, QString> map;
    if (r.exitCode != 0)
        return map;
    for (const QJsonValue &row : QJsonDocument::fromJson(r.out).array())
        map.insert(row[QStringLiteral("version")].toInteger(), row[QStringLiteral("status")].toString());
    return map;
}

} // namespace

class TestMigratorCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusUpDownOnSqlite();
    void fileNotFoundInStatus();
    void repoConfigDatabaseIsRelativeToProject();
    void sqlMatchesEcto_data();
    void sqlMatchesEcto();
    void sqlHumanOutput();
    void sqlOrigins_data();
    void sqlOrigins();
    void exitCodes_data();
    void exitCodes();
};

void TestMigratorCli::statusUpDownOnSqlite()
{
    QTemporaryDir dir;
    const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("cli.db"));
    const auto project = project::ProjectLoader::load(sampleProjectDir());

    const ProcessRun up = cli({QStringLiteral("up"), QStringLiteral("--step"), QStringLiteral("2"), QStringLiteral("--json"),
                              QStringLiteral("--project"), sampleProjectDir(), QStringLiteral("--db"), db});
    QVERIFY2(up.exitCode == 0, up.err.constData());
    const QJsonObject run = QJsonDocument::fromJson(up.out).object();
    QCOMPARE(run[QStringLiteral("direction")].toString(), QStringLiteral("up"));
    const QJsonArray applied = run[QStringLiteral("applied")].toArray();
    QCOMPARE(applied.size(), 2);
    QCOMPARE(applied[0][QStringLiteral("version")].toInteger(), project.migrations[0].version);
    QVERIFY(applied[0][QStringLiteral("statements")].toArray().first().toString().startsWith(QLatin1String("CREATE TABLE \"users\"")));

    QMap<qint64, QString> status = statusOf(sampleProjectDir(), db);
    QCOMPARE(status.size(), project.migrations.size());
    for (int i = 0; i < project.migrations.size(); ++i)
        QCOMPARE(status.value(project.migrations[i].version), i < 2 ? QStringLiteral("up") : QStringLiteral("down"));

    // Human output streams Ecto-like log lines with the SQL.
    const ProcessRun rest = cli({QStringLiteral("up"), QStringLiteral("--project"), sampleProjectDir(), QStringLiteral("--db"), db});
    QVERIFY2(rest.exitCode == 0, rest.err.constData());
    QVERIFY(rest.out.contains(QByteArray("== Running " + QByteArray::number(project.migrations[2].version) + " create_comments up")));
    QVERIFY(rest.out.contains("CREATE VIEW published_posts"));
    for (const QString &s : statusOf(sampleProjectDir(), db))
        QCOMPARE(s, QStringLiteral("up"));

    const ProcessRun down = cli({QStringLiteral("down"), QStringLiteral("--json"), QStringLiteral("--project"), sampleProjectDir(),
                                QStringLiteral("--db"), db});
    QVERIFY2(down.exitCode == 0, down.err.constData());
    const QJsonArray rolledBack = QJsonDocument::fromJson(down.out).object()[QStringLiteral("applied")].toArray();
    QCOMPARE(rolledBack.size(), 1); // mix ecto.rollback's default is one step
    QCOMPARE(rolledBack[0][QStringLiteral("version")].toInteger(), project.migrations.last().version);
    QCOMPARE(statusOf(sampleProjectDir(), db).value(project.migrations.last().version), QStringLiteral("down"));

    const ProcessRun all = cli({QStringLiteral("down"), QStringLiteral("--all"), QStringLiteral("--project"), sampleProjectDir(),
                               QStringLiteral("--db"), db});
    QVERIFY2(all.exitCode == 0, all.err.constData());
    for (const QString &s : statusOf(sampleProjectDir(), db))
        QCOMPARE(s, QStringLiteral("down"));
}

void TestMigratorCli::fileNotFoundInStatus()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nf.db"));
    const QString db = QStringLiteral("sqlite:") + path;
    QCOMPARE(cli({QStringLiteral("up"), QStringLiteral("--step"), QStringLiteral("1"), QStringLiteral("--project"), sampleProjectDir(),
                  QStringLiteral("--db"), db}).exitCode, 0);
    {
        db::ConnectionSettings s;
        s.database = path;
        auto c = db::Connection::open(s);
        QVERIFY(c);
        QVERIFY((*c)->exec(QStringLiteral("INSERT INTO schema_migrations (version, inserted_at) VALUES (?, ?)"),
                           {qint64(20200101000000), QStringLiteral("2020-01-01T00:00:00")}));
    }
    const ProcessRun r = cli({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--project"), sampleProjectDir(),
                             QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.first()[QStringLiteral("version")].toInteger(), 20200101000000);
    QCOMPARE(rows.first()[QStringLiteral("name")].toString(), QStringLiteral("** FILE NOT FOUND **"));
    QCOMPARE(rows.first()[QStringLiteral("status")].toString(), QStringLiteral("file_not_found"));
    QCOMPARE(rows[1][QStringLiteral("status")].toString(), QStringLiteral("up"));
    QCOMPARE(rows[2][QStringLiteral("status")].toString(), QStringLiteral("down"));
}

void TestMigratorCli::repoConfigDatabaseIsRelativeToProject()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("blog"));
    QVERIFY(testsupport::copyTree(sampleProjectDir(), copy));
    QFile::remove(copy + QStringLiteral("/blog_dev.db"));
    const ProcessRun r = cli({QStringLiteral("up"), QStringLiteral("--project"), copy});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFileInfo::exists(copy + QStringLiteral("/blog_dev.db")));
    const ProcessRun status = cli({QStringLiteral("status"), QStringLiteral("--project"), copy});
    QCOMPARE(status.exitCode, 0);
    QVERIFY(status.out.contains("create_users"));
    QVERIFY(!status.out.contains("down"));
}

void TestMigratorCli::sqlMatchesEcto_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QJsonObject>("expected");
    const auto lines = testsupport::readJsonLines(testsupport::conformanceDir() + QStringLiteral("/migrations.jsonl"));
    if (!lines)
        QSKIP("the conformance cases are not beside the checkout");
    int row = 0;
    for (const QByteArray &line : *lines) {
        const QJsonObject c = QJsonDocument::fromJson(line).object();
        // Every third case, both dialects: each row starts a process.
        if (row++ % 3 != 0)
            continue;
        for (const QString &dialect : {QStringLiteral("postgres"), QStringLiteral("sqlite")})
            QTest::newRow(qPrintable(c[QStringLiteral("id")].toString() + QLatin1Char('/') + dialect))
                << c[QStringLiteral("source")].toString() << dialect << c[dialect].toObject();
    }
}

void TestMigratorCli::sqlMatchesEcto()
{
    QFETCH(QString, source);
    QFETCH(QString, dialect);
    QFETCH(QJsonObject, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("20240101000001_case.exs"));
    QVERIFY(testsupport::writeFile(path, migration::MigrationReader::wrapAsModule(source).toUtf8()));
    const ProcessRun r = cli({QStringLiteral("sql"), QStringLiteral("--dialect"), dialect, QStringLiteral("--json"), path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject actual = QJsonDocument::fromJson(r.out).object();
    for (const QString &direction : {QStringLiteral("up"), QStringLiteral("down")}) {
        const QJsonValue want = expected[direction];
        const QJsonValue got = actual[direction];
        if (want.isObject()) {
            QVERIFY2(got.isObject() && got[QStringLiteral("error")].isString(), qPrintable(direction));
        } else {
            QCOMPARE(got.toArray(), want.toArray());
        }
    }
}

void TestMigratorCli::sqlHumanOutput()
{
    const QString file = sampleProjectDir() + QStringLiteral("/priv/repo/migrations/20240301120000_rename_comments_content_to_body.exs");
    const ProcessRun r = cli({QStringLiteral("sql"), QStringLiteral("--dialect"), QStringLiteral("sqlite"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out),
             QStringLiteral("-- up\nALTER TABLE \"comments\" RENAME COLUMN \"content\" TO \"body\";\n\n"
                            "-- down\nALTER TABLE \"comments\" RENAME COLUMN \"body\" TO \"content\";\n"));
}

void TestMigratorCli::sqlOrigins_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("upOrigins");
    QTest::addColumn<QStringList>("downOrigins");
    QTest::newRow("ddl only") << QStringLiteral("def change do\n  create table(:tags) do\n    add :name, :string\n  end\nend")
                              << QStringList{QStringLiteral("ddl")} << QStringList{QStringLiteral("ddl")};
    // What follows a read was built from rows that offline are those of an empty
    // database: the UPDATE per row is missing here, the index after it is flagged too.
    QTest::newRow("read then statements")
        << QStringLiteral("def up do\n"
                          "  create table(:tags) do\n    add :name, :string\n  end\n"
                          "  flush()\n"
                          "  repo().insert_all(\"tags\", [%{name: \"a\"}])\n"
                          "  %{rows: rows} = repo().query!(\"SELECT name FROM tags\")\n"
                          "  for [name] <- rows, do: execute(\"UPDATE tags SET name = upper('#{name}')\")\n"
                          "  execute(\"CREATE INDEX tags_name ON tags (name)\")\n"
                          "end\n"
                          "def down, do: drop(table(:tags))")
        << QStringList{QStringLiteral("ddl"), QStringLiteral("data"), QStringLiteral("reads"), QStringLiteral("after_read")}
        << QStringList{QStringLiteral("ddl")};
}

// `ectowb migrations sql --json` says where each statement comes from, so a reader
// sees which ones depend on data read at run time.
void TestMigratorCli::sqlOrigins()
{
    QFETCH(QString, body);
    QFETCH(QStringList, upOrigins);
    QFETCH(QStringList, downOrigins);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("20240101000001_case.exs"));
    QVERIFY(testsupport::writeFile(path, QStringLiteral("defmodule App.Repo.Migrations.Case do\n  use Ecto.Migration\n%1\nend\n").arg(body).toUtf8()));
    const ProcessRun r = cli({QStringLiteral("sql"), QStringLiteral("--dialect"), QStringLiteral("sqlite"), QStringLiteral("--json"), path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject actual = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(actual[QStringLiteral("up")].isArray(), r.out.constData());
    QCOMPARE(actual[QStringLiteral("up")].toArray().size(), upOrigins.size());
    QCOMPARE(actual[QStringLiteral("up_origins")].toVariant().toStringList(), upOrigins);
    QCOMPARE(actual[QStringLiteral("down_origins")].toVariant().toStringList(), downOrigins);
}

void TestMigratorCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");
    const QString sample = sampleProjectDir();
    const QString missingDb = QStringLiteral("sqlite:/nonexistent-folder-h6/x.db");
    QTest::newRow("no action") << QStringList{} << 2 << "expected status, up, down or sql";
    QTest::newRow("unknown action") << QStringList{QStringLiteral("sideways")} << 2 << "expected status";
    QTest::newRow("no project") << QStringList{QStringLiteral("status")} << 2 << "--project";
    QTest::newRow("missing project") << QStringList{QStringLiteral("status"), QStringLiteral("--project"), QStringLiteral("/nonexistent-h6")}
                                     << 2 << "not found";
    QTest::newRow("bad step") << QStringList{QStringLiteral("up"), QStringLiteral("--project"), sample, QStringLiteral("--db"),
                                             QStringLiteral("sqlite::memory:"), QStringLiteral("--step"), QStringLiteral("x")}
                              << 2 << "--step";
    QTest::newRow("missing sqlite file") << QStringList{QStringLiteral("status"), QStringLiteral("--project"), sample,
                                                        QStringLiteral("--db"), missingDb}
                                         << 1 << "not found";
    QTest::newRow("bad url") << QStringList{QStringLiteral("status"), QStringLiteral("--project"), sample, QStringLiteral("--db"),
                                            QStringLiteral("mysql://x/y")}
                             << 1 << "";
    QTest::newRow("sql bad dialect") << QStringList{QStringLiteral("sql"), QStringLiteral("--dialect"), QStringLiteral("mysql"),
                                                    sample + QStringLiteral("/mix.exs")}
                                     << 2 << "--dialect";
    QTest::newRow("sql missing file") << QStringList{QStringLiteral("sql"), QStringLiteral("--dialect"), QStringLiteral("sqlite"),
                                                     QStringLiteral("/nonexistent-h6.exs")}
                                      << 1 << "cannot read";
    QTest::newRow("sql not a migration") << QStringList{QStringLiteral("sql"), QStringLiteral("--dialect"), QStringLiteral("sqlite"),
                                                        sample + QStringLiteral("/config/config.exs")}
                                         << 1 << "";
}

void TestMigratorCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    const ProcessRun r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(stderrContains), r.err.constData());
}

QTEST_GUILESS_MAIN(TestMigratorCli)
#include "tst_migratorcli.moc"
