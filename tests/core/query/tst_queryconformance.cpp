// Runs the query cases of ../shared/conformance through the query core, one row per
// case and dialect, and compares the SQL text and the parameters, encoded as the
// README says; where Ecto raised, the core must report an error.
// - handWritten: queries.jsonl (made with real Ecto 3.13, ecto_sql 3.13 and
//   ecto_sqlite3 0.23), over the project blog.
// - generated: generated/queries-blog.jsonl and queries-market.jsonl, made by a
//   grammar of the whole Ecto.Query API and evaluated by the same Ecto.
//
// Generated rows the core still gets wrong are listed, each with the Ecto rule it
// misses, in tests/data/query/generated-known-failures.txt: they are expected
// failures, so the gap stays visible, and a listed row that starts to pass fails
// the test until it is taken off the list.
#include "queryconformancecase.h"

#include "conformancetally.h"
#include "testpaths.h"

#include <QTest>

#include <map>

using namespace ectowb;
using namespace ectowb::query;
using value::Term;
using value::TermJson;
using namespace ectowb::query::testing;

class TestQueryConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handWritten_data();
    void handWritten();
    void generated_data();
    void generated();
    void cleanupTestCase();

private:
    // What differs between Ecto's answer and the core's for case `line` in `dialect`.
    QString difference(const QByteArray &line, const QString &dialect) const;

    std::map<QString, std::unique_ptr<QueryCompiler>> m_compilers; // by project
    testsupport::ConformanceTally m_handWritten;
    testsupport::ConformanceTally m_generated;
};

void TestQueryConformance::initTestCase()
{
    for (const char *name : {"blog", "market"}) {
        Result<project::Project> project = testsupport::loadProject(conformanceDir() + QStringLiteral("/projects/") + QLatin1String(name));
        QVERIFY2(project, qPrintable(project.error()));
        m_compilers[QLatin1String(name)] = std::make_unique<QueryCompiler>(std::move(project.value()));
    }
    m_generated.expectFailures(testsupport::testDataPath(QStringLiteral("query/generated-known-failures.txt")));
}

QString TestQueryConformance::difference(const QByteArray &line, const QString &dialect) const
{
    const Term c = *TermJson::parse(line);
    const QString project = field(c, "project").text();
    const auto compiler = m_compilers.find(project);
    if (compiler == m_compilers.end())
        return QStringLiteral("no project ") + project;
    const std::optional<Dialect> d = db::dialectNamed(dialect);
    const ComposeResult result = compiler->second->compose(field(c, "query").text(), *d, operationOf(field(c, "op").text()));
    return mismatch(field(c, dialect.toLatin1().constData()), result);
}

void TestQueryConformance::handWritten_data()
{
    const auto lines = testsupport::readJsonLines(conformanceDir() + QStringLiteral("/queries.jsonl"));
    QVERIFY(lines);
    QCOMPARE(addCaseRows(*lines), 400);
}

void TestQueryConformance::handWritten()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, dialect);
    m_handWritten.check(QString::fromLatin1(QTest::currentDataTag()), difference(line, dialect));
}

void TestQueryConformance::generated_data()
{
    QCOMPARE(addCaseRows(generatedCaseLines()), 5000);
}

void TestQueryConformance::generated()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, dialect);
    m_generated.check(QString::fromLatin1(QTest::currentDataTag()), difference(line, dialect));
}

void TestQueryConformance::cleanupTestCase()
{
    m_handWritten.report("query conformance, hand-written");
    m_generated.report("query conformance, generated");
}

QTEST_GUILESS_MAIN(TestQueryConformance)
#include "tst_queryconformance.moc"
