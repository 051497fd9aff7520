#pragma once

#include "result.h"
#include "term.h"

#include "elixir/ast.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace ectowb::migration {

// A small, honest evaluator for the Elixir a migration uses around Ecto's DSL:
// literals, variables and `=`, module attributes, string interpolation and sigils,
// `for` over literal lists, `Enum.each/map` with an anonymous function, `if`,
// a few Kernel/String/Atom functions, and calls to the module's own functions.
// Anything else is an error value ("cannot evaluate ..."), which the reader turns
// into an Opaque command. A general interpreter (core/interpreter) may replace it.
class Evaluator
{
public:
    using Bindings = QHash<QString, Term>;

    struct Function
    {
        std::vector<elixir::Ast> params; // variables only
        elixir::Ast body;
    };

    // Calls the evaluator does not know go to the hook first (Ecto's DSL). It returns
    // nothing when the call is not its own.
    using Hook = std::function<std::optional<Result<Term>>(const elixir::Ast &call, Bindings &env)>;

    Evaluator(QHash<QString, Term> attributes, QMultiHash<QString, Function> functions, Hook hook);

    Result<Term> eval(const elixir::Ast &ast, Bindings &env);
    // The `do:` (or other) entry of a keyword-list argument, if any.
    static std::optional<elixir::Ast> keywordEntry(const elixir::Ast &keyword, const QString &key);
    static QString describe(const elixir::Ast &call);

private:
    Result<Term> evalCall(const elixir::Ast &call, Bindings &env);
    Result<Term> evalRemote(const elixir::Ast &call, Bindings &env);
    Result<Term> evalArgs(elixir::AstSpan args, Bindings &env, std::vector<Term> &out);
    Result<Term> evalBinary(const elixir::Ast &call, Bindings &env);
    Result<Term> evalSigil(const elixir::Ast &call, Bindings &env);
    Result<Term> evalFor(const elixir::Ast &call, Bindings &env);
    Result<Term> evalIf(const elixir::Ast &call, Bindings &env, bool negate);
    Result<Term> evalOperator(const QString &op, const std::vector<Term> &args);
    Result<Term> callLocal(const QString &name, const std::vector<Term> &args);
    Result<Term> applyFn(const elixir::Ast &fn, const Term &argument, Bindings &env);
    bool bind(const elixir::Ast &pattern, const Term &value, Bindings &env);
    static Error cannot(const elixir::Ast &ast);

    QHash<QString, Term> m_attributes;
    QMultiHash<QString, Function> m_functions;
    Hook m_hook;
    int m_depth = 0;
};

} // namespace ectowb::migration
