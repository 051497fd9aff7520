// Runs every case of ../shared/conformance/changesets.jsonl (made with real Ecto
// 3.13) through the changeset core and compares what Ecto said.
#include "changeset/changesetjson.h"
#include "changeset/changesetrunner.h"
#include "value/termjson.h"
#include "project/projectloader.h"

#include "conformancecases.h"

#include <QTest>

using namespace ectowb;
using namespace ectowb::changeset;
using namespace ectowb::value;

using testsupport::conformanceDir;
using testsupport::field;
using testsupport::keysInOrder;
using testsupport::termJson;

class TestChangesetConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cases_data();
    void cases();
    void passCount();

private:
    std::unique_ptr<ChangesetRunner> m_runner;
    int m_total = 0;
    int m_passed = 0;
};

void TestChangesetConformance::initTestCase()
{
    Result<project::Project> project = testsupport::loadProject(conformanceDir() + QStringLiteral("/projects/blog"));
    QVERIFY2(project, qPrintable(project.error()));
    m_runner = std::make_unique<ChangesetRunner>(std::move(project.value()));
}

void TestChangesetConformance::cases_data()
{
    QTest::addColumn<QByteArray>("line");
    const auto lines = testsupport::readJsonLines(conformanceDir() + QStringLiteral("/changesets.jsonl"));
    QVERIFY(lines);
    int rows = 0;
    for (const QByteArray &line : *lines) {
        Result<Term> c = TermJson::parse(line);
        QVERIFY2(c.isOk(), qPrintable(c.error()));
        QTest::newRow(qPrintable(field(*c, "id").text())) << line;
        ++rows;
    }
    QCOMPARE(rows, 120);
}

void TestChangesetConformance::cases()
{
    QFETCH(QByteArray, line);
    ++m_total;
    const Term c = *TermJson::parse(line);
    const Term expected = field(c, "expected");
    Result<Changeset> result = m_runner->run(field(c, "schema").text(), field(c, "function").text(),
                                             field(c, "data"), field(c, "params"));
    if (expected.get(u"error")) {
        QVERIFY2(!result.isOk(), "Ecto raised here; we returned a changeset");
        ++m_passed;
        return;
    }
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    for (const SkippedStep &s : result->skipped)
        QFAIL(qPrintable(QStringLiteral("step not evaluated: %1 (%2)").arg(s.source, s.reason)));
    // Through JSON and back, so Decimals, dates and atoms compare in the files' encoding.
    const Term actual = *TermJson::parse(TermJson::write(ChangesetJson::describe(*result)));
    for (const char *key : {"valid", "changes", "errors", "messages", "required", "validations", "constraints"}) {
        const Term want = field(expected, key);
        const Term got = field(actual, key);
        QVERIFY2(want == got, qPrintable(QStringLiteral("%1\n   actual: %2\n expected: %3")
                                             .arg(QLatin1String(key), termJson(got), termJson(want))));
    }
    const auto &wantErrors = field(expected, "errors").elements();
    const auto &gotErrors = field(actual, "errors").elements();
    for (size_t i = 0; i < wantErrors.size(); ++i)
        QCOMPARE(keysInOrder(field(gotErrors[i], "keys")), keysInOrder(field(wantErrors[i], "keys")));
    ++m_passed;
}

void TestChangesetConformance::passCount()
{
    qInfo("changeset conformance: %d of %d cases pass", m_passed, m_total);
    QCOMPARE(m_passed, m_total);
}

QTEST_GUILESS_MAIN(TestChangesetConformance)
#include "tst_changesetconformance.moc"
