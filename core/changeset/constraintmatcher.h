#pragma once

#include "adaptererror.h"
#include "changeset.h"
#include "common/result.h"

namespace ectowb::changeset {

// Ecto.Repo's constraints_to_errors/3: each violation the adapter reported is
// matched against the changeset's constraints (same type, and the name exactly,
// as suffix or as prefix per match:); a match becomes an error such as
// {"has already been taken", [constraint: :unique, constraint_name: "users_email_index"]}
// prepended to the errors. One violation without a match raises Ecto.ConstraintError,
// the Error here.
class ConstraintMatcher
{
public:
    static Result<Changeset> apply(Changeset changeset, const std::vector<ConstraintViolation> &violations);
    // Ecto.ConstraintError's message, as Ecto 3.13 words it.
    static Error constraintError(const Changeset &changeset, const ConstraintViolation &violation);
};

} // namespace ectowb::changeset
