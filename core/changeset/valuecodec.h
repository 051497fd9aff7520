#pragma once

#include "common/result.h"
#include "db/connectionsettings.h"
#include "schema/ectotype.h"
#include "term.h"

#include <QVariant>

namespace ectowb::changeset {

// Values between a changeset and a database column, as Ecto.Type.dump/load and
// the adapters' dumpers and loaders convert them. SQLite (ecto_sqlite3 defaults):
// booleans 0/1, decimals, dates and times as ISO 8601 text, maps and arrays as JSON.
// PostgreSQL: values go as typed parameters; columns are read back through
// to_json(), so every type arrives as text the loader parses without guessing time
// zones (decimals as their own text, to keep every digit).
class ValueCodec
{
public:
    // The parameter bound for a field of `type` holding `value` (nil: SQL NULL).
    static Result<QVariant> dump(const schema::EctoType &type, const Term &value, db::Dialect dialect);
    // The select-list expression that reads `quotedColumn` in the form load() expects.
    static QString selectExpression(const QString &quotedColumn, const schema::EctoType &type, db::Dialect dialect);
    static Result<Term> load(const schema::EctoType &type, const QVariant &value, db::Dialect dialect);

    // Decimal.to_string(d, :normal): "1.50", "100", "0.001", never an exponent.
    static QString decimalNormal(const Decimal &decimal);
    // Jason.encode!/1 of a value a map or an array field holds.
    static Result<QString> json(const Term &value);
    // A parameter's value as a statement log shows it.
    static QString displayParam(const QVariant &value);
};

} // namespace ectowb::changeset
