// Golden files for the renderers: the cases of tests/data/query/cases.jsonl (beyond
// the conformance file) against reference/<id>.txt, both dialects, with the preload
// queries. ECTOWB_REGENERATE_GOLDEN=1 rewrites the references (tests/data/query/regen.sh).
#include "queryconformancecase.h"
#include "value/termjson.h"
#include "project/projectloader.h"
#include "query/querycompiler.h"
#include "testpaths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace ectowb;
using namespace ectowb::query;
using value::Term;
using value::TermJson;
using namespace ectowb::query::testing;

namespace {

QString dataDir()
{
    return QStringLiteral(ECTOWB_TEST_DATA "/query");
}

// Values the clock or a random generator chose, unless the source wrote them.
QString masked(QString text, const QString &source)
{
    static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    static const QRegularExpression stamp(QStringLiteral("\"(\\d{4}-\\d\\d-\\d\\d)T\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z?\""));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QString out;
    qsizetype at = 0;
    for (QRegularExpressionMatchIterator it = stamp.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QDate d = QDate::fromString(m.captured(1), Qt::ISODate);
        const bool now = qAbs(d.daysTo(today)) <= 8 && !source.contains(m.captured(1));
        out += text.mid(at, m.capturedStart() - at) + (now ? QStringLiteral("\"<now>\"") : m.captured());
        at = m.capturedEnd();
    }
    out += text.mid(at);
    text = out;
    out.clear();
    at = 0;
    for (QRegularExpressionMatchIterator it = uuid.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(at, m.capturedStart() - at) + (source.contains(m.captured()) ? m.captured() : QStringLiteral("<uuid>"));
        at = m.capturedEnd();
    }
    return out + text.mid(at);
}

QString params(const std::vector<Term> &params)
{
    return QString::fromUtf8(TermJson::write(Term::list(params)));
}

QString describe(QueryCompiler &composer, const Term &c)
{
    const QString source = field(c, "query").text();
    QHash<QString, Term> values;
    for (const auto &[k, v] : field(c, "params").pairs())
        values.insert(k.text(), v);
    const Evaluation evaluation = composer.evaluate(source);
    QString out;
    for (const QString &line : source.split(u'\n'))
        out += QStringLiteral("# ") + line + u'\n';
    for (Dialect d : {Dialect::Postgres, Dialect::Sqlite}) {
        out += QStringLiteral("== ") + db::dialectName(d) + u'\n';
        const ComposeResult r = composer.render(evaluation, d, operationOf(field(c, "op").text()), values);
        for (const ComposerError &e : r.errors)
            out += QStringLiteral("error %1:%2: %3\n").arg(e.pos.line).arg(e.pos.column).arg(e.text());
        if (r.isOk() && r.statements.empty())
            out += QStringLiteral("(no statement)\n");
        for (const Statement &s : r.statements)
            out += s.sql + QStringLiteral("\n  params: ") + params(s.params) + u'\n';
        for (const OpenParameterInfo &p : r.openParameters)
            out += QStringLiteral("  open %1 at %2:%3 cast to %4%5\n")
                       .arg(p.name).arg(p.pos.line).arg(p.pos.column).arg(p.type, p.supplied ? QString() : QStringLiteral(" (no value)"));
        if (!r.raisedAfterSend.isEmpty())
            out += QStringLiteral("  then raises ") + r.raisedAfterSend + u'\n';
        if (!evaluation.query || evaluation.query->preloads.empty())
            continue;
        Result<std::vector<PreloadStatement>> pre = composer.preloads(evaluation, d);
        if (!pre) {
            out += QStringLiteral("  preloads: error ") + pre.error() + u'\n';
            continue;
        }
        for (const PreloadStatement &p : *pre)
            out += QStringLiteral("  preload %1 for ^%2: %3\n    params: %4\n").arg(p.path, p.keys, p.statement.sql, params(p.statement.params));
    }
    return masked(out, source);
}

} // namespace

class TestQueryGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_regenerate = qEnvironmentVariableIsSet("ECTOWB_REGENERATE_GOLDEN");
        const QHash<QString, QString> roots{{QStringLiteral("blog"), testsupport::sampleProjectDir()},
                                            {QStringLiteral("shop"), testsupport::testDataPath(QStringLiteral("projects/shop"))}};
        for (auto it = roots.cbegin(); it != roots.cend(); ++it) {
            Result<project::Project> p = testsupport::loadProject(it.value());
            QVERIFY2(p, qPrintable(it.key() + QStringLiteral(": ") + p.error()));
            m_composers.emplace(it.key(), std::make_unique<QueryCompiler>(std::move(p.value())));
        }
    }

    void cases_data()
    {
        QTest::addColumn<QByteArray>("line");
        const auto lines = testsupport::readJsonLines(dataDir() + QStringLiteral("/cases.jsonl"));
        QVERIFY(lines);
        for (const QByteArray &line : *lines) {
            Result<Term> c = TermJson::parse(line);
            QVERIFY2(c.isOk(), qPrintable(c.error()));
            m_ids << field(*c, "id").text();
            QTest::newRow(qPrintable(m_ids.back())) << line;
        }
        QVERIFY(m_ids.size() >= 40);
    }

    void cases()
    {
        QFETCH(QByteArray, line);
        const Term c = *TermJson::parse(line);
        const auto composer = m_composers.find(field(c, "project").text());
        QVERIFY(composer != m_composers.end());
        const QString actual = describe(*composer->second, c);
        const QString path = dataDir() + QStringLiteral("/reference/") + field(c, "id").text() + QStringLiteral(".txt");
        QFile file(path);
        if (m_regenerate) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(actual.toUtf8());
            return;
        }
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(" is missing: run tests/data/query/regen.sh")));
        const QStringList expected = QString::fromUtf8(file.readAll()).split(u'\n');
        const QStringList lines = actual.split(u'\n');
        for (qsizetype i = 0; i < std::max(lines.size(), expected.size()); ++i) {
            const QString a = lines.value(i, QStringLiteral("<end>"));
            const QString e = expected.value(i, QStringLiteral("<end>"));
            if (a != e)
                QFAIL(qPrintable(QStringLiteral("%1, line %2:\n  expected: %3\n  actual:   %4").arg(path).arg(i + 1).arg(e, a)));
        }
    }

    void noStaleReferences()
    {
        const QStringList files = QDir(dataDir() + QStringLiteral("/reference")).entryList({QStringLiteral("*.txt")});
        for (const QString &f : files)
            QVERIFY2(m_ids.contains(f.chopped(4)), qPrintable(f + QStringLiteral(" has no case in cases.jsonl")));
        QCOMPARE(files.size(), m_ids.size());
    }

private:
    bool m_regenerate = false;
    std::map<QString, std::unique_ptr<QueryCompiler>> m_composers;
    QStringList m_ids;
};

QTEST_GUILESS_MAIN(TestQueryGolden)
#include "tst_querygolden.moc"
