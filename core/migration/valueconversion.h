#pragma once

#include "command.h"
#include "result.h"

namespace ectowb::migration {

// Ecto.Migration's structs and options, as the interpreter's values the migration
// host built (%Ecto.Migration.Table{}, keyword options), to the typed commands the
// adapters render.
class ValueConversion
{
public:
    static Result<Table> table(const Value &value);
    static Result<Index> index(const Value &value);
    static Result<Constraint> constraint(const Value &value);
    static Result<Reference> reference(const Value &value);
    static Result<ColumnType> columnType(const Value &value);
    static Result<ColumnOptions> columnOptions(const Value &keyword);
    // {kind, column, type, opts} of a create/alter block; `type` nil for remove/1.
    static Result<ColumnChange> columnChange(ColumnChange::Kind kind, const Value &column, const Value &type,
                                             const Value &opts);
    static Result<QString> name(const Value &value); // an atom or a string
    // on_delete (`onDelete`) or on_update values Ecto accepts.
    static Result<ForeignKeyAction> action(const Value &value, bool onDelete);
    // JSON as Jason encodes it (a map's keys in the order Erlang iterates small
    // maps); nothing for what Jason refuses (tuples, structs).
    static std::optional<QString> toJson(const Value &value);
};

} // namespace ectowb::migration
