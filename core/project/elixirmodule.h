#pragma once

#include "aliasscope.h"
#include "elixir/ast.h"

#include <QString>

#include <vector>

namespace ectowb::project {

// One `defmodule` of a project: its full name, where it is, the statements of its
// body, and the alias scope in force where the body starts (outer aliases plus the
// implicit ones of enclosing modules).
struct ElixirModule
{
    QString name;
    QString file;
    elixir::SourcePos pos;
    std::vector<elixir::Ast> body;
    AliasScope scope;
};

} // namespace ectowb::project
