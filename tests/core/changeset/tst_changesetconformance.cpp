// Runs every case of ../shared/conformance/changesets.jsonl (made with real Ecto
// 3.13) through the changeset core and compares what Ecto said.
#include "changeset/changesetjson.h"
#include "changeset/changesetrunner.h"
#include "value/termjson.h"
#include "project/projectloader.h"

#include <QFile>
#include <QTest>

using namespace ectowb;
using namespace ectowb::changeset;
using namespace ectowb::value;

namespace {

QString conformanceDir()
{
    return QStringLiteral(ECTOWB_SHARED_DIR "/conformance");
}

QString show(const Term &t)
{
    return QString::fromUtf8(TermJson::write(t));
}

Term field(const Term &object, const char *key)
{
    return object.get(QString::fromLatin1(key)).value_or(Term::nil());
}

// Objects compare as sets of keys; the `keys` of errors also in Ecto's order.
QStringList keyOrder(const Term &object)
{
    QStringList out;
    for (const auto &[k, v] : object.pairs())
        out << k.text();
    return out;
}

} // namespace

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
    const QString root = conformanceDir() + QStringLiteral("/projects/blog");
    QVERIFY2(QFile::exists(root + QStringLiteral("/mix.exs")), qPrintable(root));
    project::Project project = project::ProjectLoader::load(root);
    QVERIFY(project.errors.isEmpty());
    m_runner = std::make_unique<ChangesetRunner>(std::move(project));
}

void TestChangesetConformance::cases_data()
{
    QTest::addColumn<QByteArray>("line");
    QFile file(conformanceDir() + QStringLiteral("/changesets.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int rows = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
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
                                             .arg(QLatin1String(key), show(got), show(want))));
    }
    const auto &wantErrors = field(expected, "errors").elements();
    const auto &gotErrors = field(actual, "errors").elements();
    for (size_t i = 0; i < wantErrors.size(); ++i)
        QCOMPARE(keyOrder(field(gotErrors[i], "keys")), keyOrder(field(wantErrors[i], "keys")));
    ++m_passed;
}

void TestChangesetConformance::passCount()
{
    qInfo("changeset conformance: %d of %d cases pass", m_passed, m_total);
    QCOMPARE(m_passed, m_total);
}

QTEST_GUILESS_MAIN(TestChangesetConformance)
#include "tst_changesetconformance.moc"
