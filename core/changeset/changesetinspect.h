#pragma once

#include "changeset.h"

namespace ectowb::changeset {

using value::Term;

// A changeset as IEx prints it (Ecto 3.13's Inspect implementation): action,
// changes with redacted fields hidden, errors, data and valid?; broken over
// lines like Inspect.Algebra does at a width of 80.
class ChangesetInspect
{
public:
    static QString inspect(const Changeset &changeset);
    // changeset.errors as `[field: {"message", [key: value]}]`.
    static QString errors(const Changeset &changeset);
    // changeset.changes as `%{field: value}`, redacted fields as "**redacted**".
    static QString changes(const Changeset &changeset);
    // traverse_errors/2's result as IEx prints the map: %{field: ["message", ...]},
    // fields sorted as the BEAM keeps small maps.
    static QString traverseErrors(const std::vector<std::pair<QString, QStringList>> &messages);
    // ChangesetJson::traverseErrors's nested map (children of cast_embed/cast_assoc) as IEx prints it.
    static QString nestedErrors(const Term &messages);
    // One value as inspect/1 shows it: "Ada", ~N[2024-05-01 10:00:00], Decimal.new("1.5").
    static QString value(const Term &value);
};

} // namespace ectowb::changeset
