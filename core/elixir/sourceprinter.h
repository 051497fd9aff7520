#pragma once

#include "ast.h"

#include <QString>

namespace ectowb::elixir {

// Prints a quoted AST back as conventionally formatted Elixir source, in the
// spirit of Macro.to_string/1: minimal parentheses from Elixir's precedence
// table, keyword sugar, do/end blocks, one pipe per line when a pipeline is
// long. What it prints reads back to an equal AST (metadata aside); where the
// pretty form could change the meaning it falls back to a plainer one.
class SourcePrinter
{
public:
    static QString print(const Ast &ast);
};

} // namespace ectowb::elixir
