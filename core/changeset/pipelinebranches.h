#pragma once

#include "changeset.h"
#include "elixir/ast.h"
#include "project/project.h"

#include <optional>
#include <vector>

namespace ectowb::changeset {

// A private helper a changeset pipeline goes through whose one clause is an `if`,
// `unless`, `case` or `cond` (`defp check_x(cs) do if get_change(cs, :x) do cs |>
// validate_y() else cs end end`). The interpreter runs the helper as one step; this
// tells the steps pane which Ecto.Changeset calls sit in which branch, and gives an
// expression (the same `if`/`case` with each branch's body replaced by its index)
// that says which branch a run took without running any branch a second time.
class PipelineBranches
{
public:
    struct Branch
    {
        QString label;                    // "do", "else", or the clause's patterns
        std::vector<elixir::Ast> calls;   // the calls the branch makes on the changeset
    };

    // The helper `name/arity` of `module` when it is one such clause; nullopt otherwise.
    static std::optional<PipelineBranches> of(const project::ElixirModule &module, const QString &name, int arity);
    // A function body over `parameters` that is one if/unless/case/cond; nullopt otherwise.
    static std::optional<PipelineBranches> ofBody(const QStringList &parameters, const elixir::Ast &body);

    // `then(fn cs -> body end)` in a pipeline: the one clause's parameter and body,
    // which the steps pane opens like a helper's.
    struct Closure
    {
        QString parameter;
        elixir::Ast body;
    };
    static std::optional<Closure> thenClosure(const elixir::Ast &step);
    // `x |> f(a) |> g(b)` -> [x, f(a), g(b)]; any other expression -> [expression].
    static std::vector<elixir::Ast> pipeline(const elixir::Ast &expr);

    const QStringList &parameters() const { return m_parameters; }
    const elixir::Ast &selector() const { return m_selector; }
    const std::vector<Branch> &branches() const { return m_branches; }
    // The branches' calls as steps one level below `depth`: the taken branch's as
    // interpreted (they ran inside the helper), the others' as skipped.
    std::vector<PipelineStep> steps(int taken, int depth) const;

private:
    QStringList m_parameters;
    elixir::Ast m_selector;
    std::vector<Branch> m_branches;
};

} // namespace ectowb::changeset
