#pragma once

#include "query/pipeline/pipeline.h"

#include <QAbstractListModel>

#include <optional>

namespace ectowb::models {

// The composer's steps as a list: one row per step, shown as its Ecto clause
// ("left_join c in assoc(p, :comments)", "where p.published == true"). Steps are
// added, removed, replaced and moved through this model (so views and undo see each
// change as it happens); the problem Pipeline::check() found is marked on its row.
class PipelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // PipelineStep::Kind as an int
        BindingRole,
        SourceRole,
        ExpressionRole,
        ProblemRole,   // the message of the problem at this step, or empty
        HighlightRole, // true for the step a step-through is showing
    };

    explicit PipelineModel(QObject *parent = nullptr);

    void setPipeline(const query::Pipeline &pipeline);
    const query::Pipeline &pipeline() const { return m_pipeline; }
    const query::PipelineStep *step(int row) const;

    void insertStep(int row, const query::PipelineStep &step);
    void removeStep(int row);
    void replaceStep(int row, const query::PipelineStep &step);
    // Moves the step at `from` so that it ends up at row `to`; From stays first.
    bool moveStep(int from, int to);
    // A problem found outside the steps' own syntax (the query does not render: an
    // unknown association, a field that is not there), shown on its step until the
    // steps change. Pipeline::check() problems come first.
    void setRenderProblem(const std::optional<query::PipelineProblem> &problem);
    std::optional<query::PipelineProblem> problem() const;
    // -1: no step highlighted.
    void setHighlightedStep(int row);
    int highlightedStep() const { return m_highlight; }

    // One line for the step, as its clause reads in Ecto code.
    static QString summary(const query::PipelineStep &step);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // After any change of the steps (not of the highlight).
    void pipelineChanged();

private:
    void recheck();

    query::Pipeline m_pipeline;
    std::optional<query::PipelineProblem> m_problem;
    std::optional<query::PipelineProblem> m_renderProblem;
    void markProblemRows(int oldRow);
    int m_highlight = -1;
};

} // namespace ectowb::models
