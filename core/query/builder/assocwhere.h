#pragma once

#include "query/query.h"

#include "schema/schema.h"

#include <vector>

namespace ectowb::query {

// An association's `where:` option as Ecto.Association combines it into the queries
// it builds (joins through the association and preloads): each `key: value` a
// parameter typed by that field of the related binding, `key: nil` as is_nil, all
// ANDed together.
class AssocWhere
{
public:
    // The condition on `binding`, its parameters appended to `params`; null when the
    // association has no `where:`.
    static ExprPtr condition(const schema::Association &assoc, int binding, std::vector<Param> &params);
};

} // namespace ectowb::query
