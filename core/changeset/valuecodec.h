#pragma once

#include "common/result.h"
#include "db/connectionsettings.h"
#include "schema/ectotype.h"
#include "value/term.h"

#include <QVariant>

namespace ectowb::changeset {

using value::Decimal;
using value::Term;

// Values read back from a database column into a changeset, as Ecto.Type.load and
// the adapters' loaders convert them. (Writing goes through the query core's
// renderer and db::ValueDumper, like every statement.) SQLite (ecto_sqlite3 defaults):
// booleans 0/1, decimals, dates and times as ISO 8601 text, maps and arrays as JSON.
// PostgreSQL: values go as typed parameters; columns are read back through
// to_json(), so every type arrives as text the loader parses without guessing time
// zones (decimals as their own text, to keep every digit).
class ValueCodec
{
public:
    // The select-list expression that reads `quotedColumn` in the form load() expects.
    static QString selectExpression(const QString &quotedColumn, const schema::EctoType &type, db::Dialect dialect);
    static Result<Term> load(const schema::EctoType &type, const QVariant &value, db::Dialect dialect);

    // Decimal.to_string(d, :normal): "1.50", "100", "0.001", never an exponent.
    static QString decimalNormal(const Decimal &decimal);
    // A parameter's value as a statement log shows it.
    static QString displayParam(const QVariant &value);
};

} // namespace ectowb::changeset
