// ElixirHighlighting: categories of the pieces of code views, in UTF-16
// offsets, never failing on half-typed code.
#include "elixir/elixirhighlighting.h"

#include <QTest>

using namespace ectowb::elixir;
using ectowb::highlight::Category;
using ectowb::highlight::Spans;

Q_DECLARE_METATYPE(ectowb::highlight::Category)

namespace {
// The category covering the first occurrence of `needle` in `text` (all of it,
// or its first character when the needle is written as "x|context").
Category categoryOf(const Spans &spans, const QString &text, QString needle)
{
    int length = int(needle.size());
    const int bar = int(needle.indexOf(QLatin1Char('|')));
    if (bar > 0) {
        needle.remove(bar, 1);
        length = bar;
    }
    const int at = int(text.indexOf(needle));
    if (at < 0)
        return Category::Error;
    for (const auto &s : spans) {
        if (s.start <= at && at + length <= s.start + s.length)
            return s.category;
    }
    return Category::Plain;
}
} // namespace

class TestElixirHighlighting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void categories_data();
    void categories();
    void spansAreOrderedAndInside_data();
    void spansAreOrderedAndInside();
};

void TestElixirHighlighting::categories_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<Category>("category");
    const QString module = QStringLiteral(
        "defmodule Blog.Post do\n"
        "  @moduledoc \"\"\"\n  Posts.\n  \"\"\"\n"
        "  use Ecto.Schema # schema\n"
        "  def title(%{title: t}), do: String.upcase(t) <> \"#{count(1)} é\"\n"
        "  defp rx, do: ~r/ab+/i\n"
        "  x = fn a -> a * 2.5 end\n"
        "  :ok\n"
        "end\n");
    QTest::newRow("defmodule") << module << QStringLiteral("defmodule") << Category::Keyword;
    QTest::newRow("alias") << module << QStringLiteral("Blog") << Category::Alias;
    QTest::newRow("do") << module << QStringLiteral("do") << Category::Keyword;
    QTest::newRow("attribute") << module << QStringLiteral("@moduledoc") << Category::Attribute;
    QTest::newRow("heredoc") << module << QStringLiteral("Posts.") << Category::String;
    QTest::newRow("comment") << module << QStringLiteral("# schema") << Category::Comment;
    QTest::newRow("def") << module << QStringLiteral("def| title") << Category::Keyword;
    QTest::newRow("called function") << module << QStringLiteral("upcase") << Category::Function;
    QTest::newRow("keyword key") << module << QStringLiteral("title:") << Category::Atom;
    QTest::newRow("do: key") << module << QStringLiteral("do:") << Category::Atom;
    QTest::newRow("operator") << module << QStringLiteral("<>") << Category::Operator;
    QTest::newRow("code in interpolation") << module << QStringLiteral("count") << Category::Function;
    QTest::newRow("number in interpolation") << module << QStringLiteral("1|)}") << Category::Number;
    QTest::newRow("string after unicode") << module << QStringLiteral(" é") << Category::String;
    QTest::newRow("sigil") << module << QStringLiteral("~r/ab+/i") << Category::Sigil;
    QTest::newRow("fn") << module << QStringLiteral("fn") << Category::Keyword;
    QTest::newRow("float") << module << QStringLiteral("2.5") << Category::Number;
    QTest::newRow("atom") << module << QStringLiteral(":ok") << Category::Atom;
    QTest::newRow("variable") << module << QStringLiteral("a| * 2.5") << Category::Identifier;
    QTest::newRow("punctuation") << module << QStringLiteral("(|%") << Category::Punctuation;
    QTest::newRow("unfinished string") << QStringLiteral("x = \"abc") << QStringLiteral("\"abc") << Category::String;
    QTest::newRow("unfinished heredoc") << QStringLiteral("x = \"\"\"\nabc") << QStringLiteral("abc") << Category::String;
    QTest::newRow("stray character") << QStringLiteral("a $ b") << QStringLiteral("$") << Category::Error;
    QTest::newRow("emoji before atom") << QStringLiteral("\"😀\" :ok") << QStringLiteral(":ok") << Category::Atom;
    QTest::newRow("true") << QStringLiteral("x = true") << QStringLiteral("true") << Category::Atom;
    QTest::newRow("when") << QStringLiteral("def f(x) when x > 1, do: x") << QStringLiteral("when") << Category::Keyword;
}

void TestElixirHighlighting::categories()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(Category, category);
    const Spans spans = ElixirHighlighting::spans(text);
    QCOMPARE(int(categoryOf(spans, text, needle)), int(category));
}

void TestElixirHighlighting::spansAreOrderedAndInside_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("code") << QStringLiteral("def f(a), do: a + 1 # c\n");
    QTest::newRow("unterminated interpolation") << QStringLiteral("\"#{a");
    QTest::newRow("unbalanced") << QStringLiteral("foo(]]] end end )");
    QTest::newRow("bad escapes") << QStringLiteral("\"\\x\\u{zz}\" ?");
    QTest::newRow("surrogates") << QStringLiteral("\"𝄞\" 𝄞 :𝄞");
    QTest::newRow("sigil without end") << QStringLiteral("~s(abc");
}

void TestElixirHighlighting::spansAreOrderedAndInside()
{
    QFETCH(QString, text);
    const Spans spans = ElixirHighlighting::spans(text);
    int end = 0;
    for (const auto &s : spans) {
        QVERIFY(s.length > 0);
        QVERIFY(s.start >= end);
        end = s.start + s.length;
        QVERIFY(end <= text.size());
    }
    if (!text.trimmed().isEmpty())
        QVERIFY(!spans.isEmpty());
}

QTEST_GUILESS_MAIN(TestElixirHighlighting)
#include "tst_elixirhighlighting.moc"
