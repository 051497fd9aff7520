// The name half of Tokenizer: identifiers, aliases, atoms, keyword keys and
// operators written as names (`&+/2`, `[>=: 1]`).
#include "tokenizer.h"

#include "lexicon.h"

namespace ectowb::elixir {

// `field:name`: a keyword key must be followed by whitespace (Elixir rejects it in the
// tokenizer; `a::b` is the type operator and stays).
bool Tokenizer::gluedColon(int start, int end)
{
    if (recovering() || end + 1 >= m_len || m_data[end] != ':')
        return false;
    const char next = m_data[end + 1];
    if (next == ':' || next == ' ' || next == '\t' || next == '\r' || next == '\n')
        return false;
    fail(start, QStringLiteral("keyword argument must be followed by space after: %1:")
                    .arg(QString::fromUtf8(m_data + start, end - start)));
    return true;
}

// Whether `/` follows at `pos`, after spaces or tabs only.
bool Tokenizer::slashFollows(int pos) const
{
    while (pos < m_len && (m_data[pos] == ' ' || m_data[pos] == '\t'))
        ++pos;
    return pos < m_len && m_data[pos] == '/';
}

// elixir_tokenizer's handle_op: an operator written as a name. Followed by `: ` it is
// a keyword key (`[>=: 1]`); followed by `/` (spaces between allowed) it is an
// identifier, as in `&>=/2` and `def +/2`. `&` itself is a name only when the `/` is
// not the start of `//`. `//` and `=>` are never names.
bool Tokenizer::operatorAsName(const lexicon::OpMatch &match, int start)
{
    if (match.kind != TokenKind::Op || match.op == OpClass::Ternary || match.op == OpClass::Assoc)
        return false;
    const auto horizontalSpaceEnd = [this](int i) {
        while (i < m_len && (m_data[i] == ' ' || m_data[i] == '\t'))
            ++i;
        return i;
    };
    if (peek() == ':' && m_pos + 1 < m_len
        && (m_data[m_pos + 1] == ' ' || m_data[m_pos + 1] == '\t' || m_data[m_pos + 1] == '\r'
            || m_data[m_pos + 1] == '\n')) {
        Token &t = push(TokenKind::KwIdentifier, start, match.length + 1);
        setValueFromSource(t, start, match.length);
        ++m_pos;
        return true;
    }
    if (!slashFollows(m_pos))
        return false;
    const int slash = horizontalSpaceEnd(m_pos);
    if (match.op == OpClass::Capture) {
        const int next = horizontalSpaceEnd(slash + 1);
        if (next < m_len && m_data[next] == '/')
            return false;
    }
    Token &t = push(TokenKind::Identifier, start, match.length);
    setValueFromSource(t, start, match.length);
    t.spaceAfter = slash > m_pos;
    return true;
}

// A name followed by `: ` is a keyword key, `foo: 1`.
bool Tokenizer::pushKeywordKey(int start, int end)
{
    Token &t = push(TokenKind::KwIdentifier, start, end - start + 1);
    setValueFromSource(t, start, end - start);
    m_pos = end + 1;
    return true;
}

// Elixir's name scanner takes `@` as a name character, so that `:user@host` is one
// atom, and its tokenizer then refuses such a name anywhere but in an atom or a
// keyword key: `end@doc` is one bad identifier, not `end` followed by `@doc`. The end
// of the name when an `@` follows its run of letters at `runEnd`, else -1. The
// highlighter keeps reading `end` and `@doc` as two tokens.
int Tokenizer::nameWithAtEnd(int start, int runEnd) const
{
    if (recovering() || runEnd >= m_len || m_data[runEnd] != '@')
        return -1;
    return lexicon::scanAtomEnd(m_data, m_len, start);
}

// A name with `@` (see nameWithAtEnd): `user@host: 1` is a fine keyword key, any other
// use is Elixir's "invalid character" error at the start of the name.
bool Tokenizer::nameWithAt(int start, int end, const QString &kind)
{
    m_pos = end;
    if (gluedColon(start, end))
        return false;
    if (lexicon::isKeywordColon(m_data, m_len, m_pos))
        return pushKeywordKey(start, end);
    return fail(start, QStringLiteral("invalid character \"@\" (code point U+0040) in %1: %2")
                           .arg(kind, QString::fromUtf8(m_data + start, end - start)));
}

bool Tokenizer::scanIdentifier()
{
    const int start = m_pos;
    int end = lexicon::scanIdentifierEnd(m_data, m_len, m_pos);
    if (end == m_pos) {
        if (recovering()) {
            emitErrorToken(m_pos, 1);
            return true;
        }
        return failHere(QStringLiteral("unexpected token: \"%1\"").arg(QString::fromUtf8(m_data + m_pos, 1)));
    }
    const bool punctuated = m_data[end - 1] == '?' || m_data[end - 1] == '!';
    const int atEnd = nameWithAtEnd(start, punctuated ? end - 1 : end);
    if (atEnd > 0)
        return nameWithAt(start, atEnd, QStringLiteral("identifier"));
    m_pos = end;
    if (gluedColon(start, end))
        return false;
    const QByteArrayView name(m_data + start, end - start);
    const bool afterDot = !m_tokens.empty() && m_tokens.back().kind == TokenKind::Dot;
    if (lexicon::isKeywordColon(m_data, m_len, m_pos))
        return pushKeywordKey(start, end);
    if (!afterDot) {
        if (name == "not") {
            const int inEnd = lexicon::matchNotIn(m_data, m_len, m_pos);
            if (inEnd > 0) {
                if (!m_tokens.empty() && m_tokens.back().kind == TokenKind::Eol)
                    m_tokens.pop_back();
                Token &t = push(TokenKind::Op, start, inEnd - start);
                t.op = OpClass::NotIn;
                setValue(t, "not in", 6);
                m_pos = inEnd;
                return true;
            }
        }
        const lexicon::Keyword kw = lexicon::keyword(name);
        if (kw.kind == TokenKind::Op && slashFollows(m_pos)) {
            // `&and/2`, `def when/2`: a word operator used as a name.
            Token &t = push(TokenKind::Identifier, start, end - start);
            setValueFromSource(t, start, end - start);
            t.spaceAfter = m_pos < m_len && (m_data[m_pos] == ' ' || m_data[m_pos] == '\t');
            return true;
        }
        if (kw.kind != TokenKind::Identifier) {
            if (kw.kind == TokenKind::Op && kw.op != OpClass::Unary && !m_tokens.empty()
                && m_tokens.back().kind == TokenKind::Eol) {
                m_tokens.pop_back();
            }
            Token &t = push(kw.kind, start, end - start);
            t.op = kw.op;
            t.spaceAfter = m_pos >= m_len || lexicon::isSpace(m_data[m_pos]);
            setValueFromSource(t, start, end - start);
            return true;
        }
    }
    Token &t = push(TokenKind::Identifier, start, end - start);
    t.spaceAfter = m_pos >= m_len || lexicon::isSpace(m_data[m_pos]);
    setValueFromSource(t, start, end - start);
    return true;
}

bool Tokenizer::scanAlias()
{
    const int start = m_pos;
    int end = m_pos + 1;
    while (end < m_len && lexicon::isIdentChar(m_data[end]))
        ++end;
    const int atEnd = nameWithAtEnd(start, end);
    if (atEnd > 0)
        return nameWithAt(start, atEnd, QStringLiteral("alias"));
    if (end < m_len && (m_data[end] == '?' || m_data[end] == '!') && lexicon::isKeywordColon(m_data, m_len, end + 1))
        ++end; // `Error?: 1` is a keyword key
    m_pos = end;
    if (gluedColon(start, end))
        return false;
    if (lexicon::isKeywordColon(m_data, m_len, m_pos))
        return pushKeywordKey(start, end);
    Token &t = push(TokenKind::Alias, start, end - start);
    setValueFromSource(t, start, end - start);
    return true;
}

bool Tokenizer::scanColon()
{
    const int start = m_pos;
    const char next = peek(1);
    if (next == ':') {
        if (!m_tokens.empty() && m_tokens.back().kind == TokenKind::Eol)
            m_tokens.pop_back();
        Token &t = push(TokenKind::Op, start, 2);
        t.op = OpClass::Type;
        setValue(t, "::", 2);
        m_pos += 2;
        return true;
    }
    if (next == '"' || next == '\'')
        return beginString(StrKind::Atom, next, start);
    if (lexicon::isIdentStart(next) || (next >= 'A' && next <= 'Z') || uchar(next) >= 0x80) {
        const int end = lexicon::scanAtomEnd(m_data, m_len, m_pos + 1);
        if (end > m_pos + 1) {
            Token &t = push(TokenKind::Atom, start, end - start);
            setValueFromSource(t, start + 1, end - start - 1);
            m_pos = end;
            return true;
        }
    }
    const int opLen = lexicon::matchAtomOperator(m_data + m_pos + 1, m_len - m_pos - 1);
    if (opLen > 0) {
        Token &t = push(TokenKind::Atom, start, opLen + 1);
        setValueFromSource(t, start + 1, opLen);
        m_pos += opLen + 1;
        return true;
    }
    if (recovering()) {
        emitErrorToken(m_pos, 1);
        return true;
    }
    return failHere(QStringLiteral("unexpected token: \":\""));
}

} // namespace ectowb::elixir
