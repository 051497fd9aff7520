// Runs every case of ../shared/conformance/generated/queries-blog.jsonl (project
// blog) and queries-market.jsonl (project market), made by a grammar of the whole
// Ecto.Query API and evaluated by real Ecto 3.13, ecto_sql 3.13 and ecto_sqlite3
// 0.23, through the query core: one row per case and dialect, the SQL text and the
// parameters compared as tst_queryconformance compares them; where Ecto raised, the
// core must report an error.
//
// The rows the core still gets wrong are listed, each with the Ecto rule it misses,
// in tests/data/query/generated-known-failures.txt: they are expected failures
// (QEXPECT_FAIL), so the gap stays visible, and a listed row that starts to pass
// fails the test until it is taken off the list, so the list only shrinks.
#include "queryconformancecase.h"
#include "value/termjson.h"
#include "project/projectloader.h"
#include "query/querycompiler.h"
#include "testpaths.h"

#include <QHash>
#include <QTest>

using namespace ectowb;
using namespace ectowb::query;
using value::Term;
using value::TermJson;
using namespace ectowb::query::testing;

namespace {

} // namespace

class TestQueryGenerated : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cases_data();
    void cases();
    void cleanupTestCase();

private:
    std::map<QString, std::unique_ptr<QueryCompiler>> m_compilers; // by project
    QHash<QString, QString> m_known;                                // "id/dialect" -> reason
    int m_total = 0;
    int m_passed = 0;
};

void TestQueryGenerated::initTestCase()
{
    for (const char *name : {"blog", "market"}) {
        Result<project::Project> project = testsupport::loadProject(conformanceDir() + QStringLiteral("/projects/") + QLatin1String(name));
        QVERIFY2(project, qPrintable(project.error()));
        m_compilers[QLatin1String(name)] = std::make_unique<QueryCompiler>(std::move(project.value()));
    }
    const auto known = testsupport::readKnownFailures(testsupport::testDataPath(QStringLiteral("query/generated-known-failures.txt")));
    QVERIFY(known);
    m_known = *known;
}

void TestQueryGenerated::cases_data()
{
    QCOMPARE(addCaseRows(generatedCaseLines()), 5000);
}

void TestQueryGenerated::cases()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, dialect);
    ++m_total;
    const Term c = *TermJson::parse(line);
    const auto compiler = m_compilers.find(field(c, "project").text());
    QVERIFY(compiler != m_compilers.end());
    const std::optional<Dialect> d = db::dialectNamed(dialect);
    QVERIFY(d);
    const ComposeResult result = compiler->second->compose(field(c, "query").text(), *d,
                                                           operationOf(field(c, "op").text()));
    const QString diff = mismatch(field(c, dialect.toLatin1().constData()), result);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    if (diff.isEmpty())
        ++m_passed;
    if (m_known.contains(tag)) {
        QVERIFY2(!diff.isEmpty(), "passes now: take it off tests/data/query/generated-known-failures.txt");
        QEXPECT_FAIL("", qPrintable(m_known.value(tag)), Abort);
    }
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestQueryGenerated::cleanupTestCase()
{
    qInfo("generated queries: %d of %d case/dialect rows pass, %lld known failures", m_passed, m_total,
          qlonglong(m_known.size()));
}

QTEST_GUILESS_MAIN(TestQueryGenerated)
#include "tst_querygenerated.moc"
