// Rows a query returned, turned back into the select's values as Ecto.Repo.Queryable
// does: the planner's select shape (the from binding's columns first), each column
// loaded by its field's type, sources as their schema's structs, nil for a left
// join that matched nothing.
#include "interpreter/interpreter.h"
#include "project/projectloader.h"
#include "query/host/queryresultloader.h"
#include "query/querycompiler.h"

#include <QTest>

using namespace ectowb;
using interpreter::Value;

class TestQueryResultLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rows_data();
    void rows();

private:
    project::Project m_project;
};

void TestQueryResultLoader::initTestCase()
{
    m_project = project::ProjectLoader::load(QStringLiteral(ECTOWB_SOURCE_DIR "/resources/sample/blog"));
    QVERIFY(!m_project.schemas.isEmpty());
}

void TestQueryResultLoader::rows_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<QVariantList>>("rows");
    QTest::addColumn<QStringList>("expected"); // each row's value, inspected, with the structs' fields picked out

    const QVariantList post{qlonglong(1), QStringLiteral("T"), QStringLiteral("B"), QStringLiteral("t"), qlonglong(1),
                            qlonglong(5), QStringLiteral("2024-01-02T03:04:05Z"), QVariant(),
                            QStringLiteral("2024-01-01T00:00:00"), QStringLiteral("2024-01-01T00:00:00")};
    const QVariantList comment{qlonglong(9), QStringLiteral("hi"), qlonglong(0), qlonglong(1), QVariant(),
                               QStringLiteral("2024-01-01T00:00:00"), QStringLiteral("2024-01-01T00:00:00")};
    const QVariantList nothing(7);
    // {c.body, p, %{...}, c, :lit}: the columns are p's ten, c.body, p.title, c.is_approved, then c's seven
    QTest::newRow("tuple with the from binding after a field")
        << QStringLiteral("from p in Post, left_join: c in assoc(p, :comments), "
                          "select: {c.body, p, %{t: p.title, ok: c.is_approved}, c, :lit}")
        << QList<QVariantList>{post + QVariantList{QStringLiteral("hi"), QStringLiteral("T"), qlonglong(0)} + comment,
                               post + QVariantList{QVariant(), QStringLiteral("T"), QVariant()} + nothing}
        << QStringList{QStringLiteral("\"hi\" | %Blog.Post{id: 1, title: \"T\", published: true, view_count: 5, "
                                      "published_at: ~U[2024-01-02 03:04:05Z], author_id: nil} | %{ok: false, t: \"T\"} | "
                                      "%Blog.Comment{id: 9, body: \"hi\", is_approved: false} | :lit"),
                       QStringLiteral("nil | %Blog.Post{id: 1, title: \"T\", published: true, view_count: 5, "
                                      "published_at: ~U[2024-01-02 03:04:05Z], author_id: nil} | %{ok: nil, t: \"T\"} | nil | :lit")};
    QTest::newRow("aggregate typed integer")
        << QStringLiteral("from p in Post, select: count(p.id)") << QList<QVariantList>{{qlonglong(3)}}
        << QStringList{QStringLiteral("3")};
    QTest::newRow("map of a take")
        << QStringLiteral("from p in Post, select: map(p, [:id, :published])")
        << QList<QVariantList>{{qlonglong(4), qlonglong(0)}} << QStringList{QStringLiteral("%{id: 4, published: false}")};
    QTest::newRow("list and literal")
        << QStringLiteral("from p in Post, select: [p.view_count, \"x\", p.slug]")
        << QList<QVariantList>{{qlonglong(2), QStringLiteral("s")}} << QStringList{QStringLiteral("[2, \"x\", \"s\"]")};
}

namespace {

// A struct with only the fields a row decides (its defaults and associations left
// out), so that the expectation reads as the row does.
QString picked(const Value &v)
{
    static const QStringList postFields{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("published"),
                                        QStringLiteral("view_count"), QStringLiteral("published_at"), QStringLiteral("author_id")};
    static const QStringList commentFields{QStringLiteral("id"), QStringLiteral("body"), QStringLiteral("is_approved")};
    if (!v.isStruct() || (v.structName() != u"Blog.Post" && v.structName() != u"Blog.Comment"))
        return v.inspect();
    QStringList parts;
    for (const QString &f : v.structName() == u"Blog.Post" ? postFields : commentFields)
        parts << f + QStringLiteral(": ") + v.get(f).value_or(Value::atom(QStringLiteral("missing"))).inspect();
    return QStringLiteral("%%1{%2}").arg(v.structName(), parts.join(QLatin1String(", ")));
}

} // namespace

void TestQueryResultLoader::rows()
{
    QFETCH(QString, query);
    QFETCH(QList<QVariantList>, rows);
    QFETCH(QStringList, expected);
    query::QueryCompiler compiler(m_project);
    const query::ComposeResult r = compiler.compose(query, db::Dialect::Sqlite);
    QVERIFY2(r.isOk(), qPrintable(r.errors.empty() ? QString() : r.errors.front().message));
    QCOMPARE(r.statements.size(), size_t(1));
    QVERIFY(r.statements.front().shape);
    interpreter::Interpreter interpreter(m_project.modules);
    db::QueryRows read;
    read.rows = rows;
    const Result<std::vector<Value>> values = query::QueryResultLoader::load(*r.statements.front().shape, read,
                                                                            db::Dialect::Sqlite, interpreter);
    QVERIFY2(values, qPrintable(values ? QString() : values.error()));
    QStringList got;
    for (const Value &v : *values) {
        if (!v.isTuple()) {
            got << picked(v);
            continue;
        }
        QStringList items;
        for (const Value &e : v.elements())
            items << picked(e);
        got << items.join(QLatin1String(" | "));
    }
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestQueryResultLoader)
#include "tst_queryresultloader.moc"
