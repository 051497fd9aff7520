#include "machine.h"
#include "stdlib.h"

namespace ectowb::interpreter {

Result<Value> Machine::eval(const elixir::Ast &expr, Bindings &)
{
    return errorAt(QStringLiteral("not implemented yet"), expr.pos());
}
Result<Value> Machine::evalBlock(const elixir::Ast &body, Bindings &env) { return eval(body, env); }
Result<bool> Machine::match(const elixir::Ast &, const Value &, Bindings &) { return Error{QStringLiteral("todo")}; }
Result<bool> Machine::guardHolds(const elixir::Ast &, Bindings &) { return Error{QStringLiteral("todo")}; }
Result<Value> Machine::apply(const Value &, const std::vector<Value> &, elixir::SourcePos) { return Error{QStringLiteral("todo")}; }
void Machine::loadSchemaFields(ModuleInfo &, const project::ElixirModule &) {}
void registerStdlib(HostFunctions &) {}
std::optional<Value> builtinStruct(const QString &) { return std::nullopt; }

} // namespace ectowb::interpreter
