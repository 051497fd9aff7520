#include "pipeline.h"

#include "elixir/variablerenamer.h"

#include "pipelineast.h"

namespace ectowb::query {

using Kind = PipelineStep::Kind;

QStringList Pipeline::bindingsAt(int index) const
{
    QStringList names;
    for (int i = 0; i <= index && i < int(steps.size()); ++i) {
        if (PipelineStep::bindsSource(steps[size_t(i)].kind))
            names << steps[size_t(i)].binding;
    }
    return names;
}

Pipeline Pipeline::prefix(int count) const
{
    Pipeline out;
    const auto n = std::min<size_t>(size_t(std::max(count, 0)), steps.size());
    out.steps.assign(steps.begin(), steps.begin() + qsizetype(n));
    return out;
}

std::optional<PipelineProblem> Pipeline::check() const
{
    if (steps.empty() || steps.front().kind != Kind::From)
        return PipelineProblem{0, QStringLiteral("a query starts with a from step")};
    for (int i = 0; i < int(steps.size()); ++i) {
        const PipelineStep &step = steps[size_t(i)];
        if (i > 0 && step.kind == Kind::From)
            return PipelineProblem{i, QStringLiteral("a query has one from step; use a join for another source")};
        if (auto message = PipelineAst::checkStep(step, bindingsAt(i)))
            return PipelineProblem{i, *message};
    }
    return std::nullopt;
}

void Pipeline::renameBinding(int index, const QString &before)
{
    if (index < 0 || size_t(index) >= steps.size())
        return;
    const QString after = steps[size_t(index)].binding;
    for (size_t i = size_t(index) + 1; i < steps.size(); ++i) {
        PipelineStep &later = steps[i];
        // A join's `on:` already sees its own binding: renamed only up to it.
        later.source = elixir::VariableRenamer::rename(later.source, before, after);
        if (later.binding == before)
            break;
        later.expression = elixir::VariableRenamer::rename(later.expression, before, after);
    }
}

} // namespace ectowb::query
