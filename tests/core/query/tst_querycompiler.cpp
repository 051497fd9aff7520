// Test tables are written as plain string literals.
#undef QT_NO_CAST_FROM_ASCII
// The composer API on the bundled sample: Elixir features inside query sources
// (checked differentially: a source must give exactly what the plain query
// gives), the Blog.Posts context module, errors with positions, open parameters,
// the preload queries and how pins of each Ecto type are cast and dumped.
#include "value/termjson.h"
#include "elixir/reader.h"
#include "project/projectloader.h"
#include "query/querycompiler.h"

#include <QTest>

using namespace ectowb;
using namespace ectowb::query;
using value::Term;
using value::TermJson;

namespace {

QString describe(const ComposeResult &r)
{
    if (!r.isOk())
        return "error: " + r.errors.front().message;
    QStringList out;
    for (const Statement &s : r.statements)
        out << s.sql + "  " + QString::fromUtf8(TermJson::write(Term::list(s.params)));
    return out.join('\n');
}

Term json(const char *text)
{
    return *TermJson::parse(QByteArray(text));
}

} // namespace

class TestQueryCompiler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        project::Project project = project::ProjectLoader::load(QStringLiteral(ECTOWB_SOURCE_DIR "/resources/sample/blog"));
        QVERIFY(project.errors.isEmpty());
        m_composer = std::make_unique<QueryCompiler>(std::move(project));
    }

    void sameAsPlainQuery_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("plain");
        QTest::newRow("variables and pipes")
            << "min = 10\nbase = from p in Post\nbase |> where([p], p.view_count > ^min)"
            << "from p in Post, where: p.view_count > ^10";
        QTest::newRow("if") << "only_published = true\nq = from p in Post\nif only_published, do: where(q, [p], p.published), else: q"
                            << "from p in Post, where: p.published";
        QTest::newRow("cond and case")
            << "sort = \"views\"\ndir = cond do\n  sort == \"views\" -> :desc\n  true -> :asc\nend\n"
               "field = case sort do\n  \"views\" -> :view_count\n  _ -> :title\nend\n"
               "from p in Post, order_by: [{^dir, ^field}]"
            << "from p in Post, order_by: [desc: p.view_count]";
        QTest::newRow("pattern matching") << "{:ok, %{author: id}} = {:ok, %{author: 7}}\n[first | _] = [3, 4]\n"
                                             "from p in Post, where: p.author_id == ^id and p.view_count > ^first"
                                          << "from p in Post, where: p.author_id == ^7 and p.view_count > ^3";
        QTest::newRow("Enum, Map, Keyword, String")
            << "ids = Enum.map([\"1\", \"2\", \"3\"], &String.to_integer/1) |> Enum.filter(&(&1 > 1))\n"
               "opts = Keyword.merge([limit: 5], limit: 3)\nname = %{\"q\" => \"  Ann \"} |> Map.get(\"q\") |> String.trim()\n"
               "from u in User, where: u.id in ^ids and u.name == ^name, limit: ^Keyword.get(opts, :limit)"
            << "from u in User, where: u.id in ^[2, 3] and u.name == ^\"Ann\", limit: ^3";
        QTest::newRow("closures") << "by = fn q, field, value -> where(q, [x], field(x, ^field) == ^value) end\n"
                                     "Post |> by.(:slug, \"a\") |> by.(:author_id, 2)"
                                  << "from p in Post, where: p.slug == ^\"a\", where: p.author_id == ^2";
        QTest::newRow("reduce to dynamic")
            << "filters = [published: true, author_id: 4, junk: 1]\n"
               "cond = Enum.reduce(filters, dynamic(true), fn\n"
               "  {:published, v}, acc -> dynamic([p], ^acc and p.published == ^v)\n"
               "  {:author_id, v}, acc -> dynamic([p], ^acc and p.author_id == ^v)\n"
               "  _, acc -> acc\nend)\nfrom p in Post, where: ^cond"
            << "from p in Post, where: true and p.published == ^true and p.author_id == ^4";
        QTest::newRow("dynamic with named and positional bindings")
            << "d1 = dynamic([author: a], a.is_active)\nd2 = dynamic([p], ^d1 or p.view_count > 3)\n"
               "from p in Post, join: a in assoc(p, :author), as: :author, where: ^d2"
            << "from p in Post, join: a in assoc(p, :author), as: :author, where: a.is_active or p.view_count > 3";
        QTest::newRow("dynamic from the end") << "d = dynamic([..., c], c.is_approved)\n"
                                                 "from p in Post, join: u in assoc(p, :author), join: c in assoc(p, :comments), where: ^d"
                                              << "from p in Post, join: u in assoc(p, :author), join: c in assoc(p, :comments), where: c.is_approved";
        QTest::newRow("for comprehension") << "fields = for f <- [\"id\", \"title\"], do: String.to_atom(f)\nfrom p in Post, select: map(p, ^fields)"
                                           << "from p in Post, select: map(p, [:id, :title])";
        QTest::newRow("string interpolation") << "term = \"ecto\"\nfrom t in Tag, where: like(t.name, ^\"%#{term}%\")"
                                              << "from t in Tag, where: like(t.name, ^\"%ecto%\")";
        QTest::newRow("with_named_binding") << "Post |> from(as: :post) |> with_named_binding(:author, fn q, b -> join(q, :left, [post: p], a in assoc(p, :author), as: ^b) end) |> with_named_binding(:author, fn q, _ -> where(q, false) end)"
                                            << "from p in Post, as: :post, left_join: a in assoc(p, :author), as: :author";
        QTest::newRow("context: posts_query")
            << "Blog.Posts.posts_query(published: true, limit: 5, bogus: 1)"
            << "from(p in Post, as: :post) |> where([post: p], p.published == ^true) |> order_by([post: p], desc: p.inserted_at, desc: p.id) |> limit(^5)";
        QTest::newRow("context: tag and search filters")
            << "Blog.Posts.posts_query(tag: \"ecto\", search: \"x\", order: :popular)"
            << "from(p in Post, as: :post, join: t in assoc(p, :tags), as: :tag, where: t.slug == ^\"ecto\", "
               "where: like(p.title, ^\"%x%\") or like(p.body, ^\"%x%\"), order_by: [desc: p.view_count], limit: ^20)";
        QTest::newRow("context: unknown order falls back")
            << "Blog.Posts.posts_query(order: :sideways)" << "Blog.Posts.posts_query(order: :newest)";
        QTest::newRow("context: search form params")
            << "Blog.Posts.search(%{\"author_id\" => \"3\", \"published\" => \"true\", \"page\" => \"2\"})"
            << "from p in Post, as: :post, where: true and p.author_id == ^3 and p.published, order_by: [desc: p.inserted_at]";
        QTest::newRow("context: Repo.all through a context")
            << "Blog.Posts.list_posts(author_id: 9)" << "Repo.all(Blog.Posts.posts_query(author_id: 9))";
        QTest::newRow("context: update_all") << "Blog.Posts.unpublish_author(3)"
                                             << "Repo.update_all(from(p in Post, where: p.author_id == ^3), set: [published: false])";
    }

    void sameAsPlainQuery()
    {
        QFETCH(QString, source);
        QFETCH(QString, plain);
        for (Dialect d : {Dialect::Postgres, Dialect::Sqlite}) {
            const ComposeResult a = m_composer->compose(source, d);
            const ComposeResult b = m_composer->compose(plain, d);
            QVERIFY2(a.isOk(), qPrintable(describe(a)));
            QVERIFY2(b.isOk(), qPrintable(describe(b)));
            QCOMPARE(describe(a), describe(b));
        }
    }

    void errors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column"); // Elixir's meta column: an operator, a remote call's name
        QTest::newRow("I/O") << "path = \"x\"\nbody = File.read!(path)\nfrom p in Post, where: p.body == ^body"
                             << "cannot evaluate File.read!/1 (I/O)" << 2 << 13;
        QTest::newRow("processes") << "send(self(), :hi)" << "(processes)" << 1 << 6;
        QTest::newRow("unknown module") << "Blog.Nope.query()" << "unknown module Blog.Nope" << 1 << 11;
        QTest::newRow("syntax") << "from p in Post, where: p.id ==" << "SyntaxError" << 1 << 0;
        QTest::newRow("not a queryable") << "from p in Nope, select: p" << "Ecto.Queryable not implemented for Nope" << 1 << 1;
        QTest::newRow("unknown field") << "from p in Post,\n  where: p.titel == \"x\"" << "field `titel` in `where` does not exist in schema Blog.Post" << 2 << 18;
        QTest::newRow("unknown association") << "from p in Post, join: x in assoc(p, :likes)" << "could not find association `likes`" << 1 << 25;
        QTest::newRow("unbound query variable") << "from p in Post, where: q.id == 1" << "unbound variable `q` in query" << 1 << 24;
        QTest::newRow("function call in a query") << "from p in Post, where: p.title == String.upcase(\"a\")" << "not a valid query expression" << 1 << 0;
        QTest::newRow("nil comparison") << "from p in Post, where: p.slug == nil" << "comparison with nil is forbidden" << 1 << 31;
        QTest::newRow("cast error") << "from p in Post, where: p.id == ^\"seven\"" << "Ecto.Query.CastError" << 1 << 29;
        QTest::newRow("named binding missing") << "from p in Post, where: as(:author).id == 1" << "could not find named binding `as(:author)`" << 1 << 39;
        QTest::newRow("two selects") << "from p in Post, select: p.id, select: p.title" << "only one select expression" << 1 << 0;
        QTest::newRow("private context function") << "Blog.Posts.filter({:author_id, 1}, Post)" << "is private" << 1 << 12;
        QTest::newRow("no function clause") << "Blog.Posts.get_post_by_slug(42)" << "no function clause matching" << 1 << 12;
        QTest::newRow("not a query") << "1 + 1" << "not a query" << 0 << 0;
    }

    void errors()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        const ComposeResult r = m_composer->compose(source, Dialect::Postgres);
        QVERIFY2(!r.isOk(), qPrintable(describe(r)));
        QVERIFY(r.statements.empty());
        const ComposerError &e = r.errors.front();
        // The text a person reads: the exception module in the banner, never in the message.
        QVERIFY2(e.text().contains(message), qPrintable(e.text()));
        QVERIFY2(e.kind.isEmpty() || !e.message.contains(e.kind), qPrintable(e.message));
        QCOMPARE(e.pos.line, line);
        if (column > 0)
            QCOMPARE(e.pos.column, column);
        QVERIFY2(!e.message.contains(" at line "), qPrintable(e.message));
    }

    void openParameters()
    {
        const QString source = "from p in Post,\n  where: p.author_id == ^user_id and p.id in ^ids,\n  limit: ^n";
        const Evaluation evaluation = m_composer->evaluate(source);
        QVERIFY(!evaluation.error);
        QCOMPARE(int(evaluation.open.size()), 3);

        const ComposeResult open = m_composer->render(evaluation, Dialect::Sqlite);
        QVERIFY2(open.isOk(), qPrintable(describe(open)));
        QCOMPARE(int(open.openParameters.size()), 3);
        const OpenParameterInfo &user = open.openParameters[0];
        QCOMPARE(user.name, QStringLiteral("user_id"));
        QCOMPARE(user.type, QStringLiteral(":id"));
        QCOMPARE(user.pos.line, 2);
        QCOMPARE(user.pos.column, 25); // the `^`, as Elixir reports it
        QVERIFY(!user.supplied);
        QCOMPARE(open.openParameters[1].type, QStringLiteral("{:array, :id}"));
        QCOMPARE(open.openParameters[2].type, QStringLiteral(":integer"));
        QVERIFY2(open.statements[0].sql.contains("AND p0.\"id\" IN (?))"), qPrintable(open.statements[0].sql));

        // supplying values re-plans the same evaluation: cast by type, the list spread over placeholders
        const QHash<QString, Term> values{{"user_id", Term::string("12")}, {"ids", json("[1, \"2\", 3]")}, {"n", Term::integer(5)}};
        const ComposeResult sqlite = m_composer->render(evaluation, Dialect::Sqlite, Operation::All, values);
        QVERIFY2(sqlite.isOk(), qPrintable(describe(sqlite)));
        QVERIFY(sqlite.statements[0].sql.contains("AND p0.\"id\" IN (?,?,?))"));
        QCOMPARE(QString::fromUtf8(TermJson::write(Term::list(sqlite.statements[0].params))), QStringLiteral("[12,1,2,3,5]"));
        QVERIFY(std::all_of(sqlite.openParameters.begin(), sqlite.openParameters.end(), [](const auto &p) { return p.supplied; }));
        const ComposeResult postgres = m_composer->render(evaluation, Dialect::Postgres, Operation::All, values);
        QVERIFY(postgres.statements[0].sql.contains("AND p0.\"id\" = ANY($2))"));
        QCOMPARE(QString::fromUtf8(TermJson::write(Term::list(postgres.statements[0].params))), QStringLiteral("[12,[1,2,3],5]"));

        // a value of the wrong type is Ecto's cast error
        const ComposeResult wrong = m_composer->render(evaluation, Dialect::Postgres, Operation::All, {{"user_id", Term::string("twelve")}});
        QVERIFY(!wrong.isOk());
        QVERIFY2(wrong.errors.front().message.contains("cannot be cast to type :id"), qPrintable(wrong.errors.front().message));

        // the same through compose/4, and in a context function's own pins nothing is open
        const ComposeResult filled = m_composer->compose(source, Dialect::Postgres, Operation::All, values);
        QCOMPARE(describe(filled), describe(postgres));
        QVERIFY(m_composer->compose("Blog.Posts.posts_query(author_id: 1)", Dialect::Postgres).openParameters.empty());
    }

    void preloads()
    {
        const Evaluation e = m_composer->evaluate("from p in Post, join: c in assoc(p, :comments), preload: [:tags, comments: {c, :user}, author: :profile]");
        QVERIFY(!e.error);
        Result<std::vector<PreloadStatement>> pre = m_composer->preloads(e, Dialect::Postgres);
        QVERIFY2(pre.isOk(), qPrintable(pre.error()));
        QStringList paths;
        for (const PreloadStatement &p : *pre)
            paths << p.path + "(" + p.keys + ")";
        QCOMPARE(paths, (QStringList{"tags(post_ids)", "comments.user(comment_user_ids)", "author(post_author_ids)",
                                     "author.profile(user_ids)"}));
        // each is the query Repo.preload sends for several parents
        const ComposeResult tags = m_composer->compose("Repo.preload([%Post{id: 1}, %Post{id: 2}], :tags)", Dialect::Postgres);
        QVERIFY2(tags.isOk(), qPrintable(describe(tags)));
        QCOMPARE((*pre)[0].statement.sql, tags.statements[0].sql);
        const ComposeResult profiles = m_composer->compose("Repo.preload([%User{id: 1}, %User{id: 2}], :profile)", Dialect::Postgres);
        QCOMPARE((*pre)[3].statement.sql, profiles.statements[0].sql);
        // and the preload clause never changes the query itself
        const ComposeResult main = m_composer->render(e, Dialect::Postgres);
        const ComposeResult without = m_composer->compose("from p in Post, join: c in assoc(p, :comments), select: {p, c}", Dialect::Postgres);
        QCOMPARE(main.statements[0].sql, without.statements[0].sql);
        // a custom preload query keeps its filters and orders by the key first
        const Evaluation custom = m_composer->evaluate("approved = from c in Comment, where: c.is_approved, order_by: c.inserted_at\nfrom p in Post, preload: [comments: ^approved]");
        Result<std::vector<PreloadStatement>> c = m_composer->preloads(custom, Dialect::Sqlite);
        QVERIFY2(c.isOk(), qPrintable(c.error()));
        QVERIFY2(c->front().statement.sql.endsWith("WHERE (c0.\"is_approved\") AND (c0.\"post_id\" IN (?)) ORDER BY c0.\"post_id\", c0.\"inserted_at\""),
                 qPrintable(c->front().statement.sql));
    }

    void pinnedTypes_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("postgres");
        QTest::addColumn<QString>("sqlite");
        QTest::newRow("integer from string") << "type(^\"42\", :integer)" << "42" << "42";
        QTest::newRow("float from integer") << "type(^3, :float)" << "3.0" << "3.0";
        QTest::newRow("string") << "type(^\"é\", :string)" << "\"é\"" << "\"é\"";
        QTest::newRow("boolean") << "type(^\"true\", :boolean)" << "true" << "1";
        QTest::newRow("decimal") << "type(^Decimal.new(\"1.50\"), :decimal)" << "{\"$decimal\":\"1.50\"}" << "\"1.50\"";
        QTest::newRow("decimal from float") << "type(^2.5, :decimal)" << "{\"$decimal\":\"2.5\"}" << "\"2.5\"";
        QTest::newRow("date from string") << "type(^\"2024-02-29\", :date)" << "\"2024-02-29\"" << "\"2024-02-29\"";
        QTest::newRow("time") << "type(^~T[10:20:30], :time)" << "\"10:20:30\"" << "\"10:20:30\"";
        QTest::newRow("naive datetime truncated") << "type(^~N[2024-01-01 10:00:00.123456], :naive_datetime)"
                                                  << "\"2024-01-01T10:00:00\"" << "\"2024-01-01T10:00:00\"";
        QTest::newRow("naive datetime usec") << "type(^~N[2024-01-01 10:00:00], :naive_datetime_usec)"
                                             << "\"2024-01-01T10:00:00.000000\"" << "\"2024-01-01T10:00:00.000000\"";
        QTest::newRow("utc datetime from naive") << "type(^~N[2024-01-01 10:00:00], :utc_datetime)"
                                                 << "\"2024-01-01T10:00:00Z\"" << "\"2024-01-01T10:00:00Z\"";
        QTest::newRow("map") << "type(^%{\"a\" => 1}, :map)" << "{\"a\":1}" << "\"{\\\"a\\\":1}\"";
        QTest::newRow("array") << "type(^[1, 2], {:array, :integer})" << "[1,2]" << "\"[1,2]\"";
        // Ecto.UUID stays the type: Ecto.UUID.cast/1 downcases, then PostgreSQL's dumpers
        // end in Ecto.UUID.dump/1 (16 bytes) and ecto_sqlite3 keeps the text.
        QTest::newRow("Ecto.UUID") << "type(^\"9E8D7C6B-5A49-4382-B716-05F4E3D2C1B0\", Ecto.UUID)"
                                   << "{\"$binary_hex\":\"9e8d7c6b5a494382b71605f4e3d2c1b0\"}"
                                   << "\"9e8d7c6b-5a49-4382-b716-05f4e3d2c1b0\"";
        QTest::newRow("array of Ecto.UUID") << "type(^[\"9e8d7c6b-5a49-4382-b716-05f4e3d2c1b0\"], {:array, Ecto.UUID})"
                                            << "[{\"$binary_hex\":\"9e8d7c6b5a494382b71605f4e3d2c1b0\"}]"
                                            << "\"[\\\"9e8d7c6b-5a49-4382-b716-05f4e3d2c1b0\\\"]\"";
        QTest::newRow("untyped nil in fragment") << "fragment(\"coalesce(?, 0)\", ^nil)" << "null" << "null";
        QTest::newRow("untyped boolean stays") << "fragment(\"?\", ^true)" << "true" << "true";
        QTest::newRow("field type: utc_datetime") << "p.published_at > ^~U[2024-05-01 10:00:00.5Z] and true"
                                                  << "\"2024-05-01T10:00:00Z\"" << "\"2024-05-01T10:00:00Z\"";
        QTest::newRow("field type: boolean") << "p.published == ^false" << "false" << "0";
        QTest::newRow("field type: id from string") << "p.author_id == ^\"17\"" << "17" << "17";
        // Ecto's cast_integer/1 takes any integer; binding it is the adapter's matter.
        QTest::newRow("integer past 64 bits") << "p.view_count == ^99999999999999999999" << "99999999999999999999"
                                              << "99999999999999999999";
        QTest::newRow("integer past 64 bits from string") << "type(^\"-99999999999999999999\", :integer)"
                                                          << "-99999999999999999999" << "-99999999999999999999";
    }

    void pinnedTypes()
    {
        QFETCH(QString, pin);
        QFETCH(QString, postgres);
        QFETCH(QString, sqlite);
        const QString source = "from p in Post, where: " + pin + ", select: p.id";
        for (Dialect d : {Dialect::Postgres, Dialect::Sqlite}) {
            const ComposeResult r = m_composer->compose(source, d);
            QVERIFY2(r.isOk(), qPrintable(describe(r)));
            QCOMPARE(QString::fromUtf8(TermJson::write(Term::list(r.statements[0].params))),
                     "[" + (d == Dialect::Postgres ? postgres : sqlite) + "]");
        }
    }

    void castErrors_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::newRow("integer") << "type(^\"4x\", :integer)";
        QTest::newRow("date") << "type(^\"2024-02-30\", :date)";
        QTest::newRow("boolean") << "p.published == ^\"maybe\"";
        QTest::newRow("string") << "p.title == ^42";
        QTest::newRow("literal of the wrong kind") << "p.view_count == \"many\"";
        QTest::newRow("Ecto.UUID") << "type(^\"not-a-uuid\", Ecto.UUID)";
    }

    void castErrors()
    {
        QFETCH(QString, pin);
        const ComposeResult r = m_composer->compose("from p in Post, where: " + pin, Dialect::Postgres);
        QVERIFY2(!r.isOk(), qPrintable(describe(r)));
        QCOMPARE(r.errors.front().kind, QStringLiteral("Ecto.Query.CastError"));
        QVERIFY2(!r.errors.front().message.startsWith(QLatin1String("Ecto.")), qPrintable(r.errors.front().message));
        QVERIFY2(r.errors.front().text().startsWith(QLatin1String("** (Ecto.Query.CastError) ")), qPrintable(r.errors.front().text()));
    }

    // type/2 casts in SQL to Ecto.Type.type/1 of the type it keeps: Ecto.UUID is :uuid.
    void ectoUuidCast()
    {
        const QString source = "from p in Post, where: p.slug == type(^\"9e8d7c6b-5a49-4382-b716-05f4e3d2c1b0\", Ecto.UUID) "
                               "or fragment(\"? = ANY(?)\", p.slug, type(^[], {:array, Ecto.UUID})), select: p.id";
        const ComposeResult postgres = m_composer->compose(source, Dialect::Postgres);
        QVERIFY2(postgres.isOk(), qPrintable(describe(postgres)));
        const QString pgSql = postgres.statements[0].sql;
        QVERIFY2(pgSql.contains("(p0.\"slug\" = $1::uuid)") && pgSql.contains("ANY($2::uuid[])"), qPrintable(pgSql));
        const ComposeResult sqlite = m_composer->compose(source, Dialect::Sqlite);
        QVERIFY2(sqlite.isOk(), qPrintable(describe(sqlite)));
        QVERIFY2(sqlite.statements[0].sql.contains("(p0.\"slug\" = CAST(? AS TEXT))"), qPrintable(sqlite.statements[0].sql));
    }

    // A literal past 64 bits goes into PostgreSQL's SQL as its digits, as Ecto's
    // Integer.to_string/1 writes it; SQLite would read it as a float, so it is refused.
    void bigIntegerLiteral_data()
    {
        QTest::addColumn<QString>("literal");
        QTest::newRow("positive") << "99999999999999999999";
        QTest::newRow("just past int64") << "9223372036854775808";
    }

    void bigIntegerLiteral()
    {
        QFETCH(QString, literal);
        const QString source = "from p in Post, where: p.view_count < " + literal + ", select: p.id";
        const ComposeResult pg = m_composer->compose(source, Dialect::Postgres);
        QVERIFY2(pg.isOk(), qPrintable(describe(pg)));
        QVERIFY2(pg.statements[0].sql.contains("p0.\"view_count\" < " + literal), qPrintable(pg.statements[0].sql));
        const ComposeResult lite = m_composer->compose(source, Dialect::Sqlite);
        QVERIFY(!lite.isOk());
        QVERIFY2(lite.errors.front().message.contains("does not fit SQLite's 64-bit integers"),
                 qPrintable(lite.errors.front().message));
    }

    void raisedAfterSend()
    {
        const ComposeResult r = m_composer->compose("Repo.get!(Post, 1)\nRepo.all(Post)", Dialect::Sqlite);
        QVERIFY(r.isOk());
        QCOMPARE(int(r.statements.size()), 1); // evaluation stops where Ecto raises
        QCOMPARE(r.raisedAfterSend, QStringLiteral("Ecto.NoResultsError"));
        const ComposeResult multi = m_composer->compose(
            "Ecto.Multi.new()\n|> Ecto.Multi.insert(:t, %Tag{name: \"a\", slug: \"a\"})\n"
            "|> Ecto.Multi.delete_all(:c, Comment)\n|> Repo.transaction()",
            Dialect::Sqlite);
        QCOMPARE(int(multi.statements.size()), 1);
        QCOMPARE(multi.raisedAfterSend, QStringLiteral("Ecto.StaleEntryError"));
    }

    void astInput()
    {
        // an already parsed source (the composer's own AST) gives the same as the text
        const QString text = "q = from p in Post, where: p.id == ^id\nselect(q, [p], p.title)";
        const elixir::ParseResult parsed = elixir::Reader::parse(text.toUtf8());
        QVERIFY(parsed.isValid());
        const QHash<QString, Term> values{{"id", Term::integer(3)}};
        const ComposeResult fromAst = m_composer->compose(parsed.ast, Dialect::Postgres, Operation::All, values);
        QVERIFY2(fromAst.isOk(), qPrintable(describe(fromAst)));
        QCOMPARE(describe(fromAst), describe(m_composer->compose(text, Dialect::Postgres, Operation::All, values)));
        QCOMPARE(fromAst.statements[0].sql, QStringLiteral("SELECT p0.\"title\" FROM \"posts\" AS p0 WHERE (p0.\"id\" = $1)"));
    }

private:
    std::unique_ptr<QueryCompiler> m_composer;
};

QTEST_GUILESS_MAIN(TestQueryCompiler)
#include "tst_querycompiler.moc"
