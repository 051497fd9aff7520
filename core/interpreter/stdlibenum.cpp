// Enum over lists, ranges, maps and MapSets. Callbacks run through the
// interpreter, so they count against the budget like any call.
#include "stdlib.h"

#include <algorithm>

namespace ectowb::interpreter {

static QString S(const char *s)
{
    return QString::fromLatin1(s);
}

using Items = std::vector<Value>;

// Registers Enum.name/arity whose first argument is enumerated.
template<typename F>
static void addEnum(HostFunctions &f, const char *name, int arity, F body)
{
    f.add(S("Enum"), S(name), arity, [body](const Args &a, Interpreter &in) -> Result<Value> {
        Result<Items> items = enumerate(a[0], in);
        if (!items)
            return items.failure();
        return body(items.value(), a, in);
    });
}

static Result<bool> truthy(Interpreter &in, const Value &fun, const Value &item)
{
    Result<Value> r = in.apply(fun, {item});
    if (!r)
        return r.failure();
    return r->isTruthy();
}

static Result<Value> mapItems(const Items &items, const Value &fun, Interpreter &in)
{
    Items out;
    out.reserve(items.size());
    for (const Value &item : items) {
        Result<Value> r = in.apply(fun, {item});
        if (!r)
            return r;
        out.push_back(r.value());
    }
    return Value::list(std::move(out));
}

static Result<Value> filterItems(const Items &items, const Value &fun, Interpreter &in, bool keep)
{
    Items out;
    for (const Value &item : items) {
        Result<bool> t = truthy(in, fun, item);
        if (!t)
            return t.failure();
        if (t.value() == keep)
            out.push_back(item);
    }
    return Value::list(std::move(out));
}

static Result<Value> reduceItems(const Items &items, size_t start, Value acc, const Value &fun, Interpreter &in)
{
    for (size_t i = start; i < items.size(); ++i) {
        Result<Value> r = in.apply(fun, {items[i], acc});
        if (!r)
            return r;
        acc = r.value();
    }
    return acc;
}

// Sorting with a callback that may fail: the first error wins.
static Result<Items> sortItems(Items items, Interpreter &in, const Value &mapper, const Value &sorter)
{
    std::vector<std::pair<Value, Value>> keyed;
    for (const Value &item : items) {
        Value key = item;
        if (mapper.isFunction()) {
            Result<Value> k = in.apply(mapper, {item});
            if (!k)
                return k.failure();
            key = k.value();
        }
        keyed.emplace_back(key, item);
    }
    std::optional<Error> failure;
    const bool descending = sorter.isAtom(u"desc");
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &x, const auto &y) {
        if (failure)
            return false;
        if (sorter.isFunction()) {
            // Enum.sort/2 keeps x before y when fun(x, y) is truthy: a "less or equal"
            Result<Value> le = in.apply(sorter, {x.first, y.first});
            if (!le) {
                failure = le.failure();
                return false;
            }
            if (!le->isTruthy())
                return false;
            Result<Value> ge = in.apply(sorter, {y.first, x.first});
            return ge && !ge->isTruthy();
        }
        const int c = Value::compare(x.first, y.first);
        return descending ? c > 0 : c < 0;
    });
    if (failure)
        return *failure;
    Items out;
    for (auto &p : keyed)
        out.push_back(p.second);
    return out;
}

static Result<Value> intoCollectable(const Items &items, const Value &target)
{
    if (target.isList())
        return Value::improperList(target.elements(), Value::list(items));
    if (target.isMap() || target.isStruct(u"MapSet")) {
        if (target.isStruct(u"MapSet")) {
            std::vector<Value::Pair> pairs = target.get(S("map"))->pairs();
            for (const Value &item : items)
                pairs.emplace_back(item, Value::list({}));
            return Value::structure(S("MapSet"), {{atomValue("map"), Value::map(std::move(pairs))}});
        }
        std::vector<Value::Pair> pairs = target.pairs();
        for (const Value &item : items) {
            if (!item.isTuple(2))
                return argumentError(QStringLiteral("collecting into a map requires {key, value} tuples, got: ")
                                     + item.inspect());
            pairs.emplace_back(item.elements()[0], item.elements()[1]);
        }
        return Value::map(std::move(pairs));
    }
    return Error{QStringLiteral("protocol Collectable not implemented for ")
                 + target.inspect(), QStringLiteral("Protocol.UndefinedError")};
}

static void registerTransforms(HostFunctions &f)
{
    addEnum(f, "map", 2, [](const Items &i, const Args &a, Interpreter &in) { return mapItems(i, a[1], in); });
    addEnum(f, "filter", 2, [](const Items &i, const Args &a, Interpreter &in) {
        return filterItems(i, a[1], in, true);
    });
    addEnum(f, "reject", 2, [](const Items &i, const Args &a, Interpreter &in) {
        return filterItems(i, a[1], in, false);
    });
    addEnum(f, "split_with", 2, [](const Items &i, const Args &a, Interpreter &in) -> Result<Value> {
        Items kept;
        Items rest;
        for (const Value &item : i) {
            Result<bool> t = truthy(in, a[1], item);
            if (!t)
                return t.failure();
            (t.value() ? kept : rest).push_back(item);
        }
        return Value::tuple({Value::list(std::move(kept)), Value::list(std::move(rest))});
    });
    addEnum(f, "each", 2, [](const Items &i, const Args &a, Interpreter &in) -> Result<Value> {
        Result<Value> r = mapItems(i, a[1], in);
        if (!r)
            return r;
        return atomValue("ok");
    });
    addEnum(f, "flat_map", 2, [](const Items &i, const Args &a, Interpreter &in) -> Result<Value> {
        Items out;
        for (const Value &item : i) {
            Result<Value> r = in.apply(a[1], {item});
            if (!r)
                return r;
            Result<Items> inner = enumerate(r.value(), in);
            if (!inner)
                return inner.failure();
            out.insert(out.end(), inner->begin(), inner->end());
        }
        return Value::list(std::move(out));
    });
    addEnum(f, "reduce", 3, [](const Items &i, const Args &a, Interpreter &in) {
        return reduceItems(i, 0, a[1], a[2], in);
    });
    addEnum(f, "reduce", 2, [](const Items &i, const Args &a, Interpreter &in) -> Result<Value> {
        if (i.empty())
            return Error{S("empty error"), QStringLiteral("Enum.EmptyError")};
        return reduceItems(i, 1, i[0], a[1], in);
    });
    addEnum(f, "with_index", 1, [](const Items &i, const Args &, Interpreter &) -> Result<Value> {
        Items out;
        for (size_t n = 0; n < i.size(); ++n)
            out.push_back(Value::tuple({i[n], Value::integer(qint64(n))}));
        return Value::list(std::move(out));
    });
    addEnum(f, "with_index", 2, [](const Items &i, const Args &a, Interpreter &in) -> Result<Value> {
        Items out;
        for (size_t n = 0; n < i.size(); ++n) {
            if (a[1].isFunction()) {
                Result<Value> r = in.apply(a[1], {i[n], Value::integer(qint64(n))});
                if (!r)
                    return r;
                out.push_back(r.value());
            } else {
                out.push_back(Value::tuple({i[n], Value::integer(qint64(n) + a[1].integerValue())}));
            }
        }
        return Value::list(std::move(out));
    });
    addEnum(f, "zip", 2, [](const Items &i, const Args &a, Interpreter &in) -> Result<Value> {
        Result<Items> other = enumerate(a[1], in);
        if (!other)
            return other.failure();
        Items out;
        for (size_t n = 0; n < std::min(i.size(), other->size()); ++n)
            out.push_back(Value::tuple({i[n], other.value()[n]}));
        return Value::list(std::move(out));
    });
    addEnum(f, "into", 2, [](const Items &i, const Args &a, Interpreter &) { return intoCollectable(i, a[1]); });
    addEnum(f, "into", 3, [](const Items &i, const Args &a, Interpreter &in) -> Result<Value> {
        Result<Value> mapped = mapItems(i, a[2], in);
        if (!mapped)
            return mapped;
        return intoCollectable(mapped->elements(), a[1]);
    });
    addEnum(f, "to_list", 1, [](const Items &i, const Args &, Interpreter &) -> Result<Value> { return Value::list(i); });
    addEnum(f, "reverse", 1, [](const Items &i, const Args &, Interpreter &) -> Result<Value> {
        return Value::list(Items(i.rbegin(), i.rend()));
    });
    addEnum(f, "concat", 2, [](const Items &i, const Args &a, Interpreter &in) -> Result<Value> {
        Result<Items> other = enumerate(a[1], in);
        if (!other)
            return other.failure();
        Items out = i;
        out.insert(out.end(), other->begin(), other->end());
        return Value::list(std::move(out));
    });
    addEnum(f, "concat", 1, [](const Items &i, const Args &, Interpreter &in) -> Result<Value> {
        Items out;
        for (const Value &item : i) {
            Result<Items> inner = enumerate(item, in);
            if (!inner)
                return inner.failure();
            out.insert(out.end(), inner->begin(), inner->end());
        }
        return Value::list(std::move(out));
    });
}

static void registerQueries(HostFunctions &f)
{
    addEnum(f, "find", 2, [](const Items &i, const Args &a, Interpreter &in) -> Result<Value> {
        for (const Value &item : i) {
            Result<bool> t = truthy(in, a[1], item);
            if (!t)
                return t.failure();
            if (t.value())
                return item;
        }
        return Value::nil();
    });
    addEnum(f, "any?", 2, [](const Items &i, const Args &a, Interpreter &in) -> Result<Value> {
        for (const Value &item : i) {
            Result<bool> t = truthy(in, a[1], item);
            if (!t || t.value())
                return t ? Result<Value>(Value::boolean(true)) : Result<Value>(t.failure());
        }
        return Value::boolean(false);
    });
    addEnum(f, "any?", 1, [](const Items &i, const Args &, Interpreter &) -> Result<Value> {
        return Value::boolean(std::any_of(i.begin(), i.end(), [](const Value &v) { return v.isTruthy(); }));
    });
    addEnum(f, "all?", 2, [](const Items &i, const Args &a, Interpreter &in) -> Result<Value> {
        for (const Value &item : i) {
            Result<bool> t = truthy(in, a[1], item);
            if (!t || !t.value())
                return t ? Result<Value>(Value::boolean(false)) : Result<Value>(t.failure());
        }
        return Value::boolean(true);
    });
    addEnum(f, "all?", 1, [](const Items &i, const Args &, Interpreter &) -> Result<Value> {
        return Value::boolean(std::all_of(i.begin(), i.end(), [](const Value &v) { return v.isTruthy(); }));
    });
    addEnum(f, "member?", 2, [](const Items &i, const Args &a, Interpreter &) -> Result<Value> {
        return Value::boolean(
            std::any_of(i.begin(), i.end(), [&](const Value &v) { return Value::strictEqual(v, a[1]); }));
    });
    addEnum(f, "count", 1, [](const Items &i, const Args &, Interpreter &) -> Result<Value> {
        return Value::integer(qint64(i.size()));
    });
    addEnum(f, "count", 2, [](const Items &i, const Args &a, Interpreter &in) -> Result<Value> {
        Result<Value> kept = filterItems(i, a[1], in, true);
        if (!kept)
            return kept;
        return Value::integer(qint64(kept->elements().size()));
    });
    addEnum(f, "empty?", 1, [](const Items &i, const Args &, Interpreter &) -> Result<Value> {
        return Value::boolean(i.empty());
    });
    addEnum(f, "sum", 1, [](const Items &i, const Args &, Interpreter &in) -> Result<Value> {
        Value acc = Value::integer(0);
        for (const Value &item : i) {
            Result<Value> r = in.call(S("Kernel"), S("+"), {acc, item});
            if (!r)
                return r;
            acc = r.value();
        }
        return acc;
    });
    addEnum(f, "join", 1, [](const Items &i, const Args &, Interpreter &) -> Result<Value> {
        QString out;
        for (const Value &item : i) {
            Result<QString> s = item.toString();
            if (!s)
                return s.failure();
            out += s.value();
        }
        return Value::string(out);
    });
    addEnum(f, "join", 2, [](const Items &i, const Args &a, Interpreter &) -> Result<Value> {
        QStringList parts;
        for (const Value &item : i) {
            Result<QString> s = item.toString();
            if (!s)
                return Error{s.failure().message, QStringLiteral("Protocol.UndefinedError")};
            parts << s.value();
        }
        return Value::string(parts.join(a[1].text()));
    });
    addEnum(f, "at", 2, [](const Items &i, const Args &a, Interpreter &) -> Result<Value> {
        qint64 n = a[1].integerValue();
        n = n < 0 ? n + qint64(i.size()) : n;
        return n >= 0 && n < qint64(i.size()) ? i[size_t(n)] : Value::nil();
    });
    addEnum(f, "at", 3, [](const Items &i, const Args &a, Interpreter &) -> Result<Value> {
        qint64 n = a[1].integerValue();
        n = n < 0 ? n + qint64(i.size()) : n;
        return n >= 0 && n < qint64(i.size()) ? i[size_t(n)] : a[2];
    });
}

static Result<Value> extreme(const Items &i, bool max, const Value &by, Interpreter &in)
{
    if (i.empty())
        return Error{S("empty error"), QStringLiteral("Enum.EmptyError")};
    size_t best = 0;
    Value bestKey = i[0];
    for (size_t n = 0; n < i.size(); ++n) {
        Value key = i[n];
        if (by.isFunction()) {
            Result<Value> k = in.apply(by, {i[n]});
            if (!k)
                return k;
            key = k.value();
        }
        const int c = Value::compare(key, bestKey);
        if (n == 0 || (max ? c > 0 : c < 0)) {
            best = n;
            bestKey = key;
        }
    }
    return i[best];
}

static void registerOrdering(HostFunctions &f)
{
    addEnum(f, "sort", 1, [](const Items &i, const Args &, Interpreter &in) -> Result<Value> {
        Result<Items> s = sortItems(i, in, Value(), Value());
        return s ? Result<Value>(Value::list(s.value())) : Result<Value>(s.failure());
    });
    addEnum(f, "sort", 2, [](const Items &i, const Args &a, Interpreter &in) -> Result<Value> {
        Result<Items> s = sortItems(i, in, Value(), a[1]);
        return s ? Result<Value>(Value::list(s.value())) : Result<Value>(s.failure());
    });
    addEnum(f, "sort_by", 2, [](const Items &i, const Args &a, Interpreter &in) -> Result<Value> {
        Result<Items> s = sortItems(i, in, a[1], Value());
        return s ? Result<Value>(Value::list(s.value())) : Result<Value>(s.failure());
    });
    addEnum(f, "sort_by", 3, [](const Items &i, const Args &a, Interpreter &in) -> Result<Value> {
        Result<Items> s = sortItems(i, in, a[1], a[2]);
        return s ? Result<Value>(Value::list(s.value())) : Result<Value>(s.failure());
    });
    addEnum(f, "min", 1, [](const Items &i, const Args &, Interpreter &in) { return extreme(i, false, Value(), in); });
    addEnum(f, "max", 1, [](const Items &i, const Args &, Interpreter &in) { return extreme(i, true, Value(), in); });
    addEnum(f, "min_by", 2, [](const Items &i, const Args &a, Interpreter &in) { return extreme(i, false, a[1], in); });
    addEnum(f, "max_by", 2, [](const Items &i, const Args &a, Interpreter &in) { return extreme(i, true, a[1], in); });
    addEnum(f, "uniq", 1, [](const Items &i, const Args &, Interpreter &) -> Result<Value> {
        Items out;
        for (const Value &v : i) {
            if (std::none_of(out.begin(), out.end(), [&](const Value &o) { return Value::strictEqual(o, v); }))
                out.push_back(v);
        }
        return Value::list(std::move(out));
    });
    addEnum(f, "uniq_by", 2, [](const Items &i, const Args &a, Interpreter &in) -> Result<Value> {
        Items out;
        Items keys;
        for (const Value &v : i) {
            Result<Value> k = in.apply(a[1], {v});
            if (!k)
                return k;
            if (std::none_of(keys.begin(), keys.end(), [&](const Value &o) { return Value::strictEqual(o, *k); })) {
                keys.push_back(k.value());
                out.push_back(v);
            }
        }
        return Value::list(std::move(out));
    });
    addEnum(f, "dedup", 1, [](const Items &i, const Args &, Interpreter &) -> Result<Value> {
        Items out;
        for (const Value &v : i) {
            if (out.empty() || !Value::strictEqual(out.back(), v))
                out.push_back(v);
        }
        return Value::list(std::move(out));
    });
    addEnum(f, "group_by", 2, [](const Items &i, const Args &a, Interpreter &in) -> Result<Value> {
        std::vector<std::pair<Value, Items>> groups;
        for (const Value &v : i) {
            Result<Value> k = in.apply(a[1], {v});
            if (!k)
                return k;
            auto it = std::find_if(groups.begin(), groups.end(),
                                   [&](const auto &g) { return Value::strictEqual(g.first, *k); });
            if (it == groups.end())
                groups.emplace_back(k.value(), Items{v});
            else
                it->second.push_back(v);
        }
        std::vector<Value::Pair> pairs;
        for (auto &g : groups)
            pairs.emplace_back(g.first, Value::list(std::move(g.second)));
        return Value::map(std::move(pairs));
    });
}

static Items slice(const Items &i, qint64 from, qint64 count)
{
    const qint64 n = qint64(i.size());
    from = std::clamp<qint64>(from, 0, n);
    count = std::clamp<qint64>(count, 0, n - from);
    return Items(i.begin() + from, i.begin() + from + count);
}

static void registerSlicing(HostFunctions &f)
{
    addEnum(f, "take", 2, [](const Items &i, const Args &a, Interpreter &) -> Result<Value> {
        const qint64 n = a[1].integerValue();
        return Value::list(n >= 0 ? slice(i, 0, n) : slice(i, qint64(i.size()) + n, -n));
    });
    addEnum(f, "drop", 2, [](const Items &i, const Args &a, Interpreter &) -> Result<Value> {
        const qint64 n = a[1].integerValue();
        return Value::list(n >= 0 ? slice(i, n, qint64(i.size())) : slice(i, 0, qint64(i.size()) + n));
    });
    addEnum(f, "split", 2, [](const Items &i, const Args &a, Interpreter &) -> Result<Value> {
        qint64 n = a[1].integerValue();
        n = n < 0 ? std::max<qint64>(0, qint64(i.size()) + n) : n;
        return Value::tuple({Value::list(slice(i, 0, n)), Value::list(slice(i, n, qint64(i.size())))});
    });
    addEnum(f, "chunk_every", 2, [](const Items &i, const Args &a, Interpreter &) -> Result<Value> {
        const qint64 n = a[1].integerValue();
        if (n <= 0)
            return noClause("Enum.chunk_every", a);
        Items out;
        for (qint64 s = 0; s < qint64(i.size()); s += n)
            out.push_back(Value::list(slice(i, s, n)));
        return Value::list(std::move(out));
    });
    addEnum(f, "slice", 3, [](const Items &i, const Args &a, Interpreter &) -> Result<Value> {
        qint64 from = a[1].integerValue();
        from = from < 0 ? from + qint64(i.size()) : from;
        return Value::list(slice(i, from, a[2].integerValue()));
    });
}

void registerEnum(HostFunctions &f)
{
    registerTransforms(f);
    registerQueries(f);
    registerOrdering(f);
    registerSlicing(f);
}

} // namespace ectowb::interpreter
