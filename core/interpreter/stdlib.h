#pragma once

#include "hostfunctions.h"
#include "interpreter.h"
#include "value.h"

#include <optional>
#include <vector>

// The data parts of Elixir's standard library, as native functions. Internal.
namespace ectowb::interpreter {

using Args = std::vector<Value>;

void registerStdlib(HostFunctions &functions);
void registerKernel(HostFunctions &functions);
void registerEnum(HostFunctions &functions);
void registerString(HostFunctions &functions);
void registerCollections(HostFunctions &functions); // Map, Keyword, List, Tuple, Atom, Integer, Float
void registerCalendar(HostFunctions &functions);    // Date, Time, NaiveDateTime, DateTime, Decimal

// %Module{} of a standard struct with its default fields, or nothing.
std::optional<Value> builtinStruct(const QString &module);

// Elements of an enumerable (list, range, map, MapSet), charging the budget one
// reduction per element before building anything.
Result<std::vector<Value>> enumerate(const Value &enumerable, Interpreter &interpreter);

// Errors worded as Elixir's exceptions.
Error argumentError(const QString &message);
Error noClause(const char *function, const Args &args);

// Small constructors used everywhere.
Value ok(const Value &value);
Value errorTuple(const Value &value);
Value atomValue(const char *name);
Value stringValue(const QString &text);
qint64 rangeSize(const Value &range);

} // namespace ectowb::interpreter
