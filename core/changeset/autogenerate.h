#pragma once

#include "changeset.h"

#include <QDateTime>

namespace ectowb::changeset {

using value::Term;

// The values Repo.insert and Repo.update generate themselves: the timestamps()
// fields (Ecto.Schema.__timestamps__/1: NaiveDateTime or DateTime of the UTC now,
// truncated to seconds unless the type is a _usec one) and UUIDs for binary_id
// keys and autogenerate: true UUID fields. Fields already changed keep their value.
class Autogenerate
{
public:
    // __timestamps__(type) at `nowUtc`; nil for a type Ecto has no timestamp for.
    static Term timestamp(const schema::EctoType &type, const QDateTime &nowUtc);
    // Repo.insert: inserted_at and updated_at (one value for both), keys and UUIDs.
    static void forInsert(const ChangesetSchema &schema, std::vector<std::pair<QString, Term>> &values,
                          const QDateTime &nowUtc);
    // Repo.update: updated_at only.
    static void forUpdate(const ChangesetSchema &schema, std::vector<std::pair<QString, Term>> &values,
                          const QDateTime &nowUtc);
};

} // namespace ectowb::changeset
