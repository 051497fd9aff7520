// Every generated case of ../shared/conformance (queries-blog.jsonl, queries-market.jsonl)
// typed into the composer's code pane as a person would, for both dialects: the SQL the
// composer shows is the SQL real Ecto produced, with as many parameter lines as Ecto's
// parameters, and where Ecto raised the composer shows an error. So every Ecto feature
// the generated cases use works from the code pane, with no error the CLI (the same
// core) does not give. The composer renders a query as Repo.all does; a case made for
// update_all or delete_all is typed as a person would write it, as the Repo call
// (`Repo.update_all(query, [])`, which Ecto sends as to_sql(:update_all, query) shows).
#include "querycomposer.h"

#include "../core/query/queryconformancecase.h"
#include "value/termjson.h"
#include "project/projectloader.h"

#include <QFile>
#include <QTest>

#include <map>
#include <memory>

using namespace ectowb;
using value::Term;
using value::TermJson;
using namespace ectowb::query::testing;
using widgets::QueryComposer;

class TestComposerGenerated : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cases_data();
    void cases();

private:
    std::map<QString, std::unique_ptr<QueryComposer>> m_composers; // by project
};

void TestComposerGenerated::initTestCase()
{
    for (const char *name : {"blog", "market"}) {
        const project::Project project =
            project::ProjectLoader::load(conformanceDir() + QStringLiteral("/projects/") + QLatin1String(name));
        QVERIFY(project.errors.isEmpty());
        auto composer = std::make_unique<QueryComposer>();
        composer->setProject(project);
        m_composers[QLatin1String(name)] = std::move(composer);
    }
}

void TestComposerGenerated::cases_data()
{
    QCOMPARE(addCaseRows(generatedCaseLines()), 5000);
}

void TestComposerGenerated::cases()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, dialect);
    const Term c = *TermJson::parse(line);
    QueryComposer &composer = *m_composers.at(field(c, "project").text());
    composer.setDialect(*db::dialectNamed(dialect));
    const QString op = field(c, "op").text();
    QString source = field(c, "query").text();
    if (op != u"all")
        source = QStringLiteral("query = (\n%1\n)\nRepo.%2(query%3)").arg(source, op, op == u"update_all" ? QStringLiteral(", []") : QString());
    composer.setSource(source);
    const Term expected = field(c, dialect.toLatin1().constData());
    if (expected.get(u"error")) {
        QVERIFY2(!composer.renderProblem().isEmpty(), qPrintable(QStringLiteral("Ecto raised: ") + field(expected, "error").text().left(200)
                                                                 + QStringLiteral("\nthe composer shows: ") + composer.sqlText()));
        return;
    }
    QVERIFY2(composer.renderProblem().isEmpty(), qPrintable(composer.renderProblem()));
    QStringList sql;
    int params = 0;
    for (const Term &statement : field(expected, "statements").elements()) {
        sql << field(statement, "sql").text();
        params += int(field(statement, "params").elements().size());
    }
    QCOMPARE(composer.sqlText(), sql.join(QStringLiteral(";\n\n")));
    QCOMPARE(composer.parameterLines().size(), params);
}

QTEST_MAIN(TestComposerGenerated)
#include "tst_composergenerated.moc"
