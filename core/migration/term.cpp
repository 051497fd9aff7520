#include "term.h"

#include <QStringList>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace ectowb::migration {

Term Term::atom(const QString &name)
{
    Term t;
    t.m_kind = Kind::Atom;
    t.m_text = name;
    return t;
}

Term Term::integer(qint64 value)
{
    Term t;
    t.m_kind = Kind::Integer;
    t.m_integer = value;
    return t;
}

Term Term::floating(double value)
{
    Term t;
    t.m_kind = Kind::Float;
    t.m_float = value;
    return t;
}

Term Term::string(const QString &text)
{
    Term t;
    t.m_kind = Kind::String;
    t.m_text = text;
    return t;
}

Term Term::list(std::vector<Term> elements)
{
    Term t;
    t.m_kind = Kind::List;
    t.m_text.clear();
    t.m_elements = std::move(elements);
    return t;
}

Term Term::tuple(std::vector<Term> elements)
{
    Term t = list(std::move(elements));
    t.m_kind = Kind::Tuple;
    return t;
}

Term Term::map(std::vector<Pair> pairs)
{
    Term t;
    t.m_kind = Kind::Map;
    t.m_text.clear();
    t.m_pairs = std::move(pairs);
    return t;
}

Term Term::structure(const QString &name, std::vector<Pair> fields)
{
    Term t;
    t.m_kind = Kind::Struct;
    t.m_text = name;
    t.m_pairs = std::move(fields);
    return t;
}

Term Term::keyword(const std::vector<std::pair<QString, Term>> &pairs)
{
    std::vector<Term> elements;
    for (const auto &[key, value] : pairs)
        elements.push_back(tuple({atom(key), value}));
    return list(std::move(elements));
}

bool Term::isKeyword() const
{
    if (!isList())
        return false;
    return std::all_of(m_elements.begin(), m_elements.end(),
                       [](const Term &e) { return e.isTuple(2) && e.elements()[0].isAtom(); });
}

std::optional<Term> Term::get(const QString &key) const
{
    if (isStruct() || isMap()) {
        for (const auto &[k, v] : m_pairs) {
            if (k.isAtom(key))
                return v;
        }
        return std::nullopt;
    }
    if (!isList())
        return std::nullopt;
    for (const Term &e : m_elements) {
        if (e.isTuple(2) && e.elements()[0].isAtom(key))
            return e.elements()[1];
    }
    return std::nullopt;
}

std::optional<QString> Term::toElixirString() const
{
    switch (m_kind) {
    case Kind::Atom:
        return isNil() ? QString() : m_text;
    case Kind::String:
        return m_text;
    case Kind::Integer:
        return QString::number(m_integer);
    case Kind::Float:
        return formatFloat(m_float);
    case Kind::List: {
        // A charlist or a list of strings (iodata).
        QString out;
        for (const Term &e : m_elements) {
            if (e.isInteger())
                out += QChar(char32_t(e.integerValue()));
            else if (e.isString() || e.isList()) {
                auto part = e.toElixirString();
                if (!part)
                    return std::nullopt;
                out += *part;
            } else {
                return std::nullopt;
            }
        }
        return out;
    }
    case Kind::Tuple:
    case Kind::Map:
    case Kind::Struct:
        return std::nullopt;
    }
    return std::nullopt;
}

static QString inspectString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '#':
            out += (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('{')) ? QStringLiteral("\\#") : QStringLiteral("#");
            break;
        default: out += c;
        }
    }
    return out + QLatin1Char('"');
}

static QString inspectAtom(const QString &name)
{
    if (name == QLatin1String("nil") || name == QLatin1String("true") || name == QLatin1String("false"))
        return name;
    if (name.startsWith(QLatin1String("Elixir.")))
        return name.mid(7);
    bool plain = !name.isEmpty() && (name.at(0).isLetter() || name.at(0) == QLatin1Char('_'));
    for (int i = 0; plain && i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool last = i == name.size() - 1;
        plain = c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('@')
                || (last && (c == QLatin1Char('?') || c == QLatin1Char('!')));
    }
    return QLatin1Char(':') + (plain ? name : inspectString(name));
}

QString Term::inspect() const
{
    auto join = [](const std::vector<Term> &items) {
        QStringList parts;
        for (const Term &t : items)
            parts << t.inspect();
        return parts.join(QStringLiteral(", "));
    };
    switch (m_kind) {
    case Kind::Atom: return inspectAtom(m_text);
    case Kind::Integer: return QString::number(m_integer);
    case Kind::Float: return formatFloat(m_float);
    case Kind::String: return inspectString(m_text);
    case Kind::List:
        if (isKeyword() && !m_elements.empty()) {
            QStringList parts;
            for (const Term &e : m_elements)
                parts << e.elements()[0].atomName() + QStringLiteral(": ") + e.elements()[1].inspect();
            return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
        }
        return QLatin1Char('[') + join(m_elements) + QLatin1Char(']');
    case Kind::Tuple: return QLatin1Char('{') + join(m_elements) + QLatin1Char('}');
    case Kind::Map:
    case Kind::Struct: {
        QStringList parts;
        for (const auto &[k, v] : m_pairs)
            parts << (k.isAtom() ? QString(k.atomName() + QStringLiteral(": ")) : QString(k.inspect() + QStringLiteral(" => "))) + v.inspect();
        const QString prefix = isStruct() ? QString(QStringLiteral("%Ecto.Migration.") + m_text) : QStringLiteral("%");
        return prefix + QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    }
    return {};
}

static QString jsonString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\b': out += QStringLiteral("\\b"); break;
        case '\f': out += QStringLiteral("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

std::optional<QString> Term::toJson() const
{
    switch (m_kind) {
    case Kind::Atom:
        if (isNil())
            return QStringLiteral("null");
        if (isBoolean())
            return m_text;
        return jsonString(m_text);
    case Kind::Integer: return QString::number(m_integer);
    case Kind::Float: return formatFloat(m_float);
    case Kind::String: return jsonString(m_text);
    case Kind::List: {
        QStringList parts;
        for (const Term &e : m_elements) {
            auto json = e.toJson();
            if (!json)
                return std::nullopt;
            parts << *json;
        }
        return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    case Kind::Map: {
        // Small Erlang maps iterate in term order: numbers, then atoms, then binaries.
        std::vector<Pair> sorted = m_pairs;
        auto rank = [](const Term &t) { return t.isNumber() ? 0 : t.isAtom() ? 1 : 2; };
        std::stable_sort(sorted.begin(), sorted.end(), [&](const Pair &a, const Pair &b) {
            if (rank(a.first) != rank(b.first))
                return rank(a.first) < rank(b.first);
            return a.first.toElixirString().value_or(QString()) < b.first.toElixirString().value_or(QString());
        });
        QStringList parts;
        for (const auto &[k, v] : sorted) {
            auto key = k.toElixirString();
            auto value = v.toJson();
            if (!key || !value)
                return std::nullopt;
            parts << jsonString(*key) + QLatin1Char(':') + *value;
        }
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    case Kind::Tuple:
    case Kind::Struct:
        return std::nullopt;
    }
    return std::nullopt;
}

// Erlang's io_lib_format:fwrite_g/1, which Elixir uses: the shortest digits that read
// back the same, written as decimals unless the exponent form is shorter.
QString Term::formatFloat(double value)
{
    if (value == 0.0)
        return std::signbit(value) ? QStringLiteral("-0.0") : QStringLiteral("0.0");
    char buffer[64];
    const auto res = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value), std::chars_format::scientific);
    const QString sci = QString::fromLatin1(buffer, int(res.ptr - buffer)); // d.ddde[+-]xx
    const int e = sci.indexOf(QLatin1Char('e'));
    QString digits = sci.left(e);
    digits.remove(QLatin1Char('.'));
    const int exponent = sci.mid(e + 1).toInt();
    const int place = exponent + 1; // value = 0.DIGITS * 10^place
    const int length = int(digits.size());
    QString out;
    if (place == 0) {
        out = QStringLiteral("0.") + digits;
    } else if (place > 0 && place < length) {
        out = digits.left(place) + QLatin1Char('.') + digits.mid(place);
    } else {
        const QString expText = QString::number(place - 1);
        const int expCost = int(expText.size()) + 1 + (length == 1 ? 2 : 1);
        auto exponentForm = [&] {
            return length == 1 ? QString(digits + QStringLiteral(".0e") + expText)
                               : QString(digits.left(1) + QLatin1Char('.') + digits.mid(1) + QLatin1Char('e') + expText);
        };
        if (place < 0)
            out = (2 - place <= expCost) ? QString(QStringLiteral("0.") + QString(-place, QLatin1Char('0')) + digits) : exponentForm();
        else
            out = (place - length + 2 <= expCost) ? QString(digits + QString(place - length, QLatin1Char('0')) + QStringLiteral(".0"))
                                                  : exponentForm();
    }
    return value < 0 ? QString(QLatin1Char('-') + out) : out;
}

bool Term::operator==(const Term &other) const
{
    if (m_kind != other.m_kind)
        return false;
    switch (m_kind) {
    case Kind::Integer: return m_integer == other.m_integer;
    case Kind::Float: return m_float == other.m_float;
    case Kind::Atom:
    case Kind::String: return m_text == other.m_text;
    case Kind::List:
    case Kind::Tuple: return m_elements == other.m_elements;
    case Kind::Map:
    case Kind::Struct: return m_text == other.m_text && m_pairs == other.m_pairs;
    }
    return false;
}

} // namespace ectowb::migration
