#include "pipelinemodel.h"

#include "rolenames.h"

namespace ectowb::models {

using query::PipelineStep;
using Kind = PipelineStep::Kind;

PipelineModel::PipelineModel(QObject *parent) : QAbstractListModel(parent) {}

void PipelineModel::setPipeline(const query::Pipeline &pipeline)
{
    beginResetModel();
    m_pipeline = pipeline;
    m_highlight = -1;
    m_problem = m_pipeline.steps.empty() ? std::nullopt : m_pipeline.check();
    m_renderProblem.reset();
    endResetModel();
    Q_EMIT pipelineChanged();
}

const PipelineStep *PipelineModel::step(int row) const
{
    return row >= 0 && row < rowCount() ? &m_pipeline.steps[size_t(row)] : nullptr;
}

void PipelineModel::insertStep(int row, const PipelineStep &step)
{
    row = std::clamp(row, 0, rowCount());
    beginInsertRows({}, row, row);
    m_pipeline.steps.insert(m_pipeline.steps.begin() + row, step);
    endInsertRows();
    recheck();
}

void PipelineModel::removeStep(int row)
{
    if (!step(row))
        return;
    beginRemoveRows({}, row, row);
    m_pipeline.steps.erase(m_pipeline.steps.begin() + row);
    endRemoveRows();
    if (m_highlight >= rowCount())
        m_highlight = -1;
    recheck();
}

void PipelineModel::replaceStep(int row, const PipelineStep &step)
{
    if (!this->step(row))
        return;
    m_pipeline.steps[size_t(row)] = step;
    Q_EMIT dataChanged(index(row), index(row));
    recheck();
}

bool PipelineModel::moveStep(int from, int to)
{
    if (!step(from) || to < 0 || to >= rowCount() || from == to)
        return false;
    // The From step opens the query: nothing moves before it, and it does not move.
    if (m_pipeline.steps[size_t(from)].kind == Kind::From || to == 0)
        return false;
    // beginMoveRows counts the destination before the move takes the row out.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    PipelineStep moved = m_pipeline.steps[size_t(from)];
    m_pipeline.steps.erase(m_pipeline.steps.begin() + from);
    m_pipeline.steps.insert(m_pipeline.steps.begin() + to, moved);
    endMoveRows();
    recheck();
    return true;
}

void PipelineModel::setHighlightedStep(int row)
{
    const int old = m_highlight;
    m_highlight = step(row) ? row : -1;
    for (int r : {old, m_highlight}) {
        if (step(r))
            Q_EMIT dataChanged(index(r), index(r), {HighlightRole});
    }
}

std::optional<query::PipelineProblem> PipelineModel::problem() const
{
    return m_problem ? m_problem : m_renderProblem;
}

// The problem may move to another row with any change: mark the old and the new one.
void PipelineModel::markProblemRows(int oldRow)
{
    const auto now = problem();
    for (int r : {oldRow, now ? now->step : -1}) {
        if (step(r))
            Q_EMIT dataChanged(index(r), index(r), {ProblemRole, Qt::ToolTipRole});
    }
}

void PipelineModel::recheck()
{
    const auto old = problem();
    m_problem = m_pipeline.check();
    m_renderProblem.reset(); // it was about the steps as they were
    markProblemRows(old ? old->step : -1);
    Q_EMIT pipelineChanged();
}

void PipelineModel::setRenderProblem(const std::optional<query::PipelineProblem> &problem)
{
    const auto old = this->problem();
    m_renderProblem = problem;
    markProblemRows(old ? old->step : -1);
}

QString PipelineModel::summary(const PipelineStep &step)
{
    const QString as = step.as.isEmpty() ? QString() : u", as: :" % step.as;
    switch (step.kind) {
    case Kind::From:
        return u"from " % step.binding % u" in " % step.source % as;
    case Kind::Join: {
        const QString qualifier = step.qualifier.isEmpty() || step.qualifier == u"inner" ? QString() : step.qualifier % u'_';
        const QString on = step.expression.isEmpty() ? QString() : u", on: " % step.expression;
        return qualifier % u"join " % step.binding % u" in " % step.source % on % as;
    }
    case Kind::Where:
    case Kind::OrWhere:
    case Kind::Select:
    case Kind::SelectMerge:
    case Kind::Distinct:
    case Kind::GroupBy:
    case Kind::Having:
    case Kind::OrHaving:
    case Kind::OrderBy:
    case Kind::Limit:
    case Kind::Offset:
    case Kind::Preload:
        return PipelineStep::macroName(step.kind) % u' ' % step.expression;
    }
    return {};
}

int PipelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pipeline.steps.size());
}

QVariant PipelineModel::data(const QModelIndex &index, int role) const
{
    const PipelineStep *s = index.isValid() ? step(index.row()) : nullptr;
    if (!s)
        return {};
    const auto shown = problem();
    const bool hasProblem = shown && shown->step == index.row();
    switch (role) {
    case Qt::DisplayRole:
        return summary(*s);
    case Qt::ToolTipRole:
        return hasProblem ? shown->message : summary(*s); // the whole clause, when the row cuts it
    case KindRole:
        return int(s->kind);
    case BindingRole:
        return s->binding;
    case SourceRole:
        return s->source;
    case ExpressionRole:
        return s->expression;
    case ProblemRole:
        return hasProblem ? shown->message : QString();
    case HighlightRole:
        return index.row() == m_highlight;
    default:
        return {};
    }
}

QHash<int, QByteArray> PipelineModel::roleNames() const
{
    return withRoleNames(QAbstractListModel::roleNames(),
                        {{KindRole, "kind"}, {BindingRole, "binding"}, {SourceRole, "source"},
                         {ExpressionRole, "expression"}, {ProblemRole, "problem"}, {HighlightRole, "highlight"}});
}

Qt::ItemFlags PipelineModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

} // namespace ectowb::models
