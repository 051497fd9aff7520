#pragma once

#include "command.h"
#include "result.h"

namespace ectowb::migration {

// Ecto's structs and options, from the terms the DSL built, to typed values, with
// Ecto's defaults (index names, the primary key column) filled in.
class TermConversion
{
public:
    static Result<Table> table(const Term &term);
    static Result<Index> index(const Term &term);
    static Result<Constraint> constraint(const Term &term);
    static Result<Reference> reference(const Term &term);
    static Result<ColumnType> columnType(const Term &term);
    static Result<ColumnOptions> columnOptions(const Term &keyword);
    // The column Ecto adds first to a created table, if any (primary_key: option).
    static Result<std::optional<ColumnChange>> primaryKeyColumn(const Term &tableTerm);
    static Result<QString> name(const Term &term); // an atom or a string
    static Result<ForeignKeyAction> action(const Term &term);
};

} // namespace ectowb::migration
