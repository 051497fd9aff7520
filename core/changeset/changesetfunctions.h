#pragma once

#include "changeset.h"
#include "common/result.h"

namespace ectowb::changeset {

using value::Term;

// Ecto.Changeset's changeset-to-changeset functions by name, with their arguments
// (after the changeset) as Terms: the one entry point both the pipeline runner and
// the interpreter's host functions use.
class ChangesetFunctions
{
public:
    // Whether `name/arity` (arity counts the changeset) is one of them.
    static bool handles(const QString &name, int arity);
    // An Error is what Ecto would raise.
    static Result<Changeset> apply(const QString &name, Changeset cs, const std::vector<Term> &args);
    // Every name handled, for registering host functions.
    static QStringList names();
};

} // namespace ectowb::changeset
