#pragma once

#include "ectotype.h"
#include "elixir/ast.h"

#include <QString>

namespace ectowb::schema {

// One `field` of a schema (also the primary key, belongs_to foreign keys, timestamps
// and embeds, which Ecto reflects as fields too).
struct Field
{
    QString name;
    EctoType type;
    QString source;          // the column: `source:` or the name
    elixir::Ast defaultValue; // invalid when there is no `default:`
    // The keyword list the declaration gave (module attributes resolved), or an
    // empty list: an Ecto.ParameterizedType gets it in init/1, so the changeset
    // core needs all of it, not only the options Ecto.Schema itself reads.
    elixir::Ast options;
    bool isVirtual = false;
    bool primaryKey = false;
    bool redact = false;
    bool readAfterWrites = false;
    bool autogenerate = false;
    bool loadInQuery = true;
    elixir::SourcePos pos;
};

} // namespace ectowb::schema
