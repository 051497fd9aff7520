#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace ectowb::migration {

// An evaluated Elixir value, as far as migrations need them: the literal data a
// migration passes to Ecto (atoms, numbers, strings, lists, tuples, maps) and the
// structs Ecto's builders return (%Table{}, %Index{}, %Reference{}, %Constraint{}),
// kept as their name and the keyword options they were built from.
// nil, true and false are atoms, as in Elixir.
class Term
{
public:
    enum class Kind { Atom, Integer, Float, String, List, Tuple, Map, Struct };
    using Pair = std::pair<Term, Term>;

    Term() : m_kind(Kind::Atom), m_text(QStringLiteral("nil")) {}

    static Term nil() { return Term(); }
    static Term boolean(bool value) { return atom(value ? QStringLiteral("true") : QStringLiteral("false")); }
    static Term atom(const QString &name);
    static Term integer(qint64 value);
    static Term floating(double value);
    static Term string(const QString &text);
    static Term list(std::vector<Term> elements);
    static Term tuple(std::vector<Term> elements);
    static Term map(std::vector<Pair> pairs);
    // A struct made by an Ecto builder: `name` is "Table", "Index", "Reference" or
    // "Constraint"; `fields` a keyword list (atom keys) of what was given.
    static Term structure(const QString &name, std::vector<Pair> fields);
    // Keyword list [key: value, ...] from pairs with atom keys.
    static Term keyword(const std::vector<std::pair<QString, Term>> &pairs);

    Kind kind() const { return m_kind; }
    bool isAtom() const { return m_kind == Kind::Atom; }
    bool isAtom(const QString &name) const { return isAtom() && m_text == name; }
    bool isNil() const { return isAtom(QStringLiteral("nil")); }
    bool isBoolean() const { return isAtom(QStringLiteral("true")) || isAtom(QStringLiteral("false")); }
    bool isTrue() const { return isAtom(QStringLiteral("true")); }
    // Elixir truthiness: everything but nil and false.
    bool isTruthy() const { return !isNil() && !isAtom(QStringLiteral("false")); }
    bool isInteger() const { return m_kind == Kind::Integer; }
    bool isFloat() const { return m_kind == Kind::Float; }
    bool isNumber() const { return isInteger() || isFloat(); }
    bool isString() const { return m_kind == Kind::String; }
    bool isList() const { return m_kind == Kind::List; }
    bool isTuple() const { return m_kind == Kind::Tuple; }
    bool isTuple(int size) const { return isTuple() && int(m_elements.size()) == size; }
    bool isMap() const { return m_kind == Kind::Map; }
    bool isStruct() const { return m_kind == Kind::Struct; }
    bool isStruct(const QString &name) const { return isStruct() && m_text == name; }
    // A list whose elements are all {atom, value} 2-tuples (the empty list included).
    bool isKeyword() const;

    QString atomName() const { return m_text; }
    QString text() const { return m_text; }
    QString structName() const { return m_text; }
    qint64 integerValue() const { return m_integer; }
    double floatValue() const { return m_float; }
    const std::vector<Term> &elements() const { return m_elements; }
    const std::vector<Pair> &pairs() const { return m_pairs; }

    // The value under `key` in a keyword list or a struct's fields (first occurrence,
    // as Keyword.get/2), or nothing when absent.
    std::optional<Term> get(const QString &key) const;
    bool has(const QString &key) const { return get(key).has_value(); }

    // Kernel.to_string/1 for the values that implement String.Chars here; empty
    // optional for the others (lists of non-chars, tuples, maps).
    std::optional<QString> toElixirString() const;
    // Kernel.inspect/1, close enough for messages.
    QString inspect() const;
    // JSON as Jason encodes it (maps with atom keys sorted as Erlang sorts small
    // maps); empty optional for what Jason refuses (tuples, structs).
    std::optional<QString> toJson() const;

    // Float.to_string/1 (the shortest representation that reads back the same).
    static QString formatFloat(double value);

    bool operator==(const Term &other) const;
    bool operator!=(const Term &other) const { return !(*this == other); }

private:
    Kind m_kind;
    QString m_text; // atom name, string, struct name
    qint64 m_integer = 0;
    double m_float = 0.0;
    std::vector<Term> m_elements; // list, tuple
    std::vector<Pair> m_pairs;    // map, struct fields
};

} // namespace ectowb::migration
