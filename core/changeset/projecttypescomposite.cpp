// {:array, Mod} and {:map, Mod} over a project type module, as Ecto.Type casts and
// compares them (Ecto 3.13, lib/ecto/type.ex: cast_fun/1 of {:array, _} and
// {:map, _}, array_with_index/5, map_each/4, equal_list?/3, equal_map?/3).
#include "projecttypes.h"

#include <algorithm>

namespace ectowb::changeset {

using schema::EctoType;

namespace {

bool isComposite(const EctoType &type)
{
    return type.kind() == EctoType::Kind::Array || type.kind() == EctoType::Kind::Map;
}

// Keyword.update(keys, :source, [at], &[at | &1]): an element's {:error, keys}
// names where it failed, outermost index or key first; a new :source goes last.
std::vector<std::pair<QString, Term>> withSource(std::vector<std::pair<QString, Term>> keys, const Term &at)
{
    const auto source = std::find_if(keys.begin(), keys.end(), [](const auto &kv) { return kv.first == u"source"; });
    if (source == keys.end()) {
        keys.emplace_back(QStringLiteral("source"), Term::list({at}));
        return keys;
    }
    std::vector<Term> path = {at};
    if (source->second.isList())
        path.insert(path.end(), source->second.elements().begin(), source->second.elements().end());
    else
        path.push_back(source->second);
    source->second = Term::list(std::move(path));
    // Keyword.update keeps the first :source and drops any later duplicates.
    keys.erase(std::remove_if(std::next(source), keys.end(), [](const auto &kv) { return kv.first == u"source"; }),
               keys.end());
    return keys;
}

// Map.to_list/1 order, in which Ecto casts a map's values and so meets the first
// failing one: Erlang sorts a small map's binary keys bytewise. Params maps have
// string keys; any other map keeps the order it was given in.
std::vector<Term::Pair> mapToList(const Term &map)
{
    std::vector<Term::Pair> pairs = map.pairs();
    const bool strings = std::all_of(pairs.begin(), pairs.end(), [](const Term::Pair &p) { return p.first.isString(); });
    if (strings)
        std::stable_sort(pairs.begin(), pairs.end(),
                         [](const Term::Pair &a, const Term::Pair &b) { return a.first.bytes() < b.first.bytes(); });
    return pairs;
}

} // namespace

// The :type key of a cast error: the field's type with the leaf as Ecto.Schema
// keeps it ({:array, {:parameterized, {Mod, params}}}).
Term ProjectTypes::typeTerm(const EctoType &type, const Leaf &leaf)
{
    if (type.kind() == EctoType::Kind::Array)
        return Term::tuple({Term::atom(QStringLiteral("array")), typeTerm(type.inner(), leaf)});
    if (type.kind() == EctoType::Kind::Map)
        return Term::tuple({Term::atom(QStringLiteral("map")), typeTerm(type.inner(), leaf)});
    return leaf.type;
}

// Ecto.Type.cast/2 of a composite: nil is {:ok, nil} (cast(_type, nil) at the top,
// and nil elements skipped inside); an element of a parameterized type gets
// cast/2 even when it is nil, which castLeaf does.
ProjectTypes::Step ProjectTypes::castValue(const EctoType &type, const Leaf &leaf, const Term &value)
{
    if (!isComposite(type))
        return castLeaf(leaf, value);
    if (value.isNil()) {
        Step ok;
        ok.status = Step::Status::Ok;
        ok.value = value;
        return ok;
    }
    return type.kind() == EctoType::Kind::Array ? castList(type.inner(), leaf, value) : castMap(type.inner(), leaf, value);
}

// array_with_index/5: the first element that fails decides; :error stays :error,
// {:error, keys} gains the element's index in :source.
ProjectTypes::Step ProjectTypes::castList(const EctoType &inner, const Leaf &leaf, const Term &value)
{
    Step out;
    if (!value.isList()) {
        out.status = Step::Status::Error;
        return out;
    }
    std::vector<Term> cast;
    qint64 index = 0;
    for (const Term &element : value.elements()) {
        Step step = castValue(inner, leaf, element);
        if (step.status == Step::Status::Error && step.custom)
            step.keys = withSource(std::move(step.keys), Term::integer(index));
        if (step.status != Step::Status::Ok)
            return step;
        cast.push_back(step.value);
        ++index;
    }
    out.status = Step::Status::Ok;
    out.value = Term::list(std::move(cast));
    return out;
}

// map/4 and map_each/4: each value through the type, the keys kept as given.
ProjectTypes::Step ProjectTypes::castMap(const EctoType &inner, const Leaf &leaf, const Term &value)
{
    Step out;
    if (!value.isMap()) {
        out.status = Step::Status::Error;
        return out;
    }
    std::vector<Term::Pair> cast;
    for (const auto &[key, element] : mapToList(value)) {
        Step step = castValue(inner, leaf, element);
        if (step.status == Step::Status::Error && step.custom)
            step.keys = withSource(std::move(step.keys), key);
        if (step.status != Step::Status::Ok)
            return step;
        cast.emplace_back(key, step.value);
    }
    out.status = Step::Status::Ok;
    out.value = Term::map(std::move(cast));
    return out;
}

// Ecto.Type.equal?/3 of a composite: element by element through the module's
// equal?, where nil matches only nil; lists of other lengths and maps of other
// sizes or keys differ.
std::optional<bool> ProjectTypes::equalValues(const EctoType &type, const Leaf &leaf, const Term &a, const Term &b,
                                              QString *reason)
{
    if (!isComposite(type))
        return equal(leaf.module, leaf.params, a, b, reason);
    if (a.isNil() && b.isNil())
        return true;
    if (type.kind() == EctoType::Kind::Array) {
        if (!a.isList() || !b.isList() || a.elements().size() != b.elements().size())
            return false;
        for (size_t i = 0; i < a.elements().size(); ++i) {
            const std::optional<bool> same = equalValues(type.inner(), leaf, a.elements()[i], b.elements()[i], reason);
            if (!same || !*same)
                return same;
        }
        return true;
    }
    if (!a.isMap() || !b.isMap() || a.pairs().size() != b.pairs().size())
        return false;
    for (const auto &[key, value] : mapToList(a)) {
        const std::optional<Term> other = b.mapGet(key);
        if (!other)
            return false;
        if (value.isNil()) {
            if (!other->isNil())
                return false;
            continue;
        }
        const std::optional<bool> same = equalValues(type.inner(), leaf, value, *other, reason);
        if (!same || !*same)
            return same;
    }
    return true;
}

} // namespace ectowb::changeset
