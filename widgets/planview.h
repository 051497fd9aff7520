#pragma once

#include "runner/queryplan.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeView;

namespace ectowb::runner {
class QueryRun;
}
namespace ectowb::models {
class PlanTreeModel;
}

namespace ectowb::widgets {

// A statement's plan as a tree: PostgreSQL's nodes with cost, rows, width and their
// conditions, SQLite's EXPLAIN QUERY PLAN lines. Every property of a node is in its
// tooltip. Give it a plan, or an explain run (StatementRunner::explain) to show
// what it brings: the plan, or the database's error.
class PlanView : public QWidget
{
    Q_OBJECT
public:
    explicit PlanView(QWidget *parent = nullptr);

    void setPlan(const runner::QueryPlan &plan);
    // Shows `run`'s plan when it comes (not owned; null clears).
    void showRun(runner::QueryRun *run);
    void clear();

    models::PlanTreeModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    QString message() const;

private:
    void showMessage(const QString &text);

    models::PlanTreeModel *m_model;
    QTreeView *m_tree;
    QLabel *m_message;
    QPointer<runner::QueryRun> m_run;
};

} // namespace ectowb::widgets
