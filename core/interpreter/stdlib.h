#pragma once

#include "hostfunctions.h"
#include "value.h"

#include <optional>

// The data parts of Elixir's standard library, as native functions. Internal.
namespace ectowb::interpreter {

void registerStdlib(HostFunctions &functions);
// %Module{} of a standard struct with its default fields, or nothing.
std::optional<Value> builtinStruct(const QString &module);

} // namespace ectowb::interpreter
