#include "elixirhighlighting.h"

#include "lexicon.h"
#include "tokenizer.h"

#include <vector>

namespace ectowb::elixir {

using highlight::Category;
using highlight::Span;
using highlight::Spans;

namespace {

// Macros and special forms that read as keywords in Elixir code.
bool isKeywordLike(QByteArrayView name)
{
    static const char *const words[] = {
        "def", "defp", "defmodule", "defmacro", "defmacrop", "defstruct", "defprotocol", "defimpl",
        "defdelegate", "defguard", "defguardp", "defexception", "defoverridable", "case", "cond", "if",
        "unless", "with", "for", "try", "receive", "quote", "unquote", "unquote_splicing", "import",
        "alias", "require", "use", "raise", "reraise", "throw", "super", "__MODULE__", "__DIR__",
        "__ENV__", "__CALLER__", "__STACKTRACE__", nullptr};
    for (int i = 0; words[i]; ++i) {
        if (name == words[i])
            return true;
    }
    return false;
}

Category stringCategory(StrKind kind)
{
    switch (kind) {
    case StrKind::Atom:
        return Category::Atom;
    case StrKind::Sigil:
        return Category::Sigil;
    case StrKind::None:
    case StrKind::Binary:
    case StrKind::Charlist:
        break;
    }
    return Category::String;
}

// Whether an identifier is called: `foo(`, `x.foo`, or `foo arg` (no parentheses).
bool isCalled(const std::vector<Token> &tokens, size_t i)
{
    if (i > 0 && tokens[i - 1].kind == TokenKind::Dot)
        return true;
    const Token &next = tokens[i + 1];
    if (next.kind == TokenKind::LParen && !next.spaceBefore)
        return true;
    if (!next.spaceBefore)
        return false;
    switch (next.kind) {
    case TokenKind::Identifier:
    case TokenKind::Alias:
    case TokenKind::Atom:
    case TokenKind::Integer:
    case TokenKind::Float:
    case TokenKind::StringBegin:
    case TokenKind::KwIdentifier:
    case TokenKind::Do:
    case TokenKind::Fn:
        return true;
    default:
        return false;
    }
}

Category categoryOf(const Tokenizer &tz, const std::vector<Token> &tokens, size_t i, std::vector<StrKind> &strings)
{
    const Token &t = tokens[i];
    switch (t.kind) {
    case TokenKind::Eof:
    case TokenKind::Eol:
        return Category::Plain;
    case TokenKind::Semicolon:
    case TokenKind::Comma:
    case TokenKind::LParen:
    case TokenKind::RParen:
    case TokenKind::LBracket:
    case TokenKind::RBracket:
    case TokenKind::LBrace:
    case TokenKind::RBrace:
    case TokenKind::LBinary:
    case TokenKind::RBinary:
    case TokenKind::Percent:
    case TokenKind::Dot:
    case TokenKind::InterpBegin:
    case TokenKind::InterpEnd:
        return Category::Punctuation;
    case TokenKind::Identifier: {
        const QByteArrayView name = tz.value(t);
        if (i > 0 && tokens[i - 1].kind == TokenKind::Op && tokens[i - 1].op == OpClass::At && !t.spaceBefore)
            return Category::Attribute;
        if (isKeywordLike(name) && (i == 0 || tokens[i - 1].kind != TokenKind::Dot))
            return Category::Keyword;
        return isCalled(tokens, i) ? Category::Function : Category::Identifier;
    }
    case TokenKind::Alias:
        return Category::Alias;
    case TokenKind::KwIdentifier:
    case TokenKind::Atom:
        return Category::Atom;
    case TokenKind::Integer:
    case TokenKind::Float:
        return Category::Number;
    case TokenKind::Op:
        if (t.op == OpClass::At)
            return Category::Attribute;
        if (t.op == OpClass::When || t.op == OpClass::In || t.op == OpClass::NotIn)
            return Category::Keyword;
        if (lexicon::isAsciiLetter(tz.value(t).front()))
            return Category::Keyword; // and, or, not
        return Category::Operator;
    case TokenKind::Do:
    case TokenKind::End:
    case TokenKind::Fn:
    case TokenKind::BlockIdentifier:
        return Category::Keyword;
    case TokenKind::StringBegin:
        strings.push_back(t.strKind);
        return stringCategory(t.strKind);
    case TokenKind::Fragment:
        return strings.empty() ? Category::String : stringCategory(strings.back());
    case TokenKind::StringEnd: {
        const StrKind kind = strings.empty() ? t.strKind : strings.back();
        if (!strings.empty())
            strings.pop_back();
        return t.kwKey ? Category::Atom : stringCategory(kind);
    }
    case TokenKind::Comment:
        return Category::Comment;
    case TokenKind::Error:
        return Category::Error;
    }
    return Category::Plain;
}

} // namespace

Spans ElixirHighlighting::spans(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    // Byte offset -> UTF-16 offset, so spans index the QString.
    std::vector<int> toUtf16(size_t(utf8.size()) + 1, 0);
    int u16 = 0;
    for (qsizetype b = 0; b < utf8.size(); ++b) {
        toUtf16[size_t(b)] = u16;
        const uchar c = uchar(utf8[b]);
        if ((c & 0xC0) != 0x80)
            u16 += (c >= 0xF0) ? 2 : 1;
    }
    toUtf16[size_t(utf8.size())] = u16;

    Tokenizer tz(utf8, Tokenizer::Mode::Recovering);
    tz.run();
    const std::vector<Token> &tokens = tz.tokens();
    std::vector<StrKind> strings;
    Spans result;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        const Category category = categoryOf(tz, tokens, i, strings);
        if (category == Category::Plain || t.length <= 0)
            continue;
        const int start = toUtf16[size_t(t.start)];
        const int end = toUtf16[size_t(std::min<qsizetype>(t.start + t.length, utf8.size()))];
        if (end <= start)
            continue;
        if (!result.isEmpty()) {
            Span &last = result.last();
            if (last.category == category && last.start + last.length == start) {
                last.length = end - last.start;
                continue;
            }
            if (last.start + last.length > start)
                continue; // never overlap
        }
        result.append(Span{start, end - start, category});
    }
    return result;
}

} // namespace ectowb::elixir
