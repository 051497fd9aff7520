// Kernel.inspect/1 and Kernel.to_string/1 of values, matching Elixir 1.14's
// output byte for byte for data terms.
#include "value.h"

#include "valuedata.h"
#include "valueformat.h"

#include <QSet>

#include <charconv>

namespace ectowb::interpreter {

QString formatFloat(double value)
{
    char buffer[64];
    // shortest round-trip digits, as Erlang's float_to_binary(F, [short])
    auto res = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const QByteArray sci(buffer, int(res.ptr - buffer));
    const int e = int(sci.indexOf('e'));
    QByteArray mantissa = sci.left(e);
    const int exponent = sci.mid(e + 1).toInt();
    const bool negative = mantissa.startsWith('-');
    if (negative)
        mantissa.remove(0, 1);
    QByteArray digits = mantissa;
    digits.replace(".", "");
    QByteArray out;
    if (exponent >= -4 && exponent < 16) {
        if (exponent >= 0) {
            while (digits.size() < exponent + 2)
                digits.append('0');
            out = digits.left(exponent + 1) + '.' + digits.mid(exponent + 1);
        } else {
            out = "0." + QByteArray(-exponent - 1, '0') + digits;
        }
        // drop trailing zeros but keep one digit after the point
        while (out.endsWith('0') && out.at(out.size() - 2) != '.')
            out.chop(1);
    } else {
        out = digits.left(1) + '.' + (digits.size() > 1 ? digits.mid(1) : QByteArray("0")) + 'e'
              + QByteArray::number(exponent);
    }
    return QString::fromLatin1((negative ? "-" : "") + out);
}

static bool isIdentifierStart(QChar c)
{
    return c == u'_' || (c.isLetter() && c.isLower()) || (c.isLetter() && !c.isUpper() && c.unicode() > 127);
}

static bool isIdentifierChar(QChar c)
{
    return c == u'_' || c == u'@' || c.isLetterOrNumber();
}

// An identifier-like name that an atom or keyword key prints without quotes.
static bool isPlainName(const QString &name, bool allowAt)
{
    if (name.isEmpty())
        return false;
    const bool alias = name.at(0).isUpper();
    if (!alias && !isIdentifierStart(name.at(0)))
        return false;
    int end = int(name.size());
    if (name.endsWith(u'?') || name.endsWith(u'!'))
        --end;
    for (int i = 1; i < end; ++i) {
        const QChar c = name.at(i);
        if (!isIdentifierChar(c) || (c == u'@' && (!allowAt || alias)))
            return false;
    }
    return end > 0;
}

static bool isOperatorAtom(const QString &name)
{
    static const QSet<QString> ops = [] {
        QSet<QString> s;
        for (const char *op : {"+", "-", "*", "/", "==", "!=", "===", "!==", "<", ">", "<=", ">=", "&&", "||", "!",
                               "<>", "++", "--", "..", "...", "|>", "=", "^", "%", "%{}", "{}", "@", "\\\\", "&",
                               "=~", "->", "<-", "<<>>", "::", "|", "~~~", "&&&", "|||", "<<<", ">>>", "<<~",
                               "~>>", "<~", "~>", "<~>", "<|>", "^^^", "+++", "---", ".", "**", "+++", "..//"})
            s.insert(QString::fromLatin1(op));
        return s;
    }();
    return ops.contains(name);
}

static QString escapeChars(const QString &text, QChar quote)
{
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\n': out += QStringLiteral("\\n"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\v': out += QStringLiteral("\\v"); break;
        case '\b': out += QStringLiteral("\\b"); break;
        case '\f': out += QStringLiteral("\\f"); break;
        case 0x1b: out += QStringLiteral("\\e"); break;
        case 0x07: out += QStringLiteral("\\a"); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '#':
            out += (i + 1 < text.size() && text.at(i + 1) == u'{') ? QStringLiteral("\\#") : QStringLiteral("#");
            break;
        default:
            if (c == quote)
                out += u'\\';
            out += c;
        }
    }
    return out;
}

QString inspectAtom(const QString &name)
{
    if (name == u"nil" || name == u"true" || name == u"false" || name == u"Elixir")
        return name;
    if (name.startsWith(u"Elixir.")) {
        const QString rest = name.mid(7);
        const QStringList parts = rest.split(u'.');
        bool alias = true;
        for (const QString &part : parts)
            alias = alias && !part.isEmpty() && part.at(0).isUpper() && isPlainName(part, false)
                    && !part.endsWith(u'?') && !part.endsWith(u'!');
        if (alias)
            return rest;
    }
    if (isPlainName(name, true) || isOperatorAtom(name))
        return u':' + name;
    return QStringLiteral(":\"") + escapeChars(name, u'"') + u'"';
}

// `key: ` of keyword lists and atom-keyed maps.
QString inspectKey(const QString &name)
{
    if (isPlainName(name, true))
        return name + QStringLiteral(": ");
    return u'"' + escapeChars(name, u'"') + QStringLiteral("\": ");
}

static bool isPrintableCodepoint(char32_t c)
{
    if (c >= 0x20 && c <= 0x7e)
        return true;
    if (c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\b' || c == '\f' || c == 0x1b || c == 0x07)
        return true;
    return c >= 0xa0 && c <= 0x10ffff && !(c >= 0xd800 && c <= 0xdfff) && c != 0xfffe && c != 0xffff;
}

bool isPrintableBinary(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return false;
    for (char32_t c : text.toUcs4()) {
        if (!isPrintableCodepoint(c))
            return false;
    }
    return true;
}

QString inspectBinary(const QByteArray &bytes)
{
    if (isPrintableBinary(bytes))
        return u'"' + escapeChars(QString::fromUtf8(bytes), u'"') + u'"';
    QStringList parts;
    for (char b : bytes)
        parts << QString::number(quint8(b));
    return QStringLiteral("<<") + parts.join(QStringLiteral(", ")) + QStringLiteral(">>");
}

static bool isAsciiPrintableCharlist(const std::vector<Value> &elements)
{
    if (elements.empty())
        return false;
    for (const Value &e : elements) {
        if (!e.isInteger())
            return false;
        const qint64 c = e.integerValue();
        if (!((c >= 0x20 && c <= 0x7e) || c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\b'
              || c == '\f' || c == 0x1b || c == 0x07))
            return false;
    }
    return true;
}

static bool isInspectKeyword(const Value &v)
{
    if (!v.isProperList() || v.elements().empty())
        return false;
    for (const Value &e : v.elements()) {
        if (!e.isTuple(2) || !e.elements()[0].isAtom() || e.elements()[0].atomName().startsWith(u"Elixir."))
            return false;
    }
    return true;
}

static QString inspectList(const Value &v)
{
    const auto &elements = v.elements();
    if (v.isProperList() && isAsciiPrintableCharlist(elements)) {
        QString s;
        for (const Value &e : elements)
            s += QChar(char16_t(e.integerValue()));
        return u'\'' + escapeChars(s, u'\'') + u'\'';
    }
    QStringList parts;
    if (isInspectKeyword(v)) {
        for (const Value &e : elements)
            parts << inspectKey(e.elements()[0].atomName()) + e.elements()[1].inspect();
        return u'[' + parts.join(QStringLiteral(", ")) + u']';
    }
    for (const Value &e : elements)
        parts << e.inspect();
    QString out = u'[' + parts.join(QStringLiteral(", "));
    if (!v.isProperList())
        out += QStringLiteral(" | ") + v.tail().inspect();
    return out + u']';
}

QString inspectPairs(const std::vector<Value::Pair> &pairs)
{
    bool atomKeys = true;
    for (const auto &p : pairs)
        atomKeys = atomKeys && p.first.isAtom() && !p.first.atomName().startsWith(u"Elixir.");
    QStringList parts;
    for (const auto &[key, value] : pairs) {
        if (atomKeys)
            parts << inspectKey(key.atomName()) + value.inspect();
        else
            parts << key.inspect() + QStringLiteral(" => ") + value.inspect();
    }
    return parts.join(QStringLiteral(", "));
}

QString Value::inspect() const
{
    switch (m_kind) {
    case Kind::Integer: return fitsInt64() ? QString::number(m_integer) : bigIntegerValue().toString();
    case Kind::Float: return formatFloat(m_float);
    case Kind::Atom: return inspectAtom(m_atom);
    case Kind::Binary: return inspectBinary(bytes());
    case Kind::List: return inspectList(*this);
    case Kind::Tuple: {
        QStringList parts;
        for (const Value &e : elements())
            parts << e.inspect();
        return u'{' + parts.join(QStringLiteral(", ")) + u'}';
    }
    case Kind::Map: return QStringLiteral("%{") + inspectPairs(pairs()) + u'}';
    case Kind::Struct: return inspectStruct(*this);
    case Kind::Regex: return QStringLiteral("~r/") + regexSource() + u'/' + regexModifiers();
    case Kind::Function: return inspectFunction(*this);
    case Kind::Host: {
        auto h = hostValue();
        return h ? h->inspect() : QStringLiteral("#Host<>");
    }
    }
    return {};
}

static Result<QString> chardataToString(const Value &v)
{
    QString out;
    for (const Value &e : v.elements()) {
        if (e.isInteger() && e.integerValue() >= 0 && e.integerValue() <= 0x10ffff) {
            const char32_t c = char32_t(e.integerValue());
            out += QString::fromUcs4(&c, 1);
        } else if (e.isBinary()) {
            out += e.text();
        } else if (e.isList()) {
            auto inner = chardataToString(e);
            if (!inner)
                return inner;
            out += inner.value();
        } else {
            return Error{QStringLiteral("cannot convert the given list to a string.")};
        }
    }
    if (!v.isProperList()) {
        if (!v.tail().isBinary())
            return Error{QStringLiteral("cannot convert the given list to a string.")};
        out += v.tail().text();
    }
    return out;
}

Result<QString> Value::toString() const
{
    switch (m_kind) {
    case Kind::Integer:
    case Kind::Float: return inspect();
    case Kind::Atom: return isNil() ? QString() : m_atom;
    case Kind::Binary: return text();
    case Kind::List: return chardataToString(*this);
    case Kind::Struct:
        if (auto s = structToString(*this))
            return *s;
        break;
    default: break;
    }
    return Error{QStringLiteral("protocol String.Chars not implemented for ") + inspect() + QStringLiteral(" of type ")
                 + typeNameOf(*this)};
}

} // namespace ectowb::interpreter
