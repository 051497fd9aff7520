#pragma once

#include "bindings.h"
#include "elixir/ast.h"
#include "hostfunctions.h"
#include "interpreter.h"
#include "project/elixirmodule.h"
#include "value.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace ectowb::interpreter {

// One def/defp clause of a project module.
struct FunctionClause
{
    elixir::Ast head;  // name(args) without the guard
    elixir::Ast guard; // invalid when there is none
    elixir::Ast body;
    bool isPrivate = false;
    std::vector<elixir::Ast> params;
    int defaults = 0; // number of params with `\\ default`
};

// What the interpreter knows about one project module.
struct ModuleInfo
{
    QString name;
    project::AliasScope scope;
    QStringList imports;
    QHash<QString, std::vector<FunctionClause>> functions; // "name/arity"
    QHash<QString, elixir::Ast> attributes;                // unevaluated, last definition
    QHash<QString, Value> attributeValues;                 // evaluated on first use
    std::vector<std::pair<QString, elixir::Ast>> structFields;
    bool hasStruct = false;
};

// The interpreter's engine: evaluation of expressions, pattern matching, calls,
// and the budget. Interpreter is its public face. Internal.
class Machine
{
public:
    Machine(Interpreter &owner, const QList<project::ElixirModule> &modules, HostFunctions host);

    Interpreter &owner() { return m_owner; }
    // Elements of an enumerable (list, range, map, MapSet), charging the budget one
    // reduction per element before building anything.
    Result<std::vector<Value>> enumerate(const Value &enumerable, elixir::SourcePos pos = {});

    // Entry points: reset the budget when not nested inside another entry.
    Result<Value> enterEval(const elixir::Ast &expr, Bindings &env);
    Result<Value> enterCall(const QString &module, const QString &name, const std::vector<Value> &args);
    Result<Value> enterApply(const Value &function, const std::vector<Value> &args);
    // The literal mode (evalliteral.cpp): eval() of `expr` when isLiteral() holds.
    Result<Value> enterLiteral(const elixir::Ast &expr, const Bindings &env);

    Result<Value> eval(const elixir::Ast &expr, Bindings &env);
    Result<Value> evalBlock(const elixir::Ast &body, Bindings &env);
    // Matches `value` against `pattern`, binding into `env`; false when it does not match.
    Result<bool> match(const elixir::Ast &pattern, const Value &value, Bindings &env);
    Result<Value> callModule(const QString &module, const QString &name, const std::vector<Value> &args,
                             elixir::SourcePos pos);
    Result<Value> apply(const Value &function, const std::vector<Value> &args, elixir::SourcePos pos = {});

    // An error when evaluation has used more C++ stack than the limits allow.
    std::optional<Error> checkStack(elixir::SourcePos pos) const;
    // Counts one reduction; an error when the budget is spent.
    std::optional<Error> step(elixir::SourcePos pos, qint64 amount = 1);

    Bindings moduleBindings(const QString &module) const;
    const ModuleInfo *module(const QString &name) const;
    // Library modules (deps/) the interpreter loads the first time code calls them.
    void setModuleSource(ModuleSource source) { m_moduleSource = std::move(source); }
    bool hasModule(const QString &name) const;
    bool hasFunction(const QString &module, const QString &name, int arity) const;
    Result<Value> attribute(const QString &module, const QString &name, elixir::SourcePos pos);
    Result<Value> newStruct(const QString &module, elixir::SourcePos pos);
    void defineStruct(const QString &module, const std::vector<std::pair<QString, elixir::Ast>> &fields);

    const HostFunctions &host() const { return m_host; }
    const HostFunctions &stdlib() const { return m_stdlib; }
    Limits limits;

    static Error errorAt(const QString &message, elixir::SourcePos pos);
    // A limit of `limits` was hit: the error, and the mark that this evaluation is
    // over (a guard that fails on it must not read it as false).
    Error stopped(const QString &message, elixir::SourcePos pos) const;

    // A call of a function of `module` from inside it (private ones too).
    Result<Value> callLocal(const QString &module, const QString &name, const std::vector<Value> &args,
                            elixir::SourcePos pos);
    Result<bool> guardHolds(const elixir::Ast &guard, Bindings &env);
    Error unknownCall(const QString &module, const QString &name, int arity, elixir::SourcePos pos) const;
    static QString describeCall(const QString &module, const QString &name, int arity);
    static Result<Value> withPosition(Result<Value> result, elixir::SourcePos pos);

    // Whether an unqualified `name/arity` names a function: local, imported or Kernel.
    bool resolvesUnqualified(const QString &name, int arity, const Bindings &env) const;
    // Unqualified `name(args)`: local functions, imports, then Kernel.
    Result<Value> callUnqualified(const QString &name, const std::vector<Value> &args, elixir::SourcePos pos,
                                  const Bindings &env);
    Result<std::vector<Value>> evalArgs(elixir::AstSpan args, Bindings &env);
    Result<Value> fieldAccess(const Value &target, const QString &name, elixir::SourcePos pos);

private:
    // Whether `expr` is data written out, as Interpreter::evalLiteral describes it:
    // decided on the AST alone, before anything is evaluated.
    bool isLiteral(const elixir::Ast &expr, const Bindings &env, int depth) const;
    bool isLiteralAttribute(const QString &module, const elixir::Ast &name, int depth) const;
    bool isLiteralSigil(const elixir::Ast &expr) const;
    Result<Value> evalList(const elixir::Ast &expr, Bindings &env);
    Result<Value> evalVariable(const elixir::Ast &expr, Bindings &env);
    Result<Value> evalBinary(const elixir::Ast &expr, Bindings &env);
    Result<Value> evalMap(const elixir::Ast &expr, Bindings &env);
    Result<Value> updateMap(const Value &base, const elixir::Ast &updates, Bindings &env, elixir::SourcePos pos);
    Result<Value> evalStruct(const elixir::Ast &expr, Bindings &env);
    Result<Value::Pair> evalPair(const elixir::Ast &entry, Bindings &env);
    Result<Value> putExisting(Value into, elixir::AstSpan pairs, Bindings &env,
                              const std::function<QString(const Value &)> &missing, elixir::SourcePos pos);
    Result<Value> evalAttribute(const elixir::Ast &expr, Bindings &env);
    Result<Value> evalPipe(const elixir::Ast &expr, Bindings &env);
    Result<Value> evalDotCall(const elixir::Ast &expr, Bindings &env);
    Result<Value> evalNamed(const elixir::Ast &expr, Bindings &env);
    std::optional<Result<Value>> evalSpecialRemote(const QString &module, const QString &name,
                                                   const elixir::Ast &expr, Bindings &env);
    Result<Value> evalMatchOp(const elixir::Ast &expr, Bindings &env);
    Result<Value> evalLogic(const elixir::Ast &expr, Bindings &env);
    Result<Value> evalIf(const elixir::Ast &expr, Bindings &env, bool negate);
    Result<Value> evalCase(const elixir::Ast &expr, Bindings &env);
    Result<Value> evalCond(const elixir::Ast &expr, Bindings &env);
    Result<Value> evalWith(const elixir::Ast &expr, Bindings &env);
    Result<Value> evalFor(const elixir::Ast &expr, Bindings &env);
    Result<Value> evalFn(const elixir::Ast &expr, Bindings &env);
    Result<Value> evalCapture(const elixir::Ast &expr, Bindings &env);
    Result<Value> evalRaise(const elixir::Ast &expr, Bindings &env);
    Result<Value> forGenerators(elixir::AstSpan clauses, size_t index, Bindings &env,
                                const elixir::Ast &body, std::vector<Value> &out);
    struct MatchState;
    Result<bool> matchInto(const elixir::Ast &pattern, const Value &value, MatchState &state);
    Result<bool> matchList(const elixir::Ast &pattern, const Value &value, MatchState &state);
    Result<bool> matchMap(const elixir::Ast &pattern, const Value &value, MatchState &state);
    Result<bool> matchBinaryPrefix(const elixir::Ast &pattern, const Value &value, MatchState &state);
    Result<Value> evalUnqualified(const elixir::Ast &expr, Bindings &env);
    // Runs `->` clauses against values (case, fn); nothing when none matched.
    Result<std::optional<Value>> runClauses(elixir::AstSpan clauses, const std::vector<Value> &args,
                                            Bindings &env);
    void loadModule(const project::ElixirModule &module);
    // module(), or the module source's module of that name, loaded now.
    const ModuleInfo *resolve(const QString &name);
    void loadSchemaFields(ModuleInfo &info, const project::ElixirModule &module);
    Result<Value> callProject(const ModuleInfo &module, const QString &name, const std::vector<Value> &args,
                              elixir::SourcePos pos, bool allowPrivate);
    Result<std::vector<Value>> fillDefaults(const ModuleInfo &info, const FunctionClause &clause,
                                            const std::vector<Value> &args);
    Result<bool> matchParams(const FunctionClause &clause, const std::vector<Value> &args, Bindings &env);

    Interpreter &m_owner;
    // A map whose elements stay where they are when another is added: a module loaded
    // lazily while a function of another one runs must not move that one.
    std::unordered_map<QString, ModuleInfo> m_modules;
    ModuleSource m_moduleSource;
    HostFunctions m_host;
    HostFunctions m_stdlib;
    qint64 m_steps = 0;
    int m_depth = 0;
    int m_entries = 0;
    mutable bool m_stopped = false; // a limit was hit in this top-level request
    int m_evalDepth = 0;
    quintptr m_stackBase = 0;
    qint64 m_stackLimit = 0;
};

} // namespace ectowb::interpreter
