#include "migrationreviewpane.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ectowb::widgets {

using migration::LintFinding;
using migration::LintSeverity;

namespace {

constexpr int LineRole = Qt::UserRole + 1;

} // namespace

MigrationReviewPane::MigrationReviewPane(QWidget *parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    m_tree->setObjectName(QStringLiteral("migrationReview"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->setHeaderLabels({tr("Severity"), tr("Line"), tr("Check"), tr("Message")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { activate(item); });
}

QColor MigrationReviewPane::severityColor(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Error: return QColor(0xc6, 0x28, 0x28);
    case LintSeverity::Warning: return QColor(0xe6, 0x51, 0x00);
    case LintSeverity::Info: return QColor(0x15, 0x65, 0xc0);
    }
    return {};
}

QString MigrationReviewPane::severityText(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Error: return tr("error");
    case LintSeverity::Warning: return tr("warning");
    case LintSeverity::Info: return tr("info");
    }
    return {};
}

void MigrationReviewPane::clear()
{
    m_tree->clear();
}

int MigrationReviewPane::findingCount() const
{
    return m_tree->topLevelItemCount();
}

void MigrationReviewPane::showReview(const migration::MigrationReview &review)
{
    m_tree->clear();
    for (const LintFinding &f : review.findings) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, severityText(f.severity));
        item->setForeground(0, severityColor(f.severity));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setText(1, QString::number(f.line));
        item->setText(2, f.check);
        item->setText(3, f.message);
        item->setToolTip(3, f.message + (f.lock.isEmpty() ? QString() : u'\n' + tr("Lock: %1").arg(f.lock)));
        item->setData(0, LineRole, f.line);
    }
}

void MigrationReviewPane::activate(QTreeWidgetItem *item)
{
    if (item)
        Q_EMIT lineActivated(item->data(0, LineRole).toInt());
}

} // namespace ectowb::widgets
