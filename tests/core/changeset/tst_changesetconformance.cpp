// Runs the changeset cases of ../shared/conformance through the changeset core and
// compares what real Ecto said: valid?, changes (nested changesets as
// {"$changeset": ...}), errors with their keys in order, and the traverse_errors
// messages.
// - handWritten: changesets.jsonl (made with Ecto 3.13), over the project blog; these
//   cases also record required, validations and constraints.
// - forms: generated/changesets-forms.jsonl, 1,500 generated pipelines over the
//   project forms, run through Ecto 3.13.6.
//
// Forms cases the core cannot match yet are listed in forms-known-failures.txt with a
// one-line reason: they run and are expected to fail (QEXPECT_FAIL), so a case that
// starts to pass shows up as XPASS and must leave the list.
#include "changeset/changesetjson.h"
#include "changeset/changesetrunner.h"
#include "value/termjson.h"

#include "conformancecases.h"
#include "conformancetally.h"

#include <QTest>

#include <initializer_list>
#include <map>

using namespace ectowb;
using namespace ectowb::changeset;
using namespace ectowb::value;

namespace {

using testsupport::conformanceDir;
using testsupport::field;
using testsupport::keysInOrder;
using testsupport::termJson;

using Keys = std::initializer_list<const char *>;

// What differs between Ecto's result and ours in `keys` (and in the order of each
// error's keys), or "" when nothing does.
QString mismatch(const Term &expected, const Result<Changeset> &result, Keys keys)
{
    if (expected.get(u"error"))
        return result.isOk() ? QStringLiteral("Ecto raised (%1); we returned a changeset").arg(field(expected, "error").text())
                             : QString();
    if (!result.isOk())
        return QStringLiteral("error: %1").arg(result.error());
    for (const SkippedStep &s : result->skipped)
        return QStringLiteral("step not evaluated: %1 (%2)").arg(s.source, s.reason);
    // Through JSON and back, so Decimals, dates and atoms compare in the file's encoding.
    const Term actual = *TermJson::parse(TermJson::write(ChangesetJson::describe(*result)));
    for (const char *key : keys) {
        const Term want = field(expected, key);
        const Term got = field(actual, key);
        if (want != got)
            return QStringLiteral("%1\n   actual: %2\n expected: %3").arg(QLatin1String(key), termJson(got), termJson(want));
    }
    const auto &wantErrors = field(expected, "errors").elements();
    const auto &gotErrors = field(actual, "errors").elements();
    for (size_t i = 0; i < wantErrors.size(); ++i) {
        if (keysInOrder(field(gotErrors[i], "keys")) != keysInOrder(field(wantErrors[i], "keys")))
            return QStringLiteral("order of the keys of error %1").arg(i);
    }
    return QString();
}

// One row a line of the case file `file` (below ../shared/conformance), tagged with
// the case's id; the test fails unless there are `expected` rows. A line the JSON
// reader refuses still makes its row, which fails with the reader's error.
void addCaseRows(const char *file, int expected)
{
    QTest::addColumn<QByteArray>("line");
    const auto lines = testsupport::readJsonLines(conformanceDir() + QLatin1String(file));
    QVERIFY(lines);
    for (const QByteArray &line : *lines) {
        const qsizetype idAt = line.indexOf("\"id\":\"") + 6;
        const QByteArray id = line.mid(idAt, line.indexOf('"', idAt) - idAt);
        QTest::newRow(id.constData()) << line;
    }
    QCOMPARE(int(lines->size()), expected);
}

} // namespace

class TestChangesetConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handWritten_data();
    void handWritten();
    void forms_data();
    void forms();
    void cleanupTestCase();

private:
    // What differs between Ecto's answer and the core's for case `line`, prefixed
    // with the case's schema and function.
    QString difference(const QByteArray &line, Keys keys) const;

    std::map<QString, std::unique_ptr<ChangesetRunner>> m_runners; // by project
    testsupport::ConformanceTally m_handWritten;
    testsupport::ConformanceTally m_forms;
};

void TestChangesetConformance::initTestCase()
{
    for (const char *name : {"blog", "forms"}) {
        Result<project::Project> project = testsupport::loadProject(conformanceDir() + QStringLiteral("/projects/") + QLatin1String(name));
        QVERIFY2(project, qPrintable(project.error()));
        m_runners[QLatin1String(name)] = std::make_unique<ChangesetRunner>(std::move(project.value()));
    }
    m_forms.expectFailures(QStringLiteral(ECTOWB_SOURCE_DIR "/tests/core/changeset/forms-known-failures.txt"));
}

QString TestChangesetConformance::difference(const QByteArray &line, Keys keys) const
{
    const Result<Term> parsed = TermJson::parse(line);
    if (!parsed.isOk())
        return QStringLiteral("the case does not parse: %1").arg(parsed.error());
    const Term &c = *parsed;
    const auto runner = m_runners.find(field(c, "project").text());
    if (runner == m_runners.end())
        return QStringLiteral("no project ") + field(c, "project").text();
    const Result<Changeset> result = runner->second->run(field(c, "schema").text(), field(c, "function").text(),
                                                         field(c, "data"), field(c, "params"));
    const QString diff = mismatch(field(c, "expected"), result, keys);
    return diff.isEmpty() ? diff : QStringLiteral("%1.%2: %3").arg(field(c, "schema").text(), field(c, "function").text(), diff);
}

void TestChangesetConformance::handWritten_data()
{
    addCaseRows("/changesets.jsonl", 120);
}

void TestChangesetConformance::handWritten()
{
    QFETCH(QByteArray, line);
    m_handWritten.check(QString::fromLatin1(QTest::currentDataTag()),
                        difference(line, {"valid", "changes", "errors", "messages", "required", "validations", "constraints"}));
}

void TestChangesetConformance::forms_data()
{
    addCaseRows("/generated/changesets-forms.jsonl", 1500);
}

void TestChangesetConformance::forms()
{
    QFETCH(QByteArray, line);
    m_forms.check(QString::fromLatin1(QTest::currentDataTag()), difference(line, {"valid", "changes", "errors", "messages"}));
}

void TestChangesetConformance::cleanupTestCase()
{
    m_handWritten.report("changeset conformance, hand-written");
    m_forms.report("changeset conformance, forms");
}

QTEST_GUILESS_MAIN(TestChangesetConformance)
#include "tst_changesetconformance.moc"
