// The string half of Tokenizer: bodies of strings, charlists, quoted atoms,
// heredocs and sigils, with escapes and interpolation.
#include "tokenizer.h"

#include "lexicon.h"

namespace ectowb::elixir {

namespace {
bool isClosingLine(const char *data, int len, int pos, char quote, int *closeStart)
{
    int i = pos;
    while (i < len && (data[i] == ' ' || data[i] == '\t'))
        ++i;
    if (i + 2 < len + 0 && data[i] == quote && data[i + 1] == quote && data[i + 2] == quote) {
        *closeStart = i;
        return true;
    }
    return false;
}
} // namespace

void Tokenizer::skipHeredocIndent(const Context &ctx)
{
    int skipped = 0;
    while (skipped < ctx.indent && m_pos < m_len && (m_data[m_pos] == ' ' || m_data[m_pos] == '\t')) {
        ++m_pos;
        ++skipped;
    }
}

bool Tokenizer::scanString(Context &ctx)
{
    auto flush = [this] {
        if (!m_fragment.isEmpty()) {
            Token &t = push(TokenKind::Fragment, m_fragmentStart, m_pos - m_fragmentStart);
            setValue(t, m_fragment.constData(), int(m_fragment.size()));
            m_fragment.clear();
        }
        m_fragmentStart = m_pos;
    };
    while (m_pos < m_len) {
        if (ctx.heredoc && ctx.atLineStart) {
            ctx.atLineStart = false;
            int closeStart = 0;
            if (isClosingLine(m_data, m_len, m_pos, ctx.close, &closeStart)) {
                flush();
                endString(ctx, closeStart);
                return true;
            }
            skipHeredocIndent(ctx);
            continue;
        }
        const char c = m_data[m_pos];
        if (c == ctx.close && !ctx.heredoc) {
            flush();
            endString(ctx, m_pos);
            return true;
        }
        if (c == '\\') {
            if (ctx.unescapes) {
                // A line continuation in a heredoc: Elixir strips the indentation of
                // every line before it unescapes, so the next line's goes too.
                const bool continuation = peek(1) == '\n' || (peek(1) == '\r' && peek(2) == '\n');
                if (!unescapeInto(m_fragment))
                    return false;
                if (continuation && ctx.heredoc)
                    ctx.atLineStart = true;
                continue;
            }
            const char next = peek(1);
            if (next == ctx.close) {
                m_fragment.append(next);
                m_pos += 2;
            } else if (next == '\\' || next == '#') {
                m_fragment.append('\\');
                m_fragment.append(next);
                m_pos += 2;
            } else {
                m_fragment.append('\\');
                ++m_pos;
            }
            continue;
        }
        if (c == '#' && ctx.interpolates && peek(1) == '{') {
            flush();
            push(TokenKind::InterpBegin, m_pos, 2);
            m_pos += 2;
            m_stack.push_back(Context{});
            return true;
        }
        if (c == '\n') {
            m_fragment.append('\n');
            newline(m_pos);
            ++m_pos;
            ctx.atLineStart = true;
            continue;
        }
        // Copy a run of ordinary bytes at once.
        int end = m_pos + 1;
        while (end < m_len) {
            const char d = m_data[end];
            if (d == '\\' || d == '\n' || d == '#' || d == ctx.close)
                break;
            ++end;
        }
        m_fragment.append(m_data + m_pos, end - m_pos);
        m_pos = end;
    }
    flush();
    return true;
}

void Tokenizer::endString(Context &ctx, int closeStart)
{
    const StrKind kind = ctx.kind;
    const bool heredoc = ctx.heredoc;
    const int beginToken = ctx.beginToken;
    m_pos = closeStart + (heredoc ? 3 : 1);
    m_stack.pop_back(); // ctx is gone from here on
    Token &t = push(TokenKind::StringEnd, closeStart, m_pos - closeStart);
    t.strKind = kind;
    t.heredoc = heredoc;
    if (kind == StrKind::Sigil) {
        const int start = m_pos;
        while (m_pos < m_len && lexicon::isAsciiLetter(m_data[m_pos]))
            ++m_pos;
        t.length = m_pos - closeStart;
        setValueFromSource(t, start, m_pos - start);
    } else if (!heredoc && (kind == StrKind::Binary || kind == StrKind::Charlist)
               && lexicon::isKeywordColon(m_data, m_len, m_pos)) {
        t.kwKey = true;
        if (beginToken >= 0)
            m_tokens[size_t(beginToken)].kwKey = true;
        ++m_pos;
        ++t.length;
    }
    m_fragment.clear();
    m_fragmentStart = m_pos;
    if (!recovering() && beginToken >= 0 && !heredoc)
        checkQuotedName(beginToken, closeStart);
}

// Elixir's tokenizer makes an atom of a quoted name as soon as it has read it, and
// refuses one over 255 (Erlang's atom limit, checked by its unsafe_to_atom) at the
// opening quote, before any parse error of the code around it:
//   a."name"(...)  a quoted call; it counts the raw characters between the quotes
//                  and refuses interpolation outright
//   "name": 1      a quoted keyword key, and :"name" a quoted atom; they count the
//                  bytes once unescaped, and may interpolate (no atom is made then)
void Tokenizer::checkQuotedName(int beginToken, int closeStart)
{
    const Token &begin = m_tokens[size_t(beginToken)];
    const bool quotedCall = (begin.strKind == StrKind::Binary || begin.strKind == StrKind::Charlist) && beginToken > 0
                            && m_tokens[size_t(beginToken) - 1].kind == TokenKind::Dot;
    if (!quotedCall && !begin.kwKey && begin.strKind != StrKind::Atom)
        return;
    int unescapedBytes = 0;
    for (size_t i = size_t(beginToken) + 1; i < m_tokens.size(); ++i) {
        const Token &t = m_tokens[i];
        if (t.kind == TokenKind::InterpBegin) {
            if (quotedCall)
                setErrorAt(begin, QStringLiteral("interpolation is not allowed when calling function/macro. Found "
                                                 "interpolation in a call starting with: %1")
                                      .arg(QLatin1Char(m_data[begin.start])));
            return;
        }
        if (t.kind == TokenKind::Fragment)
            unescapedBytes += t.valueLength;
    }
    const int length = quotedCall ? rawNameLength(begin.start + 1, closeStart, m_data[begin.start]) : unescapedBytes;
    if (length > 255) {
        const int from = begin.start + begin.length;
        setErrorAt(begin, QStringLiteral("atom length must be less than system limit: %1")
                              .arg(QString::fromUtf8(m_data + from, closeStart - from)));
    }
}

// The characters of a quoted call's name as Elixir's interpolation scanner keeps them:
// escapes stay as written, except that an escaped quote is the quote alone.
int Tokenizer::rawNameLength(int from, int to, char quote) const
{
    int count = 0;
    for (int i = from; i < to; ++i) {
        if (m_data[i] == '\\' && i + 1 < to) {
            ++count;
            ++i; // the escaped character is never the start of another escape
            if (m_data[i] == quote)
                continue;
        }
        if ((uchar(m_data[i]) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

bool Tokenizer::unescapeInto(QByteArray &out)
{
    const int start = m_pos;
    const char next = peek(1);
    m_pos += 2;
    switch (next) {
    case 'n': out.append('\n'); return true;
    case 't': out.append('\t'); return true;
    case 'r': out.append('\r'); return true;
    case 'e': out.append('\x1b'); return true;
    case 'a': out.append('\a'); return true;
    case 'b': out.append('\b'); return true;
    case 'f': out.append('\f'); return true;
    case 'v': out.append('\v'); return true;
    case 's': out.append(' '); return true;
    case '0': out.append('\0'); return true;
    case 'd': out.append('\x7f'); return true;
    case '\n':
        newline(m_pos - 1);
        return true;
    case '\r':
        if (peek() == '\n') {
            newline(m_pos);
            ++m_pos;
            return true;
        }
        out.append('\r');
        return true;
    case '\0':
        if (start + 1 >= m_len) {
            out.append('\\');
            m_pos = m_len;
            return true;
        }
        out.append('\0');
        return true;
    case 'x': {
        if (peek() == '{') {
            int i = m_pos + 1;
            uint cp = 0;
            while (i < m_len && lexicon::isHex(m_data[i]) && i - m_pos <= 6)
                cp = cp * 16 + uint(lexicon::hexValue(m_data[i++]));
            if (i == m_pos + 1 || i >= m_len || m_data[i] != '}')
                return fail(start, QStringLiteral("invalid hex escape character, expected \\x{H*} where H is a hexadecimal digit"));
            m_pos = i + 1;
            lexicon::appendUtf8(out, cp);
            return true;
        }
        if (!lexicon::isHex(peek()))
            return fail(start, QStringLiteral("invalid hex escape character, expected \\xHH where H is a hexadecimal digit. Syntax error after: \\x"));
        int v = lexicon::hexValue(m_data[m_pos++]);
        if (lexicon::isHex(peek()))
            v = v * 16 + lexicon::hexValue(m_data[m_pos++]);
        out.append(char(v));
        return true;
    }
    case 'u': {
        uint cp = 0;
        if (peek() == '{') {
            int i = m_pos + 1;
            while (i < m_len && lexicon::isHex(m_data[i]) && i - m_pos <= 6)
                cp = cp * 16 + uint(lexicon::hexValue(m_data[i++]));
            if (i == m_pos + 1 || i >= m_len || m_data[i] != '}')
                return fail(start, QStringLiteral("invalid Unicode escape character, expected \\u{H*} where H is a hexadecimal digit"));
            m_pos = i + 1;
        } else {
            for (int k = 0; k < 4; ++k) {
                if (!lexicon::isHex(peek()))
                    return fail(start, QStringLiteral("invalid Unicode escape character, expected \\uHHHH where H is a hexadecimal digit"));
                cp = cp * 16 + uint(lexicon::hexValue(m_data[m_pos++]));
            }
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return fail(start, QStringLiteral("invalid or reserved Unicode code point \\u{%1}").arg(cp, 0, 16));
        lexicon::appendUtf8(out, cp);
        return true;
    }
    default:
        out.append(next);
        return true;
    }
}

bool Tokenizer::scanSigil()
{
    const int start = m_pos;
    const char letter = m_data[m_pos + 1];
    const char delim = peek(2);
    char close = lexicon::sigilCloser(delim);
    if (close == 0) {
        if (recovering()) {
            emitErrorToken(m_pos, 2);
            return true;
        }
        return fail(m_pos + 2, QStringLiteral("invalid sigil delimiter: \"%1\"").arg(QLatin1Char(delim)));
    }
    m_pos += 2;
    Context ctx;
    ctx.isString = true;
    ctx.kind = StrKind::Sigil;
    ctx.open = delim;
    ctx.close = close;
    ctx.interpolates = letter >= 'a' && letter <= 'z';
    ctx.unescapes = false;
    const bool heredoc = (delim == '"' || delim == '\'') && peek(1) == delim && peek(2) == delim;
    Token &t = push(TokenKind::StringBegin, start, heredoc ? 5 : 3);
    t.strKind = StrKind::Sigil;
    t.heredoc = heredoc;
    setValue(t, &letter, 1);
    // Elixir names `"""` in a sigil heredoc's error whichever quote opened it.
    return openStringBody(ctx, heredoc, delim, '"');
}

bool Tokenizer::beginString(StrKind kind, char quote, int tokenStart)
{
    m_pos = tokenStart + (kind == StrKind::Atom ? 1 : 0);
    Context ctx;
    ctx.isString = true;
    ctx.kind = kind;
    ctx.open = quote;
    ctx.close = quote;
    const bool heredoc = kind != StrKind::Atom && peek(1) == quote && peek(2) == quote;
    Token &t = push(TokenKind::StringBegin, tokenStart, m_pos - tokenStart + (heredoc ? 3 : 1));
    t.strKind = kind;
    t.heredoc = heredoc;
    return openStringBody(ctx, heredoc, quote, quote);
}

// After a string's or sigil's StringBegin token: steps over the opening quote(s),
// checks that a heredoc's first line is blank, and starts reading the body.
bool Tokenizer::openStringBody(Context ctx, bool heredoc, char quote, char shownQuote)
{
    if (heredoc) {
        m_pos += 3;
        if (!lexicon::restOfLineBlank(m_data, m_len, m_pos)) {
            return failHere(QStringLiteral("heredoc allows only zero or more whitespace characters followed by a new line after %1")
                                .arg(QString(3, QLatin1Char(shownQuote))));
        }
        newline(m_pos - 1);
        ctx.heredoc = true;
        ctx.atLineStart = true;
        ctx.indent = lexicon::heredocIndent(m_data, m_len, m_pos, quote);
    } else {
        m_pos += 1;
    }
    ctx.beginToken = int(m_tokens.size()) - 1;
    ctx.beginLine = m_tokens.back().line;
    m_fragment.clear();
    m_fragmentStart = m_pos;
    m_stack.push_back(ctx);
    return true;
}

} // namespace ectowb::elixir
