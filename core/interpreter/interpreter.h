#pragma once

#include "bindings.h"
#include "elixir/ast.h"
#include "hostfunctions.h"
#include "project/elixirmodule.h"
#include "value.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ectowb::interpreter {

class Machine;

// Modules the interpreter may load on first use, by full name (deps/ of a project).
using ModuleSource = std::function<std::optional<project::ElixirModule>(const QString &name)>;

// How much work one top-level eval/call/apply may do before it is stopped with an
// error, so no user code can hang or overflow the stack of the GUI.
struct Limits
{
    qint64 steps = 10'000'000; // reductions: calls, clause tries, enumerated elements
    int depth = 800;           // nested calls of functions (Elixir's stack)
    // C++ stack the evaluation may use below its entry point: deep recursion must
    // end in an error, not in a crash, also on a worker thread with a small stack.
    // 0: what the current thread has left, minus a safety margin.
    qint64 stackBytes = 0;
};

// An interpreter for pure Elixir: the expressions and the project functions the
// query composer, the changeset preview and migrations need. It knows the data
// parts of the standard library (Kernel, Enum, Map, Keyword, String, List, Integer,
// Float, Regex, Date/Time...), the project's modules (def/defp with clauses, guards,
// defaults, @attributes, defstruct) and whatever the host registers. Anything with
// side effects (I/O, processes, Repo) is an error naming the call and its position.
// Errors are values: "cannot evaluate File.read!/1 (I/O) at line 3, column 5".
class Interpreter
{
public:
    explicit Interpreter(const QList<project::ElixirModule> &modules = {}, HostFunctions host = {});
    ~Interpreter();
    Interpreter(const Interpreter &) = delete;
    Interpreter &operator=(const Interpreter &) = delete;

    // Evaluates one expression (a `__block__` too); new bindings land in `env`.
    Result<Value> eval(const elixir::Ast &expr, Bindings &env);
    // Parses and evaluates source with fresh top-level bindings (or `env`);
    // the value of the last expression.
    Result<Value> evalSource(const QString &source);
    Result<Value> evalSource(const QString &source, Bindings &env);
    // Literal mode: evaluates `expr` only when it is data written out: numbers, atoms,
    // strings, lists, tuples, maps, sigils without interpolation, a unary minus, the
    // variables bound in `env` and, in a module, its @attributes whose values are
    // literals too. Anything else (a call, an unbound name) is refused with an error
    // before any of it runs, so a caller can tell "plain arguments" from code, and a
    // person's typed value from an expression. Cheap enough to run per keystroke.
    Result<Value> evalLiteral(const elixir::Ast &expr, const Bindings &env);
    // A literal a person typed, with no variables and no module: an error when the
    // text is blank, does not read as Elixir, or is more than a literal.
    Result<Value> evalLiteral(const QString &source);
    // Module.function(args...): project modules (public functions), host functions
    // and the standard library. `module` is a full name without "Elixir.".
    Result<Value> call(const QString &module, const QString &function, const std::vector<Value> &args);
    // Calls a function value (closure, capture, native).
    Result<Value> apply(const Value &function, const std::vector<Value> &args);

    // The environment of code inside `module`: its aliases, imports and module name.
    Bindings moduleBindings(const QString &module) const;
    bool hasModule(const QString &module) const;
    // A project function (def or defp) with this name and arity exists.
    bool hasFunction(const QString &module, const QString &name, int arity) const;
    // The value of a module attribute (`@attr value` in the body), evaluated lazily.
    Result<Value> attribute(const QString &module, const QString &name);
    // %module{} with its defaults, from `defstruct` or an Ecto `schema`/`embedded_schema`.
    Result<Value> newStruct(const QString &module);
    // Gives `module` struct fields (name and default expression) when its own source
    // defines none the interpreter can see: schemas whose fields come from the
    // project's `use` wrappers and macros, which the host has already expanded.
    void defineStruct(const QString &module, const std::vector<std::pair<QString, elixir::Ast>> &fields);

    // Charges reductions to the budget of the request being served: host functions
    // that loop over user data call it. An error once the budget is spent.
    std::optional<Error> charge(qint64 reductions);

    // Where to find a module that is not among those given to the constructor.
    void setModuleSource(ModuleSource source);

    void setLimits(const Limits &limits);
    Limits limits() const;

private:
    std::unique_ptr<Machine> m_machine;
};

} // namespace ectowb::interpreter
