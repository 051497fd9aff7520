#pragma once

#include "common/biginteger.h"
#include "value/decimal.h"

#include <QDate>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace ectowb::changeset {
struct Changeset;
}

namespace ectowb::value {

// A clock time as Elixir's Time keeps it: microseconds plus the precision
// (0..6 digits) that decides how to_iso8601 writes the fraction.
struct ClockTime
{
    int hour = 0;
    int minute = 0;
    int second = 0;
    int microsecond = 0;
    int precision = 0;
    bool operator==(const ClockTime &o) const
    {
        return hour == o.hour && minute == o.minute && second == o.second && microsecond == o.microsecond;
    }
};

// The Elixir values a changeset holds: what JSON params decode to, what Ecto's
// casts produce (Decimal, Date, Time, NaiveDateTime, UTC DateTime) and the literal
// options of changeset steps. nil, true and false are atoms, as in Elixir.
// Immutable; copies share their node.
class Term
{
public:
    enum class Kind : quint8 {
        Atom, Integer, Float, String, Decimal, Date, Time, NaiveDateTime, DateTime, List, Tuple, Map, Regex,
        Changeset, // a %Ecto.Changeset{} held in another one's changes (cast_embed, cast_assoc)
        Binary     // a binary that is not valid UTF-8 (<<148, 99>>), kept byte for byte
    };
    using Pair = std::pair<Term, Term>;

    Term(); // nil
    static Term nil() { return Term(); }
    static Term atom(const QString &name);
    static Term boolean(bool value);
    static Term integer(qint64 value);
    // Any integer; one that fits 64 bits is the same Term as integer(qint64).
    static Term integer(const BigInteger &value);
    static Term floating(double value);
    static Term string(const QString &text);
    // Any binary: a String when the bytes are valid UTF-8, else a Binary, so that
    // each binary has one form and a string never turns into bytes.
    static Term binary(const QByteArray &bytes);
    static Term decimal(const Decimal &value);
    static Term date(QDate value);
    static Term time(const ClockTime &value);
    static Term naiveDateTime(QDate date, const ClockTime &time);
    static Term utcDateTime(QDate date, const ClockTime &time);
    static Term list(std::vector<Term> elements);
    static Term tuple(std::vector<Term> elements);
    static Term map(std::vector<Pair> pairs);
    // ~r/source/modifiers, the source as written between the delimiters.
    static Term regex(const QString &source, const QString &modifiers);
    static Term changeset(std::shared_ptr<const changeset::Changeset> value);
    // [key: value, ...]
    static Term keyword(const std::vector<std::pair<QString, Term>> &pairs);

    Kind kind() const;
    bool isAtom() const { return kind() == Kind::Atom; }
    bool isAtom(QStringView name) const { return isAtom() && text() == name; }
    bool isNil() const { return isAtom(u"nil"); }
    bool isBoolean() const { return isAtom(u"true") || isAtom(u"false"); }
    bool isTrue() const { return isAtom(u"true"); }
    bool isTruthy() const { return !isNil() && !isAtom(u"false"); }
    bool isInteger() const { return kind() == Kind::Integer; }
    bool isFloat() const { return kind() == Kind::Float; }
    bool isNumber() const { return isInteger() || isFloat(); }
    bool isString() const { return kind() == Kind::String; }
    bool isBinary() const { return kind() == Kind::Binary; }
    bool isBitstring() const { return isString() || isBinary(); } // is_binary/1
    bool isDecimal() const { return kind() == Kind::Decimal; }
    bool isList() const { return kind() == Kind::List; }
    bool isTuple() const { return kind() == Kind::Tuple; }
    bool isMap() const { return kind() == Kind::Map; }
    bool isRegex() const { return kind() == Kind::Regex; }
    bool isChangeset() const { return kind() == Kind::Changeset; }
    bool isKeyword() const; // a list of {atom, value} tuples (the empty list too)

    QString text() const; // atom name, string, or regex source (a Binary's bytes decoded lossily)
    QByteArray bytes() const; // the bytes of a String (UTF-8) or a Binary
    QString regexModifiers() const;
    // The integer when it fits 64 bits (fitsInt64()); otherwise the nearest bound,
    // so code that needs the exact value asks bigIntegerValue().
    qint64 integerValue() const;
    bool fitsInt64() const;
    BigInteger bigIntegerValue() const;
    double floatValue() const;
    double numberValue() const; // integer or float as double
    const Decimal &decimalValue() const;
    QDate dateValue() const;
    ClockTime timeValue() const;
    const std::vector<Term> &elements() const; // list, tuple
    const std::vector<Pair> &pairs() const;    // map
    const changeset::Changeset &changesetValue() const;  // changeset

    // Keyword.get/2 on a keyword list, Map.get/2 with an atom or string key on a map.
    std::optional<Term> get(QStringView key) const;
    // Map.get/2 with any key.
    std::optional<Term> mapGet(const Term &key) const;

    // Kernel.to_string/1 (String.Chars), as traverse_errors interpolates; lists
    // as iodata, other values as inspect would show them.
    QString toElixirString() const;
    // to_iso8601/1 of dates and times.
    QString isoText() const;

    // Elixir's == (1 == 1.0, maps by content regardless of order).
    bool looseEquals(const Term &other) const;
    // Elixir's === (1 !== 1.0); used to compare JSON-encoded results.
    bool operator==(const Term &other) const;
    bool operator!=(const Term &other) const { return !(*this == other); }

    struct Node; // shared, immutable storage

private:
    explicit Term(std::shared_ptr<const Node> node) : m_node(std::move(node)) {}
    std::shared_ptr<const Node> m_node;
};

} // namespace ectowb::value
