#pragma once

#include "pipelinestep.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace ectowb::query {

// What is wrong with a pipeline, and at which step, so the composer can mark it there.
struct PipelineProblem
{
    int step = -1;
    QString message;
};

// The composer's query: a From step, then the other steps in the order they apply,
// as Ecto's pipe macros apply them. A value: the composer edits a copy and writes it
// back; PipelineWriter turns it into Ecto code, PipelineReader reads code into it.
struct Pipeline
{
    std::vector<PipelineStep> steps;

    // The binding variables in scope at step `index` (From and Joins before it, and
    // the step's own when it binds one), in position order.
    QStringList bindingsAt(int index) const;
    // The first step that cannot be written: no From first, a second From, an empty
    // or unparsable expression, a binding used before it exists.
    std::optional<PipelineProblem> check() const;
    // The pipeline of the first `count` steps, for a step-through.
    Pipeline prefix(int count) const;
    // Step `index` now binds what was bound to `before`: the later steps' uses of
    // `before` (as a variable, see elixir::VariableRenamer) follow it, up to a step
    // that binds `before` again, whose uses are its own.
    void renameBinding(int index, const QString &before);

    bool operator==(const Pipeline &other) const = default;
};

} // namespace ectowb::query
