#pragma once

#include "changeset.h"
#include "common/result.h"
#include "db/connection.h"

namespace ectowb::changeset {

using value::Term;

// Repo.get!/2: one row by its primary key, every stored field loaded per its Ecto
// type, as the map of field name to value ChangesetRunner::run takes as data.
class RowLoader
{
public:
    // `key` is cast to the primary key's type first ("42" for an :id key).
    static Result<Term> load(db::Connection &connection, const ChangesetSchema &schema, const Term &key);
};

} // namespace ectowb::changeset
