#pragma once

#include "value/term.h"
#include "common/result.h"
#include "db/connectionsettings.h"
#include "schema/ectotype.h"

#include <QVariant>
#include <QVariantList>

#include <optional>
#include <vector>

namespace ectowb::db {

// The dumped values of a statement as the QVariants Qt's drivers bind, per database.
//
// PostgreSQL: QPSQL executes a prepared statement as `EXECUTE name (literals)`, each
// value written by the driver's own escaping. Every value goes as text (a quoted
// literal of unknown type), so the server types it from the statement exactly as
// libpq does for untyped parameters: '42' becomes an integer where an integer is
// expected, and '1.5' for an integer is an error instead of being rounded. Lists
// become array literals (`= ANY($1)`), maps JSON. Text cannot hold NUL on PostgreSQL,
// so a value with one is refused here rather than cut short by the driver.
//
// SQLite: values bind natively, as ecto_sqlite3 stores them: integers, floats and
// text as they are, booleans as 1/0, Decimal and dates as text (ISO 8601), lists and
// maps as JSON text.
class ValueDumper
{
public:
    // Ecto.Type.adapter_dump/3 for the UUID family (:binary_id, :uuid and Ecto.UUID,
    // whose type/0 is :uuid): the value as the adapter hands it to the driver, which
    // is what to_sql's params show; nothing for a type outside the family. ecto_sql's
    // PostgreSQL dumpers end in Ecto.UUID.dump/1: 16 raw bytes, written as the
    // conformance encoding writes a binary ({"$binary_hex": ...}) and bound by
    // postgresText() as uuid input. ecto_sqlite3 keeps UUIDs as text by default
    // (binary_id_type and uuid_type :string): the cast string goes as it is.
    static std::optional<Result<value::Term>> dumpUuid(const schema::EctoType &type, const value::Term &value,
                                                       db::Dialect dialect);

    static Result<QVariantList> values(const std::vector<value::Term> &params, db::Dialect dialect);
    static Result<QVariant> value(const value::Term &term, db::Dialect dialect);
    // A value dumped for a column of `type`: as value(), except that an Ecto :binary
    // goes as bytes (BLOB, bytea), which a Term string cannot tell apart from text.
    static Result<QVariant> value(const value::Term &term, db::Dialect dialect, const schema::EctoType &type);

    // The text PostgreSQL reads for a term ("{1,2,3}", "t", "2024-01-15T10:30:00").
    static Result<QString> postgresText(const value::Term &term);
    static QString json(const value::Term &term);
};

} // namespace ectowb::db
