#include "value/term.h"

#include <QStringDecoder>

#include <algorithm>

namespace ectowb::value {

struct Term::Node
{
    Kind kind = Kind::Atom;
    QString text;
    QByteArray bytes;  // Binary
    QString modifiers; // regex
    qint64 integer = 0;
    std::optional<BigInteger> big; // integers past 64 bits only
    double real = 0.0;
    Decimal decimal;
    QDate date;
    ClockTime time;
    std::vector<Term> elements;
    std::vector<Pair> pairs;
    std::shared_ptr<const changeset::Changeset> changeset;
};

namespace {

std::shared_ptr<Term::Node> makeNode(Term::Kind kind)
{
    auto node = std::make_shared<Term::Node>();
    node->kind = kind;
    return node;
}

const std::shared_ptr<const Term::Node> &nilNode()
{
    static const std::shared_ptr<const Term::Node> node = [] {
        auto n = makeNode(Term::Kind::Atom);
        n->text = QStringLiteral("nil");
        return std::shared_ptr<const Term::Node>(n);
    }();
    return node;
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QString timeIso(const ClockTime &t)
{
    QString out = twoDigits(t.hour) + QLatin1Char(':') + twoDigits(t.minute) + QLatin1Char(':') + twoDigits(t.second);
    if (t.precision > 0)
        out += QLatin1Char('.') + QStringLiteral("%1").arg(t.microsecond, 6, 10, QLatin1Char('0')).left(t.precision);
    return out;
}

QString dateIso(QDate d)
{
    return QStringLiteral("%1-%2-%3").arg(d.year(), 4, 10, QLatin1Char('0')).arg(twoDigits(d.month()), twoDigits(d.day()));
}

bool sameMapContent(const std::vector<Term::Pair> &a, const std::vector<Term::Pair> &b, bool strict)
{
    if (a.size() != b.size())
        return false;
    for (const auto &[key, value] : a) {
        const auto &name = key; // clang 14 cannot capture a structured binding
        const auto it = std::find_if(b.begin(), b.end(), [&](const Term::Pair &p) { return p.first == name; });
        if (it == b.end() || !(strict ? it->second == value : it->second.looseEquals(value)))
            return false;
    }
    return true;
}

} // namespace

Term::Term() : m_node(nilNode()) {}

Term Term::atom(const QString &name)
{
    auto n = makeNode(Kind::Atom);
    n->text = name;
    return Term(n);
}

Term Term::boolean(bool value)
{
    return atom(value ? QStringLiteral("true") : QStringLiteral("false"));
}

Term Term::integer(qint64 value)
{
    auto n = makeNode(Kind::Integer);
    n->integer = value;
    return Term(n);
}

Term Term::integer(const BigInteger &value)
{
    if (value.fitsInt64())
        return integer(value.toInt64());
    auto n = makeNode(Kind::Integer);
    n->integer = value.toInt64();
    n->big = value;
    return Term(n);
}

Term Term::floating(double value)
{
    auto n = makeNode(Kind::Float);
    n->real = value;
    return Term(n);
}

Term Term::string(const QString &text)
{
    auto n = makeNode(Kind::String);
    n->text = text;
    return Term(n);
}

Term Term::binary(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return string(text);
    auto n = makeNode(Kind::Binary);
    n->bytes = bytes;
    n->text = text;
    return Term(n);
}

Term Term::decimal(const Decimal &value)
{
    auto n = makeNode(Kind::Decimal);
    n->decimal = value;
    return Term(n);
}

Term Term::date(QDate value)
{
    auto n = makeNode(Kind::Date);
    n->date = value;
    return Term(n);
}

Term Term::time(const ClockTime &value)
{
    auto n = makeNode(Kind::Time);
    n->time = value;
    return Term(n);
}

Term Term::naiveDateTime(QDate date, const ClockTime &time)
{
    auto n = makeNode(Kind::NaiveDateTime);
    n->date = date;
    n->time = time;
    return Term(n);
}

Term Term::utcDateTime(QDate date, const ClockTime &time)
{
    auto n = makeNode(Kind::DateTime);
    n->date = date;
    n->time = time;
    return Term(n);
}

Term Term::list(std::vector<Term> elements)
{
    auto n = makeNode(Kind::List);
    n->elements = std::move(elements);
    return Term(n);
}

Term Term::tuple(std::vector<Term> elements)
{
    auto n = makeNode(Kind::Tuple);
    n->elements = std::move(elements);
    return Term(n);
}

Term Term::map(std::vector<Pair> pairs)
{
    auto n = makeNode(Kind::Map);
    n->pairs = std::move(pairs);
    return Term(n);
}

Term Term::regex(const QString &source, const QString &modifiers)
{
    auto n = makeNode(Kind::Regex);
    n->text = source;
    n->modifiers = modifiers;
    return Term(n);
}

Term Term::changeset(std::shared_ptr<const changeset::Changeset> value)
{
    auto n = makeNode(Kind::Changeset);
    n->changeset = std::move(value);
    return Term(n);
}

Term Term::keyword(const std::vector<std::pair<QString, Term>> &pairs)
{
    std::vector<Term> items;
    items.reserve(pairs.size());
    for (const auto &[key, value] : pairs)
        items.push_back(tuple({atom(key), value}));
    return list(std::move(items));
}

Term::Kind Term::kind() const { return m_node->kind; }
QString Term::text() const { return m_node->text; }
QByteArray Term::bytes() const { return isBinary() ? m_node->bytes : m_node->text.toUtf8(); }
QString Term::regexModifiers() const { return m_node->modifiers; }
qint64 Term::integerValue() const { return m_node->integer; }
double Term::floatValue() const { return m_node->real; }
bool Term::fitsInt64() const { return !m_node->big; }
BigInteger Term::bigIntegerValue() const { return m_node->big ? *m_node->big : BigInteger::fromInt64(m_node->integer); }
double Term::numberValue() const
{
    if (!isInteger())
        return m_node->real;
    return m_node->big ? m_node->big->toDouble() : double(m_node->integer);
}
const Decimal &Term::decimalValue() const { return m_node->decimal; }
QDate Term::dateValue() const { return m_node->date; }
ClockTime Term::timeValue() const { return m_node->time; }
const std::vector<Term> &Term::elements() const { return m_node->elements; }
const std::vector<Term::Pair> &Term::pairs() const { return m_node->pairs; }
const changeset::Changeset &Term::changesetValue() const { return *m_node->changeset; }

bool Term::isKeyword() const
{
    if (!isList())
        return false;
    return std::all_of(elements().begin(), elements().end(), [](const Term &t) {
        return t.isTuple() && t.elements().size() == 2 && t.elements()[0].isAtom();
    });
}

std::optional<Term> Term::get(QStringView key) const
{
    if (isList()) {
        for (const Term &item : elements()) {
            if (item.isTuple() && item.elements().size() == 2 && item.elements()[0].isAtom(key))
                return item.elements()[1];
        }
        return std::nullopt;
    }
    if (isMap()) {
        for (const auto &[k, v] : pairs()) {
            if ((k.isAtom() || k.isString()) && k.text() == key)
                return v;
        }
    }
    return std::nullopt;
}

std::optional<Term> Term::mapGet(const Term &key) const
{
    for (const auto &[k, v] : pairs()) {
        if (k == key)
            return v;
    }
    return std::nullopt;
}

QString Term::isoText() const
{
    switch (kind()) {
    case Kind::Date:
        return dateIso(dateValue());
    case Kind::Time:
        return timeIso(timeValue());
    case Kind::NaiveDateTime:
        return dateIso(dateValue()) + QLatin1Char('T') + timeIso(timeValue());
    case Kind::DateTime:
        return dateIso(dateValue()) + QLatin1Char('T') + timeIso(timeValue()) + QLatin1Char('Z');
    default:
        return QString();
    }
}

QString Term::toElixirString() const
{
    switch (kind()) {
    case Kind::Atom:
        return isNil() ? QString() : text();
    case Kind::String:
    case Kind::Binary:
        return text();
    case Kind::Integer:
        return m_node->big ? m_node->big->toString() : QString::number(integerValue());
    case Kind::Float:
        return shortestFloatText(floatValue());
    case Kind::Decimal:
        return decimalValue().toString();
    case Kind::Date:
    case Kind::Time:
        return isoText();
    case Kind::NaiveDateTime:
        return dateIso(dateValue()) + QLatin1Char(' ') + timeIso(timeValue());
    case Kind::DateTime:
        return dateIso(dateValue()) + QLatin1Char(' ') + timeIso(timeValue()) + QLatin1Char('Z');
    case Kind::List: {
        QString out; // iodata: strings and atoms' texts concatenated
        for (const Term &e : elements())
            out += e.toElixirString();
        return out;
    }
    case Kind::Tuple:
    case Kind::Map:
        return QString();
    case Kind::Regex:
        return QStringLiteral("~r/") + text() + QLatin1Char('/') + regexModifiers();
    case Kind::Changeset:
        return QString();
    }
    return QString();
}

bool Term::looseEquals(const Term &other) const
{
    if (isInteger() && other.isInteger())
        return *this == other;
    if (isNumber() && other.isNumber())
        return numberValue() == other.numberValue();
    if (kind() != other.kind())
        return false;
    if (isList() || isTuple()) {
        const auto &a = elements();
        const auto &b = other.elements();
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const Term &x, const Term &y) {
                   return x.looseEquals(y);
               });
    }
    if (isMap())
        return sameMapContent(pairs(), other.pairs(), false);
    return *this == other;
}

bool Term::operator==(const Term &other) const
{
    if (m_node == other.m_node)
        return true;
    if (kind() != other.kind())
        return false;
    switch (kind()) {
    case Kind::Atom:
    case Kind::String:
        return text() == other.text();
    case Kind::Integer:
        return integerValue() == other.integerValue() && m_node->big == other.m_node->big;
    case Kind::Float:
        return floatValue() == other.floatValue();
    case Kind::Decimal:
        return decimalValue() == other.decimalValue();
    case Kind::Date:
        return dateValue() == other.dateValue();
    case Kind::Time:
        return timeValue() == other.timeValue();
    case Kind::NaiveDateTime:
    case Kind::DateTime:
        return dateValue() == other.dateValue() && timeValue() == other.timeValue();
    case Kind::List:
    case Kind::Tuple:
        return elements() == other.elements();
    case Kind::Map:
        return sameMapContent(pairs(), other.pairs(), true);
    case Kind::Regex:
        return text() == other.text() && regexModifiers() == other.regexModifiers();
    case Kind::Changeset:
        return m_node->changeset == other.m_node->changeset;
    case Kind::Binary:
        return m_node->bytes == other.m_node->bytes;
    }
    return false;
}

} // namespace ectowb::value
