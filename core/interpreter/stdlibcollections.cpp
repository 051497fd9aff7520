// Map, Keyword, List, Tuple, Atom, Integer and Float.
#include "stdlib.h"

#include "keyword.h"
#include "valueformat.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ectowb::interpreter {

static QString S(const char *s)
{
    return QString::fromLatin1(s);
}

static Error badMap(const Value &v)
{
    return Error{QStringLiteral("expected a map, got: ") + v.inspect(), QStringLiteral("BadMapError")};
}

static Error keyError(const Value &key, const Value &in)
{
    return Error{QStringLiteral("key %1 not found in: %2").arg(key.inspect(), in.inspect()), QStringLiteral("KeyError")};
}

static bool isMapLike(const Value &v)
{
    return v.isMap() || v.isStruct();
}

static Value withoutKey(const Value &map, const Value &key)
{
    std::vector<Value::Pair> pairs;
    for (const auto &p : map.pairs()) {
        if (!Value::strictEqual(p.first, key))
            pairs.push_back(p);
    }
    return map.isStruct() ? Value::structure(map.structName(), pairs) : Value::map(pairs);
}

template<typename F>
static void addMap(HostFunctions &f, const char *name, int arity, F body)
{
    f.add(S("Map"), S(name), arity, [body](const Args &a, Interpreter &in) -> Result<Value> {
        if (!isMapLike(a[0]))
            return badMap(a[0]);
        return body(a, in);
    });
}

static void registerMap(HostFunctions &f)
{
    addMap(f, "get", 2, [](const Args &a, Interpreter &) -> Result<Value> { return a[0].get(a[1]).value_or(Value()); });
    addMap(f, "get", 3, [](const Args &a, Interpreter &) -> Result<Value> { return a[0].get(a[1]).value_or(a[2]); });
    addMap(f, "fetch", 2, [](const Args &a, Interpreter &) -> Result<Value> {
        auto v = a[0].get(a[1]);
        return v ? ok(*v) : atomValue("error");
    });
    addMap(f, "fetch!", 2, [](const Args &a, Interpreter &) -> Result<Value> {
        auto v = a[0].get(a[1]);
        if (!v)
            return keyError(a[1], a[0]);
        return *v;
    });
    addMap(f, "put", 3, [](const Args &a, Interpreter &) -> Result<Value> { return a[0].put(a[1], a[2]); });
    addMap(f, "has_key?", 2, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::boolean(a[0].get(a[1]).has_value());
    });
    addMap(f, "keys", 1, [](const Args &a, Interpreter &) -> Result<Value> {
        std::vector<Value> out;
        for (const auto &p : a[0].pairs())
            out.push_back(p.first);
        return Value::list(std::move(out));
    });
    addMap(f, "values", 1, [](const Args &a, Interpreter &) -> Result<Value> {
        std::vector<Value> out;
        for (const auto &p : a[0].pairs())
            out.push_back(p.second);
        return Value::list(std::move(out));
    });
    addMap(f, "to_list", 1, [](const Args &a, Interpreter &in) -> Result<Value> {
        Result<std::vector<Value>> items = enumerate(a[0], in);
        return items ? Result<Value>(Value::list(items.value())) : Result<Value>(items.failure());
    });
    addMap(f, "delete", 2, [](const Args &a, Interpreter &) -> Result<Value> { return withoutKey(a[0], a[1]); });
    addMap(f, "drop", 2, [](const Args &a, Interpreter &) -> Result<Value> {
        Value out = a[0];
        for (const Value &k : a[1].elements())
            out = withoutKey(out, k);
        return out;
    });
    addMap(f, "take", 2, [](const Args &a, Interpreter &) -> Result<Value> {
        std::vector<Value::Pair> pairs;
        for (const Value &k : a[1].elements()) {
            if (auto v = a[0].get(k))
                pairs.emplace_back(k, *v);
        }
        return Value::map(std::move(pairs));
    });
    addMap(f, "merge", 2, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!isMapLike(a[1]))
            return badMap(a[1]);
        Value out = a[0];
        for (const auto &p : a[1].pairs())
            out = out.put(p.first, p.second);
        return out;
    });
    addMap(f, "update", 4, [](const Args &a, Interpreter &in) -> Result<Value> {
        auto v = a[0].get(a[1]);
        if (!v)
            return a[0].put(a[1], a[2]);
        Result<Value> r = in.apply(a[3], {*v});
        return r ? Result<Value>(a[0].put(a[1], r.value())) : r;
    });
    addMap(f, "update!", 3, [](const Args &a, Interpreter &in) -> Result<Value> {
        auto v = a[0].get(a[1]);
        if (!v)
            return keyError(a[1], a[0]);
        Result<Value> r = in.apply(a[2], {*v});
        return r ? Result<Value>(a[0].put(a[1], r.value())) : r;
    });
    addMap(f, "put_new", 3, [](const Args &a, Interpreter &) -> Result<Value> {
        return a[0].get(a[1]) ? a[0] : a[0].put(a[1], a[2]);
    });
    addMap(f, "from_struct", 1, [](const Args &a, Interpreter &) -> Result<Value> { return Value::map(a[0].pairs()); });
    f.add(S("Map"), S("new"), 0, [](const Args &, Interpreter &) -> Result<Value> { return Value::map({}); });
    f.add(S("Map"), S("new"), 1, [](const Args &a, Interpreter &in) -> Result<Value> {
        return in.call(S("Enum"), S("into"), {a[0], Value::map({})});
    });
    f.add(S("Map"), S("new"), 2, [](const Args &a, Interpreter &in) -> Result<Value> {
        return in.call(S("Enum"), S("into"), {a[0], Value::map({}), a[1]});
    });
}

template<typename F>
static void addKeyword(HostFunctions &f, const char *name, int arity, F body)
{
    f.add(S("Keyword"), S(name), arity, [body, name](const Args &a, Interpreter &in) -> Result<Value> {
        if (!a[0].isKeyword())
            return noClause((std::string("Keyword.") + name).c_str(), a);
        return body(a, in);
    });
}

static void registerKeyword(HostFunctions &f)
{
    addKeyword(f, "get", 2, [](const Args &a, Interpreter &) -> Result<Value> {
        return keyword::get(a[0], a[1]).value_or(Value());
    });
    addKeyword(f, "get", 3, [](const Args &a, Interpreter &) -> Result<Value> {
        return keyword::get(a[0], a[1]).value_or(a[2]);
    });
    addKeyword(f, "fetch", 2, [](const Args &a, Interpreter &) -> Result<Value> {
        auto v = keyword::get(a[0], a[1]);
        return v ? ok(*v) : atomValue("error");
    });
    addKeyword(f, "fetch!", 2, [](const Args &a, Interpreter &) -> Result<Value> {
        auto v = keyword::get(a[0], a[1]);
        if (!v)
            return keyError(a[1], a[0]);
        return *v;
    });
    addKeyword(f, "has_key?", 2, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::boolean(keyword::get(a[0], a[1]).has_value());
    });
    addKeyword(f, "put", 3, [](const Args &a, Interpreter &) -> Result<Value> { return keyword::put(a[0], a[1], a[2]); });
    addKeyword(f, "delete", 2, [](const Args &a, Interpreter &) -> Result<Value> { return keyword::remove(a[0], a[1]); });
    addKeyword(f, "keys", 1, [](const Args &a, Interpreter &) -> Result<Value> {
        std::vector<Value> out;
        for (const Value &kv : a[0].elements())
            out.push_back(kv.elements()[0]);
        return Value::list(std::move(out));
    });
    addKeyword(f, "values", 1, [](const Args &a, Interpreter &) -> Result<Value> {
        std::vector<Value> out;
        for (const Value &kv : a[0].elements())
            out.push_back(kv.elements()[1]);
        return Value::list(std::move(out));
    });
    addKeyword(f, "merge", 2, [](const Args &a, Interpreter &) -> Result<Value> { return keyword::merge(a[0], a[1]); });
    addKeyword(f, "take", 2, [](const Args &a, Interpreter &) -> Result<Value> {
        std::vector<Value> out;
        for (const Value &kv : a[0].elements()) {
            if (std::any_of(a[1].elements().begin(), a[1].elements().end(),
                            [&](const Value &k) { return Value::strictEqual(k, kv.elements()[0]); }))
                out.push_back(kv);
        }
        return Value::list(std::move(out));
    });
    addKeyword(f, "drop", 2, [](const Args &a, Interpreter &) -> Result<Value> {
        Value out = a[0];
        for (const Value &k : a[1].elements())
            out = keyword::remove(out, k);
        return out;
    });
    f.add(S("Keyword"), S("keyword?"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::boolean(a[0].isKeyword());
    });
}

static void flattenInto(const Value &list, std::vector<Value> &out)
{
    for (const Value &v : list.elements()) {
        if (v.isList())
            flattenInto(v, out);
        else
            out.push_back(v);
    }
}

static void registerList(HostFunctions &f)
{
    f.add(S("List"), S("first"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        return a[0].elements().empty() ? Value() : a[0].elements().front();
    });
    f.add(S("List"), S("last"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        return a[0].elements().empty() ? Value() : a[0].elements().back();
    });
    f.add(S("List"), S("flatten"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        std::vector<Value> out;
        flattenInto(a[0], out);
        return Value::list(std::move(out));
    });
    f.add(S("List"), S("wrap"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        if (a[0].isList())
            return a[0];
        return a[0].isNil() ? Value::list({}) : Value::list({a[0]});
    });
    f.add(S("List"), S("duplicate"), 2, [](const Args &a, Interpreter &in) -> Result<Value> {
        if (auto e = in.charge(a[1].integerValue()))
            return *e;
        return Value::list(std::vector<Value>(size_t(std::max<qint64>(0, a[1].integerValue())), a[0]));
    });
    f.add(S("List"), S("to_tuple"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::tuple(a[0].elements());
    });
    f.add(S("Tuple"), S("to_list"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isTuple())
            return argumentError(S("argument error"));
        return Value::list(a[0].elements());
    });
    f.add(S("Atom"), S("to_string"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isAtom())
            return argumentError(S("argument error"));
        return Value::string(a[0].atomName());
    });
}

static void registerNumbers(HostFunctions &f)
{
    f.add(S("Integer"), S("to_string"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isInteger())
            return noClause("Integer.to_string", a);
        return Value::string(QString::number(a[0].integerValue()));
    });
    f.add(S("Integer"), S("parse"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        const QString s = a[0].text();
        qsizetype end = 0;
        if (end < s.size() && (s.at(end) == u'-' || s.at(end) == u'+'))
            ++end;
        const qsizetype digitsStart = end;
        while (end < s.size() && s.at(end).isDigit() && s.at(end).unicode() < 128)
            ++end;
        if (end == digitsStart)
            return atomValue("error");
        return Value::tuple({Value::integer(s.left(end).toLongLong()), Value::string(s.mid(end))});
    });
    f.add(S("Float"), S("round"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isFloat())
            return noClause("Float.round", a);
        // Float.round/2 rounds the exact binary value half away from zero: 2.675
        // is really 2.67499999... and rounds down. printf's digits are exact.
        const int digits = int(std::clamp<qint64>(a[1].integerValue(), 0, 15));
        const double value = a[0].floatValue();
        const QString exact = QString::asprintf("%.60f", std::fabs(value));
        const qsizetype point = exact.indexOf(u'.');
        QString kept = exact.left(point + 1 + digits);
        const bool up = exact.at(point + 1 + digits).digitValue() >= 5;
        double rounded = kept.toDouble();
        if (up)
            rounded = (QString::number(std::round(rounded * std::pow(10.0, digits)) + 1, 'f', 0).toDouble())
                      / std::pow(10.0, digits);
        return Value::floating(value < 0 ? -rounded : rounded);
    });
    f.add(S("Float"), S("round"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isFloat())
            return noClause("Float.round", a);
        return Value::floating(std::round(a[0].floatValue()));
    });
    f.add(S("Float"), S("to_string"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::string(formatFloat(a[0].floatValue()));
    });
    f.add(S("Float"), S("parse"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        static const QRegularExpression number(QStringLiteral("^[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?"));
        const auto m = number.match(a[0].text());
        if (!m.hasMatch())
            return atomValue("error");
        return Value::tuple({Value::floating(m.captured(0).toDouble()), Value::string(a[0].text().mid(m.capturedEnd()))});
    });
}

static void registerAccess(HostFunctions &f)
{
    f.add(S("Access"), S("get"), 2, [](const Args &a, Interpreter &in) -> Result<Value> {
        return in.call(S("Access"), S("get"), {a[0], a[1], Value()});
    });
    f.add(S("Access"), S("get"), 3, [](const Args &a, Interpreter &) -> Result<Value> {
        if (a[0].isNil())
            return a[2];
        if (a[0].isMap())
            return a[0].get(a[1]).value_or(a[2]);
        if (a[0].isList())
            return keyword::get(a[0], a[1]).value_or(a[2]);
        return Error{QStringLiteral("the Access behaviour is not implemented for ")
                     + a[0].inspect(), QStringLiteral("UndefinedFunctionError")};
    });
}

void registerCollections(HostFunctions &f)
{
    registerAccess(f);
    registerMap(f);
    registerKeyword(f);
    registerList(f);
    registerNumbers(f);
}

} // namespace ectowb::interpreter
