// Special forms and control flow: =, case, cond, if/unless, with, for, fn, &,
// raise, and the dispatch of named calls.
#include "machine.h"

#include "evalhelpers.h"
#include "function.h"
#include "stdlib.h"

namespace ectowb::interpreter {

using elixir::Ast;
using elixir::SourcePos;

static Ast keyword(elixir::AstSpan args, QStringView key)
{
    return args.empty() ? Ast() : args.back().keywordValue(key);
}

Result<Value> Machine::evalNamed(const Ast &expr, Bindings &env)
{
    const QString name = expr.callName();
    const auto &args = expr.args();
    const size_t n = args.size();
    if (name == u"__block__")
        return evalBlock(expr, env);
    if (name == u"__aliases__") {
        const QString module = env.aliases().expand(expr);
        return Value::atom(QStringLiteral("Elixir.") + module);
    }
    if (name == u"{}") {
        Result<std::vector<Value>> parts = evalArgs(args, env);
        if (!parts)
            return parts.failure();
        return Value::tuple(std::move(parts.value()));
    }
    if (name == u"%{}")
        return evalMap(expr, env);
    if (name == u"%" && n == 2)
        return evalStruct(expr, env);
    if (name == u"<<>>")
        return evalBinary(expr, env);
    if (name == u"=" && n == 2)
        return evalMatchOp(expr, env);
    if (name == u"@" && n == 1)
        return evalAttribute(expr, env);
    if (name == u"|>" && n == 2)
        return evalPipe(expr, env);
    if ((name == u"&&" || name == u"||" || name == u"and" || name == u"or") && n == 2)
        return evalLogic(expr, env);
    if ((name == u"if" || name == u"unless") && n == 2)
        return evalIf(expr, env, name == u"unless");
    if (name == u"case" && n == 2)
        return evalCase(expr, env);
    if (name == u"cond" && n == 1)
        return evalCond(expr, env);
    if (name == u"with")
        return evalWith(expr, env);
    if (name == u"for")
        return evalFor(expr, env);
    if (name == u"fn")
        return evalFn(expr, env);
    if (name == u"&" && n == 1 && args[0].isInteger()) {
        if (auto v = env.value(u'&' + QString::number(args[0].integerValue())))
            return *v;
        return errorAt(QStringLiteral("capture argument &%1 must be used within the capture operator &")
                           .arg(args[0].integerValue()),
                       expr.pos());
    }
    if (name == u"&" && n == 1)
        return evalCapture(expr, env);
    if (name == u"raise" && (n == 1 || n == 2))
        return evalRaise(expr, env);
    if (name == u"^")
        return errorAt(QStringLiteral("cannot use ^%1 outside of match clauses").arg(args[0].callName()), expr.pos());
    if (name == u"alias" || name == u"require" || name == u"import") {
        if (name == u"alias")
            env.aliases().apply(expr);
        else if (name == u"import" && n >= 1)
            env.addImport(env.aliases().expand(args[0]));
        return Value::atom(QStringLiteral("ok"));
    }
    if (name == u"receive" || name == u"try" || name == u"quote" || name == u"super" || name == u"throw")
        return errorAt(QStringLiteral("cannot evaluate %1 (not supported by the interpreter)").arg(name), expr.pos());
    return evalUnqualified(expr, env);
}

Result<Value> Machine::evalUnqualified(const Ast &expr, Bindings &env)
{
    const QString name = expr.callName();
    const int arity = int(expr.args().size());
    for (const QString &module : env.imports()) {
        if (const HostMacro *macro = m_host.macro(module, name, arity))
            return withPosition((*macro)(expr.args(), env, m_owner), expr.pos());
    }
    if (const HostMacro *macro = m_host.macro(QStringLiteral("Kernel"), name, arity))
        return withPosition((*macro)(expr.args(), env, m_owner), expr.pos());
    Result<std::vector<Value>> args = evalArgs(expr.args(), env);
    if (!args)
        return args.failure();
    return callUnqualified(name, args.value(), expr.pos(), env);
}

static bool isProcessFunction(const QString &name)
{
    static const QStringList names = {QStringLiteral("send"), QStringLiteral("spawn"), QStringLiteral("spawn_link"),
                                      QStringLiteral("spawn_monitor"), QStringLiteral("self"),
                                      QStringLiteral("exit"), QStringLiteral("make_ref")};
    return names.contains(name);
}

bool Machine::resolvesUnqualified(const QString &name, int arity, const Bindings &env) const
{
    if (hasFunction(env.module(), name, arity))
        return true;
    for (const QString &module : env.imports()) {
        if (m_host.function(module, name, arity) || m_stdlib.function(module, name, arity) || hasFunction(module, name, arity))
            return true;
    }
    return m_host.function(QStringLiteral("Kernel"), name, arity) || m_stdlib.function(QStringLiteral("Kernel"), name, arity)
           || isProcessFunction(name);
}

Result<Value> Machine::callUnqualified(const QString &name, const std::vector<Value> &args, SourcePos pos,
                                       const Bindings &env)
{
    const int arity = int(args.size());
    if (hasFunction(env.module(), name, arity))
        return callLocal(env.module(), name, args, pos);
    for (const QString &module : env.imports()) {
        const bool exported = m_host.function(module, name, arity) || m_stdlib.function(module, name, arity)
                              || hasFunction(module, name, arity);
        if (exported)
            return callModule(module, name, args, pos);
    }
    if (const NativeFunction *f = m_host.function(QStringLiteral("Kernel"), name, arity))
        return withPosition((*f)(args, m_owner), pos);
    if (const NativeFunction *f = m_stdlib.function(QStringLiteral("Kernel"), name, arity))
        return withPosition((*f)(args, m_owner), pos);
    if (isProcessFunction(name))
        return errorAt(QStringLiteral("cannot evaluate %1/%2 (processes)").arg(name).arg(arity), pos);
    return errorAt(QStringLiteral("undefined function %1/%2").arg(name).arg(arity), pos);
}

std::optional<Result<Value>> Machine::evalSpecialRemote(const QString &module, const QString &name, const Ast &expr,
                                                        Bindings &env)
{
    // Kernel's macros called with their module (`Kernel.if`, `Kernel.raise`).
    if (module == u"Kernel" && (name == u"if" || name == u"unless" || name == u"raise" || name == u"&&"
                                || name == u"||" || name == u"|>"))
        return evalNamed(Ast::call(name, expr.pos(), expr.args()), env);
    return std::nullopt;
}

Result<Value> Machine::evalMatchOp(const Ast &expr, Bindings &env)
{
    Result<Value> value = eval(expr.args()[1], env);
    if (!value)
        return value;
    Result<bool> matched = match(expr.args()[0], value.value(), env);
    if (!matched)
        return matched.failure();
    if (!matched.value())
        return errorAt(QStringLiteral("no match of right hand side value: %1").arg(value->inspect()), expr.pos());
    return value;
}

Result<Value> Machine::evalLogic(const Ast &expr, Bindings &env)
{
    const QString op = expr.callName();
    Result<Value> left = eval(expr.args()[0], env);
    if (!left)
        return left;
    const bool strict = op == u"and" || op == u"or";
    if (strict && !left->isBoolean())
        return errorAt(QStringLiteral("expected a boolean on left-side of \"%1\", got: %2").arg(op, left->inspect()),
                       expr.pos());
    const bool isAnd = op == u"and" || op == u"&&";
    if (isAnd != left->isTruthy())
        return left;
    return eval(expr.args()[1], env);
}

Result<Value> Machine::evalIf(const Ast &expr, Bindings &env, bool negate)
{
    Result<Value> condition = eval(expr.args()[0], env);
    if (!condition)
        return condition;
    const bool taken = condition->isTruthy() != negate;
    const Ast branch = expr.args()[1].keywordValue(taken ? u"do" : u"else");
    if (!branch.isValid())
        return Value::nil();
    Bindings inner = env;
    return evalBlock(branch, inner);
}

static std::vector<Ast> clausesOf(const Ast &block)
{
    return block.isList() ? block.elements().toVector() : std::vector<Ast>();
}

Result<std::optional<Value>> Machine::runClauses(elixir::AstSpan clauses, const std::vector<Value> &args,
                                                 Bindings &env)
{
    for (const Ast &clause : clauses) {
        if (!clause.isCall(u"->", 2) || !clause.args()[0].isList())
            continue;
        std::vector<Ast> params = clause.args()[0].elements();
        Ast guard;
        if (params.size() == 1 && params[0].isCall(u"when")) {
            const auto &w = params[0].args();
            params.assign(w.begin(), w.end() - 1);
            guard = w.back();
        }
        if (params.size() != args.size())
            continue;
        if (auto e = step(clause.pos()))
            return *e;
        Bindings local = env;
        bool ok = true;
        for (size_t i = 0; ok && i < args.size(); ++i) {
            Result<bool> m = match(params[i], args[i], local);
            if (!m)
                return m.failure();
            ok = m.value();
        }
        if (ok && guard.isValid()) {
            Result<bool> g = guardHolds(guard, local);
            if (!g)
                return g.failure();
            ok = g.value();
        }
        if (!ok)
            continue;
        Result<Value> v = evalBlock(clause.args()[1], local);
        if (!v)
            return v.failure();
        return std::optional<Value>(v.value());
    }
    return std::optional<Value>();
}

Result<Value> Machine::evalCase(const Ast &expr, Bindings &env)
{
    Result<Value> subject = eval(expr.args()[0], env);
    if (!subject)
        return subject;
    auto result = runClauses(clausesOf(expr.args()[1].keywordValue(u"do")), {subject.value()}, env);
    if (!result)
        return result.failure();
    if (!result.value())
        return errorAt(QStringLiteral("no case clause matching: %1").arg(subject->inspect()), expr.pos());
    return *result.value();
}

Result<Value> Machine::evalCond(const Ast &expr, Bindings &env)
{
    for (const Ast &clause : clausesOf(expr.args()[0].keywordValue(u"do"))) {
        if (!clause.isCall(u"->", 2) || clause.args()[0].elements().size() != 1)
            continue;
        Result<Value> c = eval(clause.args()[0].elements()[0], env);
        if (!c)
            return c;
        if (c->isTruthy()) {
            Bindings inner = env;
            return evalBlock(clause.args()[1], inner);
        }
    }
    return errorAt(QStringLiteral("no cond clause evaluated to a truthy value"), expr.pos());
}

Result<Value> Machine::evalWith(const Ast &expr, Bindings &env)
{
    const auto &args = expr.args();
    if (args.empty() || !args.back().isKeywordList())
        return errorAt(QStringLiteral("with needs a do block"), expr.pos());
    Bindings local = env;
    for (size_t i = 0; i + 1 < args.size(); ++i) {
        const Ast &clause = args[i];
        if (!clause.isCall(u"<-", 2)) {
            Result<Value> v = eval(clause, local);
            if (!v)
                return v;
            continue;
        }
        Result<Value> v = eval(clause.args()[1], local);
        if (!v)
            return v;
        Ast pattern = clause.args()[0];
        Ast guard;
        if (pattern.isCall(u"when", 2)) {
            guard = pattern.args()[1];
            pattern = pattern.args()[0];
        }
        Bindings attempt = local;
        Result<bool> m = match(pattern, v.value(), attempt);
        if (!m)
            return m.failure();
        bool ok = m.value();
        if (ok && guard.isValid()) {
            Result<bool> g = guardHolds(guard, attempt);
            if (!g)
                return g.failure();
            ok = g.value();
        }
        if (!ok) {
            const Ast elseBlock = keyword(args, u"else");
            if (!elseBlock.isValid())
                return v;
            auto r = runClauses(clausesOf(elseBlock), {v.value()}, env);
            if (!r)
                return r.failure();
            if (!r.value())
                return errorAt(QStringLiteral("no with clause matching: %1").arg(v->inspect()), expr.pos());
            return *r.value();
        }
        local = attempt;
    }
    return evalBlock(keyword(args, u"do"), local);
}

Result<Value> Machine::evalFn(const Ast &expr, Bindings &env)
{
    auto data = std::make_shared<FunctionData>();
    data->kind = FunctionData::Kind::Closure;
    data->clauses = expr.args();
    data->captured = env;
    if (!data->clauses.empty() && data->clauses[0].isCall(u"->", 2)) {
        const auto &params = data->clauses[0].args()[0].elements();
        data->arity = int(params.size());
        if (params.size() == 1 && params[0].isCall(u"when"))
            data->arity = int(params[0].args().size()) - 1;
    }
    return Value::function(data);
}

static int captureArity(const Ast &expr)
{
    if (expr.isCall(u"&", 1) && expr.args()[0].isInteger())
        return int(expr.args()[0].integerValue());
    int arity = 0;
    const auto visit = [&arity](const Ast &child) { arity = std::max(arity, captureArity(child)); };
    if (expr.isList() || expr.isTuple())
        std::for_each(expr.elements().begin(), expr.elements().end(), visit);
    if (expr.isCall()) {
        visit(expr.callForm());
        std::for_each(expr.args().begin(), expr.args().end(), visit);
    }
    return arity;
}

Result<Value> Machine::evalCapture(const Ast &expr, Bindings &env)
{
    const Ast &target = expr.args()[0];
    auto data = std::make_shared<FunctionData>();
    data->captured = env;
    if (target.isCall(u"/", 2) && target.args()[1].isInteger()) {
        const Ast &fun = target.args()[0];
        data->kind = FunctionData::Kind::Named;
        data->arity = int(target.args()[1].integerValue());
        if (fun.isVariable()) {
            data->name = fun.callName();
            return Value::function(data);
        }
        if (fun.callForm().isCall(u".") && fun.callForm().args().size() == 2) {
            const Ast &mod = fun.callForm().args()[0];
            QString module = mod.isCall(u"__aliases__") ? env.aliases().expand(mod) : QString();
            if (module.isEmpty()) {
                Result<Value> m = eval(mod, env);
                if (!m)
                    return m;
                module = moduleOfAtom(m.value());
            }
            data->module = module;
            data->name = fun.callForm().args()[1].atomName();
            return Value::function(data);
        }
    }
    data->kind = FunctionData::Kind::Closure;
    data->name = QStringLiteral("&");
    data->arity = captureArity(target);
    data->clauses = {target};
    return Value::function(data);
}

Result<Value> Machine::apply(const Value &function, const std::vector<Value> &args, SourcePos pos)
{
    auto f = function.function();
    if (!f)
        return errorAt(QStringLiteral("expected a function, got: %1").arg(function.inspect()), pos);
    if (f->arity != int(args.size()))
        return errorAt(QStringLiteral("%1 with arity %2 called with %3 argument(s)")
                           .arg(function.inspect())
                           .arg(f->arity)
                           .arg(args.size()),
                       pos);
    if (auto e = step(pos))
        return *e;
    switch (f->kind) {
    case FunctionData::Kind::Native: return withPosition(f->native(args, m_owner), pos);
    case FunctionData::Kind::Named:
        if (f->module.isEmpty())
            return callUnqualified(f->name, args, pos, f->captured);
        return callModule(f->module, f->name, args, pos);
    case FunctionData::Kind::Closure: break;
    }
    if (m_evalDepth >= kMaxEvalDepth)
        return stopped(QStringLiteral("evaluation stopped: calls nested too deeply"), pos);
    EvalDepthGuard guard(m_evalDepth);
    Bindings env = f->captured;
    if (f->name == u"&") {
        for (size_t i = 0; i < args.size(); ++i)
            env.bind(u'&' + QString::number(i + 1), args[i]);
        return eval(f->clauses.front(), env);
    }
    auto result = runClauses(f->clauses, args, env);
    if (!result)
        return result.failure();
    if (!result.value()) {
        QStringList shown;
        for (const Value &a : args)
            shown << a.inspect();
        return errorAt(QStringLiteral("no function clause matching in anonymous fn/%1 (called with %2)")
                           .arg(args.size())
                           .arg(shown.join(QStringLiteral(", "))),
                       pos);
    }
    return *result.value();
}

Result<Value> Machine::evalRaise(const Ast &expr, Bindings &env)
{
    const auto &args = expr.args();
    Result<Value> first = eval(args[0], env);
    if (!first)
        return first;
    QString exception = QStringLiteral("RuntimeError");
    QString message;
    if (first->isBinary()) {
        message = first->text();
    } else {
        exception = moduleOfAtom(first.value());
        if (args.size() == 2) {
            Result<Value> second = eval(args[1], env);
            if (!second)
                return second;
            if (second->isBinary())
                message = second->text();
            for (const Value &pair : second->isKeyword() ? second->elements() : std::vector<Value>()) {
                if (pair.elements()[0].isAtom(u"message"))
                    message = pair.elements()[1].text();
            }
        }
    }
    // The kind lets callers tell an ArgumentError from a QueryError; Error::text()
    // prints it as Elixir prints a raise.
    return Error(message, exception).at(expr.pos().line, expr.pos().column);
}

} // namespace ectowb::interpreter
