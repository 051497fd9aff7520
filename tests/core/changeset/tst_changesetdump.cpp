// A Repo write sends a project type's value as its dump/1 makes it, and raises
// Ecto.ChangeError where dump/1 answers :error (Ecto.Repo.Schema's dump_field!/6);
// the changeset itself keeps the cast value.
#include "changeset/changesetpersistence.h"
#include "changeset/changesetrunner.h"
#include "changeset/repostatement.h"
#include "db/connection.h"
#include "project/projectloader.h"
#include "query/querycompiler.h"
#include "value/termjson.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ectowb;
using namespace ectowb::changeset;
using value::Term;

class TestChangesetDump : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sentValues_data();
    void sentValues();
    void aDumpErrorRaisesChangeError();
    void theRowHoldsTheDumpedValue();
    void aLoadedRowGoesThroughLoad();
    void aLoadErrorRaisesArgumentError();
    void aStructsOwnValuesAreNotCastAgain_data();
    void aStructsOwnValuesAreNotCastAgain();
    void repoCallsInSourcesDumpTheSameWay_data();
    void repoCallsInSourcesDumpTheSameWay();

private:
    project::Project m_project;
    Changeset run(const Term &data, const QString &title, qint64 count);
    std::unique_ptr<ChangesetRunner> m_runner;
};

void TestChangesetDump::initTestCase()
{
    m_project = project::ProjectLoader::load(QStringLiteral(ECTOWB_TEST_DATA "/projects/dumptypes"));
    QVERIFY(m_project.schema(QStringLiteral("Vault.Note")));
    m_runner = std::make_unique<ChangesetRunner>(m_project);
}

Changeset TestChangesetDump::run(const Term &data, const QString &title, qint64 count)
{
    std::vector<Term::Pair> params{{Term::string(QStringLiteral("count")), Term::integer(count)}};
    if (!title.isNull())
        params.emplace_back(Term::string(QStringLiteral("title")), Term::string(title));
    Result<Changeset> cs = m_runner->run(QStringLiteral("Vault.Note"), QStringLiteral("changeset"), data, Term::map(params));
    return cs ? *cs : Changeset();
}

void TestChangesetDump::sentValues_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("dumped"); // null: no dump for the title
    QTest::newRow("insert dumps the change") << QStringLiteral("insert") << QStringLiteral("hello") << QStringLiteral("HELLO");
    QTest::newRow("update dumps the change") << QStringLiteral("update") << QStringLiteral("hi") << QStringLiteral("HI");
    QTest::newRow("update without it sends no title") << QStringLiteral("update") << QString() << QString();
    QTest::newRow("insert of the struct's own") << QStringLiteral("insert") << QString() << QStringLiteral("KEPT");
    QTest::newRow("delete sends the key only") << QStringLiteral("delete") << QStringLiteral("hello") << QString();
}

void TestChangesetDump::sentValues()
{
    QFETCH(QString, action);
    QFETCH(QString, title);
    QFETCH(QString, dumped);
    const Term data = Term::map({{Term::string(QStringLiteral("id")), Term::integer(7)},
                                 {Term::string(QStringLiteral("title")), Term::string(QStringLiteral("kept"))}});
    Changeset cs = run(data, title, 3);
    QVERIFY(cs.schema);
    QVERIFY(cs.valid);
    const Result<void> ok = m_runner->dumpCustomTypes(cs, action);
    QVERIFY2(ok, qPrintable(ok.error()));
    QCOMPARE(cs.customDumps.contains(QStringLiteral("title")), !dumped.isNull());
    if (!dumped.isNull()) {
        const CustomDump &d = cs.customDumps.value(QStringLiteral("title"));
        QCOMPARE(d.value, Term::string(dumped));
        QCOMPARE(d.type, schema::EctoType::primitive(QStringLiteral("string")));
        // The changeset keeps what cast gave; only the write sends the dump.
        QCOMPARE(cs.field(QStringLiteral("title")), d.original);
    }
    QVERIFY(!cs.customDumps.contains(QStringLiteral("count"))); // a built-in type
}

void TestChangesetDump::aDumpErrorRaisesChangeError()
{
    Changeset cs = run(Term::nil(), QStringLiteral("forbidden"), 1);
    QVERIFY(cs.valid);
    const Result<void> raised = m_runner->dumpCustomTypes(cs, QStringLiteral("insert"));
    QVERIFY(!raised);
    QCOMPARE(raised.failure().kind, QStringLiteral("Ecto.ChangeError"));
    QCOMPARE(raised.failure().message,
             QStringLiteral("value `\"forbidden\"` for `Vault.Note.title` in `insert` does not match type Vault.Upcased"));
}

void TestChangesetDump::theRowHoldsTheDumpedValue()
{
    QTemporaryDir dir;
    const auto settings = db::ConnectionSettings::sqliteFile(dir.filePath(QStringLiteral("vault.db")), true);
    const auto connection = db::Connection::open(settings);
    QVERIFY2(connection, qPrintable(connection.error()));
    QVERIFY((*connection)->execute(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT, count INTEGER)")));
    Changeset cs = run(Term::nil(), QStringLiteral("hello"), 2);
    QVERIFY(m_runner->dumpCustomTypes(cs, QStringLiteral("insert")));
    const RepoOutcome outcome = ChangesetPersistence::run(**connection, cs, RepoAction::Insert, ChangesetPersistence::Mode::Save);
    QVERIFY2(outcome.kind == RepoOutcome::Kind::Ok, qPrintable(outcome.raised.text()));
    QVERIFY(outcome.statement);
    QVERIFY(outcome.statement->params.contains(QStringLiteral("HELLO")));
    // Repo returns the struct with the cast value, not the dumped one.
    QCOMPARE(outcome.changeset.field(QStringLiteral("title")), Term::string(QStringLiteral("hello")));
    Result<QSqlQuery> read = (*connection)->execute(QStringLiteral("SELECT title FROM notes"));
    QVERIFY(read);
    QSqlQuery &row = read.value();
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toString(), QStringLiteral("HELLO"));
}

// Repo.get's rows (Ecto.Schema.Loader): a project type's value through its load/1.
void TestChangesetDump::aLoadedRowGoesThroughLoad()
{
    const Term row = Term::map({{Term::string(QStringLiteral("id")), Term::integer(1)},
                                {Term::string(QStringLiteral("title")), Term::string(QStringLiteral("HELLO"))},
                                {Term::string(QStringLiteral("count")), Term::integer(2)},
                                {Term::string(QStringLiteral("amount")), Term::integer(1250)}});
    const Result<Term> loaded = m_runner->loadRow(QStringLiteral("Vault.Note"), row);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->get(u"title"), std::optional(Term::string(QStringLiteral("hello"))));
    QCOMPARE(loaded->get(u"count"), std::optional(Term::integer(2)));
    QCOMPARE(loaded->get(u"amount"), std::optional(Term::integer(1250)));
    const Term tags = Term::map({{Term::string(QStringLiteral("tags")),
                                  Term::list({Term::string(QStringLiteral("X")), Term::nil()})}});
    QCOMPARE(m_runner->loadRow(QStringLiteral("Vault.Note"), tags)->get(u"tags"),
             std::optional(Term::list({Term::string(QStringLiteral("x")), Term::nil()})));
    const Term nil = Term::map({{Term::string(QStringLiteral("title")), Term::nil()}});
    QCOMPARE(m_runner->loadRow(QStringLiteral("Vault.Note"), nil)->get(u"title"), std::optional(Term::nil()));
}

void TestChangesetDump::aLoadErrorRaisesArgumentError()
{
    const Term row = Term::map({{Term::string(QStringLiteral("title")), Term::string(QStringLiteral("CORRUPT"))}});
    const Result<Term> loaded = m_runner->loadRow(QStringLiteral("Vault.Note"), row);
    QVERIFY(!loaded);
    QCOMPARE(loaded.failure().kind, QStringLiteral("ArgumentError"));
    QCOMPARE(loaded.failure().message,
             QStringLiteral("cannot load `\"CORRUPT\"` as type Vault.Upcased for field `title` in schema Vault.Note"));
}

// Data typed by a person is cast into the struct; a struct's own values (a loaded
// row, what Save returned) are taken as they are.
void TestChangesetDump::aStructsOwnValuesAreNotCastAgain_data()
{
    QTest::addColumn<bool>("isStruct");
    QTest::addColumn<qint64>("amount");
    QTest::newRow("given") << false << qint64(1200);
    QTest::newRow("struct") << true << qint64(12);
}

void TestChangesetDump::aStructsOwnValuesAreNotCastAgain()
{
    QFETCH(bool, isStruct);
    QFETCH(qint64, amount);
    const Term data = Term::map({{Term::string(QStringLiteral("amount")), Term::integer(12)}});
    const Result<Changeset> cs = m_runner->run(
        QStringLiteral("Vault.Note"), QStringLiteral("changeset"), data,
        Term::map({{Term::string(QStringLiteral("count")), Term::integer(1)}}),
        isStruct ? ChangesetRunner::DataSource::Struct : ChangesetRunner::DataSource::Given);
    QVERIFY2(cs, qPrintable(cs.error()));
    QCOMPARE(cs->dataValue(QStringLiteral("amount")), Term::integer(amount));
}

// The Repo calls of a query source (and of seeds, which run the same host) send the
// same dumps as Try and Save.
void TestChangesetDump::repoCallsInSourcesDumpTheSameWay_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("sent"); // a parameter, or the ChangeError's message
    QTest::newRow("insert") << QStringLiteral("Repo.insert(%Vault.Note{title: \"hello\", count: 1})")
                            << QStringLiteral("HELLO");
    QTest::newRow("insert_all") << QStringLiteral("Repo.insert_all(Vault.Note, [%{title: \"a\", count: 1}])")
                                << QStringLiteral("A");
    QTest::newRow("update") << QStringLiteral("Repo.update(Ecto.Changeset.change(%Vault.Note{id: 1, title: \"x\"}, title: \"new\"))")
                            << QStringLiteral("NEW");
    QTest::newRow("an array of the type") << QStringLiteral("Repo.insert(%Vault.Note{tags: [\"a\", \"b\"], count: 1})")
                                          << QStringLiteral("[\"A\",\"B\"]"); // ecto_sqlite3 sends arrays as JSON
    QTest::newRow("an array's dump error")
        << QStringLiteral("Repo.insert(%Vault.Note{tags: [\"a\", \"forbidden\"], count: 1})")
        << QStringLiteral("value `[\"a\", \"forbidden\"]` for `Vault.Note.tags` in `insert` does not match type {:array, Vault.Upcased}");
    QTest::newRow("dump error") << QStringLiteral("Repo.insert(%Vault.Note{title: \"forbidden\", count: 1})")
                                << QStringLiteral("value `\"forbidden\"` for `Vault.Note.title` in `insert` does not match type Vault.Upcased");
}

void TestChangesetDump::repoCallsInSourcesDumpTheSameWay()
{
    QFETCH(QString, source);
    QFETCH(QString, sent);
    query::QueryCompiler compiler(m_project);
    const query::Evaluation evaluation = compiler.evaluate(source);
    if (sent.startsWith(u"value `")) {
        QVERIFY(evaluation.error);
        QCOMPARE(evaluation.error->kind, QStringLiteral("Ecto.ChangeError"));
        QCOMPARE(evaluation.error->message, sent);
        return;
    }
    QVERIFY2(!evaluation.error, qPrintable(evaluation.error ? evaluation.error->text() : QString()));
    const query::ComposeResult rendered = compiler.render(evaluation, db::Dialect::Sqlite);
    QVERIFY(rendered.isOk());
    QCOMPARE(rendered.statements.size(), size_t(1));
    const std::vector<Term> &params = rendered.statements[0].params;
    QVERIFY2(std::find(params.begin(), params.end(), Term::string(sent)) != params.end(),
             qPrintable(QString::fromUtf8(value::TermJson::write(Term::list(params)))));
}

QTEST_GUILESS_MAIN(TestChangesetDump)
#include "tst_changesetdump.moc"
