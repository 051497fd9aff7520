#pragma once

#include "changeset.h"
#include "changesethost.h"
#include "common/result.h"
#include "project/project.h"

#include <QHash>

#include <memory>

namespace ectowb::interpreter {
class Interpreter;
}

namespace ectowb::changeset {

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

    // `data`: nil for %Module{} with its defaults, or a map of field name (string)
    // to value, each cast to the field's type first (as `struct(Module, fields)` after
    // Ecto.Type.cast/2). `params`: what the function's second argument receives.
    Result<Changeset> run(const QString &module, const QString &function, const Term &data, const Term &params);

    // The schema as the changeset core sees it; nullptr when `module` has none.
    std::shared_ptr<const ChangesetSchema> schema(const QString &module);
    Result<std::vector<std::pair<QString, Term>>> buildData(const ChangesetSchema &schema, const Term &data) const;
    // The changeset functions of a module: public functions of arity 2 whose body
    // is a pipeline starting with cast/change or calling them.
    QStringList changesetFunctions(const QString &module) const;

private:
    struct Function;
    std::optional<Function> findFunction(const project::ElixirModule &module, const QString &name) const;
    Result<Changeset> runStep(const project::ElixirModule &module, const Function &function, const elixir::Ast &step,
                              Changeset cs, const Term &params);
    Result<Changeset> applyStep(const project::ElixirModule &module, const Function &function, const elixir::Ast &step,
                                Changeset cs, const Term &params, bool *direct);
    Result<Changeset> interpretStep(const project::ElixirModule &module, const Function &function,
                                    const elixir::Ast &step, Changeset cs, const Term &params);
    interpreter::Interpreter *interpreter();

    project::Project m_project;
    QHash<QString, std::shared_ptr<const ChangesetSchema>> m_schemas;
    std::unique_ptr<interpreter::Interpreter> m_interpreter;
    std::shared_ptr<ChangesetHost::Context> m_host;
};

} // namespace ectowb::changeset
