// ChangesetRunner's part for helpers that branch (if/case/cond), and for then/2
// closures, which the steps pane opens like helpers: which branch a run took.
#include "changesetrunner.h"

#include "changesethost.h"
#include "pipelinebranches.h"
#include "interpreter/interpreter.h"

namespace ectowb::changeset {

using elixir::Ast;
using interpreter::Value;

const PipelineBranches *ChangesetRunner::branchingHelper(const project::ElixirModule &module, const Ast &step)
{
    if (!step.isCall() || !step.argsIsList() || !step.callForm().isAtom())
        return nullptr;
    const int arity = int(step.args().size()) + 1;
    const QString key = module.name + QLatin1Char('.') + step.callForm().atomName() + QLatin1Char('/') + QString::number(arity);
    auto it = m_branches.constFind(key);
    if (it == m_branches.constEnd()) {
        std::optional<PipelineBranches> b = PipelineBranches::of(module, step.callForm().atomName(), arity);
        it = m_branches.insert(key, b ? std::make_shared<const PipelineBranches>(std::move(*b)) : nullptr);
    }
    return it->get();
}

namespace {

// then/2 closures have no name: the place they are written in names them.
QString closureKey(const project::ElixirModule &module, const Ast &step)
{
    return module.name + QStringLiteral("@then:") + QString::number(step.pos().line) + QLatin1Char(':')
           + QString::number(step.pos().column);
}

} // namespace

std::optional<ChangesetRunner::Frame> ChangesetRunner::thenFrame(const project::ElixirModule &module, const Frame &outer,
                                                                 const Ast &step, std::vector<Ast> *steps)
{
    constexpr int MaxDepth = 8;
    if (outer.depth >= MaxDepth)
        return std::nullopt;
    const std::optional<PipelineBranches::Closure> closure = PipelineBranches::thenClosure(step);
    if (!closure)
        return std::nullopt;
    std::vector<Ast> body = PipelineBranches::pipeline(closure->body);
    if (body.size() < 2 || !body.front().isVariable() || body.front().callName() != closure->parameter)
        return std::nullopt;
    const QString key = closureKey(module, step);
    auto it = m_helpers.constFind(key);
    if (it == m_helpers.constEnd())
        it = m_helpers.insert(key, std::make_shared<Function>(Function{{closure->parameter}, closure->body}));
    // The closure sees the function's variables, except the one its parameter shadows.
    // (each step binds the parameter to the pipeline's value again).
    Frame inner{it->get(), outer.env, std::nullopt, outer.depth + 1};
    *steps = std::move(body);
    return inner;
}

const PipelineBranches *ChangesetRunner::thenBranches(const project::ElixirModule &module, const Ast &step)
{
    const std::optional<PipelineBranches::Closure> closure = PipelineBranches::thenClosure(step);
    if (!closure)
        return nullptr;
    const QString key = closureKey(module, step);
    auto it = m_branches.constFind(key);
    if (it == m_branches.constEnd()) {
        std::optional<PipelineBranches> b = PipelineBranches::ofBody({closure->parameter}, closure->body);
        it = m_branches.insert(key, b ? std::make_shared<const PipelineBranches>(std::move(*b)) : nullptr);
    }
    return it->get();
}

// The index of the branch the helper took: its selector evaluated on the same
// arguments (the changeset it got, then the step's own), or -1 when that fails.
int ChangesetRunner::takenBranch(const project::ElixirModule &module, const Frame &frame, const Ast &step,
                                 const PipelineBranches &branches, const interpreter::Value &before, bool closure)
{
    interpreter::Interpreter *interp = interpreter();
    interpreter::Bindings outer = frame.env;
    if (!frame.function->parameters.isEmpty() && !frame.function->parameters[0].isEmpty())
        outer.bind(frame.function->parameters[0], frame.first ? *frame.first : before);
    interpreter::Bindings env = closure ? outer : interp->moduleBindings(module.name);
    env.bind(branches.parameters().value(0), before);
    for (qsizetype i = 1; i < branches.parameters().size(); ++i) {
        Result<Value> arg = interp->eval(step.args()[size_t(i - 1)], outer);
        if (!arg)
            return -1;
        env.bind(branches.parameters()[i], *arg);
    }
    m_host->raised.reset();
    const Result<Value> taken = interp->eval(branches.selector(), env);
    m_host->raised.reset();
    return taken && taken->isInteger() ? int(taken->integerValue()) : -1;
}

} // namespace ectowb::changeset
