#include "interpreter.h"

#include "elixir/reader.h"
#include "machine.h"

namespace ectowb::interpreter {

Interpreter::Interpreter(const QList<project::ElixirModule> &modules, HostFunctions host)
    : m_machine(std::make_unique<Machine>(*this, modules, std::move(host)))
{
}

Interpreter::~Interpreter() = default;

void Interpreter::setModuleSource(ModuleSource source)
{
    m_machine->setModuleSource(std::move(source));
}

Result<Value> Interpreter::eval(const elixir::Ast &expr, Bindings &env)
{
    return m_machine->enterEval(expr, env);
}

Result<Value> Interpreter::evalSource(const QString &source)
{
    Bindings env;
    return evalSource(source, env);
}

Result<Value> Interpreter::evalSource(const QString &source, Bindings &env)
{
    const elixir::ParseResult parsed = elixir::Reader::parse(source.toUtf8());
    if (!parsed.isValid()) {
        const auto &e = *parsed.error;
        return Machine::errorAt(QStringLiteral("syntax error: ") + e.message, {e.line, e.column});
    }
    return eval(parsed.ast, env);
}

Result<Value> Interpreter::evalLiteral(const elixir::Ast &expr, const Bindings &env)
{
    return m_machine->enterLiteral(expr, env);
}

Result<Value> Interpreter::evalLiteral(const QString &source)
{
    if (source.trimmed().isEmpty())
        return Error{QStringLiteral("no value given")};
    const elixir::ParseResult parsed = elixir::Reader::parse(source.toUtf8());
    if (!parsed.isValid()) {
        const auto &e = *parsed.error;
        return Machine::errorAt(QStringLiteral("syntax error: ") + e.message, {e.line, e.column});
    }
    return evalLiteral(parsed.ast, Bindings());
}

Result<Value> Interpreter::call(const QString &module, const QString &function, const std::vector<Value> &args)
{
    return m_machine->enterCall(module, function, args);
}

Result<Value> Interpreter::apply(const Value &function, const std::vector<Value> &args)
{
    return m_machine->enterApply(function, args);
}

Bindings Interpreter::moduleBindings(const QString &module) const
{
    return m_machine->moduleBindings(module);
}

bool Interpreter::hasModule(const QString &module) const
{
    return m_machine->hasModule(module);
}

bool Interpreter::hasFunction(const QString &module, const QString &name, int arity) const
{
    return m_machine->hasFunction(module, name, arity);
}

Result<Value> Interpreter::attribute(const QString &module, const QString &name)
{
    return m_machine->attribute(module, name, {});
}

Result<Value> Interpreter::newStruct(const QString &module)
{
    return m_machine->newStruct(module, {});
}

void Interpreter::defineStruct(const QString &module, const std::vector<std::pair<QString, elixir::Ast>> &fields)
{
    m_machine->defineStruct(module, fields);
}

std::optional<Error> Interpreter::charge(qint64 reductions)
{
    return m_machine->step({}, reductions);
}

void Interpreter::setLimits(const Limits &limits)
{
    m_machine->limits = limits;
}

Limits Interpreter::limits() const
{
    return m_machine->limits;
}

} // namespace ectowb::interpreter
