#pragma once

#include "elixir/ast.h"

#include <QString>

namespace ectowb::schema {

// embeds_one / embeds_many: the field holding it is among the schema's fields too.
struct Embed
{
    enum class Kind : quint8 { One, Many };
    QString name;
    Kind kind = Kind::One;
    QString related;
    elixir::SourcePos pos;
};

} // namespace ectowb::schema
