#include "value/termjson.h"

#include <algorithm>

namespace ectowb::value {

namespace {

class Parser
{
public:
    explicit Parser(QByteArrayView text) : m_text(text) {}

    Result<Term> document()
    {
        std::optional<Term> value = parseValue(0);
        skipSpace();
        if (!value || m_pos != m_text.size())
            return Error{m_error.isEmpty() ? QStringLiteral("invalid JSON at offset %1").arg(m_pos) : m_error};
        return *value;
    }

private:
    std::optional<Term> fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("invalid JSON at offset %1: %2").arg(m_pos).arg(what);
        return std::nullopt;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && QByteArrayView(" \t\r\n").contains(m_text[m_pos]))
            ++m_pos;
    }

    bool consume(QByteArrayView literal)
    {
        if (m_text.sliced(m_pos).startsWith(literal)) {
            m_pos += literal.size();
            return true;
        }
        return false;
    }

    std::optional<Term> parseValue(int depth)
    {
        if (depth > 200)
            return fail(QStringLiteral("nested too deeply"));
        skipSpace();
        if (m_pos >= m_text.size())
            return fail(QStringLiteral("unexpected end"));
        const char c = m_text[m_pos];
        if (c == '{')
            return parseObject(depth);
        if (c == '[')
            return parseArray(depth);
        if (c == '"') {
            std::optional<QString> s = parseString();
            return s ? std::optional<Term>(Term::string(*s)) : std::nullopt;
        }
        if (consume("true"))
            return Term::boolean(true);
        if (consume("false"))
            return Term::boolean(false);
        if (consume("null"))
            return Term::nil();
        return parseNumber();
    }

    std::optional<Term> parseNumber()
    {
        const qsizetype start = m_pos;
        bool isFloat = false;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '.' || c == 'e' || c == 'E')
                isFloat = true;
            else if (!((c >= '0' && c <= '9') || c == '-' || c == '+'))
                break;
            ++m_pos;
        }
        const QByteArray digits = m_text.sliced(start, m_pos - start).toByteArray();
        bool ok = false;
        if (isFloat) {
            const double d = digits.toDouble(&ok);
            return ok ? std::optional<Term>(Term::floating(d)) : fail(QStringLiteral("bad number"));
        }
        const qint64 i = digits.toLongLong(&ok);
        if (ok)
            return Term::integer(i);
        // Jason decodes any integer, as the BEAM holds them; past 64 bits it is a big one.
        const std::optional<BigInteger> big = BigInteger::parse(QString::fromLatin1(digits));
        return big ? std::optional<Term>(Term::integer(*big)) : fail(QStringLiteral("bad number"));
    }

    std::optional<QString> parseString()
    {
        ++m_pos; // opening quote
        QByteArray utf8;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            char c = m_text[m_pos++];
            if (uchar(c) < 0x20)
                return failString(QStringLiteral("unescaped control character in a string"));
            if (c != '\\') {
                utf8.append(c);
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            c = m_text[m_pos++];
            switch (c) {
            case 'n': utf8.append('\n'); break;
            case 't': utf8.append('\t'); break;
            case 'r': utf8.append('\r'); break;
            case 'b': utf8.append('\b'); break;
            case 'f': utf8.append('\f'); break;
            case 'u': {
                // Jason's rule: four hex digits, and a surrogate only as a high/low pair.
                std::optional<char32_t> code = hex4();
                if (!code)
                    return failString(QStringLiteral("invalid escape \\u%1").arg(QString::fromLatin1(m_text.sliced(m_pos, qMin<qsizetype>(4, m_text.size() - m_pos)).toByteArray())));
                if (*code >= 0xDC00 && *code < 0xE000)
                    return failString(QStringLiteral("lone low surrogate \\u%1").arg(uint(*code), 4, 16, QLatin1Char('0')));
                if (*code >= 0xD800 && *code < 0xDC00) {
                    const qsizetype at = m_pos;
                    std::optional<char32_t> low = consume("\\u") ? hex4() : std::nullopt;
                    if (!low || *low < 0xDC00 || *low >= 0xE000) {
                        m_pos = at;
                        return failString(QStringLiteral("lone high surrogate \\u%1").arg(uint(*code), 4, 16, QLatin1Char('0')));
                    }
                    code = 0x10000 + ((*code - 0xD800) << 10) + (*low - 0xDC00);
                }
                const char32_t c32 = *code;
                utf8.append(QString::fromUcs4(&c32, 1).toUtf8());
                break;
            }
            case '"': case '\\': case '/': utf8.append(c); break;
            default: return failString(QStringLiteral("invalid escape \\%1").arg(QLatin1Char(c)));
            }
        }
        if (m_pos >= m_text.size()) {
            fail(QStringLiteral("unterminated string"));
            return std::nullopt;
        }
        ++m_pos; // closing quote
        return QString::fromUtf8(utf8);
    }

    std::optional<QString> failString(const QString &why)
    {
        fail(why);
        return std::nullopt;
    }

    std::optional<char32_t> hex4()
    {
        if (m_pos + 4 > m_text.size())
            return std::nullopt;
        char32_t v = 0;
        for (qsizetype i = m_pos; i < m_pos + 4; ++i) {
            const char c = m_text[i];
            const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0)
                return std::nullopt;
            v = v * 16 + char32_t(digit);
        }
        m_pos += 4;
        return v;
    }

    std::optional<Term> parseArray(int depth)
    {
        ++m_pos;
        std::vector<Term> items;
        skipSpace();
        if (consume("]"))
            return Term::list(std::move(items));
        for (;;) {
            std::optional<Term> item = parseValue(depth + 1);
            if (!item)
                return std::nullopt;
            items.push_back(*item);
            skipSpace();
            if (consume("]"))
                return Term::list(std::move(items));
            if (!consume(","))
                return fail(QStringLiteral("expected , or ]"));
        }
    }

    std::optional<Term> parseObject(int depth)
    {
        ++m_pos;
        std::vector<Term::Pair> pairs;
        skipSpace();
        if (consume("}"))
            return Term::map(std::move(pairs));
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                return fail(QStringLiteral("expected a key"));
            std::optional<QString> key = parseString();
            skipSpace();
            if (!key || !consume(":"))
                return fail(QStringLiteral("expected :"));
            std::optional<Term> value = parseValue(depth + 1);
            if (!value)
                return std::nullopt;
            // Jason builds a map: a repeated key keeps its last value.
            const Term keyTerm = Term::string(*key);
            auto same = std::find_if(pairs.begin(), pairs.end(), [&](const Term::Pair &p) { return p.first == keyTerm; });
            if (same != pairs.end())
                same->second = *value;
            else
                pairs.emplace_back(keyTerm, *value);
            skipSpace();
            if (consume("}"))
                return Term::map(std::move(pairs));
            if (!consume(","))
                return fail(QStringLiteral("expected , or }"));
        }
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

void writeString(const QString &text, QByteArray &out)
{
    // Runs of characters that need no escape are appended whole: most strings (SQL
    // text, names) are one run, and a batch writes thousands of them.
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const uchar c = uchar(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\t': out.append("\\t"); break;
        case '\r': out.append("\\r"); break;
        default: out.append("\\u00").append(QByteArray::number(c, 16).rightJustified(2, '0'));
        }
    }
    out.append(run, end - run);
    out.append('"');
}

void writeTerm(const Term &term, QByteArray &out)
{
    switch (term.kind()) {
    case Term::Kind::Atom:
        if (term.isNil() || term.isBoolean())
            out.append(term.isNil() ? "null" : term.text().toLatin1());
        else
            writeString(term.text(), out);
        return;
    case Term::Kind::String:
        writeString(term.text(), out);
        return;
    case Term::Kind::Binary:
        // JSON text is UTF-8: the conformance encoding of other bytes
        out.append("{\"$binary_hex\":\"").append(term.bytes().toHex()).append("\"}");
        return;
    case Term::Kind::Integer:
        out.append(term.toElixirString().toLatin1());
        return;
    case Term::Kind::Float:
        out.append(shortestFloatText(term.floatValue()).toLatin1());
        return;
    case Term::Kind::Decimal:
        out.append("{\"$decimal\":");
        writeString(term.decimalValue().toString(), out);
        out.append('}');
        return;
    case Term::Kind::Date:
    case Term::Kind::Time:
    case Term::Kind::NaiveDateTime:
    case Term::Kind::DateTime:
        writeString(term.isoText(), out);
        return;
    case Term::Kind::Regex:
    case Term::Kind::Changeset:
        writeString(term.toElixirString(), out);
        return;
    case Term::Kind::List:
    case Term::Kind::Tuple: {
        out.append('[');
        bool first = true;
        for (const Term &e : term.elements()) {
            if (!first)
                out.append(',');
            first = false;
            writeTerm(e, out);
        }
        out.append(']');
        return;
    }
    case Term::Kind::Map: {
        out.append('{');
        bool first = true;
        for (const auto &[key, value] : term.pairs()) {
            if (!first)
                out.append(',');
            first = false;
            writeString(key.isString() || key.isAtom() ? key.text() : QString::fromUtf8(TermJson::write(key)), out);
            out.append(':');
            writeTerm(value, out);
        }
        out.append('}');
        return;
    }
    }
}

} // namespace

Result<Term> TermJson::parse(QByteArrayView json)
{
    return Parser(json).document();
}

QByteArray TermJson::write(const Term &term)
{
    QByteArray out;
    writeTerm(term, out);
    return out;
}

} // namespace ectowb::value
