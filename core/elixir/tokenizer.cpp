#include "tokenizer.h"

#include "astatomtable.h"
#include "lexicon.h"

#include <cstring>

namespace ectowb::elixir {

Tokenizer::Tokenizer(const QByteArray &utf8, Mode mode, TokenizerBuffers *buffers)
    : m_src(utf8), m_data(m_src.constData()), m_len(int(m_src.size())), m_mode(mode), m_buffers(buffers)
{
    if (m_buffers) {
        m_tokens.swap(m_buffers->tokens);
        m_tokens.clear();
        m_values.swap(m_buffers->values);
        m_values.resize(0); // keeps the capacity (clear() would free it)
        m_openers.swap(m_buffers->openers);
        m_openers.clear();
    }
}

Tokenizer::~Tokenizer()
{
    // Hand the storage back unless one huge file made it too big to keep.
    constexpr size_t KeepTokens = size_t(1) << 20;
    if (m_buffers && m_tokens.capacity() <= KeepTokens) {
        m_buffers->tokens.swap(m_tokens);
        m_buffers->values.swap(m_values);
        m_buffers->openers.swap(m_openers);
    }
}

namespace {

bool isAscii(const char *data, int len)
{
    quint64 bits = 0;
    int i = 0;
    for (; i + 8 <= len; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        bits |= word;
    }
    for (; i < len; ++i)
        bits |= uchar(data[i]);
    return (bits & 0x8080808080808080ULL) == 0;
}

} // namespace

bool Tokenizer::run()
{
    m_tokens.reserve(size_t(m_len / 5) + 16); // about one token per 6 bytes of real code
    m_values.reserve(m_len / 2 + 16);
    m_ascii = isAscii(m_data, m_len);
    if (!recovering() && !m_ascii) { // ASCII is valid UTF-8
        const int bad = lexicon::firstInvalidUtf8(m_data, m_len);
        if (bad >= 0) {
            // Count lines up to the bad byte so the error has a position.
            for (int i = 0; i < bad; ++i) {
                if (m_data[i] == '\n')
                    newline(i);
            }
            return fail(bad, QStringLiteral("invalid UTF-8 byte sequence"));
        }
    }
    m_stack.push_back(Context{});
    while (true) {
        Context &top = m_stack.back();
        const bool ok = top.isString ? scanString(top) : scanCode();
        if (!ok || m_error)
            return false;
        if (m_pos >= m_len && !m_stack.back().isString) {
            if (m_stack.size() > 1 && !recovering())
                return failHere(QStringLiteral("missing interpolation terminator: \"}\""));
            break;
        }
        if (m_pos >= m_len && m_stack.back().isString) {
            if (!recovering()) {
                const Context &s = m_stack.back();
                const char close = s.close;
                const QString term = s.heredoc ? QString(3, QLatin1Char(close)) : QString(QLatin1Char(close));
                QString what = s.heredoc ? QStringLiteral("heredoc") : QStringLiteral("string");
                if (s.kind == StrKind::Atom)
                    what = QStringLiteral("atom");
                if (s.kind == StrKind::Sigil && !s.heredoc) {
                    const Token &begin = m_tokens[size_t(s.beginToken)];
                    what = QStringLiteral("sigil %1").arg(QString::fromUtf8(m_data + begin.start, begin.length));
                }
                return failHere(QStringLiteral("missing terminator: %1 (for %2 starting at line %3)")
                                    .arg(term, what)
                                    .arg(s.beginLine));
            }
            push(TokenKind::StringEnd, m_pos, 0);
            m_stack.pop_back();
        }
    }
    if (!recovering() && !checkTerminatorsAtEnd())
        return false;
    push(TokenKind::Eof, m_len, 0);
    return true;
}

void Tokenizer::internNames(AstAtomTable &table)
{
    if (!table.beginBatch(m_tokens.size()))
        return;
    constexpr size_t Run = 64;
    QByteArrayView names[Run];
    const AstNode *atoms[Run];
    Token *owners[Run];
    size_t n = 0;
    auto flush = [&] {
        table.internAll(names, atoms, n);
        for (size_t i = 0; i < n; ++i)
            owners[i]->atom = atoms[i];
        n = 0;
    };
    for (Token &t : m_tokens) {
        switch (t.kind) {
        case TokenKind::Identifier:
        case TokenKind::Alias:
        case TokenKind::KwIdentifier:
        case TokenKind::Atom:
            names[n] = value(t);
            owners[n++] = &t;
            if (n == Run)
                flush();
            break;
        default:
            break;
        }
    }
    flush();
}

// Elixir checks that ( [ { << do fn are closed while tokenizing, so it can say
// which opener lacks its terminator; so do we.
void Tokenizer::trackTerminator(const Token &token)
{
    if (isBracketOpener(token.kind) || token.kind == TokenKind::Do || token.kind == TokenKind::Fn) {
        m_openers.push_back(int(m_tokens.size()) - 1);
        return;
    }
    TokenKind expected = TokenKind::Eof;
    switch (token.kind) {
    case TokenKind::RParen: expected = TokenKind::LParen; break;
    case TokenKind::RBracket: expected = TokenKind::LBracket; break;
    case TokenKind::RBrace: expected = TokenKind::LBrace; break;
    case TokenKind::RBinary: expected = TokenKind::LBinary; break;
    case TokenKind::End: expected = TokenKind::Do; break;
    default:
        return;
    }
    // Only errors need the text: a closer that matches must cost no allocation.
    auto text = [&] { return QString::fromUtf8(m_data + token.start, token.length); };
    if (m_openers.empty()) {
        m_error = Error{token.line, token.column, token.kind == TokenKind::End
                                                      ? QStringLiteral("unexpected reserved word: end")
                                                      : QStringLiteral("unexpected token: %1").arg(text())};
        return;
    }
    const Token &open = m_tokens[size_t(m_openers.back())];
    const bool matches = open.kind == expected || (expected == TokenKind::Do && open.kind == TokenKind::Fn);
    if (!matches) {
        m_error = Error{token.line, token.column,
                        QStringLiteral("unexpected token: %1. The \"%2\" at line %3 is missing terminator \"%4\"")
                            .arg(text(), QString::fromUtf8(m_data + open.start, open.length))
                            .arg(open.line)
                            .arg(lexicon::terminatorOf(open.kind))};
        return;
    }
    m_openers.pop_back();
}

bool Tokenizer::checkTerminatorsAtEnd()
{
    if (m_openers.empty())
        return true;
    const Token &open = m_tokens[size_t(m_openers.back())];
    return failHere(QStringLiteral("missing terminator: %1 (for \"%2\" starting at line %3)")
                        .arg(lexicon::terminatorOf(open.kind), QString::fromUtf8(m_data + open.start, open.length))
                        .arg(open.line));
}

Token &Tokenizer::push(TokenKind kind, int start, int length)
{
    Token &t = m_tokens.emplace_back();
    t.kind = kind;
    t.start = start;
    t.length = length;
    t.line = m_line;
    t.column = columnAt(start);
    t.spaceBefore = m_spaceBefore;
    m_spaceBefore = false;
    if ((kind <= TokenKind::RBinary || kind == TokenKind::Do || kind == TokenKind::End || kind == TokenKind::Fn)
        && m_mode == Mode::Strict && !m_error)
        trackTerminator(t);
    return t;
}

void Tokenizer::setValue(Token &token, const char *data, int length)
{
    token.valueStart = int(m_values.size());
    token.valueLength = length;
    m_values.append(data, length);
}

int Tokenizer::columnAt(int offset)
{
    if (offset < m_lineStart)
        return 1; // a token that began on an earlier line (multi-line string)
    if (m_ascii)
        return std::min(offset, m_len) - m_lineStart + 1;
    if (m_colCacheOffset < m_lineStart || offset < m_colCacheOffset) {
        m_colCacheOffset = m_lineStart;
        m_colCacheColumn = 1;
    }
    // Columns count code points: skip UTF-8 continuation bytes.
    const int end = std::min(offset, m_len);
    int i = m_colCacheOffset;
    for (; i < end; ++i) {
        if (uchar(m_data[i]) >= 0x80)
            break;
    }
    m_colCacheColumn += i - m_colCacheOffset; // the ASCII run
    for (; i < end; ++i) {
        if ((uchar(m_data[i]) & 0xC0) != 0x80)
            ++m_colCacheColumn;
    }
    m_colCacheOffset = offset;
    return m_colCacheColumn;
}

void Tokenizer::newline(int at)
{
    ++m_line;
    m_lineStart = at + 1;
}

bool Tokenizer::fail(int offset, const QString &message)
{
    if (recovering()) {
        emitErrorToken(offset, 1);
        return true;
    }
    m_error = Error{m_line, columnAt(offset), message};
    return false;
}

void Tokenizer::emitErrorToken(int start, int length)
{
    push(TokenKind::Error, start, length);
    m_pos = std::max(m_pos, start + length);
}

// ---- code ----

bool Tokenizer::scanCode()
{
    while (m_pos < m_len) {
        const char c = m_data[m_pos];
        switch (c) {
        case ' ':
        case '\t':
        case '\r':
        case '\f':
            ++m_pos;
            m_spaceBefore = true;
            continue;
        case '\\':
            if (peek(1) == '\n' || (peek(1) == '\r' && peek(2) == '\n')) {
                // A line continuation in code.
                m_pos += peek(1) == '\n' ? 2 : 3;
                newline(m_pos - 1);
                m_spaceBefore = true;
                continue;
            }
            if (peek(1) == '\\') {
                Token &t = push(TokenKind::Op, m_pos, 2);
                t.op = OpClass::InMatch;
                setValueFromSource(t, m_pos, 2);
                m_pos += 2;
                return true;
            }
            return failHere(QStringLiteral("unexpected token: \"\\\""));
        case '\n': {
            const bool significant = !m_tokens.empty() && lexicon::eolMatters(m_tokens.back());
            if (significant)
                push(TokenKind::Eol, m_pos, 1);
            newline(m_pos);
            ++m_pos;
            m_spaceBefore = true;
            continue;
        }
        case '#': {
            const int start = m_pos;
            const char *nl = static_cast<const char *>(std::memchr(m_data + m_pos, '\n', size_t(m_len - m_pos)));
            m_pos = nl ? int(nl - m_data) : m_len;
            if (recovering()) {
                const bool space = m_spaceBefore;
                push(TokenKind::Comment, start, m_pos - start).spaceBefore = space;
                m_spaceBefore = space;
            }
            m_spaceBefore = true;
            continue;
        }
        default:
            break;
        }
        if (lexicon::isDigit(c))
            return scanNumber();
        if (lexicon::isIdentStart(c))
            return scanIdentifier();
        if (c >= 'A' && c <= 'Z')
            return scanAlias();
        const int start = m_pos;
        switch (c) {
        case '"':
        case '\'':
            return beginString(c == '"' ? StrKind::Binary : StrKind::Charlist, c, start);
        case ':':
            return scanColon();
        case '?':
            return scanCharLiteral();
        case '~':
            if (lexicon::isAsciiLetter(peek(1)))
                return scanSigil();
            break;
        case '%':
            push(TokenKind::Percent, start, 1);
            ++m_pos;
            return true;
        case '(':
            push(TokenKind::LParen, start, 1);
            ++m_pos;
            return true;
        case ')':
            push(TokenKind::RParen, start, 1);
            ++m_pos;
            return true;
        case '[':
            push(TokenKind::LBracket, start, 1);
            ++m_pos;
            return true;
        case ']':
            push(TokenKind::RBracket, start, 1);
            ++m_pos;
            return true;
        case '{':
            push(TokenKind::LBrace, start, 1);
            ++m_stack.back().braceDepth;
            ++m_pos;
            return true;
        case '}':
            if (m_stack.back().braceDepth == 0 && m_stack.size() > 1) {
                push(TokenKind::InterpEnd, start, 1);
                ++m_pos;
                m_stack.pop_back();
                m_fragment.clear();
                m_fragmentStart = m_pos;
                return true;
            }
            if (m_stack.back().braceDepth > 0)
                --m_stack.back().braceDepth;
            push(TokenKind::RBrace, start, 1);
            ++m_pos;
            return true;
        case ',':
            push(TokenKind::Comma, start, 1);
            ++m_pos;
            return true;
        case ';':
            push(TokenKind::Semicolon, start, 1);
            ++m_pos;
            return true;
        default:
            break;
        }
        if (scanOperator())
            return true;
        if (m_error)
            return false;
        if (uchar(c) >= 0x80)
            return scanIdentifier();
        if (recovering()) {
            emitErrorToken(m_pos, 1);
            return true;
        }
        return failHere(QStringLiteral("unexpected token: \"%1\"").arg(QLatin1Char(c)));
    }
    return true;
}

bool Tokenizer::scanOperator()
{
    const int start = m_pos;
    const lexicon::OpMatch match = lexicon::matchOperator(m_data + m_pos, m_len - m_pos);
    if (match.length == 0)
        return false;
    m_pos += match.length;
    if (operatorAsName(match, start))
        return true;
    if (match.kind == TokenKind::Op && match.op != OpClass::Dual && match.op != OpClass::Unary
        && match.op != OpClass::Capture && match.op != OpClass::At && !m_tokens.empty()
        && m_tokens.back().kind == TokenKind::Eol) {
        // A binary operator at the start of a line continues the previous one.
        m_tokens.pop_back();
    }
    if (match.kind == TokenKind::Dot && !m_tokens.empty() && m_tokens.back().kind == TokenKind::Eol)
        m_tokens.pop_back();
    Token &t = push(match.kind, start, match.length);
    t.op = match.op;
    t.spaceAfter = m_pos >= m_len || lexicon::isSpace(m_data[m_pos]);
    setValueFromSource(t, start, match.length);
    return true;
}

bool Tokenizer::scanNumber()
{
    const int start = m_pos;
    lexicon::NumberScan scan = lexicon::scanNumber(m_data + m_pos, m_len - m_pos);
    if (scan.length == 0)
        return failHere(QStringLiteral("invalid number"));
    m_pos += scan.length;
    if (m_pos < m_len && (lexicon::isIdentStart(m_data[m_pos]) || (m_data[m_pos] >= 'A' && m_data[m_pos] <= 'Z'))
        && !recovering()) {
        return fail(start, QStringLiteral("invalid character \"%1\" after number %2. If you intended to write a number, "
                                          "make sure to separate the number from the character (using comma, space, etc). "
                                          "If you meant to write a function name or a variable, note that identifiers in "
                                          "Elixir cannot start with numbers. Unexpected token: %1")
                               .arg(QLatin1Char(m_data[m_pos]))
                               .arg(QString::fromUtf8(m_data + start, m_pos - start)));
    }
    Token &t = push(scan.isFloat ? TokenKind::Float : TokenKind::Integer, start, scan.length);
    if (scan.isFloat)
        t.floatValue = scan.floatValue;
    else
        t.intValue = scan.intValue;
    t.big = scan.big;
    if (scan.big)
        setValue(t, scan.digits.constData(), int(scan.digits.size()));
    return true;
}

bool Tokenizer::scanCharLiteral()
{
    const int start = m_pos;
    if (m_pos + 1 >= m_len)
        return failHere(QStringLiteral("unexpected token: \"?\""));
    m_pos += 1;
    qint64 value = 0;
    const char escaped = peek(1);
    if (m_data[m_pos] == '\\' && (escaped == 'x' || escaped == 'u') && !lexicon::isHex(peek(2)) && peek(2) != '{') {
        value = escaped; // `?\x` is just x
        m_pos += 2;
    } else if (m_data[m_pos] == '\\' && m_pos + 1 < m_len) {
        QByteArray out;
        const int before = m_pos;
        if (!unescapeInto(out))
            return false;
        if (out.isEmpty()) // `?\` followed by a newline
            return fail(before, QStringLiteral("invalid character literal"));
        value = lexicon::decodeFirstCodepoint(out.constData(), int(out.size()));
    } else {
        int len = 0;
        value = lexicon::decodeCodepoint(m_data + m_pos, m_len - m_pos, &len);
        if (m_data[m_pos] == '\n')
            newline(m_pos);
        m_pos += std::max(1, len);
    }
    Token &t = push(TokenKind::Integer, start, m_pos - start);
    t.intValue = value;
    return true;
}

} // namespace ectowb::elixir
