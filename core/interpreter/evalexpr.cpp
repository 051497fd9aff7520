// Evaluation of expressions: literals, variables, data constructors, operators
// and calls. Control flow lives in evalcontrol.cpp, patterns in evalmatch.cpp.
#include "machine.h"

#include "evalhelpers.h"
#include "function.h"
#include "valueformat.h"

namespace ectowb::interpreter {

using elixir::Ast;
using elixir::AstSpan;
using elixir::SourcePos;

QString moduleOfAtom(const Value &atom)
{
    const QString name = atom.atomName();
    return name.startsWith(u"Elixir.") ? name.mid(7) : name;
}

Result<std::vector<Value>> Machine::evalArgs(elixir::AstSpan args, Bindings &env)
{
    std::vector<Value> values;
    values.reserve(args.size());
    for (const Ast &a : args) {
        Result<Value> v = eval(a, env);
        if (!v)
            return v.failure();
        values.push_back(std::move(v.value()));
    }
    return values;
}

Result<Value> Machine::evalList(const Ast &expr, Bindings &env)
{
    const auto &elements = expr.elements();
    std::vector<Value> values;
    values.reserve(elements.size());
    for (size_t i = 0; i < elements.size(); ++i) {
        const Ast &e = elements[i];
        if (i + 1 == elements.size() && e.isCall(u"|", 2)) {
            Result<Value> head = eval(e.args()[0], env);
            if (!head)
                return head;
            values.push_back(head.value());
            Result<Value> tail = eval(e.args()[1], env);
            if (!tail)
                return tail;
            return Value::improperList(std::move(values), tail.value());
        }
        Result<Value> v = eval(e, env);
        if (!v)
            return v;
        values.push_back(std::move(v.value()));
    }
    return Value::list(std::move(values));
}

Result<Value> Machine::evalBlock(const Ast &body, Bindings &env)
{
    if (!body.isCall(u"__block__"))
        return eval(body, env);
    Value last;
    for (const Ast &stmt : body.args()) {
        Result<Value> v = eval(stmt, env);
        if (!v)
            return v;
        last = v.value();
    }
    return last;
}

Result<Value> Machine::evalVariable(const Ast &expr, Bindings &env)
{
    const QString name = expr.callName();
    if (auto v = env.value(name))
        return *v;
    if (name == u"__MODULE__")
        return env.module().isEmpty() ? Value::nil() : Value::atom(QStringLiteral("Elixir.") + env.module());
    if (name == u"_" || name.startsWith(u'_'))
        return errorAt(QStringLiteral("invalid use of _ outside of a pattern: %1").arg(name), expr.pos());
    // `foo` without parentheses may be a zero-arity local call
    if (!resolvesUnqualified(name, 0, env))
        return errorAt(QStringLiteral("undefined variable \"%1\"").arg(name), expr.pos());
    return callUnqualified(name, {}, expr.pos(), env);
}

Result<Value> Machine::evalBinary(const Ast &expr, Bindings &env)
{
    QByteArray bytes;
    for (const Ast &part : expr.args()) {
        if (part.isString()) {
            bytes += part.bytes();
            continue;
        }
        Ast inner = part.isCall(u"::", 2) ? part.args()[0] : part;
        Result<Value> v = eval(inner, env);
        if (!v)
            return v;
        if (v->isBinary())
            bytes += v->bytes();
        else if (v->isInteger() && !part.isCall(u"::", 2))
            bytes += char(v->integerValue() & 0xff);
        else
            return errorAt(QStringLiteral("cannot build a binary from %1").arg(v->inspect()), part.pos());
    }
    return Value::binary(bytes);
}

Result<Value> Machine::evalMap(const Ast &expr, Bindings &env)
{
    const auto &args = expr.args();
    if (args.size() == 1 && args[0].isCall(u"|", 2)) {
        Result<Value> base = eval(args[0].args()[0], env);
        if (!base)
            return base;
        return updateMap(base.value(), args[0].args()[1], env, expr.pos());
    }
    std::vector<Value::Pair> pairs;
    for (const Ast &a : args) {
        if (!a.isTuple())
            return errorAt(QStringLiteral("invalid map entry"), expr.pos());
        Result<Value::Pair> pair = evalPair(a, env);
        if (!pair)
            return pair.failure();
        pairs.push_back(std::move(*pair));
    }
    return Value::map(std::move(pairs));
}

// %{base | k: v}: every key must exist already.
Result<Value> Machine::updateMap(const Value &base, const Ast &updates, Bindings &env, SourcePos pos)
{
    if (!base.isMap() && !base.isStruct())
        return errorAt(QStringLiteral("expected a map, got: %1").arg(base.inspect()), pos);
    if (!updates.isList())
        return errorAt(QStringLiteral("invalid map update"), pos);
    const auto missing = [&](const Value &key) {
        return QStringLiteral("key %1 not found in: %2").arg(key.inspect(), base.inspect());
    };
    return putExisting(base, updates.elements(), env, missing, pos);
}

// Puts each `key => value` pair into `into`, whose keys are fixed: a key it lacks
// is the error `missing` words.
Result<Value> Machine::putExisting(Value into, AstSpan pairs, Bindings &env,
                                   const std::function<QString(const Value &)> &missing, SourcePos pos)
{
    for (const Ast &a : pairs) {
        Result<Value::Pair> pair = evalPair(a, env);
        if (!pair)
            return pair.failure();
        if (!into.get(pair->first))
            return errorAt(missing(pair->first), pos);
        into = into.put(pair->first, pair->second);
    }
    return into;
}

// A `{key, value}` entry of a map or struct literal: the key first, as Elixir does.
Result<Value::Pair> Machine::evalPair(const Ast &entry, Bindings &env)
{
    Result<Value> k = eval(entry.elements()[0], env);
    if (!k)
        return k.failure();
    Result<Value> v = eval(entry.elements()[1], env);
    if (!v)
        return v.failure();
    return Value::Pair(std::move(*k), std::move(*v));
}

Result<Value> Machine::evalStruct(const Ast &expr, Bindings &env)
{
    const Ast &nameAst = expr.args()[0];
    const QString name = env.aliases().expand(nameAst);
    const Ast &mapAst = expr.args()[1];
    if (name.isEmpty())
        return errorAt(QStringLiteral("expected a struct name"), expr.pos());
    if (mapAst.args().size() == 1 && mapAst.args()[0].isCall(u"|", 2)) {
        Result<Value> base = eval(mapAst.args()[0].args()[0], env);
        if (!base)
            return base;
        if (!base->isStruct(name))
            return errorAt(QStringLiteral("expected a struct named %1, got: %2").arg(name, base->inspect()),
                           expr.pos());
        return updateMap(base.value(), mapAst.args()[0].args()[1], env, expr.pos());
    }
    Result<Value> base = newStruct(name, expr.pos());
    if (!base)
        return base;
    const auto missing = [&](const Value &key) {
        return QStringLiteral("unknown key %1 for struct %2").arg(key.inspect(), name);
    };
    return putExisting(base.value(), mapAst.args(), env, missing, expr.pos());
}

Result<Value> Machine::evalAttribute(const Ast &expr, Bindings &env)
{
    const Ast &inner = expr.args()[0];
    if (env.module().isEmpty())
        return errorAt(QStringLiteral("cannot read module attribute @%1 outside of a module").arg(inner.callName()),
                       expr.pos());
    return attribute(env.module(), inner.callName(), expr.pos());
}

Result<Value> Machine::evalPipe(const Ast &expr, Bindings &env)
{
    const Ast &left = expr.args()[0];
    const Ast &right = expr.args()[1];
    if (!right.isCall() || !right.argsIsList())
        return errorAt(QStringLiteral("cannot pipe into %1").arg(right.callName()), expr.pos());
    std::vector<Ast> args = right.args();
    args.insert(args.begin(), left);
    return eval(right.withArgs(std::move(args)), env);
}

// {{:., _, [left, right]}, meta, args}: a remote call, a field access or f.(args).
Result<Value> Machine::evalDotCall(const Ast &expr, Bindings &env)
{
    const Ast &dot = expr.callForm();
    const auto &dotArgs = dot.args();
    if (dotArgs.size() == 1) {
        Result<Value> fun = eval(dotArgs[0], env);
        if (!fun)
            return fun;
        Result<std::vector<Value>> args = evalArgs(expr.args(), env);
        if (!args)
            return args.failure();
        return apply(fun.value(), args.value(), expr.pos());
    }
    const Ast &left = dotArgs[0];
    const QString name = dotArgs[1].atomName();
    QString module = left.isCall(u"__aliases__") ? env.aliases().expand(left) : QString();
    if (module.isEmpty()) {
        Result<Value> target = eval(left, env);
        if (!target)
            return target;
        if (!target->isAtom() || target->isNil() || target->isBoolean()) {
            if (!expr.args().empty())
                return errorAt(QStringLiteral("cannot call %1 on %2").arg(name, target->inspect()), expr.pos());
            return fieldAccess(target.value(), name, expr.pos());
        }
        module = moduleOfAtom(target.value());
    }
    const int arity = int(expr.args().size());
    if (const HostMacro *macro = m_host.macro(module, name, arity))
        return withPosition((*macro)(expr.args(), env, m_owner), expr.pos());
    if (auto special = evalSpecialRemote(module, name, expr, env))
        return *special;
    Result<std::vector<Value>> args = evalArgs(expr.args(), env);
    if (!args)
        return args.failure();
    return callModule(module, name, args.value(), expr.pos());
}

Result<Value> Machine::fieldAccess(const Value &target, const QString &name, SourcePos pos)
{
    if (!target.isMap() && !target.isStruct() && !target.isHost())
        return errorAt(QStringLiteral("cannot access field %1 of %2").arg(name, target.inspect()), pos);
    // A host value's fields (`changeset.valid?`) come from its host's `__field__/2`.
    if (target.isHost() && target.hostValue()) {
        if (const NativeFunction *f = m_host.function(target.hostValue()->typeName(), QStringLiteral("__field__"), 2))
            return withPosition((*f)({target, Value::atom(name)}, m_owner), pos);
    }
    if (auto v = target.get(name))
        return *v;
    return errorAt(QStringLiteral("key :%1 not found in: %2").arg(name, target.inspect()), pos);
}

Result<Value> Machine::eval(const Ast &expr, Bindings &env)
{
    switch (expr.kind()) {
    case Ast::Kind::Invalid: return Value::nil();
    case Ast::Kind::Integer:
        if (expr.isBigInteger()) {
            const std::optional<BigInteger> big = BigInteger::parse(QString::fromLatin1(expr.integerText()));
            if (!big)
                return errorAt(QStringLiteral("integer %1 cannot be read").arg(QString::fromLatin1(expr.integerText())),
                               expr.pos());
            return Value::integer(*big);
        }
        return Value::integer(expr.integerValue());
    case Ast::Kind::Float: return Value::floating(expr.floatValue());
    case Ast::Kind::Atom: return Value::atom(expr.atomName());
    case Ast::Kind::String: return Value::binary(expr.bytes());
    case Ast::Kind::List: return evalList(expr, env);
    case Ast::Kind::Tuple: {
        Result<std::vector<Value>> parts = evalArgs(expr.elements(), env);
        if (!parts)
            return parts.failure();
        return Value::tuple(std::move(parts.value()));
    }
    case Ast::Kind::Call: break;
    }
    if (auto e = step(expr.pos()))
        return *e;
    if (m_evalDepth >= kMaxEvalDepth)
        return stopped(QStringLiteral("evaluation stopped: expression nested too deeply"), expr.pos());
    if (auto e = checkStack(expr.pos()))
        return *e;
    EvalDepthGuard guard(m_evalDepth);
    if (expr.isVariable())
        return evalVariable(expr, env);
    if (expr.callForm().isCall(u"."))
        return evalDotCall(expr, env);
    if (!expr.callForm().isAtom())
        return errorAt(QStringLiteral("cannot evaluate this call form"), expr.pos());
    return evalNamed(expr, env);
}

} // namespace ectowb::interpreter
