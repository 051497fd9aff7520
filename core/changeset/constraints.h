#pragma once

#include "changeset.h"
#include "common/result.h"

namespace ectowb::changeset {

using value::Term;

// The *_constraint functions: they only record what a database error would map
// to, with Ecto's default constraint names (posts_slug_index, posts_author_id_fkey)
// and messages.
class Constraints
{
public:
    // kind: unique, foreign_key, check, exclusion, assoc, no_assoc.
    // `fields` holds one field (or assoc), or several for unique_constraint.
    static Result<Changeset> add(Changeset cs, const QString &kind, const QStringList &fields, const Term &options);
};

} // namespace ectowb::changeset
