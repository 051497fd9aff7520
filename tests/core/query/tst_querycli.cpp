// Test tables are written as plain string literals.
#undef QT_NO_CAST_FROM_ASCII
// `ectowb query` through the real executable: human and JSON output, open
// parameters, errors and exit codes, --batch over the whole conformance set
// compared with what Ecto produced, and --run against real SQLite and PostgreSQL
// databases built with the sample's own migrations.
#include "../db/sampledatabase.h"

#include "value/termjson.h"

#include "conformancecases.h"
#include "processrun.h"
#include "testpaths.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ectowb;
using value::Term;
using value::TermJson;

namespace {

using testsupport::ProcessRun;

ProcessRun cli(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    testsupport::ProcessOptions options;
    options.input = input;
    options.environment = env;
    options.timeoutMs = 120000; // --batch over the whole conformance set
    return testsupport::runCli("query", args, options);
}

using testsupport::conformanceDir;
using testsupport::field;
using testsupport::sampleProjectDir;
using testsupport::termJson;

// Fills the sample's tables with a few rows (the same ones on both databases).
QString seed(db::Connection &c)
{
    const QStringList statements{
        "INSERT INTO users (name, email, is_active, role, inserted_at, updated_at) VALUES ('Ann', 'ann@example.com', TRUE, 'admin', '2024-01-01 10:00:00', '2024-01-01 10:00:00')",
        "INSERT INTO users (name, email, is_active, role, inserted_at, updated_at) VALUES ('Bob', 'bob@example.com', FALSE, 'reader', '2024-01-01 10:00:00', '2024-01-01 10:00:00')",
        "INSERT INTO posts (title, body, slug, published, view_count, author_id, published_at, inserted_at, updated_at) VALUES ('Hello', 'First post body', 'hello', TRUE, 120, 1, '2024-03-01 09:00:00', '2024-02-01 10:00:00', '2024-02-01 10:00:00')",
        "INSERT INTO posts (title, body, slug, published, view_count, author_id, published_at, inserted_at, updated_at) VALUES ('Draft', 'Not yet out there', 'draft', FALSE, 3, 1, NULL, '2024-02-02 10:00:00', '2024-02-02 10:00:00')",
        "INSERT INTO posts (title, body, slug, published, view_count, author_id, published_at, inserted_at, updated_at) VALUES ('Ecto tips', 'Queries compose well', 'ecto-tips', TRUE, 900, 2, '2024-04-01 09:00:00', '2024-02-03 10:00:00', '2024-02-03 10:00:00')",
    };
    for (const QString &sql : statements) {
        if (auto r = c.exec(sql); !r)
            return r.error();
    }
    return QString();
}

// What a JSON --run prints, as rows of text.
QStringList rowsOf(const QByteArray &out)
{
    QStringList rows;
    const Result<Term> t = TermJson::parse(out.trimmed());
    if (!t)
        return {"unparsable: " + QString::fromUtf8(out)};
    for (const Term &row : field(*t, "rows").elements())
        rows << termJson(row);
    return rows;
}

const char *runSource = "titles = [\"Hello\", \"Ecto tips\", \"Draft\"]\n"
                        "from p in Post, join: u in assoc(p, :author),\n"
                        "  where: p.title in ^titles and p.published == ^true and u.is_active == ^active,\n"
                        "  where: p.published_at >= ^~U[2024-01-01 00:00:00Z],\n"
                        "  order_by: p.id, select: {p.title, p.view_count, u.name}";

} // namespace

class TestQueryCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void humanOutput()
    {
        const ProcessRun r = cli({"--project", sampleProjectDir(), "--dialect", "postgres", "from p in Post, where: p.author_id == ^author, select: p.title"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("SELECT p0.\"title\" FROM \"posts\" AS p0 WHERE (p0.\"author_id\" = $1)"), r.out.constData());
        QVERIFY2(r.out.contains("open parameter author (line 1, column 39): cast to :id, no value given"), r.out.constData());
        // the project's Repo adapter (SQLite for the sample) when no --dialect is given
        const ProcessRun d = cli({"--project", sampleProjectDir(), "from p in Post, where: p.published, select: p.id"});
        QCOMPARE(d.exitCode, 0);
        QVERIFY2(d.out.contains("WHERE (p0.\"published\")"), d.out.constData());
    }

    void jsonOutput()
    {
        const ProcessRun r = cli({"--project", sampleProjectDir(), "--dialect", "sqlite", "--json", "--param", "ids=[1,\"2\"]", "--op", "delete_all",
                                 "from c in Comment, where: c.post_id in ^ids and c.is_approved == false"});
        QCOMPARE(r.exitCode, 0);
        const Result<Term> t = TermJson::parse(r.out.trimmed());
        QVERIFY2(t.isOk(), r.out.constData());
        const Term s = field(*t, "statements").elements().at(0);
        QCOMPARE(field(s, "sql").text(), QStringLiteral("DELETE FROM \"comments\" AS c0 WHERE (c0.\"post_id\" IN (?,?) AND (c0.\"is_approved\" = 0))"));
        QCOMPARE(termJson(field(s, "params")), QStringLiteral("[1,2]"));
        const Term open = field(*t, "open").elements().at(0);
        QCOMPARE(termJson(open), QStringLiteral("{\"name\":\"ids\",\"type\":\"{:array, :id}\",\"line\":1,\"column\":40,\"supplied\":true}"));
    }

    void errorsAndExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("query error") << QStringList{"--dialect", "sqlite", "from p in Post, where: ilike(p.title, \"a\")"} << "ilike is not supported by SQLite3";
        QTest::newRow("evaluation error") << QStringList{"--dialect", "postgres", "x = System.get_env(\"HOME\")\nfrom p in Post, where: p.title == ^x"} << "1:12: cannot evaluate System.get_env/1 (I/O)";
        QTest::newRow("unknown dialect") << QStringList{"--dialect", "mysql", "Post"} << "unknown dialect mysql";
        QTest::newRow("bad op") << QStringList{"--op", "insert_all", "Post"} << "--op must be";
        QTest::newRow("bad param") << QStringList{"--param", "x", "Post"} << "--param x";
        QTest::newRow("no source") << QStringList{"--dialect", "postgres"} << "expected one query source";
    }

    void errorsAndExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const ProcessRun human = cli(QStringList{"--project", sampleProjectDir()} + args);
        QCOMPARE(human.exitCode, 1);
        QVERIFY(human.out.isEmpty());
        QVERIFY2(QString::fromUtf8(human.err).contains(message), human.err.constData());
        const ProcessRun json = cli(QStringList{"--project", sampleProjectDir(), "--json"} + args);
        QCOMPARE(json.exitCode, 1);
        const Result<Term> t = TermJson::parse(json.out.trimmed());
        QVERIFY2(t.isOk() && field(*t, "error").text().contains(message), json.out.constData());
        QCOMPARE(cli({"--project", "/nonexistent", "Post"}).exitCode, 1);
    }

    // The whole conformance set through --batch: every line, both dialects, as Ecto said.
    void batchMatchesConformance()
    {
        const ProcessRun r = cli({"--project", conformanceDir() + "/projects/blog", "--batch", conformanceDir() + "/queries.jsonl"});
        QCOMPARE(r.exitCode, 0);
        QFile expectedFile(conformanceDir() + "/queries.jsonl");
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> expected = expectedFile.readAll().trimmed().split('\n');
        const QList<QByteArray> actual = r.out.trimmed().split('\n');
        QCOMPARE(actual.size(), expected.size());
        int rows = 0;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const Term e = *TermJson::parse(expected[i]);
            const Result<Term> a = TermJson::parse(actual[i]);
            QVERIFY2(a.isOk(), actual[i].constData());
            QCOMPARE(field(*a, "id").text(), field(e, "id").text());
            for (const char *dialect : {"postgres", "sqlite"}) {
                const QString where = field(e, "id").text() + "/" + dialect;
                const Term want = field(e, dialect);
                const Term got = field(*a, dialect);
                ++rows;
                if (want.get(u"error")) {
                    QVERIFY2(got.get(u"error"), qPrintable(where));
                    continue;
                }
                QVERIFY2(!got.get(u"error"), qPrintable(where + ": " + field(got, "error").text()));
                const std::vector<Term> &ws = field(want, "statements").elements();
                const std::vector<Term> &gs = field(got, "statements").elements();
                QVERIFY2(ws.size() == gs.size(), qPrintable(where));
                for (size_t k = 0; k < ws.size(); ++k) {
                    QVERIFY2(field(gs[k], "sql").text() == field(ws[k], "sql").text(), qPrintable(where + ": " + field(gs[k], "sql").text()));
                    QVERIFY2(termJson(field(gs[k], "params")) == termJson(field(ws[k], "params")), qPrintable(where));
                }
            }
        }
        QCOMPARE(rows, 400);
    }

    void batchFromStdinWithOneDialectAndParams()
    {
        const QByteArray input = "{\"id\":\"a\",\"query\":\"from p in Post, where: p.id == ^id, select: p.title\",\"params\":{\"id\":\"7\"}}\n"
                                 "\n"
                                 "{\"id\":\"b\",\"query\":\"Post\",\"op\":\"delete_all\"}\n"
                                 "{\"id\":\"c\",\"query\":\"from p in\"}\n";
        const ProcessRun r = cli({"--project", sampleProjectDir(), "--dialect", "postgres", "--batch", "-"}, input);
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(QString::fromUtf8(lines[0]), QStringLiteral("{\"id\":\"a\",\"postgres\":{\"statements\":[{\"sql\":\"SELECT p0.\\\"title\\\" FROM \\\"posts\\\" AS p0 WHERE (p0.\\\"id\\\" = $1)\",\"params\":[7]}],\"open\":[{\"name\":\"id\",\"type\":\":id\",\"line\":1,\"column\":32,\"supplied\":true}]}}"));
        QCOMPARE(QString::fromUtf8(lines[1]), QStringLiteral("{\"id\":\"b\",\"postgres\":{\"statements\":[{\"sql\":\"DELETE FROM \\\"posts\\\" AS p0\",\"params\":[]}]}}"));
        QVERIFY2(lines[2].startsWith("{\"id\":\"c\",\"postgres\":{\"error\":\""), lines[2].constData());
        // a line that is not a case stops the batch with an error
        const ProcessRun bad = cli({"--project", sampleProjectDir(), "--batch", "-"}, "[1]\n");
        QCOMPARE(bad.exitCode, 1);
    }

    // Lines are answered by several workers in chunks; the output still follows the
    // input line for line, across chunk boundaries, and a bad line is named by number.
    void batchKeepsOrderAcrossChunks()
    {
        const QList<QByteArray> queries = {"from p in Post, where: p.id == 1, select: p.title",
                                           "from c in Comment, select: count(c.id)", "from p in", "User"};
        QByteArray input;
        const int total = 1300;
        for (int i = 0; i < total; ++i)
            input += "{\"id\":\"n" + QByteArray::number(i) + "\",\"query\":\"" + queries[i % queries.size()] + "\"}\n";
        const ProcessRun r = cli({"--project", sampleProjectDir(), "--dialect", "sqlite", "--batch", "-"}, input + "[1]\n");
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), total + 1);
        for (int i = 0; i < total; ++i) {
            const Result<Term> t = TermJson::parse(lines[i]);
            QVERIFY2(t.isOk(), lines[i].constData());
            QCOMPARE(field(*t, "id").text(), QStringLiteral("n%1").arg(i));
            // the same query always gets the same answer, whichever worker gave it
            QCOMPARE(termJson(field(*t, "sqlite")), termJson(field(*TermJson::parse(lines[i % queries.size()]), "sqlite")));
        }
        QVERIFY(termJson(field(*TermJson::parse(lines[0]), "sqlite")).contains("SELECT"));
        QVERIFY(field(field(*TermJson::parse(lines[2]), "sqlite"), "error").isString());
        const Result<Term> error = TermJson::parse(lines[total]);
        QVERIFY2(error.isOk() && field(*error, "error").text().startsWith(QStringLiteral("-:%1: ").arg(total + 1)), lines[total].constData());
    }

    void runOnSqlite()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("blog.db");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly)); // SQLite makes an empty file a database
            Result<db::ConnectionSettings> settings = db::DatabaseUrl::parse("sqlite:" + path);
            QVERIFY(settings.isOk());
            Result<std::shared_ptr<db::Connection>> c = db::Connection::open(*settings);
            QVERIFY2(c.isOk(), qPrintable(c.error()));
            QCOMPARE(sampledb::migrateUp(**c), QString());
            QCOMPARE(seed(**c), QString());
        }
        const ProcessRun r = cli({"--project", sampleProjectDir(), "--dialect", "sqlite", "--db", "sqlite:" + path, "--run", "--json",
                                 "--param", "active=true", QString::fromLatin1(runSource)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(rowsOf(r.out), (QStringList{"[\"Hello\",120,\"Ann\"]"}));
        const ProcessRun human = cli({"--project", sampleProjectDir(), "--dialect", "sqlite", "--db", "sqlite:" + path, "--run",
                                     "from p in Post, where: fragment(\"? IN (?)\", p.id, splice(^[2, 3])), select: p.slug"});
        QCOMPARE(human.exitCode, 0);
        QCOMPARE(human.out, QByteArray("slug\ndraft\necto-tips\n(2 rows)\n"));
        // an open parameter without a value, several statements, a database of the other dialect
        QCOMPARE(cli({"--project", sampleProjectDir(), "--dialect", "sqlite", "--db", "sqlite:" + path, "--run", QString::fromLatin1(runSource)}).exitCode, 1);
        QCOMPARE(cli({"--project", sampleProjectDir(), "--dialect", "sqlite", "--db", "sqlite:" + path, "--run", "Repo.all(Post)\nRepo.all(Tag)"}).exitCode, 1);
        QCOMPARE(cli({"--project", sampleProjectDir(), "--dialect", "postgres", "--db", "sqlite:" + path, "--run", "Post"}).exitCode, 1);
    }

    void runOnPostgres()
    {
        if (!sampledb::havePostgres())
            QSKIP("no PostgreSQL (run under pg_virtualenv)");
        Result<db::ConnectionSettings> settings = db::DatabaseUrl::parse(QString());
        QVERIFY(settings.isOk());
        Result<std::shared_ptr<db::Connection>> admin = db::Connection::open(*settings);
        QVERIFY2(admin.isOk(), qPrintable(admin.error()));
        const QString name = QStringLiteral("ectowb_querycli_%1").arg(QCoreApplication::applicationPid());
        (*admin)->exec("DROP DATABASE IF EXISTS " + name);
        QVERIFY((*admin)->exec("CREATE DATABASE " + name).isOk());
        {
            db::ConnectionSettings own = *settings;
            own.database = name;
            Result<std::shared_ptr<db::Connection>> c = db::Connection::open(own);
            QVERIFY2(c.isOk(), qPrintable(c.error()));
            QCOMPARE(sampledb::migrateUp(**c), QString());
            QCOMPARE(seed(**c), QString());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PGDATABASE", name);
        const ProcessRun r = cli({"--project", sampleProjectDir(), "--dialect", "postgres", "--db", "postgres:", "--run", "--json", "--param",
                                 "active=true", QString::fromLatin1(runSource)}, {}, env);
        const ProcessRun aggregate = cli({"--project", sampleProjectDir(), "--dialect", "postgres", "--db", "postgres:", "--run",
                                         "from p in Post, where: p.inserted_at < datetime_add(^~N[2024-02-02 12:00:00], -1, \"day\") or "
                                         "p.slug in ~w(ecto-tips), select: count(p.id)"}, {}, env);
        (*admin)->exec("DROP DATABASE IF EXISTS " + name);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(rowsOf(r.out), (QStringList{"[\"Hello\",120,\"Ann\"]"}));
        QVERIFY2(aggregate.exitCode == 0, aggregate.err.constData());
        QCOMPARE(aggregate.out, QByteArray("count\n2\n(1 row)\n"));
    }
};

QTEST_GUILESS_MAIN(TestQueryCli)
#include "tst_querycli.moc"
