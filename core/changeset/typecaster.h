#pragma once

#include "schema/ectotype.h"
#include "value/term.h"

#include <utility>
#include <vector>

namespace ectowb::changeset {

using value::Term;

// The outcome of Ecto.Type.cast/2: a value, or an error with the extra keyword
// options some types add (Ecto.Enum adds validation: :inclusion, enum: [...]).
struct CastOutcome
{
    bool ok = false;
    Term value;
    std::vector<std::pair<QString, Term>> errorKeys;
};

// Ecto.Type.cast/2 for the built-in types and Ecto.Enum, Ecto 3.13's rules:
// "1.0" is no integer, " 12" no integer either, "1e3" a float, "1"/"0" booleans,
// dates also from datetimes and from %{"year", "month", "day"} maps, datetimes
// with offsets converted to UTC, seconds-precision types truncating microseconds.
class TypeCaster
{
public:
    static CastOutcome cast(const schema::EctoType &type, const Term &value);
    // Ecto.Type.equal?/3: Decimals by value, everything else with ==.
    static bool equal(const schema::EctoType &type, const Term &a, const Term &b);
    // The type as the `type` key of a cast error shows it: :integer,
    // {:array, :string}; an Ecto.Enum as %{"$enum" => [values]} (the conformance
    // encoding of its parameterized type).
    static Term typeTerm(const schema::EctoType &type);
};

} // namespace ectowb::changeset
