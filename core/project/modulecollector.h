#pragma once

#include "elixirmodule.h"

#include <QList>

namespace ectowb::project {

// Finds every `defmodule` in a file's AST, nested ones included, with full names and
// the alias scope each body starts with.
class ModuleCollector
{
public:
    static QList<ElixirModule> collect(const elixir::Ast &fileAst, const QString &file);
};

} // namespace ectowb::project
