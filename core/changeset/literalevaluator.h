#pragma once

#include "elixir/ast.h"
#include "project/elixirmodule.h"
#include "value/term.h"

#include <QHash>

#include <optional>

namespace ectowb::changeset {

using value::Term;

// Evaluates the arguments changeset steps are usually written with, without the
// interpreter: literals, lists, keyword lists, tuples, maps, ~w and ~r sigils, a
// unary minus, bound variables and the module's @attributes. Anything else gives
// nothing, and the caller asks the interpreter. Fast enough to run per keystroke.
class LiteralEvaluator
{
public:
    LiteralEvaluator(const project::ElixirModule *module, QHash<QString, Term> variables)
        : m_module(module), m_variables(std::move(variables))
    {
    }

    std::optional<Term> eval(const elixir::Ast &ast, int depth = 0) const;
    // A literal a person typed (a pin's value in the composer): nothing when the text
    // is blank, does not read as Elixir, or is more than a literal.
    static std::optional<Term> evalText(const QString &text);

private:
    std::optional<Term> call(const elixir::Ast &ast, int depth) const;
    std::optional<Term> attribute(const QString &name, int depth) const;
    std::optional<Term> sigil(const elixir::Ast &ast) const;

    const project::ElixirModule *m_module;
    QHash<QString, Term> m_variables;
};

} // namespace ectowb::changeset
