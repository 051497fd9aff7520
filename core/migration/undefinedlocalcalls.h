#pragma once

#include "elixir/ast.h"
#include "project/elixirmodule.h"

#include <QString>

#include <optional>

namespace ectowb::migration {

// Elixir compiles a whole module before anything in it runs: a local call to a
// function that is neither defined in the module nor imported is a CompileError
// ("undefined function add_column/2 ..."), whichever function holds it and whether
// or not that function ever runs. A migration whose down/0 calls such a function
// therefore fails in both directions.
//
// The check only speaks when it knows every name in scope: a module that imports
// or uses anything besides Ecto.Migration, or defines functions with unquote, is
// left alone (nothing found), so a helper brought in some other way is never
// mistaken for an undefined one.
class UndefinedLocalCalls
{
public:
    struct Found
    {
        QString name;
        int arity = 0;
        elixir::SourcePos pos;
    };

    // The first undefined local call of `module`, a migration module that uses
    // Ecto.Migration.
    static std::optional<Found> first(const project::ElixirModule &module);
};

} // namespace ectowb::migration
