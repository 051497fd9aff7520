#pragma once

#include "changeset.h"
#include "changesethost.h"
#include "projecttypes.h"

#include "interpreter/bindings.h"
#include "interpreter/value.h"
#include "common/result.h"
#include "project/project.h"

#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace ectowb::interpreter {
class Interpreter;
}

namespace ectowb::changeset {

using value::Term;

class PipelineBranches;

// Runs a schema module's changeset function on a struct and params, as
// `Module.function(struct, params)` would: the function's pipeline is stepped
// through one call at a time. Ecto.Changeset steps with plain arguments run
// directly; private helpers and custom validators go through the interpreter with
// Ecto.Changeset as host functions. A step that cannot be evaluated is recorded in
// Changeset::skipped with its source, and the pipeline goes on without it.
// An Error is what Ecto would raise (params that are not a map, an unknown field).
class ChangesetRunner
{
public:
    explicit ChangesetRunner(project::Project project);
    ~ChangesetRunner();
    ChangesetRunner(const ChangesetRunner &) = delete;
    ChangesetRunner &operator=(const ChangesetRunner &) = delete;

    // Where a data map's values come from. Given: typed by a person, each cast to
    // its field's type first (as `struct(Module, fields)` after Ecto.Type.cast/2).
    // Struct: a struct's own values (a row loaded by loadRow, what Repo returned),
    // taken as they are: a project type's value is not cast a second time.
    enum class DataSource : quint8 { Given, Struct };

    // `data`: nil for %Module{} with its defaults, or a map of field name (string)
    // to value from `source`. `params`: what the function's second argument receives.
    Result<Changeset> run(const QString &module, const QString &function, const Term &data, const Term &params,
                          DataSource source = DataSource::Given);
    // A row as Repo.get returns it (Ecto.Schema.Loader): each value of a project
    // Ecto.Type through its load/1; the ArgumentError Ecto raises where load/1 answers
    // :error. A value whose load cannot be evaluated here stays as read.
    Result<Term> loadRow(const QString &module, const Term &row);

    // Before `changeset` goes to Repo.insert/update/delete (`action`) on another
    // thread: the project types' dump/1 of the values that write sends, into
    // changeset.customDumps. An Ecto.ChangeError where a dump answers :error.
    Result<void> dumpCustomTypes(Changeset &changeset, const QString &action);

    // The schema as the changeset core sees it; nullptr when `module` has none.
    std::shared_ptr<const ChangesetSchema> schema(const QString &module);
    Result<std::vector<std::pair<QString, Term>>> buildData(const ChangesetSchema &schema, const Term &data,
                                                            DataSource source = DataSource::Given) const;
    // The changeset functions of a module: public functions of arity 2 whose body
    // is a pipeline starting with cast/change or calling them.
    QStringList changesetFunctions(const QString &module) const;
    // After run() returned an Error: the steps up to the one that raised (marked
    // Raised), so the steps pane shows how far the pipeline got. Empty after a run
    // that returned a changeset, or one that raised before any step.
    const std::vector<PipelineStep> &raisedSteps() const { return m_raisedSteps; }

private:
    // A function clause as the runner steps through it.
    struct Function
    {
        QStringList parameters;
        elixir::Ast body;
    };
    // One pipeline being stepped through: the function, the environment its code
    // sees (the module's, with its other parameters' values), and what its first
    // parameter is (the struct, or the changeset a helper got).
    struct Frame
    {
        const Function *function = nullptr;
        interpreter::Bindings env;
        std::optional<interpreter::Value> first;
        int depth = 0;
    };
    std::optional<Term> evalDefault(const QString &module, const elixir::Ast &expr);
    Result<Term> castData(const ChangesetSchema &schema, const schema::Field &field, const Term &given) const;
    Result<Term> embeddedData(const schema::EctoType &type, const Term &given) const;
    std::optional<Function> findFunction(const project::ElixirModule &module, const QString &name) const;
    Result<Changeset> runSteps(const project::ElixirModule &module, const Frame &frame, const std::vector<elixir::Ast> &steps,
                               Changeset cs);
    Result<Changeset> runStep(const project::ElixirModule &module, const Frame &frame, const elixir::Ast &step, Changeset cs);
    const Function *pipelineHelper(const project::ElixirModule &module, const QString &name, int arity);
    std::optional<Frame> helperFrame(const project::ElixirModule &module, const Frame &outer, const elixir::Ast &step,
                                     std::vector<elixir::Ast> *steps);
    // `then(fn cs -> cs |> a() |> b() end)`: the closure's pipeline as a frame one level down.
    std::optional<Frame> thenFrame(const project::ElixirModule &module, const Frame &outer, const elixir::Ast &step,
                                   std::vector<elixir::Ast> *steps);
    Result<Changeset> applyStep(const project::ElixirModule &module, const Frame &frame, const elixir::Ast &step,
                                Changeset cs, bool *direct);
    Result<Changeset> interpretStep(const Frame &frame, const elixir::Ast &step, Changeset cs);
    std::optional<std::vector<Term>> plainArgs(const project::ElixirModule &module, const Frame &frame,
                                               const elixir::Ast &step);
    interpreter::Interpreter *interpreter();
    const PipelineBranches *branchingHelper(const project::ElixirModule &module, const elixir::Ast &step);
    // `then(fn cs -> if/case ... end)`: the closure's branches; nullptr for any other step.
    const PipelineBranches *thenBranches(const project::ElixirModule &module, const elixir::Ast &step);
    // `closure`: the branches are a then/2 closure's, which sees the frame's variables.
    int takenBranch(const project::ElixirModule &module, const Frame &frame, const elixir::Ast &step,
                    const PipelineBranches &branches, const interpreter::Value &before, bool closure);

    project::Project m_project;
    QHash<QString, std::shared_ptr<const ChangesetSchema>> m_schemas;
    std::unique_ptr<interpreter::Interpreter> m_interpreter;
    std::shared_ptr<ChangesetHost::Context> m_host;
    std::unique_ptr<ProjectTypes> m_types;
    std::shared_ptr<CustomTypeCast> m_customCast; // schemas hold it weakly
    // "Module.name/arity" -> the helper as a pipeline, or nullptr when it is none.
    QHash<QString, std::shared_ptr<Function>> m_helpers;
    // "Module.name/arity" -> the helper's branches, or nullptr when it does not branch.
    QHash<QString, std::shared_ptr<const PipelineBranches>> m_branches;
    std::vector<PipelineStep> m_raisedSteps;
    // A step's arguments that read no variable, by where the module's tree stores them.
    QHash<const elixir::Ast *, std::vector<Term>> m_constantArgs;
};

} // namespace ectowb::changeset
