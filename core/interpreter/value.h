#pragma once

#include "common/biginteger.h"
#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace ectowb::interpreter {

// A C++ value that travels inside Elixir terms: the changeset core keeps its
// %Ecto.Changeset{} this way, the query builder its %Ecto.Query{}. The interpreter
// only moves it around, prints it and compares it by identity unless told better.
class HostValue
{
public:
    virtual ~HostValue() = default;
    virtual QString typeName() const = 0;
    virtual QString inspect() const = 0;
    // `==` between two host values; identity by default.
    virtual bool equals(const HostValue &other) const { return this == &other; }
};

struct FunctionData; // closures and function references, defined in function.h
struct ValueData;

// An Elixir term: immutable, copies share their payload. nil, true and false are
// atoms, as in Elixir. Structs (%Date{}, %Decimal{}, %Range{}, project structs) keep
// their module name and fields in definition order; maps keep their pairs in
// Erlang's term order of keys, which is the order Elixir prints and enumerates
// small maps in (so inspect and Enum over maps match the BEAM).
class Value
{
public:
    enum class Kind : quint8 {
        Integer,
        Float,
        Atom,
        Host, // ordered where references sit in Erlang's term order
        Function,
        Tuple,
        Map,
        Struct, // a map with __struct__, ordered as a map
        Regex,  // %Regex{}, ordered as a map
        List,
        Binary,
    };
    using Pair = std::pair<Value, Value>;

    Value(); // nil
    static Value nil() { return Value(); }
    static Value atom(const QString &name);
    static Value boolean(bool value);
    static Value integer(qint64 value);
    // Any integer; one that fits 64 bits is the same Value as integer(qint64).
    static Value integer(const BigInteger &value);
    static Value floating(double value);
    static Value binary(const QByteArray &bytes);
    static Value string(const QString &text) { return binary(text.toUtf8()); }
    // A proper list, or an improper one when `tail` is not a list.
    static Value list(std::vector<Value> elements);
    static Value improperList(std::vector<Value> elements, Value tail);
    static Value tuple(std::vector<Value> elements);
    // Pairs in any order; later duplicates win, as `%{a: 1, a: 2}` does.
    static Value map(std::vector<Pair> pairs);
    // [key: value, ...]
    static Value keyword(const std::vector<std::pair<QString, Value>> &pairs);
    // %module{fields}: `module` without "Elixir." ("Date", "Blog.Post"); field keys are atoms.
    static Value structure(const QString &module, std::vector<Pair> fields);
    // ~r/source/modifiers
    static Value regex(const QString &source, const QString &modifiers);
    static Value function(std::shared_ptr<const FunctionData> function);
    static Value host(std::shared_ptr<const HostValue> value);
    // The common structs, built with the fields Elixir gives them.
    static Value range(qint64 first, qint64 last, qint64 step);

    Kind kind() const { return m_kind; }
    bool isAtom() const { return m_kind == Kind::Atom; }
    bool isAtom(QStringView name) const { return isAtom() && m_atom == name; }
    bool isNil() const { return isAtom(u"nil"); }
    bool isBoolean() const { return isAtom(u"true") || isAtom(u"false"); }
    bool isTrue() const { return isAtom(u"true"); }
    // Elixir truthiness: everything but nil and false.
    bool isTruthy() const { return !isNil() && !isAtom(u"false"); }
    bool isInteger() const { return m_kind == Kind::Integer; }
    bool isFloat() const { return m_kind == Kind::Float; }
    bool isNumber() const { return isInteger() || isFloat(); }
    bool isBinary() const { return m_kind == Kind::Binary; }
    bool isList() const { return m_kind == Kind::List; }
    bool isProperList() const;
    bool isTuple() const { return m_kind == Kind::Tuple; }
    bool isTuple(int size) const;
    bool isMap() const { return m_kind == Kind::Map; }
    bool isStruct() const { return m_kind == Kind::Struct || m_kind == Kind::Regex; }
    bool isStruct(QStringView module) const;
    bool isRegex() const { return m_kind == Kind::Regex; }
    bool isFunction() const { return m_kind == Kind::Function; }
    bool isHost() const { return m_kind == Kind::Host; }
    // A list whose elements are all {atom, value} 2-tuples (the empty list included).
    bool isKeyword() const;

    QString atomName() const { return m_atom; }
    // The integer when it fits 64 bits (fitsInt64()); otherwise the nearest bound,
    // so code that needs the exact value asks bigIntegerValue().
    qint64 integerValue() const { return m_integer; }
    bool fitsInt64() const { return !isInteger() || !m_data; }
    BigInteger bigIntegerValue() const;
    double floatValue() const { return m_float; }
    double numberValue() const;
    QByteArray bytes() const;
    QString text() const; // a binary decoded as UTF-8
    // List elements (without an improper tail) or tuple elements.
    const std::vector<Value> &elements() const;
    Value tail() const; // [] for proper lists
    // Map pairs, or struct fields (atom keys, without __struct__).
    const std::vector<Pair> &pairs() const;
    QString structName() const; // "Date", "Blog.Post", "Regex"
    QString regexSource() const;
    QString regexModifiers() const;
    std::shared_ptr<const FunctionData> function() const;
    std::shared_ptr<const HostValue> hostValue() const;
    template<typename T>
    const T *hostAs() const
    {
        return dynamic_cast<const T *>(hostValue().get());
    }

    // Map.get/2 and struct field access; nothing when absent. Keys compare with ===.
    std::optional<Value> get(const Value &key) const;
    std::optional<Value> get(const QString &atomKey) const { return get(atom(atomKey)); }
    // Map.put/3 (structs keep their name).
    Value put(const Value &key, const Value &value) const;

    // Kernel.inspect/1 with `limit: :infinity, printable_limit: :infinity`.
    QString inspect() const;
    // Kernel.to_string/1 (String.Chars); an error for tuples, maps and other terms
    // without the protocol, worded as Protocol.UndefinedError.
    Result<QString> toString() const;

    // Erlang term order: -1, 0 or 1. Numbers compare by value (1 == 1.0 compare 0).
    static int compare(const Value &a, const Value &b);
    // `==`: numbers by value.
    static bool equal(const Value &a, const Value &b) { return compare(a, b) == 0; }
    // `===`: 1 and 1.0 differ. Also operator==.
    static bool strictEqual(const Value &a, const Value &b);
    bool operator==(const Value &other) const { return strictEqual(*this, other); }
    bool operator!=(const Value &other) const { return !strictEqual(*this, other); }

private:
    Kind m_kind = Kind::Atom;
    qint64 m_integer = 0;
    double m_float = 0.0;
    QString m_atom;
    std::shared_ptr<const ValueData> m_data;
    friend struct ValueData;
};

} // namespace ectowb::interpreter
