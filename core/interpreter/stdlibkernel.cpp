// Kernel: operators, type checks, conversions and sigils.
#include "stdlib.h"

#include "function.h"
#include "valueformat.h"

#include <cmath>

namespace ectowb::interpreter {

static Error arithmeticError()
{
    return Error{QStringLiteral("bad argument in arithmetic expression"), QStringLiteral("ArithmeticError")};
}

static Result<Value> arithmetic(const Args &a, char op)
{
    const Value &x = a[0];
    const Value &y = a[1];
    if (!x.isNumber() || !y.isNumber())
        return arithmeticError();
    if (op == '/') {
        if (y.numberValue() == 0)
            return arithmeticError();
        return Value::floating(x.numberValue() / y.numberValue());
    }
    if (x.isInteger() && y.isInteger()) {
        qint64 r = 0;
        bool overflow = !x.fitsInt64() || !y.fitsInt64();
        if (!overflow) {
            switch (op) {
            case '+': overflow = __builtin_add_overflow(x.integerValue(), y.integerValue(), &r); break;
            case '-': overflow = __builtin_sub_overflow(x.integerValue(), y.integerValue(), &r); break;
            default: overflow = __builtin_mul_overflow(x.integerValue(), y.integerValue(), &r); break;
            }
        }
        if (!overflow)
            return Value::integer(r);
        // The BEAM's integers have no size limit: past 64 bits the result is exact.
        const BigInteger bx = x.bigIntegerValue();
        const BigInteger by = y.bigIntegerValue();
        return Value::integer(op == '+' ? bx + by : op == '-' ? bx - by : bx * by);
    }
    const double dx = x.numberValue();
    const double dy = y.numberValue();
    return Value::floating(op == '+' ? dx + dy : op == '-' ? dx - dy : dx * dy);
}

static Result<Value> integerDivision(const Args &a, bool remainder)
{
    if (!a[0].isInteger() || !a[1].isInteger() || a[1].integerValue() == 0)
        return arithmeticError();
    if (!a[0].fitsInt64() || !a[1].fitsInt64())
        return Error{QStringLiteral("div/rem of integers past 64 bits is not supported by this interpreter")};
    const qint64 x = a[0].integerValue();
    const qint64 y = a[1].integerValue();
    // div truncates and rem takes the sign of the dividend, as Erlang's div/rem
    return Value::integer(remainder ? x % y : x / y);
}

static Result<Value> member(const Value &element, const Value &collection, Interpreter &in)
{
    if (collection.isStruct(u"Range")) {
        if (!element.isInteger())
            return Value::boolean(false);
        const qint64 first = collection.get(QStringLiteral("first"))->integerValue();
        const qint64 step = collection.get(QStringLiteral("step"))->integerValue();
        const qint64 n = rangeSize(collection);
        const qint64 offset = element.integerValue() - first;
        return Value::boolean(n > 0 && offset % step == 0 && offset / step >= 0 && offset / step < n);
    }
    Result<std::vector<Value>> items = enumerate(collection, in);
    if (!items)
        return items.failure();
    for (const Value &v : items.value()) {
        if (Value::strictEqual(v, element))
            return Value::boolean(true);
    }
    return Value::boolean(false);
}

static Result<Value> concatLists(const Args &a)
{
    if (!a[0].isProperList())
        return argumentError(QStringLiteral("argument error"));
    return Value::improperList(a[0].elements(), a[1]);
}

static Result<Value> subtractLists(const Args &a)
{
    if (!a[0].isProperList() || !a[1].isProperList())
        return argumentError(QStringLiteral("argument error"));
    std::vector<Value> left = a[0].elements();
    for (const Value &r : a[1].elements()) {
        for (auto it = left.begin(); it != left.end(); ++it) {
            if (Value::strictEqual(*it, r)) {
                left.erase(it);
                break;
            }
        }
    }
    return Value::list(std::move(left));
}

static Result<Value> roundNumber(const Value &v, int mode)
{
    if (v.isInteger())
        return v;
    if (!v.isFloat())
        return arithmeticError();
    const double d = v.floatValue();
    const double r = mode == 0 ? std::round(d) : mode == 1 ? std::trunc(d) : mode == 2 ? std::floor(d) : std::ceil(d);
    return Value::integer(qint64(r));
}

static Result<Value> toStringValue(const Value &v)
{
    Result<QString> s = v.toString();
    if (!s)
        return Error{s.failure().message, QStringLiteral("Protocol.UndefinedError")};
    if (v.isBinary())
        return v;
    return Value::string(s.value());
}

static Result<Value> typeCheck(const Args &a, bool (*check)(const Value &))
{
    return Value::boolean(check(a[0]));
}

static void registerTypeChecks(HostFunctions &f)
{
    const QString k = QStringLiteral("Kernel");
    const std::pair<const char *, bool (*)(const Value &)> checks[] = {
        {"is_atom", [](const Value &v) { return v.isAtom(); }},
        {"is_binary", [](const Value &v) { return v.isBinary(); }},
        {"is_bitstring", [](const Value &v) { return v.isBinary(); }},
        {"is_boolean", [](const Value &v) { return v.isBoolean(); }},
        {"is_float", [](const Value &v) { return v.isFloat(); }},
        {"is_integer", [](const Value &v) { return v.isInteger(); }},
        {"is_number", [](const Value &v) { return v.isNumber(); }},
        {"is_list", [](const Value &v) { return v.isList(); }},
        {"is_map", [](const Value &v) { return v.isMap() || v.isStruct(); }},
        {"is_tuple", [](const Value &v) { return v.isTuple(); }},
        {"is_nil", [](const Value &v) { return v.isNil(); }},
        {"is_function", [](const Value &v) { return v.isFunction(); }},
        {"is_struct", [](const Value &v) { return v.isStruct(); }},
        {"is_pid", [](const Value &) { return false; }},
        {"is_reference", [](const Value &v) { return v.isHost(); }},
    };
    for (const auto &[name, check] : checks) {
        auto fn = check;
        f.add(k, QString::fromLatin1(name), 1, [fn](const Args &a, Interpreter &) { return typeCheck(a, fn); });
    }
    f.add(k, QStringLiteral("is_function"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::boolean(a[0].isFunction() && a[1].isInteger() && a[0].function()->arity == a[1].integerValue());
    });
    f.add(k, QStringLiteral("is_struct"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::boolean(a[0].isStruct() && a[1].isAtom()
                              && QStringLiteral("Elixir.") + a[0].structName() == a[1].atomName());
    });
    f.add(k, QStringLiteral("is_map_key"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::boolean(a[0].get(a[1]).has_value());
    });
}

static void registerOperators(HostFunctions &f)
{
    const QString k = QStringLiteral("Kernel");
    for (char op : {'+', '-', '*', '/'}) {
        f.add(k, QString(QLatin1Char(op)), 2, [op](const Args &a, Interpreter &) { return arithmetic(a, op); });
    }
    f.add(k, QStringLiteral("-"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        if (a[0].isInteger())
            return Value::integer(a[0].bigIntegerValue().negated()); // -INT64_MIN does not fit 64 bits
        if (a[0].isFloat())
            return Value::floating(-a[0].floatValue());
        return arithmeticError();
    });
    f.add(k, QStringLiteral("+"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isNumber())
            return arithmeticError();
        return a[0];
    });
    const std::pair<const char *, int> comparisons[] = {{"==", 0}, {"!=", 1}, {"<", 2}, {">", 3}, {"<=", 4}, {">=", 5}};
    for (const auto &[name, which] : comparisons) {
        const int w = which;
        f.add(k, QString::fromLatin1(name), 2, [w](const Args &a, Interpreter &) -> Result<Value> {
            const int c = Value::compare(a[0], a[1]);
            const bool r = w == 0 ? c == 0 : w == 1 ? c != 0 : w == 2 ? c < 0 : w == 3 ? c > 0 : w == 4 ? c <= 0 : c >= 0;
            return Value::boolean(r);
        });
    }
    f.add(k, QStringLiteral("==="), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::boolean(Value::strictEqual(a[0], a[1]));
    });
    f.add(k, QStringLiteral("!=="), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::boolean(!Value::strictEqual(a[0], a[1]));
    });
    f.add(k, QStringLiteral("not"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isBoolean())
            return argumentError(QStringLiteral("argument error"));
        return Value::boolean(!a[0].isTrue());
    });
    f.add(k, QStringLiteral("!"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::boolean(!a[0].isTruthy());
    });
    f.add(k, QStringLiteral("<>"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isBinary() || !a[1].isBinary())
            return argumentError(QStringLiteral("expected binary arguments for <>, got: %1 and %2")
                                     .arg(a[0].inspect(), a[1].inspect()));
        return Value::binary(a[0].bytes() + a[1].bytes());
    });
    f.add(k, QStringLiteral("++"), 2, [](const Args &a, Interpreter &) { return concatLists(a); });
    f.add(k, QStringLiteral("--"), 2, [](const Args &a, Interpreter &) { return subtractLists(a); });
    f.add(k, QStringLiteral("in"), 2, [](const Args &a, Interpreter &in) { return member(a[0], a[1], in); });
    f.add(k, QStringLiteral(".."), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isInteger() || !a[1].isInteger())
            return argumentError(QStringLiteral("ranges (first..last) expect both sides to be integers"));
        const qint64 step = a[0].integerValue() <= a[1].integerValue() ? 1 : -1;
        return Value::range(a[0].integerValue(), a[1].integerValue(), step);
    });
    f.add(k, QStringLiteral("..//"), 3, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isInteger() || !a[1].isInteger() || !a[2].isInteger() || a[2].integerValue() == 0)
            return argumentError(QStringLiteral("ranges (first..last//step) expect integers and a non-zero step"));
        return Value::range(a[0].integerValue(), a[1].integerValue(), a[2].integerValue());
    });
    f.add(k, QStringLiteral("=~"), 2, [](const Args &a, Interpreter &in) -> Result<Value> {
        if (a[1].isBinary())
            return Value::boolean(a[0].bytes().contains(a[1].bytes()));
        return in.call(QStringLiteral("Regex"), QStringLiteral("match?"), {a[1], a[0]});
    });
}

static void registerNumbers(HostFunctions &f)
{
    const QString k = QStringLiteral("Kernel");
    f.add(k, QStringLiteral("div"), 2, [](const Args &a, Interpreter &) { return integerDivision(a, false); });
    f.add(k, QStringLiteral("rem"), 2, [](const Args &a, Interpreter &) { return integerDivision(a, true); });
    f.add(k, QStringLiteral("abs"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        if (a[0].isInteger())
            return Value::integer(std::abs(a[0].integerValue()));
        if (a[0].isFloat())
            return Value::floating(std::fabs(a[0].floatValue()));
        return arithmeticError();
    });
    f.add(k, QStringLiteral("round"), 1, [](const Args &a, Interpreter &) { return roundNumber(a[0], 0); });
    f.add(k, QStringLiteral("trunc"), 1, [](const Args &a, Interpreter &) { return roundNumber(a[0], 1); });
    f.add(k, QStringLiteral("floor"), 1, [](const Args &a, Interpreter &) { return roundNumber(a[0], 2); });
    f.add(k, QStringLiteral("ceil"), 1, [](const Args &a, Interpreter &) { return roundNumber(a[0], 3); });
    f.add(k, QStringLiteral("max"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::compare(a[0], a[1]) >= 0 ? a[0] : a[1];
    });
    f.add(k, QStringLiteral("min"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::compare(a[0], a[1]) <= 0 ? a[0] : a[1];
    });
}

static void registerData(HostFunctions &f)
{
    const QString k = QStringLiteral("Kernel");
    f.add(k, QStringLiteral("length"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isProperList())
            return argumentError(QStringLiteral("argument error"));
        return Value::integer(qint64(a[0].elements().size()));
    });
    f.add(k, QStringLiteral("hd"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isList() || a[0].elements().empty())
            return argumentError(QStringLiteral("argument error"));
        return a[0].elements().front();
    });
    f.add(k, QStringLiteral("tl"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isList() || a[0].elements().empty())
            return argumentError(QStringLiteral("argument error"));
        const auto &e = a[0].elements();
        return Value::improperList(std::vector<Value>(e.begin() + 1, e.end()), a[0].tail());
    });
    f.add(k, QStringLiteral("elem"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isTuple() || !a[1].isInteger() || a[1].integerValue() < 0
            || a[1].integerValue() >= qint64(a[0].elements().size()))
            return argumentError(QStringLiteral("argument error"));
        return a[0].elements()[size_t(a[1].integerValue())];
    });
    f.add(k, QStringLiteral("put_elem"), 3, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isTuple() || !a[1].isInteger() || a[1].integerValue() < 0
            || a[1].integerValue() >= qint64(a[0].elements().size()))
            return argumentError(QStringLiteral("argument error"));
        std::vector<Value> e = a[0].elements();
        e[size_t(a[1].integerValue())] = a[2];
        return Value::tuple(std::move(e));
    });
    f.add(k, QStringLiteral("tuple_size"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isTuple())
            return argumentError(QStringLiteral("argument error"));
        return Value::integer(qint64(a[0].elements().size()));
    });
    f.add(k, QStringLiteral("map_size"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isMap() && !a[0].isStruct())
            return Error{QStringLiteral("expected a map, got: ") + a[0].inspect(), QStringLiteral("BadMapError")};
        return Value::integer(qint64(a[0].pairs().size()) + (a[0].isStruct() ? 1 : 0));
    });
    f.add(k, QStringLiteral("byte_size"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isBinary())
            return argumentError(QStringLiteral("argument error"));
        return Value::integer(a[0].bytes().size());
    });
    f.add(k, QStringLiteral("to_string"), 1, [](const Args &a, Interpreter &) { return toStringValue(a[0]); });
    f.add(k, QStringLiteral("inspect"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::string(a[0].inspect());
    });
    f.add(k, QStringLiteral("inspect"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::string(a[0].inspect());
    });
    f.add(k, QStringLiteral("apply"), 2, [](const Args &a, Interpreter &in) -> Result<Value> {
        if (!a[1].isProperList())
            return argumentError(QStringLiteral("argument error"));
        return in.apply(a[0], a[1].elements());
    });
    f.add(k, QStringLiteral("apply"), 3, [](const Args &a, Interpreter &in) -> Result<Value> {
        if (!a[0].isAtom() || !a[1].isAtom() || !a[2].isProperList())
            return argumentError(QStringLiteral("argument error"));
        QString module = a[0].atomName();
        if (module.startsWith(u"Elixir."))
            module = module.mid(7);
        return in.call(module, a[1].atomName(), a[2].elements());
    });
    // Module.concat/1,2 and Module.split/1, as elixir/lib/module.ex: aliases and
    // strings joined with ".", nil left out, one "Elixir." in front.
    const QString mod = QStringLiteral("Module");
    const auto concat = [](const std::vector<Value> &parts) -> Result<Value> {
        QStringList names;
        for (const Value &part : parts) {
            QString name;
            if (part.isNil())
                continue;
            if (part.isAtom())
                name = part.atomName();
            else if (part.isBinary())
                name = part.text();
            else
                return argumentError(QStringLiteral("argument error"));
            if (name.startsWith(u"Elixir."))
                name = name.mid(7);
            if (!name.isEmpty())
                names << name;
        }
        return Value::atom(QStringLiteral("Elixir.") + names.join(u'.'));
    };
    f.add(mod, QStringLiteral("concat"), 1, [concat](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isProperList())
            return argumentError(QStringLiteral("argument error"));
        return concat(a[0].elements());
    });
    f.add(mod, QStringLiteral("concat"), 2, [concat](const Args &a, Interpreter &) { return concat({a[0], a[1]}); });
    f.add(mod, QStringLiteral("split"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        const QString name = a[0].isAtom() ? a[0].atomName() : a[0].isBinary() ? a[0].text() : QString();
        if (!name.startsWith(u"Elixir.") || name.size() == 7)
            return argumentError(QStringLiteral("expected an Elixir module, got: %1").arg(a[0].inspect()));
        std::vector<Value> parts;
        for (const QString &part : name.mid(7).split(u'.'))
            parts.push_back(Value::string(part));
        return Value::list(std::move(parts));
    });
    f.add(k, QStringLiteral("then"), 2, [](const Args &a, Interpreter &in) { return in.apply(a[1], {a[0]}); });
    f.add(k, QStringLiteral("to_charlist"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        Result<QString> s = a[0].toString();
        if (!s)
            return s.failure();
        std::vector<Value> chars;
        for (char32_t c : s.value().toUcs4())
            chars.push_back(Value::integer(c));
        return Value::list(std::move(chars));
    });
    f.add(k, QStringLiteral("struct"), 2, [](const Args &a, Interpreter &in) -> Result<Value> {
        Result<Value> base = a[0].isStruct() ? Result<Value>(a[0])
                                             : in.newStruct(a[0].atomName().mid(a[0].atomName().startsWith(u"Elixir.") ? 7 : 0));
        if (!base)
            return base;
        Value result = base.value();
        Result<std::vector<Value>> items = enumerate(a[1], in);
        if (!items)
            return items.failure();
        for (const Value &kv : items.value()) {
            if (kv.isTuple(2) && kv.elements()[0].isAtom() && result.get(kv.elements()[0]))
                result = result.put(kv.elements()[0], kv.elements()[1]);
        }
        return result;
    });
}

void registerSigils(HostFunctions &f);

void registerKernel(HostFunctions &f)
{
    registerTypeChecks(f);
    registerOperators(f);
    registerNumbers(f);
    registerData(f);
    registerSigils(f);
}

} // namespace ectowb::interpreter
