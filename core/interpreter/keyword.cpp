#include "keyword.h"

namespace ectowb::interpreter::keyword {

namespace {

const std::vector<Value> &entries(const Value &list)
{
    static const std::vector<Value> none;
    return list.isList() ? list.elements() : none;
}

template<typename Matches>
std::optional<Value> firstValue(const Value &list, Matches matches)
{
    for (const Value &kv : entries(list)) {
        if (kv.isTuple(2) && matches(kv.elements()[0]))
            return kv.elements()[1];
    }
    return std::nullopt;
}

} // namespace

std::optional<Value> get(const Value &list, const Value &key)
{
    return firstValue(list, [&](const Value &k) { return Value::strictEqual(k, key); });
}

std::optional<Value> get(const Value &list, QStringView atomKey)
{
    return firstValue(list, [&](const Value &k) { return k.isAtom(atomKey); });
}

Value remove(const Value &list, const Value &key)
{
    std::vector<Value> out;
    for (const Value &kv : entries(list)) {
        if (!(kv.isTuple(2) && Value::strictEqual(kv.elements()[0], key)))
            out.push_back(kv);
    }
    return Value::list(std::move(out));
}

Value put(const Value &list, const Value &key, const Value &value)
{
    std::vector<Value> out{Value::tuple({key, value})};
    const Value rest = remove(list, key);
    out.insert(out.end(), rest.elements().begin(), rest.elements().end());
    return Value::list(std::move(out));
}

Value merge(const Value &left, const Value &right)
{
    std::vector<Value> out;
    for (const Value &kv : entries(left)) {
        if (!(kv.isTuple(2) && get(right, kv.elements()[0])))
            out.push_back(kv);
    }
    const std::vector<Value> &added = entries(right);
    out.insert(out.end(), added.begin(), added.end());
    return Value::list(std::move(out));
}

} // namespace ectowb::interpreter::keyword
