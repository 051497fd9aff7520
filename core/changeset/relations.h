#pragma once

#include "changeset.h"
#include "common/result.h"

#include <functional>
#include <memory>

namespace ectowb::changeset {

using value::Term;

// cast_embed/3 and cast_assoc/3 as Ecto 3.13 does them (Ecto.Changeset.cast_relation
// and Ecto.Changeset.Relation): the params under the relation's key become child
// changesets (insert, update, replace) kept in `changes`, matched to the current
// children by primary key, sorted and dropped by `:sort_param`/`:drop_param`,
// replaced as `:on_replace` says, with `:required`, `:required_message` and
// `:invalid_message`. Running the child changeset function is the caller's part.
class Relations
{
public:
    // The child changeset function (`:with`, or Related.changeset/2) on a struct
    // (a map with __struct__) and its params; `index` is the child's position for
    // embeds_many/has_many (functions of arity 3 take it).
    using OnCast = std::function<Result<Changeset>(const Term &structTerm, const Term &params, int index)>;
    using SchemaLookup = std::function<std::shared_ptr<const ChangesetSchema>(const QString &module)>;

    // `kind`: "embed" or "assoc". `opts` without `:with` (the caller resolved it).
    // An Error is what Ecto raises (on_replace: :raise, an unknown relation).
    static Result<Changeset> cast(Changeset changeset, const QString &kind, const QString &name, const Term &opts,
                                  const OnCast &onCast, const SchemaLookup &lookup);

    // %Module{...} as a Term: the data's pairs under atom keys and __struct__.
    static Term structTerm(const Changeset &changeset);
    static Term structTerm(const QString &module, const std::vector<std::pair<QString, Term>> &fields);
    // The fields of a struct term, without __struct__ (empty when it is none).
    static std::vector<std::pair<QString, Term>> structFields(const Term &structTerm);
    static QString structName(const Term &term);
};

} // namespace ectowb::changeset
