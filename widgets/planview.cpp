#include "planview.h"

#include "models/plantreemodel.h"
#include "runner/queryrun.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace ectowb::widgets {

PlanView::PlanView(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::PlanTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_message(new QLabel(this))
{
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setContentsMargins(4, 2, 4, 2);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);
}

void PlanView::setPlan(const runner::QueryPlan &plan)
{
    m_model->setPlan(plan);
    m_tree->expandAll();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_tree->resizeColumnToContents(column);
    showMessage(plan.isEmpty() ? tr("The database gave no plan.") : QString());
}

void PlanView::showRun(runner::QueryRun *run)
{
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    m_run = run;
    m_model->setPlan({});
    if (!run) {
        showMessage(QString());
        return;
    }
    showMessage(tr("Explaining…"));
    connect(run, &runner::QueryRun::planReady, this, &PlanView::setPlan);
    connect(run, &runner::QueryRun::finished, this, [this](const runner::RunOutcome &outcome) {
        if (outcome.status == runner::RunOutcome::Status::Error)
            showMessage(tr("Error: %1").arg(outcome.message));
        else if (outcome.status != runner::RunOutcome::Status::Ok)
            showMessage(tr("Cancelled."));
    });
}

void PlanView::clear()
{
    showRun(nullptr);
}

QString PlanView::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void PlanView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace ectowb::widgets
