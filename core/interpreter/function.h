#pragma once

#include "bindings.h"
#include "elixir/ast.h"
#include "value.h"

#include <QString>

#include <functional>
#include <vector>

namespace ectowb::interpreter {

class Interpreter;

using NativeFunction = std::function<Result<Value>(const std::vector<Value> &args, Interpreter &interpreter)>;

// What a function value holds: an anonymous function's `->` clauses with the
// environment it closed over, a reference to a named function (`&String.upcase/1`,
// `&filter/2`), or a C++ function a host gave out.
struct FunctionData
{
    enum class Kind : quint8 { Closure, Named, Native };
    Kind kind = Kind::Closure;
    int arity = 0;
    // Closure: the `->` clauses of `fn` (or the body of a `&(...)` capture).
    std::vector<elixir::Ast> clauses;
    Bindings captured;
    // Named: the full module name ("" for a local function of captured.module()).
    QString module;
    QString name;
    // Native
    NativeFunction native;
};

} // namespace ectowb::interpreter
