// The composer's pipeline: Ecto code read into steps and written back in both syntaxes.
#include "elixir/reader.h"
#include "query/pipeline/condition.h"
#include "query/pipeline/orderterm.h"
#include "query/pipeline/pipeline.h"
#include "query/pipeline/pipelinescope.h"
#include "project/projectloader.h"
#include "query/querycompiler.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include "query/pipeline/pipelinereader.h"
#include "query/pipeline/pipelinewriter.h"

#include <QTest>

using namespace ectowb;
using query::Pipeline;
using query::PipelineReader;
using query::PipelineStep;
using query::PipelineWriter;
using query::QuerySyntax;
using Kind = PipelineStep::Kind;

Q_DECLARE_METATYPE(query::Pipeline)

namespace {

// A compact text of the steps, one per line: "kind|binding|source|qualifier|as|expression".
QString describe(const Pipeline &pipeline)
{
    QStringList lines;
    for (const PipelineStep &s : pipeline.steps)
        lines << QStringList{PipelineStep::macroName(s.kind), s.binding, s.source, s.qualifier, s.as, s.expression}.join(u'|');
    return lines.join(u'\n');
}

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAndWrites_data();
    void readsAndWrites();
    void refusesWhatIsNotAPipeline_data();
    void refusesWhatIsNotAPipeline();
    void checkNamesTheStep_data();
    void checkNamesTheStep();
    void prefixesStepThrough();
    void defaultBindings_data();
    void defaultBindings();
    void renamedBindingIsFollowed_data();
    void renamedBindingIsFollowed();
    void conditionsRoundTrip_data();
    void conditionsRoundTrip();
    void orderTermsRoundTrip_data();
    void orderTermsRoundTrip();
    void richerExpressionsAreCode_data();
    void richerExpressionsAreCode();
    void scopeKnowsTheSchemas();
    void writtenCodeIsTheSameQuery_data();
    void writtenCodeIsTheSameQuery();
};

void TestPipeline::readsAndWrites_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("steps");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("pipe");
    QTest::newRow("keyword syntax")
        << QStringLiteral("from p in Post, where: p.published == true, select: p.title")
        << QStringLiteral("from|p|Post|||\nwhere|||||p.published == true\nselect|||||p.title")
        << QStringLiteral("from p in Post, where: p.published == true, select: p.title")
        << QStringLiteral("from(p in Post) |> where([p], p.published == true) |> select([p], p.title)");
    QTest::newRow("joins, options and keyword expressions")
        << QStringLiteral("from p in Post, as: :post, left_join: c in assoc(p, :comments), as: :comment, "
                          "join: u in User, on: u.id == p.author_id, where: c.is_approved and p.view_count > ^min, "
                          "order_by: [desc: p.inserted_at], limit: 10, preload: [comments: c]")
        << QStringLiteral("from|p|Post||post|\njoin|c|assoc(p, :comments)|left|comment|\njoin|u|User|inner||u.id == p.author_id\n"
                          "where|||||c.is_approved and p.view_count > ^min\norder_by|||||[desc: p.inserted_at]\n"
                          "limit|||||10\npreload|||||[comments: c]")
        << QStringLiteral("from p in Post,\n"
                          "  as: :post,\n"
                          "  left_join: c in assoc(p, :comments),\n"
                          "  as: :comment,\n"
                          "  join: u in User,\n"
                          "  on: u.id == p.author_id,\n"
                          "  where: c.is_approved and p.view_count > ^min,\n"
                          "  order_by: [desc: p.inserted_at],\n"
                          "  limit: 10,\n"
                          "  preload: [comments: c]")
        << QStringLiteral("from(p in Post, as: :post)\n"
                          "|> join(:left, [p], c in assoc(p, :comments), as: :comment)\n"
                          "|> join(:inner, [p], u in User, on: u.id == p.author_id)\n"
                          "|> where([p, c], c.is_approved and p.view_count > ^min)\n"
                          "|> order_by([p], desc: p.inserted_at)\n"
                          "|> limit(10)\n"
                          "|> preload([p, c], comments: c)");
    QTest::newRow("pipe with its own binding names")
        << QStringLiteral("Post\n|> join(:left, [x], y in assoc(x, :author))\n|> where([a, b], b.is_active)\n"
                          "|> where([..., u], u.age >= 18)\n|> select([q], {q.title, q.id})\n|> group_by([z], z.id)")
        << QStringLiteral("from|p|Post|||\njoin|y|assoc(p, :author)|left||\nwhere|||||y.is_active\n"
                          "where|||||y.age >= 18\nselect|||||{p.title, p.id}\ngroup_by|||||p.id")
        << QStringLiteral("from p in Post,\n"
                          "  left_join: y in assoc(p, :author),\n"
                          "  where: y.is_active,\n"
                          "  where: y.age >= 18,\n"
                          "  select: {p.title, p.id},\n"
                          "  group_by: p.id")
        << QStringLiteral("from(p in Post)\n"
                          "|> join(:left, [p], y in assoc(p, :author))\n"
                          "|> where([p, y], y.is_active)\n"
                          "|> where([p, y], y.age >= 18)\n"
                          "|> select([p], {p.title, p.id})\n"
                          "|> group_by([p], p.id)");
    QTest::newRow("named bindings")
        << QStringLiteral("from(p in Post, as: :post) |> join(:inner, [post: p], t in assoc(p, :tags), as: :tag)"
                          " |> where([tag: t], t.name == \"elixir\") |> distinct(true) |> offset(^skip)")
        << QStringLiteral("from|p|Post||post|\njoin|t|assoc(p, :tags)|inner|tag|\nwhere|||||t.name == \"elixir\"\n"
                          "distinct|||||true\noffset|||||^skip")
        << QStringLiteral("from p in Post,\n"
                          "  as: :post,\n"
                          "  join: t in assoc(p, :tags),\n"
                          "  as: :tag,\n"
                          "  where: t.name == \"elixir\",\n"
                          "  distinct: true,\n"
                          "  offset: ^skip")
        << QStringLiteral("from(p in Post, as: :post)\n"
                          "|> join(:inner, [p], t in assoc(p, :tags), as: :tag)\n"
                          "|> where([p, t], t.name == \"elixir\")\n"
                          "|> distinct([p], true)\n"
                          "|> offset(^skip)");
    QTest::newRow("table source")
        << QStringLiteral("\"posts\" |> where([x], x.id in [1, 2]) |> select([x], map(x, [:id, :title]))")
        << QStringLiteral("from|p|\"posts\"|||\nwhere|||||p.id in [1, 2]\nselect|||||map(p, [:id, :title])")
        << QStringLiteral("from p in \"posts\", where: p.id in [1, 2], select: map(p, [:id, :title])")
        << QStringLiteral("from(p in \"posts\") |> where([p], p.id in [1, 2]) |> select([p], map(p, [:id, :title]))");
}

void TestPipeline::readsAndWrites()
{
    QFETCH(QString, source);
    QFETCH(QString, steps);
    QFETCH(QString, keyword);
    QFETCH(QString, pipe);
    const auto read = PipelineReader::read(source);
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(describe(*read), steps);
    const auto asKeyword = PipelineWriter::write(*read, QuerySyntax::Keyword);
    const auto asPipe = PipelineWriter::write(*read, QuerySyntax::Pipe);
    QVERIFY2(asKeyword && asPipe, qPrintable(asKeyword.error() + asPipe.error()));
    QCOMPARE(*asKeyword, keyword);
    QCOMPARE(*asPipe, pipe);
    // Both texts read back to the same steps (the round trip the composer relies on).
    for (const QString &text : {*asKeyword, *asPipe}) {
        const auto again = PipelineReader::read(text);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(describe(*again), steps);
    }
}

void TestPipeline::refusesWhatIsNotAPipeline_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("variables first") << QStringLiteral("ids = [1, 2]\nfrom p in Post, where: p.id in ^ids");
    QTest::newRow("reduce") << QStringLiteral("Enum.reduce([], Post, fn _, q -> q end)");
    QTest::newRow("lock") << QStringLiteral("from p in Post, lock: \"FOR UPDATE\"");
    QTest::newRow("unknown macro") << QStringLiteral("Post |> windows([p], w: [partition_by: p.id])");
    QTest::newRow("syntax error") << QStringLiteral("from p in Post, where: p.id ==");
    QTest::newRow("bad bindings") << QStringLiteral("from(p in Post) |> where([p, c], c.id == 1)");
}

void TestPipeline::refusesWhatIsNotAPipeline()
{
    QFETCH(QString, source);
    const auto read = PipelineReader::read(source);
    QVERIFY(!read);
    QVERIFY(!read.error().isEmpty());
}

void TestPipeline::checkNamesTheStep_data()
{
    QTest::addColumn<Pipeline>("pipeline");
    QTest::addColumn<int>("step");
    const PipelineStep from{Kind::From, QStringLiteral("p"), QStringLiteral("Post"), {}, {}, {}};
    const PipelineStep where{Kind::Where, {}, {}, {}, {}, QStringLiteral("p.published")};
    QTest::newRow("no from") << Pipeline{{where}} << 0;
    QTest::newRow("two froms") << Pipeline{{from, where, from}} << 2;
    QTest::newRow("broken expression")
        << Pipeline{{from, where, PipelineStep{Kind::Select, {}, {}, {}, {}, QStringLiteral("{p.title,")}}} << 2;
    QTest::newRow("empty where") << Pipeline{{from, PipelineStep{Kind::Where, {}, {}, {}, {}, {}}}} << 1;
    QTest::newRow("binding reused")
        << Pipeline{{from, PipelineStep{Kind::Join, QStringLiteral("p"), QStringLiteral("Comment"), QStringLiteral("inner"), {}, {}}}} << 1;
    QTest::newRow("fine") << Pipeline{{from, where}} << -1;
}

void TestPipeline::checkNamesTheStep()
{
    QFETCH(Pipeline, pipeline);
    QFETCH(int, step);
    const auto problem = pipeline.check();
    QCOMPARE(problem ? problem->step : -1, step);
    if (problem)
        QVERIFY(!problem->message.isEmpty());
}

void TestPipeline::prefixesStepThrough()
{
    const auto read = PipelineReader::read(QStringLiteral("from p in Post, join: c in assoc(p, :comments), where: c.is_approved, select: p"));
    QVERIFY(read);
    QCOMPARE(read->prefix(0).steps.size(), size_t(0));
    QCOMPARE(read->prefix(2).steps.size(), size_t(2));
    QCOMPARE(read->prefix(99).steps.size(), size_t(4));
    QCOMPARE(*PipelineWriter::write(read->prefix(2), QuerySyntax::Pipe),
             QStringLiteral("from(p in Post) |> join(:inner, [p], c in assoc(p, :comments))"));
    QCOMPARE(read->bindingsAt(3), (QStringList{QStringLiteral("p"), QStringLiteral("c")}));
}

void TestPipeline::defaultBindings_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("binding");
    QTest::newRow("schema") << QStringLiteral("Blog.Post") << QStringLiteral("p");
    QTest::newRow("table") << QStringLiteral("\"users\"") << QStringLiteral("u");
    QTest::newRow("association") << QStringLiteral("assoc(p, :comments)") << QStringLiteral("c");
    QTest::newRow("nested association") << QStringLiteral("assoc(c, :author)") << QStringLiteral("a");
    QTest::newRow("subquery") << QStringLiteral("subquery(q)") << QStringLiteral("s");
    QTest::newRow("no letter") << QStringLiteral("^x") << QStringLiteral("x");
    QTest::newRow("empty") << QString() << QString();
}

void TestPipeline::defaultBindings()
{
    QFETCH(QString, source);
    QFETCH(QString, binding);
    QCOMPARE(PipelineStep::defaultBinding(source), binding);
}

// The composer renames a source's binding: the later steps read with the new name,
// written as Ecto code.
void TestPipeline::renamedBindingIsFollowed_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("binding");
    QTest::addColumn<QString>("renamed");
    QTest::newRow("every later use")
        << QStringLiteral("from p in Post, join: c in assoc(p, :comments), on: c.post_id == p.id, where: p.title == \"p.x\", "
                          "select: {c, p}")
        << 0 << QStringLiteral("post")
        << QStringLiteral("from post in Post, join: c in assoc(post, :comments), on: c.post_id == post.id, "
                          "where: post.title == \"p.x\", select: {c, post}");
    QTest::newRow("not a pinned value, a field or a key")
        << QStringLiteral("from p in Post, where: p.id == ^p and p.p == 1, select: %{p: p.title}")
        << 0 << QStringLiteral("q")
        << QStringLiteral("from q in Post, where: q.id == ^p and q.p == 1, select: %{p: q.title}");
    QTest::newRow("a join that binds the name again")
        << QStringLiteral("from p in Post, join: p in assoc(p, :comments), where: p.id > 0")
        << 0 << QStringLiteral("post")
        << QStringLiteral("from post in Post, join: p in assoc(post, :comments), where: p.id > 0");
    QTest::newRow("a join's own binding")
        << QStringLiteral("from p in Post, join: c in assoc(p, :comments), where: c.is_approved, order_by: [desc: c.id]")
        << 1 << QStringLiteral("comment")
        << QStringLiteral("from p in Post, join: comment in assoc(p, :comments), where: comment.is_approved, "
                          "order_by: [desc: comment.id]");
}

void TestPipeline::renamedBindingIsFollowed()
{
    QFETCH(QString, source);
    QFETCH(int, step);
    QFETCH(QString, binding);
    QFETCH(QString, renamed);
    const auto read = PipelineReader::read(source);
    QVERIFY(read);
    Pipeline pipeline = *read;
    const QString before = pipeline.steps[size_t(step)].binding;
    pipeline.steps[size_t(step)].binding = binding;
    pipeline.renameBinding(step, before);
    // Compared as steps: the writer wraps long queries as the formatter does.
    const auto expected = PipelineReader::read(renamed);
    QVERIFY(expected);
    QCOMPARE(*PipelineWriter::write(pipeline, QuerySyntax::Keyword), *PipelineWriter::write(*expected, QuerySyntax::Keyword));
    QVERIFY(pipeline == *expected);
}

void TestPipeline::conditionsRoundTrip_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("parts"); // binding|field|op|value|pinned
    QTest::newRow("equals literal") << QStringLiteral("p.published == true") << QStringLiteral("p|published|==|true|0");
    QTest::newRow("pinned") << QStringLiteral("p.title != ^title") << QStringLiteral("p|title|!=|title|1");
    QTest::newRow("number") << QStringLiteral("c.score >= 2.5") << QStringLiteral("c|score|>=|2.5|0");
    QTest::newRow("string") << QStringLiteral("u.email == \"a@b.c\"") << QStringLiteral("u|email|==|\"a@b.c\"|0");
    QTest::newRow("in list") << QStringLiteral("p.id in [1, 2, 3]") << QStringLiteral("p|id|in|[1, 2, 3]|0");
    QTest::newRow("not in pinned") << QStringLiteral("p.id not in ^ids") << QStringLiteral("p|id|not in|ids|1");
    QTest::newRow("like") << QStringLiteral("like(p.title, \"%ecto%\")") << QStringLiteral("p|title|like|\"%ecto%\"|0");
    QTest::newRow("ilike pinned") << QStringLiteral("ilike(u.name, ^pattern)") << QStringLiteral("u|name|ilike|pattern|1");
    QTest::newRow("is_nil") << QStringLiteral("is_nil(p.published_at)") << QStringLiteral("p|published_at|is_nil||0");
    QTest::newRow("not is_nil") << QStringLiteral("not is_nil(p.published_at)") << QStringLiteral("p|published_at|not is_nil||0");
}

void TestPipeline::conditionsRoundTrip()
{
    QFETCH(QString, expression);
    QFETCH(QString, parts);
    const auto condition = query::Condition::fromExpression(expression);
    QVERIFY(condition);
    QCOMPARE(QStringList({condition->binding, condition->field, condition->op, condition->value,
                          condition->pinned ? QStringLiteral("1") : QStringLiteral("0")}).join(u'|'), parts);
    QCOMPARE(condition->toExpression(), expression);
    QVERIFY(query::Condition::operators().contains(condition->op));
}

void TestPipeline::orderTermsRoundTrip_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("terms");   // direction binding.field, comma-separated; "-" when code
    QTest::addColumn<QString>("written"); // what the form writes back
    QTest::newRow("one field") << QStringLiteral("p.title") << QStringLiteral("asc p.title") << QStringLiteral("[asc: p.title]");
    QTest::newRow("keyword") << QStringLiteral("[desc: p.inserted_at]") << QStringLiteral("desc p.inserted_at")
                             << QStringLiteral("[desc: p.inserted_at]");
    QTest::newRow("mixed list") << QStringLiteral("[p.title, desc_nulls_last: c.id]")
                                << QStringLiteral("asc p.title,desc_nulls_last c.id")
                                << QStringLiteral("[asc: p.title, desc_nulls_last: c.id]");
    QTest::newRow("bare keyword") << QStringLiteral("desc: p.id") << QStringLiteral("desc p.id") << QStringLiteral("[desc: p.id]");
    QTest::newRow("empty") << QStringLiteral("[]") << QString() << QStringLiteral("[]");
    QTest::newRow("unknown direction") << QStringLiteral("[down: p.id]") << QStringLiteral("-") << QString();
    QTest::newRow("fragment") << QStringLiteral("[desc: fragment(\"lower(?)\", p.title)]") << QStringLiteral("-") << QString();
    QTest::newRow("pinned direction") << QStringLiteral("[{^dir, p.id}]") << QStringLiteral("-") << QString();
    QTest::newRow("broken") << QStringLiteral("[desc: ") << QStringLiteral("-") << QString();
}

void TestPipeline::orderTermsRoundTrip()
{
    QFETCH(QString, expression);
    QFETCH(QString, terms);
    QFETCH(QString, written);
    const auto read = query::OrderTerm::fromExpression(expression);
    if (terms == u"-") {
        QVERIFY(!read);
        return;
    }
    QVERIFY(read);
    QStringList parts;
    for (const query::OrderTerm &term : *read)
        parts << term.direction + u' ' + term.binding + u'.' + term.field;
    QCOMPARE(parts.join(u','), terms);
    QCOMPARE(query::OrderTerm::toExpression(*read), written);
    QCOMPARE(query::OrderTerm::fromExpression(written), read); // what the form writes reads back the same
}

void TestPipeline::richerExpressionsAreCode_data()
{
    QTest::addColumn<QString>("expression");
    QTest::newRow("and") << QStringLiteral("p.a == 1 and p.b == 2");
    QTest::newRow("field to field") << QStringLiteral("p.author_id == u.id");
    QTest::newRow("pinned call") << QStringLiteral("p.id == ^String.to_integer(id)");
    QTest::newRow("fragment") << QStringLiteral("fragment(\"lower(?)\", p.title) == \"x\"");
    QTest::newRow("not a condition") << QStringLiteral("p.title");
    QTest::newRow("broken") << QStringLiteral("p.title ==");
}

void TestPipeline::richerExpressionsAreCode()
{
    QFETCH(QString, expression);
    QVERIFY(!query::Condition::fromExpression(expression));
}

void TestPipeline::scopeKnowsTheSchemas()
{
    const project::Project sample = project::ProjectLoader::load(QStringLiteral(ECTOWB_SOURCE_DIR "/resources/sample/blog"));
    QCOMPARE(sample.schemas.size(), 7);
    const auto read = PipelineReader::read(QStringLiteral(
        "from p in Post, join: c in assoc(p, :comments), join: u in assoc(c, :user), left_join: t in \"tags\", "
        "where: u.is_active"));
    QVERIFY(read);
    const query::PipelineScope scope(*read, &sample);
    QCOMPARE(scope.schemaOf(4, QStringLiteral("p"))->module, QStringLiteral("Blog.Post"));
    QCOMPARE(scope.schemaOf(4, QStringLiteral("c"))->module, QStringLiteral("Blog.Comment"));
    QCOMPARE(scope.schemaOf(4, QStringLiteral("u"))->module, QStringLiteral("Blog.User"));
    QVERIFY(!scope.schemaOf(4, QStringLiteral("t")));  // a table, no schema
    QVERIFY(!scope.schemaOf(1, QStringLiteral("u")));  // not bound yet
    QVERIFY(scope.fieldsOf(4, QStringLiteral("c")).contains(u"body"));
    QCOMPARE(scope.fieldsOf(4, QStringLiteral("p")).first(), QStringLiteral("id"));
    const QStringList joins = scope.joinSources(2);
    QVERIFY(joins.contains(u"assoc(p, :comments)") && joins.contains(u"assoc(p, :author)"));
    QVERIFY(joins.contains(u"assoc(c, :user)") && joins.contains(u"User"));
    QVERIFY(!scope.fromSources().contains(u"PostFilter")); // embedded: no table
    QVERIFY(scope.fromSources().contains(u"Tag"));
}

// Every conformance query the composer can show as steps, written back in either
// syntax, renders exactly the SQL and parameters of the source it was read from:
// the steps lose nothing of the query.
void TestPipeline::writtenCodeIsTheSameQuery_data()
{
    QTest::addColumn<QString>("source");
    QFile file(QStringLiteral(ECTOWB_SHARED_DIR "/conformance/queries.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int pipelines = 0;
    while (!file.atEnd()) {
        const QJsonObject row = QJsonDocument::fromJson(file.readLine()).object();
        const QString source = row.value(u"query").toString();
        if (row.value(u"op").toString() != u"all" || !PipelineReader::read(source))
            continue;
        QTest::newRow(qPrintable(row.value(u"id").toString())) << source;
        ++pipelines;
    }
    QVERIFY2(pipelines >= 60, qPrintable(QString::number(pipelines))); // most single queries are pipelines
}

void TestPipeline::writtenCodeIsTheSameQuery()
{
    QFETCH(QString, source);
    static const project::Project blog = project::ProjectLoader::load(QStringLiteral(ECTOWB_SHARED_DIR "/conformance/projects/blog"));
    query::QueryCompiler compiler(blog);
    const auto pipeline = PipelineReader::read(source);
    QVERIFY(pipeline);
    for (const query::Dialect dialect : {query::Dialect::Postgres, query::Dialect::Sqlite}) {
        const query::ComposeResult want = compiler.compose(source, dialect);
        for (const QuerySyntax syntax : {QuerySyntax::Keyword, QuerySyntax::Pipe}) {
            const auto written = PipelineWriter::write(*pipeline, syntax);
            QVERIFY2(written, qPrintable(written.error()));
            const query::ComposeResult got = compiler.compose(*written, dialect);
            QCOMPARE(got.isOk(), want.isOk());
            QCOMPARE(got.statements.size(), want.statements.size());
            for (size_t i = 0; i < want.statements.size(); ++i) {
                QCOMPARE(got.statements[i].sql, want.statements[i].sql);
                QCOMPARE(got.statements[i].params.size(), want.statements[i].params.size());
                for (size_t j = 0; j < want.statements[i].params.size(); ++j)
                    QCOMPARE(got.statements[i].params[j].toElixirString(), want.statements[i].params[j].toElixirString());
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
