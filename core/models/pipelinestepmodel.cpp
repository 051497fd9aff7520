#include "pipelinestepmodel.h"
#include "columntitles.h"

namespace ectowb::models {

using changeset::PipelineStep;

PipelineStepModel::PipelineStepModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PipelineStepModel::setSnapshot(std::vector<PipelineStep> steps)
{
    beginResetModel();
    m_steps = std::move(steps);
    endResetModel();
}

QString PipelineStepModel::statusText(PipelineStep::Status status)
{
    switch (status) {
    case PipelineStep::Status::Applied:
        return tr("ran");
    case PipelineStep::Status::Interpreted:
        return tr("interpreted");
    case PipelineStep::Status::Expanded:
        return tr("helper");
    case PipelineStep::Status::Skipped:
        return tr("skipped");
    case PipelineStep::Status::Raised:
        return tr("raised");
    case PipelineStep::Status::NotEvaluated:
        break;
    }
    return tr("not evaluated");
}

bool PipelineStepModel::counts(PipelineStep::Status status)
{
    return status == PipelineStep::Status::Applied || status == PipelineStep::Status::Interpreted
           || status == PipelineStep::Status::Expanded;
}

int PipelineStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int PipelineStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PipelineStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PipelineStep &step = m_steps.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StepColumn:
            // A helper's own steps sit under it.
            return QString(QString(step.depth * 3, QLatin1Char(' ')) + (step.function.isEmpty() ? tr("(whole body)") : step.function));
        case StatusColumn:
            return statusText(step.status);
        case ErrorsColumn:
            // Only steps that ran add errors; a skipped or raising one shows none.
            return counts(step.status) && step.errorsAdded != 0 ? QVariant(step.errorsAdded) : QVariant();
        default:
            return step.source;
        }
    case Qt::ToolTipRole:
        if (step.status == PipelineStep::Status::NotEvaluated)
            return tr("Line %1: not evaluated, so it is not counted as passing: %2").arg(step.pos.line).arg(step.reason);
        if (step.status == PipelineStep::Status::Skipped)
            return tr("Line %1: in a branch the run did not take (%2), so it did not run").arg(step.pos.line).arg(step.reason);
        if (step.status == PipelineStep::Status::Raised)
            return tr("Line %1: raised, so the function raised and no step after it ran: %2").arg(step.pos.line).arg(step.reason);
        if (step.status == PipelineStep::Status::Expanded)
            return tr("Line %1: a helper that is itself a pipeline; its steps follow").arg(step.pos.line);
        return tr("Line %1: %2").arg(step.pos.line).arg(step.source);
    case StatusRole:
        return int(step.status);
    case LineRole:
        return step.pos.line;
    case DepthRole:
        return step.depth;
    case ReasonRole:
        return step.reason;
    default:
        return {};
    }
}

QVariant PipelineStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle({tr("Step"), tr("How"), tr("Errors"), tr("Source")}, section, orientation, role);
}

} // namespace ectowb::models
