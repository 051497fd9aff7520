// Runs every case of ../shared/conformance/generated/changesets-forms.jsonl (1,500
// generated pipelines over the `forms` project, run through real Ecto 3.13.6) through
// the changeset core and compares what Ecto said: valid?, changes (nested changesets
// as {"$changeset": ...}), errors and the traverse_errors messages.
//
// Cases the core cannot match yet are listed in forms-known-failures.txt with a
// one-line reason: they run and are expected to fail (QEXPECT_FAIL), so a case that
// starts to pass shows up as XPASS and must leave the list.
#include "changeset/changesetjson.h"
#include "changeset/changesetrunner.h"
#include "value/termjson.h"
#include "project/projectloader.h"

#include "conformancecases.h"

#include <QHash>
#include <QTest>

using namespace ectowb;
using namespace ectowb::changeset;
using namespace ectowb::value;

namespace {

using testsupport::conformanceDir;
using testsupport::field;
using testsupport::keysInOrder;
using testsupport::termJson;

// What differs between Ecto's result and ours, or "" when nothing does.
QString mismatch(const Term &expected, const Result<Changeset> &result)
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
    for (const char *key : {"valid", "changes", "errors", "messages"}) {
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

} // namespace

class TestChangesetForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cases_data();
    void cases();
    void passCount();

private:
    std::unique_ptr<ChangesetRunner> m_runner;
    QHash<QString, QString> m_known;
    int m_total = 0;
    int m_passed = 0;
    int m_knownPassing = 0;
};

void TestChangesetForms::initTestCase()
{
    Result<project::Project> project = testsupport::loadProject(conformanceDir() + QStringLiteral("/projects/forms"));
    QVERIFY2(project, qPrintable(project.error()));
    m_runner = std::make_unique<ChangesetRunner>(std::move(project.value()));
    const auto known = testsupport::readKnownFailures(QStringLiteral(ECTOWB_SOURCE_DIR "/tests/core/changeset/forms-known-failures.txt"));
    QVERIFY(known);
    m_known = *known;
}

void TestChangesetForms::cases_data()
{
    QTest::addColumn<QByteArray>("line");
    const auto lines = testsupport::readJsonLines(conformanceDir() + QStringLiteral("/generated/changesets-forms.jsonl"));
    QVERIFY(lines);
    int rows = 0;
    for (const QByteArray &line : *lines) {
        // A line the JSON reader refuses still makes its row, which fails with the
        // reader's error.
        const qsizetype idAt = line.indexOf("\"id\":\"") + 6;
        const QByteArray id = line.mid(idAt, line.indexOf('"', idAt) - idAt);
        QTest::newRow(id.constData()) << line;
        ++rows;
    }
    QCOMPARE(rows, 1500);
}

void TestChangesetForms::cases()
{
    QFETCH(QByteArray, line);
    ++m_total;
    const QString id = QString::fromLatin1(QTest::currentDataTag());
    const Result<Term> parsed = TermJson::parse(line);
    const Term c = parsed.isOk() ? *parsed : Term::nil();
    QString diff;
    if (!parsed.isOk()) {
        diff = QStringLiteral("the case does not parse: %1").arg(parsed.error());
    } else {
        const Result<Changeset> result = m_runner->run(field(c, "schema").text(), field(c, "function").text(),
                                                       field(c, "data"), field(c, "params"));
        diff = mismatch(field(c, "expected"), result);
    }
    if (diff.isEmpty())
        ++m_passed;
    if (m_known.contains(id)) {
        if (diff.isEmpty())
            ++m_knownPassing;
        QEXPECT_FAIL("", qPrintable(m_known.value(id)), Continue);
    }
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("%1.%2: %3")
                                            .arg(field(c, "schema").text(), field(c, "function").text(), diff)));
}

void TestChangesetForms::passCount()
{
    qInfo("changesets-forms conformance: %d of %d cases pass, %d listed as known failures", m_passed, m_total,
          int(m_known.size()));
    QCOMPARE(m_knownPassing, 0);
    QCOMPARE(m_passed + int(m_known.size()), m_total);
}

QTEST_GUILESS_MAIN(TestChangesetForms)
#include "tst_changesetforms.moc"
