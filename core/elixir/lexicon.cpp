#include "lexicon.h"

#include <cstring>
#include <limits>
#include <vector>

namespace ectowb::elixir::lexicon {

int firstInvalidUtf8(const char *data, int len)
{
    const auto *s = reinterpret_cast<const uchar *>(data);
    int i = 0;
    while (i < len) {
        // Source is mostly ASCII: test eight bytes at a time.
        if (i + 8 <= len) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        uint cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= len)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        static const uint minimum[4] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

qint64 decodeCodepoint(const char *data, int len, int *consumed)
{
    const auto *s = reinterpret_cast<const uchar *>(data);
    *consumed = 1;
    if (len <= 0)
        return 0;
    const uchar c = s[0];
    int extra = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
    if (extra <= 0 || extra >= len)
        return c;
    uint cp = c & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k)
        cp = (cp << 6) | (s[k] & 0x3F);
    *consumed = extra + 1;
    return cp;
}

qint64 decodeFirstCodepoint(const char *data, int len)
{
    int used = 0;
    return decodeCodepoint(data, len, &used);
}

void appendUtf8(QByteArray &out, uint cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

bool eolMatters(const Token &prev)
{
    switch (prev.kind) {
    case TokenKind::Eol:
    case TokenKind::Semicolon:
    case TokenKind::Comma:
    case TokenKind::LParen:
    case TokenKind::LBracket:
    case TokenKind::LBrace:
    case TokenKind::LBinary:
    case TokenKind::Dot:
    case TokenKind::KwIdentifier:
    case TokenKind::InterpBegin:
    case TokenKind::Percent:
    case TokenKind::Fn:
    case TokenKind::Op:
        return false;
    case TokenKind::StringEnd:
        return !prev.kwKey;
    default:
        return true;
    }
}

namespace {
OpMatch op(int length, OpClass cls) { return OpMatch{length, TokenKind::Op, cls}; }
} // namespace

OpMatch matchOperator(const char *p, int n)
{
    auto at = [&](int i) { return i < n ? p[i] : '\0'; };
    const char a = at(0), b = at(1), c = at(2);
    switch (a) {
    case '=':
        if (b == '=' && c == '=') return op(3, OpClass::Comp);
        if (b == '=' || b == '~') return op(2, OpClass::Comp);
        if (b == '>') return op(2, OpClass::Assoc);
        return op(1, OpClass::Match);
    case '!':
        if (b == '=' && c == '=') return op(3, OpClass::Comp);
        if (b == '=') return op(2, OpClass::Comp);
        return op(1, OpClass::Unary);
    case '<':
        if (b == '<' && (c == '<' || c == '~')) return op(3, OpClass::Arrow);
        if (b == '<') return OpMatch{2, TokenKind::LBinary, OpClass::None};
        if (b == '~' && c == '>') return op(3, OpClass::Arrow);
        if (b == '|' && c == '>') return op(3, OpClass::Arrow);
        if (b == '~') return op(2, OpClass::Arrow);
        if (b == '>') return op(2, OpClass::Concat);
        if (b == '=') return op(2, OpClass::Rel);
        if (b == '-') return op(2, OpClass::InMatch);
        return op(1, OpClass::Rel);
    case '>':
        if (b == '>' && c == '>') return op(3, OpClass::Arrow);
        if (b == '>') return OpMatch{2, TokenKind::RBinary, OpClass::None};
        if (b == '=') return op(2, OpClass::Rel);
        return op(1, OpClass::Rel);
    case '|':
        if (b == '|' && c == '|') return op(3, OpClass::Or);
        if (b == '|') return op(2, OpClass::Or);
        if (b == '>') return op(2, OpClass::Arrow);
        return op(1, OpClass::Pipe);
    case '&':
        if (b == '&' && c == '&') return op(3, OpClass::And);
        if (b == '&') return op(2, OpClass::And);
        return op(1, OpClass::Capture);
    case '+':
        if (b == '+' && c == '+') return op(3, OpClass::Concat);
        if (b == '+') return op(2, OpClass::Concat);
        return op(1, OpClass::Dual);
    case '-':
        if (b == '-' && c == '-') return op(3, OpClass::Concat);
        if (b == '-') return op(2, OpClass::Concat);
        if (b == '>') return op(2, OpClass::Stab);
        return op(1, OpClass::Dual);
    case '*':
        if (b == '*') return op(2, OpClass::Power);
        return op(1, OpClass::Mult);
    case '/':
        if (b == '/') return op(2, OpClass::Ternary);
        return op(1, OpClass::Mult);
    case '^':
        if (b == '^' && c == '^') return op(3, OpClass::Xor);
        return op(1, OpClass::Unary);
    case '~':
        if (b == '~' && c == '~') return op(3, OpClass::Unary);
        if (b == '>' && c == '>') return op(3, OpClass::Arrow);
        if (b == '>') return op(2, OpClass::Arrow);
        return {};
    case '.':
        if (b == '.' && c == '.') return OpMatch{3, TokenKind::Identifier, OpClass::None};
        if (b == '.') return op(2, OpClass::Range);
        return OpMatch{1, TokenKind::Dot, OpClass::None};
    case '@':
        return op(1, OpClass::At);
    default:
        return {};
    }
}

int matchAtomOperator(const char *p, int n)
{
    const QByteArrayView rest(p, n);
    static const char *const special[] = {"..//", "%{}", "{}", "<<>>", "...", "\\\\", "%", nullptr};
    for (int i = 0; special[i]; ++i) {
        if (rest.startsWith(special[i]))
            return int(qstrlen(special[i]));
    }
    const OpMatch m = matchOperator(p, n);
    if (m.length == 0)
        return 0;
    if (m.kind == TokenKind::LBinary || m.kind == TokenKind::RBinary)
        return m.length == 2 && rest.startsWith("<<") ? 0 : m.length;
    return m.length;
}

namespace {
// Appends decimal digits of value*base+digit to a little decimal bignum.
void bigMulAdd(std::vector<int> &digits, int base, int add)
{
    int carry = add;
    for (int &d : digits) {
        const int v = d * base + carry;
        d = v % 10;
        carry = v / 10;
    }
    while (carry > 0) {
        digits.push_back(carry % 10);
        carry /= 10;
    }
}

int digitValue(char c, int base)
{
    int v = -1;
    if (isDigit(c))
        v = c - '0';
    else if (c >= 'a' && c <= 'f')
        v = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F')
        v = c - 'A' + 10;
    return v < base ? v : -1;
}
} // namespace

NumberScan scanNumber(const char *p, int n)
{
    NumberScan r;
    int base = 10;
    int i = 0;
    if (n > 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'o' || p[1] == 'b')) {
        const int b = p[1] == 'x' ? 16 : p[1] == 'o' ? 8 : 2;
        if (digitValue(p[2], b) >= 0) {
            base = b;
            i = 2;
        }
    }
    std::vector<int> big;
    quint64 value = 0;
    bool overflow = false;
    auto addDigit = [&](int d) {
        if (!overflow) {
            quint64 next = 0;
            if (__builtin_mul_overflow(value, quint64(base), &next) || __builtin_add_overflow(next, quint64(d), &next)
                || next > quint64(std::numeric_limits<qint64>::max())) {
                overflow = true;
                for (quint64 v = value; v > 0; v /= 10)
                    big.push_back(int(v % 10));
            } else {
                value = next;
                return;
            }
        }
        bigMulAdd(big, base, d);
    };
    const int digitsStart = i;
    while (i < n) {
        const int d = digitValue(p[i], base);
        if (d >= 0) {
            addDigit(d);
            ++i;
        } else if (p[i] == '_' && i > digitsStart && i + 1 < n && digitValue(p[i + 1], base) >= 0) {
            ++i;
        } else {
            break;
        }
    }
    if (base == 10 && i + 1 < n && p[i] == '.' && isDigit(p[i + 1])) {
        ++i;
        while (i < n && (isDigit(p[i]) || (p[i] == '_' && i + 1 < n && isDigit(p[i + 1]))))
            ++i;
        if (i + 1 < n && (p[i] == 'e' || p[i] == 'E')) {
            int j = i + 1;
            if (j < n && (p[j] == '+' || p[j] == '-'))
                ++j;
            if (j < n && isDigit(p[j])) {
                i = j;
                while (i < n && isDigit(p[i]))
                    ++i;
            }
        }
        QByteArray text;
        text.reserve(i);
        for (int k = 0; k < i; ++k) {
            if (p[k] != '_')
                text.append(p[k]);
        }
        r.isFloat = true;
        r.floatValue = text.toDouble();
        r.length = i;
        return r;
    }
    r.length = i;
    if (overflow) {
        r.big = true;
        r.digits.reserve(qsizetype(big.size()));
        for (auto it = big.rbegin(); it != big.rend(); ++it)
            r.digits.append(char('0' + *it));
    } else {
        r.intValue = qint64(value);
    }
    return r;
}

int scanIdentifierEnd(const char *data, int len, int pos)
{
    int end = pos;
    while (end < len && isIdentChar(data[end]))
        ++end;
    if (end > pos && end < len && (data[end] == '?' || data[end] == '!'))
        ++end;
    return end;
}

int scanAtomEnd(const char *data, int len, int pos)
{
    int end = pos;
    while (end < len && (isIdentChar(data[end]) || data[end] == '@'))
        ++end;
    if (end > pos && end < len && (data[end] == '?' || data[end] == '!'))
        ++end;
    return end;
}

bool isKeywordColon(const char *data, int len, int pos)
{
    if (pos >= len || data[pos] != ':')
        return false;
    if (pos + 1 >= len)
        return true;
    const char next = data[pos + 1];
    return next == ' ' || next == '\t' || next == '\n' || next == '\r';
}

int matchNotIn(const char *data, int len, int pos)
{
    int i = pos;
    while (i < len && (data[i] == ' ' || data[i] == '\t'))
        ++i;
    if (i == pos || i + 1 >= len || data[i] != 'i' || data[i + 1] != 'n')
        return 0;
    if (i + 2 < len && (isIdentChar(data[i + 2]) || data[i + 2] == ':' || data[i + 2] == '?' || data[i + 2] == '!'))
        return 0;
    return i + 2;
}

Keyword keyword(QByteArrayView name)
{
    if (name.size() < 2 || name.size() > 6)
        return {};
    switch (name[0]) {
    case 'a':
        if (name == "and") return {TokenKind::Op, OpClass::And};
        if (name == "after") return {TokenKind::BlockIdentifier, OpClass::None};
        break;
    case 'c':
        if (name == "catch") return {TokenKind::BlockIdentifier, OpClass::None};
        break;
    case 'd':
        if (name == "do") return {TokenKind::Do, OpClass::None};
        break;
    case 'e':
        if (name == "end") return {TokenKind::End, OpClass::None};
        if (name == "else") return {TokenKind::BlockIdentifier, OpClass::None};
        break;
    case 'f':
        if (name == "fn") return {TokenKind::Fn, OpClass::None};
        if (name == "false") return {TokenKind::Atom, OpClass::None};
        break;
    case 'i':
        if (name == "in") return {TokenKind::Op, OpClass::In};
        break;
    case 'n':
        if (name == "nil") return {TokenKind::Atom, OpClass::None};
        if (name == "not") return {TokenKind::Op, OpClass::Unary};
        break;
    case 'o':
        if (name == "or") return {TokenKind::Op, OpClass::Or};
        break;
    case 'r':
        if (name == "rescue") return {TokenKind::BlockIdentifier, OpClass::None};
        break;
    case 't':
        if (name == "true") return {TokenKind::Atom, OpClass::None};
        break;
    case 'w':
        if (name == "when") return {TokenKind::Op, OpClass::When};
        break;
    default:
        break;
    }
    return {};
}

char sigilCloser(char open)
{
    switch (open) {
    case '(': return ')';
    case '[': return ']';
    case '{': return '}';
    case '<': return '>';
    case '/':
    case '|':
    case '"':
    case '\'':
        return open;
    default:
        return 0;
    }
}

QString terminatorOf(TokenKind open)
{
    switch (open) {
    case TokenKind::LParen: return QStringLiteral(")");
    case TokenKind::LBracket: return QStringLiteral("]");
    case TokenKind::LBrace: return QStringLiteral("}");
    case TokenKind::LBinary: return QStringLiteral(">>");
    default: return QStringLiteral("end");
    }
}

bool restOfLineBlank(const char *data, int len, int &pos)
{
    int i = pos;
    while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r'))
        ++i;
    if (i < len && data[i] == '\n') {
        pos = i + 1;
        return true;
    }
    return false;
}

int heredocIndent(const char *data, int len, int pos, char quote)
{
    int lineStart = pos;
    while (lineStart < len) {
        int i = lineStart;
        while (i < len && (data[i] == ' ' || data[i] == '\t'))
            ++i;
        if (i + 2 < len && data[i] == quote && data[i + 1] == quote && data[i + 2] == quote)
            return i - lineStart;
        while (i < len && data[i] != '\n')
            ++i;
        lineStart = i + 1;
    }
    return 0;
}

} // namespace ectowb::elixir::lexicon
