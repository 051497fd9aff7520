#pragma once

#include "bindings.h"
#include "elixir/ast.h"
#include "function.h"
#include "value.h"

#include <QHash>
#include <QString>

#include <functional>
#include <vector>

namespace ectowb::interpreter {

class Interpreter;

// A host macro gets its arguments unevaluated, as Ecto.Query's `from`, `where` and
// `dynamic` need (`p.x == ^y` is not code to run). It evaluates what it wants with
// `interpreter.eval(ast, env)`.
using HostMacro = std::function<Result<Value>(const std::vector<elixir::Ast> &args, Bindings &env,
                                              Interpreter &interpreter)>;

// C++ functions the interpreter calls by (module, name, arity): the changeset core
// registers ("Ecto.Changeset", "cast", 3), the query builder ("Ecto.Query", "from", 2)
// as a macro. A host module counts as existing for `import`: after
// `import Ecto.Changeset`, `cast(...)` reaches the same function.
class HostFunctions
{
public:
    void add(const QString &module, const QString &name, int arity, NativeFunction function);
    // arity -1: any arity.
    void addMacro(const QString &module, const QString &name, HostMacro macro, int arity = -1);

    const NativeFunction *function(const QString &module, const QString &name, int arity) const;
    const HostMacro *macro(const QString &module, const QString &name, int arity) const;
    bool hasModule(const QString &module) const { return m_modules.contains(module); }
    // Whether `module` exports `name` (as function or macro) with this arity.
    bool exports(const QString &module, const QString &name, int arity) const;

private:
    static QString key(const QString &module, const QString &name, int arity);
    QHash<QString, NativeFunction> m_functions;
    QHash<QString, HostMacro> m_macros;
    QHash<QString, int> m_modules; // module -> number of entries
};

} // namespace ectowb::interpreter
