// The tokenizer: kinds, values and positions of tokens, escapes, heredoc
// indentation, and the recovering mode the highlighter uses.
#include "elixir/tokenizer.h"

#include <QTest>

using namespace ectowb::elixir;

namespace {

const char *kindName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Eof: return "eof";
    case TokenKind::Eol: return "eol";
    case TokenKind::Semicolon: return ";";
    case TokenKind::Comma: return ",";
    case TokenKind::LParen: return "(";
    case TokenKind::RParen: return ")";
    case TokenKind::LBracket: return "[";
    case TokenKind::RBracket: return "]";
    case TokenKind::LBrace: return "{";
    case TokenKind::RBrace: return "}";
    case TokenKind::LBinary: return "<<";
    case TokenKind::RBinary: return ">>";
    case TokenKind::Percent: return "%";
    case TokenKind::Dot: return ".";
    case TokenKind::Identifier: return "id";
    case TokenKind::Alias: return "alias";
    case TokenKind::KwIdentifier: return "kw";
    case TokenKind::Atom: return "atom";
    case TokenKind::Integer: return "int";
    case TokenKind::Float: return "float";
    case TokenKind::Op: return "op";
    case TokenKind::Do: return "do";
    case TokenKind::End: return "end";
    case TokenKind::Fn: return "fn";
    case TokenKind::BlockIdentifier: return "block";
    case TokenKind::StringBegin: return "str<";
    case TokenKind::Fragment: return "frag";
    case TokenKind::InterpBegin: return "#{";
    case TokenKind::InterpEnd: return "}#";
    case TokenKind::StringEnd: return ">str";
    case TokenKind::Comment: return "comment";
    case TokenKind::Error: return "error";
    }
    return "?";
}

// "kind(value)" for each token but eof, space separated.
QByteArray describe(const Tokenizer &tz)
{
    QByteArray out;
    for (const Token &t : tz.tokens()) {
        if (t.kind == TokenKind::Eof)
            break;
        if (!out.isEmpty())
            out.append(' ');
        out.append(kindName(t.kind));
        if (t.kind == TokenKind::Integer) {
            out.append('(').append(t.big ? tz.value(t).toByteArray() : QByteArray::number(t.intValue)).append(')');
        } else if (t.kind == TokenKind::Float) {
            out.append('(').append(QByteArray::number(t.floatValue)).append(')');
        } else if (!tz.value(t).isEmpty()) {
            out.append('(').append(tz.value(t).toByteArray()).append(')');
        }
    }
    return out;
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokens_data();
    void tokens();
    void positions();
    void errors_data();
    void errors();
    void recoveringKeepsComments();
    void recoveringReadsAtAsOperator();
    void recoveringNeverStops_data();
    void recoveringNeverStops();
};

void TestTokenizer::tokens_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("identifiers") << QByteArray("foo bar? baz!") << QByteArray("id(foo) id(bar?) id(baz!)");
    QTest::newRow("alias dot") << QByteArray("Foo.Bar") << QByteArray("alias(Foo) .(.) alias(Bar)");
    QTest::newRow("keywords") << QByteArray("fn else do end end") << QByteArray("fn(fn) block(else) do(do) end(end) end(end)");
    QTest::newRow("keyword after dot is a name") << QByteArray("x.end") << QByteArray("id(x) .(.) id(end)");
    QTest::newRow("kw identifier") << QByteArray("a: 1") << QByteArray("kw(a) int(1)");
    QTest::newRow("kw identifier with @") << QByteArray("user@host: 1") << QByteArray("kw(user@host) int(1)");
    QTest::newRow("@ after punctuation") << QByteArray("foo!@bar") << QByteArray("id(foo!) op(@) id(bar)");
    QTest::newRow("type op not kw") << QByteArray("a :: b") << QByteArray("id(a) op(::) id(b)");
    QTest::newRow("atoms") << QByteArray(":a :b? :+ :..// true") << QByteArray("atom(a) atom(b?) atom(+) atom(..//) atom(true)");
    QTest::newRow("numbers") << QByteArray("1_000 0x1F 0o17 0b101 1.5e3 ?a ?\\n")
                             << QByteArray("int(1000) int(31) int(15) int(5) float(1500) int(97) int(10)");
    QTest::newRow("big integer") << QByteArray("123456789012345678901234567890")
                                 << QByteArray("int(123456789012345678901234567890)");
    QTest::newRow("big hex") << QByteArray("0xFFFFFFFFFFFFFFFFFF") << QByteArray("int(4722366482869645213695)");
    QTest::newRow("operators") << QByteArray("a |> b <> c ++ d")
                               << QByteArray("id(a) op(|>) id(b) op(<>) id(c) op(++) id(d)");
    QTest::newRow("not in") << QByteArray("a not in b") << QByteArray("id(a) op(not in) id(b)");
    QTest::newRow("binary") << QByteArray("<<a>>") << QByteArray("<<(<<) id(a) >>(>>)");
    QTest::newRow("string") << QByteArray("\"a\\tb\"") << QByteArray("str< frag(a\tb) >str");
    QTest::newRow("interpolation") << QByteArray("\"a#{b}c\"") << QByteArray("str< frag(a) #{ id(b) }# frag(c) >str");
    QTest::newRow("nested interpolation") << QByteArray("\"#{\"#{x}\"}\"")
                                          << QByteArray("str< #{ str< #{ id(x) }# >str }# >str");
    QTest::newRow("braces inside interpolation") << QByteArray("\"#{%{a: 1}}\"")
                                                 << QByteArray("str< #{ % { kw(a) int(1) } }# >str");
    QTest::newRow("unicode escapes") << QByteArray("\"\\u00e9\\x41\"") << QByteArray("str< frag(\xc3\xa9" "A) >str");
    QTest::newRow("sigil keeps escapes") << QByteArray("~r/a\\/b\\d/i") << QByteArray("str<(r) frag(a/b\\d) >str(i)");
    QTest::newRow("uppercase sigil no interpolation") << QByteArray("~S(#{x})") << QByteArray("str<(S) frag(#{x}) >str");
    QTest::newRow("heredoc strips indentation") << QByteArray("\"\"\"\n  a\n   b\n  \"\"\"")
                                                << QByteArray("str< frag(a\n b\n) >str");
    QTest::newRow("quoted keyword") << QByteArray("\"a b\": 1") << QByteArray("str< frag(a b) >str int(1)");
    QTest::newRow("eol collapsed") << QByteArray("a\n\n\nb") << QByteArray("id(a) eol id(b)");
    QTest::newRow("no eol after operator") << QByteArray("a +\nb") << QByteArray("id(a) op(+) id(b)");
    QTest::newRow("leading pipe joins lines") << QByteArray("a\n|> b") << QByteArray("id(a) op(|>) id(b)");
    QTest::newRow("leading minus does not") << QByteArray("a\n-b") << QByteArray("id(a) eol op(-) id(b)");
    QTest::newRow("comment skipped") << QByteArray("a # hi\nb") << QByteArray("id(a) eol id(b)");
}

void TestTokenizer::tokens()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, expected);
    Tokenizer tz(source);
    QVERIFY2(tz.run(), tz.error() ? qPrintable(tz.error()->message) : "");
    QCOMPARE(describe(tz), expected);
}

void TestTokenizer::positions()
{
    Tokenizer tz(QByteArray("é = 1\n  foo(\"x\")"));
    QVERIFY(tz.run());
    const std::vector<Token> &t = tz.tokens();
    QCOMPARE(t[1].kind, TokenKind::Op);
    QCOMPARE(t[1].column, 3); // columns count code points, not bytes
    QCOMPARE(t[4].line, 2);
    QCOMPARE(t[4].column, 3);
    QVERIFY(!t[5].spaceBefore); // `(` right after foo
}

// Where strict mode stops, as "line:column" (empty: it reads the source). Positions
// and limits checked against Elixir 1.14; its own tokenizer crashes on an over-long
// quoted keyword key (a CaseClauseError carrying this position), so that case cannot
// be a broken-file golden.
void TestTokenizer::errors_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("position");
    const QByteArray eAcute("\xc3\xa9");
    QTest::newRow("keyword key of 256 bytes") << "[\n  \"" + QByteArray(256, 'k') + "\": 1]" << QByteArray("2:3");
    QTest::newRow("keyword key of 255 bytes") << "[\n  \"" + QByteArray(255, 'k') + "\": 1]" << QByteArray();
    QTest::newRow("interpolated keyword key") << "[\"#{x}" + QByteArray(300, 'k') + "\": 1]" << QByteArray();
    QTest::newRow("quoted atom of 255 bytes, one escaped") << ":\"" + QByteArray(254, 'k') + "\\n\"" << QByteArray();
    QTest::newRow("quoted call of 255 two-byte chars") << "a.\"" + eAcute.repeated(255) + "\"()" << QByteArray();
    QTest::newRow("quoted call of 256 two-byte chars") << "a.\"" + eAcute.repeated(256) + "\"()" << QByteArray("1:3");
    QTest::newRow("quoted call, escaped quote is one char") << "a.\"" + QByteArray(254, 'k') + "\\\"\"()" << QByteArray();
    QTest::newRow("quoted call, other escapes stay two") << "a.\"" + QByteArray(254, 'k') + "\\n\"()" << QByteArray("1:3");
    QTest::newRow("quoted call after a newline") << QByteArray("a.\n  \"#{b}\"()") << QByteArray("2:3");
    QTest::newRow("keyword with @ after a newline") << QByteArray("x = 1\n  end@doc") << QByteArray("2:3");
}

void TestTokenizer::errors()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, position);
    Tokenizer tz(source);
    const bool ok = tz.run();
    const QByteArray where =
        ok ? QByteArray() : QByteArray::number(tz.error()->line) + ':' + QByteArray::number(tz.error()->column);
    QCOMPARE(where, position);
}

void TestTokenizer::recoveringReadsAtAsOperator()
{
    // The highlighter colours `end@doc` as Elixir's parts, not as one error.
    Tokenizer tz(QByteArray("end@doc"), Tokenizer::Mode::Recovering);
    QVERIFY(tz.run());
    QCOMPARE(describe(tz), QByteArray("end(end) op(@) id(doc)"));
}

void TestTokenizer::recoveringKeepsComments()
{
    Tokenizer tz(QByteArray("a # note\n"), Tokenizer::Mode::Recovering);
    QVERIFY(tz.run());
    QCOMPARE(describe(tz), QByteArray("id(a) comment eol"));
}

void TestTokenizer::recoveringNeverStops_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::newRow("unterminated string") << QByteArray("x = \"abc");
    QTest::newRow("unterminated heredoc") << QByteArray("\"\"\"\nabc");
    QTest::newRow("unterminated interpolation") << QByteArray("\"#{a");
    QTest::newRow("bad escape") << QByteArray("\"\\xZZ\"");
    QTest::newRow("stray chars") << QByteArray("a $ b ` c");
    QTest::newRow("bad sigil") << QByteArray("~a$x$");
    QTest::newRow("lone colon") << QByteArray(": :");
}

void TestTokenizer::recoveringNeverStops()
{
    QFETCH(QByteArray, source);
    Tokenizer strict(source);
    QVERIFY(!strict.run());
    QVERIFY(strict.error().has_value());
    Tokenizer tz(source, Tokenizer::Mode::Recovering);
    QVERIFY(tz.run());
    QCOMPARE(tz.tokens().back().kind, TokenKind::Eof);
    QVERIFY(tz.tokens().size() >= 2);
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
