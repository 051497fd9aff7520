#include "value.h"

#include "valuedata.h"

#include <algorithm>

namespace ectowb::interpreter {

const ValueData &ValueData::empty()
{
    static const ValueData data;
    return data;
}

Value::Value() : m_atom(QStringLiteral("nil")) {}

Value Value::atom(const QString &name)
{
    Value v;
    v.m_atom = name;
    return v;
}

Value Value::boolean(bool value)
{
    return atom(value ? QStringLiteral("true") : QStringLiteral("false"));
}

Value Value::integer(qint64 value)
{
    Value v;
    v.m_kind = Kind::Integer;
    v.m_atom.clear();
    v.m_integer = value;
    return v;
}

Value Value::integer(const BigInteger &value)
{
    if (value.fitsInt64())
        return integer(value.toInt64());
    auto data = std::make_shared<ValueData>();
    data->integer = value;
    Value v = integer(value.toInt64());
    v.m_data = std::move(data);
    return v;
}

BigInteger Value::bigIntegerValue() const
{
    return fitsInt64() ? BigInteger::fromInt64(m_integer) : m_data->integer;
}

double Value::numberValue() const
{
    if (!isInteger())
        return m_float;
    return fitsInt64() ? double(m_integer) : m_data->integer.toDouble();
}

Value Value::floating(double value)
{
    Value v;
    v.m_kind = Kind::Float;
    v.m_atom.clear();
    v.m_float = value;
    return v;
}

static Value withData(Value::Kind kind, std::shared_ptr<ValueData> data);

Value Value::binary(const QByteArray &bytes)
{
    auto d = std::make_shared<ValueData>();
    d->bytes = bytes;
    return withData(Kind::Binary, std::move(d));
}

Value Value::list(std::vector<Value> elements)
{
    auto d = std::make_shared<ValueData>();
    d->elements = std::move(elements);
    return withData(Kind::List, std::move(d));
}

Value Value::improperList(std::vector<Value> elements, Value tail)
{
    if (tail.isList()) {
        // [a | [b, c]] is the proper list [a, b, c]
        for (const Value &e : tail.elements())
            elements.push_back(e);
        if (tail.m_data && tail.m_data->improper)
            return improperList(std::move(elements), tail.m_data->tail);
        return list(std::move(elements));
    }
    if (elements.empty())
        return tail;
    auto d = std::make_shared<ValueData>();
    d->elements = std::move(elements);
    d->tail = std::move(tail);
    d->improper = true;
    return withData(Kind::List, std::move(d));
}

Value Value::tuple(std::vector<Value> elements)
{
    auto d = std::make_shared<ValueData>();
    d->elements = std::move(elements);
    return withData(Kind::Tuple, std::move(d));
}

Value Value::map(std::vector<Pair> pairs)
{
    // stable sort keeps the later of two equal keys last, and the later one wins
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair &a, const Pair &b) { return compareKeys(a.first, b.first) < 0; });
    std::vector<Pair> unique;
    unique.reserve(pairs.size());
    for (auto &p : pairs) {
        if (!unique.empty() && compareKeys(unique.back().first, p.first) == 0)
            unique.back().second = std::move(p.second);
        else
            unique.push_back(std::move(p));
    }
    auto d = std::make_shared<ValueData>();
    d->pairs = std::move(unique);
    return withData(Kind::Map, std::move(d));
}

Value Value::keyword(const std::vector<std::pair<QString, Value>> &pairs)
{
    std::vector<Value> elements;
    elements.reserve(pairs.size());
    for (const auto &[key, value] : pairs)
        elements.push_back(tuple({atom(key), value}));
    return list(std::move(elements));
}

Value Value::structure(const QString &module, std::vector<Pair> fields)
{
    auto d = std::make_shared<ValueData>();
    d->name = module;
    d->pairs = std::move(fields);
    return withData(Kind::Struct, std::move(d));
}

Value Value::regex(const QString &source, const QString &modifiers)
{
    auto d = std::make_shared<ValueData>();
    d->name = source;
    d->modifiers = modifiers;
    return withData(Kind::Regex, std::move(d));
}

Value Value::function(std::shared_ptr<const FunctionData> function)
{
    auto d = std::make_shared<ValueData>();
    d->function = std::move(function);
    return withData(Kind::Function, std::move(d));
}

Value Value::host(std::shared_ptr<const HostValue> value)
{
    auto d = std::make_shared<ValueData>();
    d->host = std::move(value);
    return withData(Kind::Host, std::move(d));
}

Value Value::range(qint64 first, qint64 last, qint64 step)
{
    return structure(QStringLiteral("Range"), {{atom(QStringLiteral("first")), integer(first)},
                                               {atom(QStringLiteral("last")), integer(last)},
                                               {atom(QStringLiteral("step")), integer(step)}});
}

static Value withData(Value::Kind kind, std::shared_ptr<ValueData> data)
{
    return ValueData::make(kind, std::move(data));
}

Value ValueData::make(Value::Kind kind, std::shared_ptr<const ValueData> data)
{
    Value v;
    v.m_kind = kind;
    v.m_atom.clear();
    v.m_data = std::move(data);
    return v;
}

bool Value::isProperList() const
{
    return isList() && !(m_data && m_data->improper);
}

bool Value::isTuple(int size) const
{
    return isTuple() && int(elements().size()) == size;
}

bool Value::isStruct(QStringView module) const
{
    return isStruct() && structName() == module;
}

bool Value::isKeyword() const
{
    if (!isProperList())
        return false;
    return std::all_of(elements().begin(), elements().end(),
                       [](const Value &e) { return e.isTuple(2) && e.elements()[0].isAtom(); });
}

QByteArray Value::bytes() const
{
    return m_data ? m_data->bytes : QByteArray();
}

QString Value::text() const
{
    return QString::fromUtf8(bytes());
}

const std::vector<Value> &Value::elements() const
{
    return m_data ? m_data->elements : ValueData::empty().elements;
}

Value Value::tail() const
{
    if (m_data && m_data->improper)
        return m_data->tail;
    return list({});
}

const std::vector<Value::Pair> &Value::pairs() const
{
    return m_data ? m_data->pairs : ValueData::empty().pairs;
}

QString Value::structName() const
{
    if (m_kind == Kind::Regex)
        return QStringLiteral("Regex");
    return m_kind == Kind::Struct && m_data ? m_data->name : QString();
}

QString Value::regexSource() const
{
    return m_kind == Kind::Regex && m_data ? m_data->name : QString();
}

QString Value::regexModifiers() const
{
    return m_kind == Kind::Regex && m_data ? m_data->modifiers : QString();
}

std::shared_ptr<const FunctionData> Value::function() const
{
    return m_data ? m_data->function : nullptr;
}

std::shared_ptr<const HostValue> Value::hostValue() const
{
    return m_data ? m_data->host : nullptr;
}

std::optional<Value> Value::get(const Value &key) const
{
    if (m_kind == Kind::Map) {
        const auto &ps = pairs();
        auto it = std::lower_bound(ps.begin(), ps.end(), key,
                                   [](const Pair &p, const Value &k) { return compareKeys(p.first, k) < 0; });
        if (it != ps.end() && compareKeys(it->first, key) == 0)
            return it->second;
        return std::nullopt;
    }
    if (m_kind == Kind::Struct) {
        if (key.isAtom(u"__struct__"))
            return atom(QStringLiteral("Elixir.") + structName());
        for (const auto &p : pairs()) {
            if (strictEqual(p.first, key))
                return p.second;
        }
    }
    return std::nullopt;
}

Value Value::put(const Value &key, const Value &value) const
{
    if (m_kind == Kind::Struct) {
        std::vector<Pair> fields = pairs();
        for (auto &p : fields) {
            if (strictEqual(p.first, key)) {
                p.second = value;
                return structure(structName(), std::move(fields));
            }
        }
        fields.emplace_back(key, value);
        return structure(structName(), std::move(fields));
    }
    std::vector<Pair> ps = m_kind == Kind::Map ? pairs() : std::vector<Pair>();
    ps.emplace_back(key, value);
    return map(std::move(ps));
}

// Erlang's classes in term order; structs and regexes are maps.
static int orderClass(Value::Kind kind)
{
    switch (kind) {
    case Value::Kind::Integer:
    case Value::Kind::Float: return 0;
    case Value::Kind::Atom: return 1;
    case Value::Kind::Host: return 2;
    case Value::Kind::Function: return 3;
    case Value::Kind::Tuple: return 4;
    case Value::Kind::Map:
    case Value::Kind::Struct:
    case Value::Kind::Regex: return 5;
    case Value::Kind::List: return 6;
    case Value::Kind::Binary: return 7;
    }
    return 8;
}

template<typename T>
static int sign(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

static int compareNumbers(const Value &a, const Value &b)
{
    if (a.isInteger() && b.isInteger()) {
        if (a.fitsInt64() && b.fitsInt64())
            return sign(a.integerValue(), b.integerValue());
        return a.bigIntegerValue().compare(b.bigIntegerValue());
    }
    return sign(a.numberValue(), b.numberValue());
}

// Structs and regexes compared as the maps they are.
static std::vector<Value::Pair> mapPairs(const Value &v)
{
    if (v.isMap())
        return v.pairs();
    std::vector<Value::Pair> ps;
    if (v.isRegex()) {
        ps.emplace_back(Value::atom(QStringLiteral("opts")), Value::string(v.regexModifiers()));
        ps.emplace_back(Value::atom(QStringLiteral("source")), Value::string(v.regexSource()));
    } else {
        ps = v.pairs();
    }
    ps.emplace_back(Value::atom(QStringLiteral("__struct__")),
                    Value::atom(QStringLiteral("Elixir.") + v.structName()));
    std::sort(ps.begin(), ps.end(), [](const Value::Pair &x, const Value::Pair &y) {
        return compareKeys(x.first, y.first) < 0;
    });
    return ps;
}

static int compareMaps(const Value &a, const Value &b)
{
    const std::vector<Value::Pair> pa = mapPairs(a);
    const std::vector<Value::Pair> pb = mapPairs(b);
    if (pa.size() != pb.size())
        return sign(pa.size(), pb.size());
    for (size_t i = 0; i < pa.size(); ++i) {
        if (int c = compareKeys(pa[i].first, pb[i].first))
            return c;
    }
    for (size_t i = 0; i < pa.size(); ++i) {
        if (int c = Value::compare(pa[i].second, pb[i].second))
            return c;
    }
    return 0;
}

static int compareLists(const Value &a, const Value &b)
{
    const auto &ea = a.elements();
    const auto &eb = b.elements();
    const size_t n = std::min(ea.size(), eb.size());
    for (size_t i = 0; i < n; ++i) {
        if (int c = Value::compare(ea[i], eb[i]))
            return c;
    }
    if (ea.size() == eb.size())
        return Value::compare(a.tail(), b.tail());
    // the shorter one continues with its tail: [] is smaller than any cons cell
    if (ea.size() < eb.size())
        return a.isProperList() ? -1 : Value::compare(a.tail(), Value::list({eb.begin() + n, eb.end()}));
    return b.isProperList() ? 1 : Value::compare(Value::list({ea.begin() + n, ea.end()}), b.tail());
}

int Value::compare(const Value &a, const Value &b)
{
    const int ca = orderClass(a.kind());
    const int cb = orderClass(b.kind());
    if (ca != cb)
        return sign(ca, cb);
    switch (a.kind()) {
    case Kind::Integer:
    case Kind::Float: return compareNumbers(a, b);
    case Kind::Atom: return sign(a.atomName().toUtf8(), b.atomName().toUtf8());
    case Kind::Host:
        if (a.hostValue() && b.hostValue() && a.hostValue()->equals(*b.hostValue()))
            return 0;
        return sign(a.hostValue().get(), b.hostValue().get());
    case Kind::Function: return sign(a.function().get(), b.function().get());
    case Kind::Tuple: {
        if (a.elements().size() != b.elements().size())
            return sign(a.elements().size(), b.elements().size());
        for (size_t i = 0; i < a.elements().size(); ++i) {
            if (int c = compare(a.elements()[i], b.elements()[i]))
                return c;
        }
        return 0;
    }
    case Kind::Map:
    case Kind::Struct:
    case Kind::Regex: return compareMaps(a, b);
    case Kind::List: return compareLists(a, b);
    case Kind::Binary: return sign(a.bytes(), b.bytes());
    }
    return 0;
}

int compareKeys(const Value &a, const Value &b)
{
    if (a.isNumber() && b.isNumber() && a.kind() != b.kind()) {
        if (int c = compareNumbers(a, b))
            return c;
        return a.isInteger() ? -1 : 1;
    }
    return Value::compare(a, b);
}

bool Value::strictEqual(const Value &a, const Value &b)
{
    if (a.kind() != b.kind())
        return false;
    switch (a.kind()) {
    case Kind::Integer:
        // 64-bit ones (nearly all) without building a BigInteger: this runs on every map lookup.
        if (a.fitsInt64() && b.fitsInt64())
            return a.integerValue() == b.integerValue();
        return a.bigIntegerValue() == b.bigIntegerValue();
    case Kind::Float: return a.floatValue() == b.floatValue();
    case Kind::Atom: return a.atomName() == b.atomName();
    case Kind::Binary: return a.bytes() == b.bytes();
    case Kind::List:
    case Kind::Tuple: {
        if (a.elements().size() != b.elements().size() || a.isProperList() != b.isProperList())
            return false;
        for (size_t i = 0; i < a.elements().size(); ++i) {
            if (!strictEqual(a.elements()[i], b.elements()[i]))
                return false;
        }
        return a.isProperList() || strictEqual(a.tail(), b.tail());
    }
    case Kind::Map:
    case Kind::Struct:
    case Kind::Regex: {
        const auto pa = mapPairs(a);
        const auto pb = mapPairs(b);
        if (pa.size() != pb.size())
            return false;
        for (size_t i = 0; i < pa.size(); ++i) {
            if (!strictEqual(pa[i].first, pb[i].first) || !strictEqual(pa[i].second, pb[i].second))
                return false;
        }
        return true;
    }
    case Kind::Host:
    case Kind::Function: return compare(a, b) == 0;
    }
    return false;
}

} // namespace ectowb::interpreter
