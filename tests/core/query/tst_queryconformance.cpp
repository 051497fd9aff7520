// Runs every case of ../shared/conformance/queries.jsonl (made with real Ecto 3.13,
// ecto_sql 3.13 and ecto_sqlite3 0.23) through the query core, one row per case and
// dialect, and compares the SQL text and the parameters, encoded as the README says.
#include "queryconformancecase.h"
#include "value/termjson.h"
#include "project/projectloader.h"
#include "query/querycompiler.h"

#include <QTest>

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
    void cases_data();
    void cases();
    void cleanupTestCase();

private:
    std::unique_ptr<QueryCompiler> m_composer;
    int m_total = 0;
    int m_passed = 0;
};

void TestQueryConformance::initTestCase()
{
    Result<project::Project> project = testsupport::loadProject(conformanceDir() + QStringLiteral("/projects/blog"));
    QVERIFY2(project, qPrintable(project.error()));
    m_composer = std::make_unique<QueryCompiler>(std::move(project.value()));
}

void TestQueryConformance::cases_data()
{
    const auto lines = testsupport::readJsonLines(conformanceDir() + QStringLiteral("/queries.jsonl"));
    QVERIFY(lines);
    QCOMPARE(addCaseRows(*lines), 400);
}

void TestQueryConformance::cases()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, dialect);
    ++m_total;
    const Term c = *TermJson::parse(line);
    const QString source = field(c, "query").text();
    const Term expected = field(c, dialect.toLatin1().constData());
    const std::optional<Dialect> d = db::dialectNamed(dialect);
    QVERIFY(d);
    const ComposeResult result = m_composer->compose(source, *d, operationOf(field(c, "op").text()));
    const QString diff = mismatch(expected, result);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    ++m_passed;
}

void TestQueryConformance::cleanupTestCase()
{
    qInfo("query conformance: %d of %d case/dialect rows pass", m_passed, m_total);
}

QTEST_GUILESS_MAIN(TestQueryConformance)
#include "tst_queryconformance.moc"
