#pragma once

#include "db/connectionsettings.h"
#include "schema/ectotype.h"
#include "value/term.h"

#include <QVariant>

namespace ectowb::db {

// A column value as a Qt driver returns it, loaded back into the term Ecto gives the
// code: the adapter's loaders (ecto_sqlite3 decodes booleans from 0/1, dates and
// decimals from text, maps and arrays from JSON; Postgrex hands over typed values),
// then Ecto.Type.load/2 of the column's Ecto type. The other way is ValueDumper.
//
// An invalid type is :any, what a raw query!/3 or an untyped select expression
// gives: the driver's value as it is, by the database type it reports. A custom
// type module loads as its underlying value: its load/1 is not run here.
class ValueLoader
{
public:
    static value::Term load(const schema::EctoType &type, const QVariant &value, Dialect dialect);
    static value::Term raw(const QVariant &value);
};

} // namespace ectowb::db
