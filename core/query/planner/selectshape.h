#pragma once

#include "value/term.h"

#include "schema/ectotype.h"
#include "schema/schema.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace ectowb::query {

struct SelectShape;
using SelectShapePtr = std::shared_ptr<const SelectShape>;

// How a row of the selected columns becomes the select's value again: Ecto's
// `postprocess`, built by the planner's collect_fields while it flattens the select
// to columns (Ecto.Query.Planner.normalize_select/1). Ecto.Repo.Queryable walks it
// for every row: a value is loaded by its type, a source becomes its schema's struct
// (or a map without one), tuples, lists, maps and structs are built around them and
// literals are kept as written.
struct SelectShape
{
    enum class Kind : quint8 {
        Value,     // one column, loaded by `type`
        Source,    // `columns` loaded into `fields` of `schema`'s struct, or a map (`asMap`)
        Tuple,     // children
        List,      // children
        Map,       // `keys` -> children
        Struct,    // %`module`{`keys` -> children}
        MapUpdate, // children[0] with `keys` -> children[1..]
        Merge,     // Map.merge(children[0], children[1])
        Literal,   // `literal`, no column
    };

    Kind kind = Kind::Literal;
    int column = -1;          // Value: the index of its column in the row
    schema::EctoType type;    // Value: invalid for :any (the driver's value as it is)
    const schema::Schema *schema = nullptr; // Source
    bool asMap = false;       // Source: map(p, fields), or a source without a schema
    QStringList fields;       // Source: the fields, in column order from `column`
    std::vector<schema::EctoType> types; // Source: each field's type
    QStringList keys;         // Map, Struct, MapUpdate
    bool atomKeys = true;     // Map, Struct, MapUpdate: keys are atoms, not strings
    QString module;           // Struct
    value::Term literal;      // Literal
    std::vector<SelectShapePtr> children;
};

} // namespace ectowb::query
