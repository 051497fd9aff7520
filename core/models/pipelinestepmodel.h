#pragma once

#include "changeset/changeset.h"

#include <QAbstractTableModel>

#include <vector>

namespace ectowb::models {

// The steps of a changeset function's pipeline as the last run met them, one a row:
// what ran directly, what went through the interpreter, and what could not be
// evaluated (with why). Reset from a snapshot after every run.
class PipelineStepModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, StatusColumn, ErrorsColumn, SourceColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // changeset::PipelineStep::Status as an int
        LineRole,
        ReasonRole,
        DepthRole, // 0 for the function's own steps, 1 and more inside helpers
    };

    explicit PipelineStepModel(QObject *parent = nullptr);

    void setSnapshot(std::vector<changeset::PipelineStep> steps);
    const std::vector<changeset::PipelineStep> &snapshot() const { return m_steps; }
    static QString statusText(changeset::PipelineStep::Status status);
    // Whether a step with this status ran, so its added errors count.
    static bool counts(changeset::PipelineStep::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<changeset::PipelineStep> m_steps;
};

} // namespace ectowb::models
