// SourcePrinter must print code that reads back to the same AST (our reader and
// Elixir itself agree), and print common Elixir and Ecto forms the way people
// (and Macro.to_string/1) write them.

#include "elixircorpus.h"
#include "elixir/quotedprinter.h"
#include "elixir/reader.h"
#include "elixir/sourceprinter.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ectowb::elixir;
using namespace ectowb::tests;

class TestSourcePrinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void roundTripThroughElixir();
    void printsConventionally_data();
    void printsConventionally();
    void buildsEctoQueriesFromValues();
};

void TestSourcePrinter::roundTrip_data()
{
    QTest::addColumn<QString>("source");
    const QList<CorpusFile> files = corpusFiles();
    QVERIFY(files.size() >= 340);
    for (const CorpusFile &file : files)
        QTest::newRow(qPrintable(file.tag)) << file.source;
}

void TestSourcePrinter::roundTrip()
{
    QFETCH(QString, source);
    const ParseResult original = Reader::parseFile(source);
    QVERIFY2(original.isValid(), qPrintable(original.error ? original.error->toString() : QString()));
    const QString printed = SourcePrinter::print(original.ast);
    const ParseResult again = Reader::parse(printed.toUtf8(), QStringLiteral("printed"));
    QVERIFY2(again.isValid(), qPrintable(QStringLiteral("printed code does not parse: %1\n%2")
                                             .arg(again.error ? again.error->toString() : QString(), printed)));
    if (again.ast != original.ast) {
        const QByteArray diff = describeDifference(QuotedPrinter::inspect(again.ast), QuotedPrinter::inspect(original.ast));
        QFAIL(qPrintable(QStringLiteral("reads back differently: %1\n--- printed:\n%2")
                             .arg(QString::fromUtf8(diff), printed.left(1500))));
    }
    // Printing is a fixed point: the reprint of what we printed is the same text.
    QCOMPARE(SourcePrinter::print(again.ast), printed);
}

// The same round trip with Elixir as the reader, so a bug shared by our printer
// and our reader cannot hide: Elixir must read the printed code into the golden.
void TestSourcePrinter::roundTripThroughElixir()
{
    if (QStringLiteral(ECTOWB_ELIXIR).isEmpty())
        QSKIP("elixir is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList args{corpusDataDir() + QStringLiteral("/quoted_batch.exs")};
    QHash<QString, QString> goldenOf;
    int n = 0;
    for (const CorpusFile &file : corpusFiles()) {
        const ParseResult parsed = Reader::parseFile(file.source);
        if (!parsed.isValid())
            continue; // reported by roundTrip()
        const QString path = dir.filePath(QStringLiteral("f%1.exs").arg(n++));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(SourcePrinter::print(parsed.ast).toUtf8());
        args << path;
        goldenOf.insert(path, file.tag + u'\t' + file.golden);
    }
    QProcess elixir;
    elixir.start(QStringLiteral(ECTOWB_ELIXIR), args);
    if (!elixir.waitForStarted(10000))
        QSKIP("elixir could not be started");
    QVERIFY(elixir.waitForFinished(300000));
    const QByteArray out = elixir.readAllStandardOutput();

    QStringList failures;
    qsizetype at = 0;
    int records = 0;
    while (at < out.size()) {
        const qsizetype eol = out.indexOf('\n', at);
        QVERIFY(eol > at);
        const QList<QByteArray> header = out.mid(at, eol - at).split(' ');
        QVERIFY(header.size() == 3);
        const QByteArray payload = out.mid(eol + 1, header[1].toLongLong());
        at = eol + 1 + payload.size();
        ++records;
        const QStringList tagAndGolden = goldenOf.value(QString::fromUtf8(header[2])).split(u'\t');
        QVERIFY(tagAndGolden.size() == 2);
        if (header[0] != "ok" || payload != readAll(tagAndGolden[1]))
            failures << tagAndGolden[0];
    }
    QCOMPARE(records, n);
    QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 printed files read differently by Elixir: %2")
                                                .arg(failures.size()).arg(failures.join(u' '))));
}

void TestSourcePrinter::printsConventionally_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *tag, const char *source, const char *expected) {
        QTest::newRow(tag) << QString::fromUtf8(source) << QString::fromUtf8(expected);
    };
    // Expected texts follow Macro.to_string/1 of Elixir 1.14, except that calls
    // which Elixir's and Ecto's formatter configs write without parentheses
    // (`from`, `field`, `add`...) are printed without them at statement level.
    row("from keyword query", "from(p in Post, where: p.published == true, select: p.title)",
        "from p in Post, where: p.published == true, select: p.title");
    row("from in argument", "Repo.all(from u in User, where: u.age > ^age)",
        "Repo.all(from(u in User, where: u.age > ^age))");
    row("short pipeline", "Post |> where([p], p.x > ^min) |> select([p], p.title)",
        "Post |> where([p], p.x > ^min) |> select([p], p.title)");
    row("long pipeline",
        "Post |> join(:inner, [p], c in assoc(p, :comments)) |> where([p, c], c.score > ^min_score and p.published) |> order_by([p], desc: p.inserted_at) |> select([p, c], {p.title, count(c.id)})",
        "Post\n|> join(:inner, [p], c in assoc(p, :comments))\n|> where([p, c], c.score > ^min_score and p.published)\n"
        "|> order_by([p], desc: p.inserted_at)\n|> select([p, c], {p.title, count(c.id)})");
    row("long from", "query = from(u in User, join: p in assoc(u, :posts), where: p.x == ^x and u.active, order_by: [desc: u.inserted_at], limit: 10, select: {u.id, p.id})",
        "query =\n  from u in User,\n    join: p in assoc(u, :posts),\n    where: p.x == ^x and u.active,\n"
        "    order_by: [desc: u.inserted_at],\n    limit: 10,\n    select: {u.id, p.id}");
    row("def with guard", "def f(x) when x > 0, do: x + 1", "def f(x) when x > 0 do\n  x + 1\nend");
    row("if else", "if a, do: b, else: c", "if a do\n  b\nelse\n  c\nend");
    row("case clauses", "case x do\n 1 -> :a\n _ -> b = 2; b\nend",
        "case x do\n  1 ->\n    :a\n\n  _ ->\n    b = 2\n    b\nend");
    row("fn one clause", "fn x, y -> x + y end", "fn x, y -> x + y end");
    row("fn clauses", "fn 0 -> :z; n -> n end", "fn\n  0 -> :z\n  n -> n\nend");
    row("capture expression", "&(&1 * 2)", "&(&1 * 2)");
    row("capture function", "&String.upcase/1", "&String.upcase/1");
    row("capture local", "&is_nil/1", "&is_nil/1");
    row("map", "%{\"b\" => 2, a: 1}", "%{\"b\" => 2, a: 1}");
    row("struct update", "%User{user | name: \"x\"}", "%User{user | name: \"x\"}");
    row("map update", "%{m | a: 1}", "%{m | a: 1}");
    row("tuple", "{1, 2, 3}", "{1, 2, 3}");
    row("keyword list", "[{:a, 1}, {:b, 2}]", "[a: 1, b: 2]");
    row("trailing keywords", "foo(1, [a: 2])", "foo(1, a: 2)");
    row("binary", "<<a::8, b::binary-size(4)>>", "<<a::8, b::binary-size(4)>>");
    row("string escapes", "\"a #{b} \\n \\\" c\"", "\"a #{b} \\n \\\" c\"");
    row("quoted atom", ":\"foo bar\"", ":\"foo bar\"");
    row("multi alias", "alias A.{B, C}", "alias A.{B, C}");
    row("module call", "__MODULE__.x()", "__MODULE__.x()");
    row("regex sigil", "~r/ab+/i", "~r/ab+/i");
    row("date sigil", "~D[2024-01-01]", "~D[2024-01-01]");
    row("spec", "@spec f(integer) :: :ok", "@spec f(integer) :: :ok");
    row("access", "map[:a]", "map[:a]");
    row("field access", "user.name", "user.name");
    row("remote without args", "Mod.fun", "Mod.fun()");
    row("quote unquote", "quote do: unquote(x) + 1", "quote do\n  unquote(x) + 1\nend");
    row("not in", "x not in [1]", "x not in [1]");
    row("stepped range", "a..b//c", "a..b//c");
    row("unary", "-x + !y", "-x + !y");
    row("minimal parens", "(a + b) * c - (b - c)", "(a + b) * c - (b - c)");
    row("right assoc", "(a ++ b) ++ c", "(a ++ b) ++ c");
    row("capture in operands", "a = &foo/1", "a = &foo/1");
    row("pinned", "^x", "^x");
    row("module",
        "defmodule A do\n  use B\n  alias C\n  def f, do: 1\n  @doc \"g\"\n  defp g(x) do\n    x\n  end\nend",
        "defmodule A do\n  use B\n  alias C\n\n  def f do\n    1\n  end\n\n  @doc \"g\"\n  defp g(x) do\n    x\n  end\nend");
    row("schema", "schema \"posts\" do\n field :title, :string\n belongs_to :author, User\n timestamps()\nend",
        "schema \"posts\" do\n  field :title, :string\n  belongs_to :author, User\n  timestamps()\nend");
    row("migration", "create table(:posts) do\n add :title, :string, null: false\nend",
        "create table(:posts) do\n  add :title, :string, null: false\nend");
    row("try", "try do x rescue e -> e after y end", "try do\n  x\nrescue\n  e -> e\nafter\n  y\nend");
    row("with else", "with {:ok, a} <- f(), {:ok, b} <- g(a) do a + b else _ -> :error end",
        "with {:ok, a} <- f(), {:ok, b} <- g(a) do\n  a + b\nelse\n  _ -> :error\nend");
    row("float", "x = 1.0e10", "x = 1.0e10");
    row("charlist interpolation", "x = 'a#{b}c'", "x = 'a#{b}c'");
    row("attribute doc", "@doc \"hi\"", "@doc \"hi\"");
    row("word sigil", "~w(a b)a", "~w(a b)a");
}

void TestSourcePrinter::printsConventionally()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const ParseResult parsed = Reader::parse(source.toUtf8());
    QVERIFY(parsed.isValid());
    QCOMPARE(SourcePrinter::print(parsed.ast), expected);
}

// The composer builds ASTs from values, not from text; the printer must
// produce the usual query code for them.
void TestSourcePrinter::buildsEctoQueriesFromValues()
{
    const auto var = [](const char *name) { return Ast::variable(QString::fromLatin1(name), {}); };
    const auto dot = [](Ast lhs, const char *field) {
        return Ast::call(Ast::call(QStringLiteral("."), {}, {std::move(lhs), Ast::atom(QString::fromLatin1(field))}), {}, {});
    };
    const Ast post = Ast::call(QStringLiteral("__aliases__"), {}, {Ast::atom(QStringLiteral("Post"))});
    const Ast where = Ast::call(QStringLiteral("where"), {},
                                {Ast::list({var("p")}),
                                 Ast::call(QStringLiteral(">"), {}, {dot(var("p"), "x"),
                                                                     Ast::call(QStringLiteral("^"), {}, {var("min")})})});
    const Ast select = Ast::call(QStringLiteral("select"), {}, {Ast::list({var("p")}), dot(var("p"), "title")});
    const Ast pipe = Ast::call(QStringLiteral("|>"), {}, {Ast::call(QStringLiteral("|>"), {}, {post, where}), select});
    QCOMPARE(SourcePrinter::print(pipe), QStringLiteral("Post |> where([p], p.x > ^min) |> select([p], p.title)"));
    QCOMPARE(Reader::parse(SourcePrinter::print(pipe).toUtf8()).ast, pipe);
}

QTEST_GUILESS_MAIN(TestSourcePrinter)
#include "tst_sourceprinter.moc"
