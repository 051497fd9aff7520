#pragma once

// Internal to the planner (queryplanner*.cpp): the type of a parameter or a tagged
// literal resolved against the query's sources, and the cast and dump Ecto's planner
// applies by it.

#include "plannerstate.h"

namespace ectowb::query::planner {

// A parameter type resolved against the sources: a known Ecto type, the element
// type of an `in` list, the any-datetime of datetime_add, or nothing to cast to.
struct Resolved
{
    enum class Kind : quint8 { Any, Type, In, AnyDatetime };
    Kind kind = Kind::Any;
    schema::EctoType type;
};

// Ecto.Type.format/1 as errors print a type: `:integer`, `{:array, :string}`.
QString typeText(const schema::EctoType &t);
QString inspectTerm(const Term &t);
// The planned source of a binding of a level, or nullptr when there is none.
const PlannedSource *sourceOf(const Level &level, int binding);
// The planner's type!/5: {ix, field}, {as(:a), field} and {parent_as(:a), field}
// typed by the binding's schema field or subquery select; an error for a field a
// subquery does not select.
Result<Resolved> resolve(const QueryType &t, const State &state, const QString &kind, const Term &value);
// cast_param/3 then the adapter's dumpers.
Result<Term> castAndDump(const QueryPlanner &planner, const schema::EctoType &type, const Term &value, const QString &kind);
// A literal the builder tagged with a field's type, checked, cast and dumped as a whole.
Result<Term> dumpLiteral(const QueryPlanner &planner, const schema::EctoType &type, const Term &value, const QString &kind);

} // namespace ectowb::query::planner
