#pragma once

#include "query/query.h"

#include "common/result.h"
#include "interpreter/value.h"
#include "schema/schema.h"

#include <vector>

namespace ectowb::query {

class QueryContext;

// A query Ecto.Repo.Preloader runs for one preload, and the open parameter that
// stands for the parents' keys.
struct PreloadQuery
{
    QString path;
    QueryPtr query;
    QString keys;
};

// Ecto's preloader queries: for an association and the keys of its parents,
// `from x in Related, where: x.key in ^keys` (`== ^key` for one parent), the key
// selected after the struct and, for many-cardinality associations, ordered on;
// many_to_many joins its join table.
class PreloadBuilder
{
public:
    explicit PreloadBuilder(const QueryContext &context) : m_context(context) {}

    // `keys`: the parents' key values; with `open` set, an open parameter of that
    // name stands for them instead. `custom`: a preload query (`comments: ^q`).
    Result<QueryPtr> assocQuery(const schema::Schema &owner, const QString &assoc, const std::vector<Term> &keys,
                                const QString &open, const QueryPtr &custom) const;
    // The owner-side key of an association (`id` for has_many, `author_id` for belongs_to).
    static Result<QString> ownerKey(const schema::Schema &owner, const QString &assoc);
    // preload: [...] given as a value (`^preloads`, Repo.preload/2): atoms, lists and
    // keywords, with queries for custom preloads.
    static Result<bool> parse(const interpreter::Value &value, std::vector<Preload> &out);
    // Every query the preloads of `query` run, nested ones after their parents.
    Result<std::vector<PreloadQuery>> queriesFor(const Query &query) const;
    // A `through:` preload as the chain of preloads Ecto runs for it.
    Result<std::vector<Preload>> throughChain(const schema::Schema &owner, const Preload &preload) const;

private:
    Result<bool> walk(const std::vector<Preload> &preloads, const schema::Schema &owner, const Query &query,
                      const QString &prefix, std::vector<PreloadQuery> &out) const;
    const schema::Schema *bindingSchema(const Query &query, int binding) const;

    const QueryContext &m_context;
};

} // namespace ectowb::query
