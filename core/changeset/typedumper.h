#pragma once

#include "common/result.h"
#include "schema/ectotype.h"
#include "value/term.h"

namespace ectowb::changeset {

using value::Term;

// Ecto.Type.dump/2's check of a value against the built-in types, which a Repo write
// runs on every value it sends (Ecto.Repo.Schema dump_field!/6). Unlike cast/2 it
// converts nothing: 2024 is no :naive_datetime, "2024-02-30" no :date, 1.5 no :id.
class TypeDumper
{
public:
    // true when the value dumps, false for Ecto.Type's :error; an Error (ArgumentError)
    // where dump/2 raises: a datetime of the wrong precision for its type.
    static Result<bool> matches(const schema::EctoType &type, const Term &value);
};

} // namespace ectowb::changeset
