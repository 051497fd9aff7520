#pragma once

#include "runner/queryplan.h"

#include <QAbstractItemModel>

namespace ectowb::models {

// A statement's plan as a tree: one row per plan node, children under their
// parent. PostgreSQL plans have the cost, row and width estimates and the node's
// conditions as columns; SQLite's EXPLAIN QUERY PLAN only the node column. Reset
// as a whole from a QueryPlan value.
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NodeColumn, CostColumn, RowsColumn, WidthColumn, DetailColumn, ColumnCount };
    enum Role {
        PropertiesRole = Qt::UserRole + 1, // QStringList of "Key: value", every property of the node
        TotalCostRole,                     // double, or invalid
        StartupCostRole,                   // double, or invalid
    };

    explicit PlanTreeModel(QObject *parent = nullptr);

    void setPlan(const runner::QueryPlan &plan);
    const runner::QueryPlan &plan() const { return m_plan; }
    // Whether the plan has estimates (PostgreSQL): without, only NodeColumn is shown.
    bool hasEstimates() const { return m_estimates; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const runner::PlanNode *node(const QModelIndex &index) const;
    const QList<int> &childrenOf(const QModelIndex &parent) const;

    runner::QueryPlan m_plan;
    bool m_estimates = false;
};

} // namespace ectowb::models
