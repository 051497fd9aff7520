#pragma once

#include "changeset.h"

namespace ectowb::changeset {

using value::Term;

// A changeset described as the conformance files and `ectowb changeset --json` do:
// valid, changes, errors (field, message template, keys), messages (as
// traverse_errors/2 interpolates them), required, validations, constraints, and
// the steps the tool could not evaluate (`not_evaluated`).
class ChangesetJson
{
public:
    static Term describe(const Changeset &changeset);
    // traverse_errors/2 with the docs' interpolation: each %{key} replaced by
    // to_string of that key's value. Field -> messages, in error order.
    static std::vector<std::pair<QString, QStringList>> messages(const Changeset &changeset);
    // The same with the errors of child changesets (cast_embed, cast_assoc) nested:
    // an object for one child, a list of objects for many (`{}` for a child without).
    static Term traverseErrors(const Changeset &changeset);
    static QString interpolate(const ChangesetError &error);
};

} // namespace ectowb::changeset
