#pragma once

#include "migration/migrationreview.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace ectowb::widgets {

// The Review pane of the timeline: one migration's findings, worst first within a
// line order, each with its severity, line, check and message. Activating one asks
// for its line in the source.
class MigrationReviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit MigrationReviewPane(QWidget *parent = nullptr);

    void showReview(const migration::MigrationReview &review);
    void clear();

    QTreeWidget *tree() const { return m_tree; }
    int findingCount() const;

    static QColor severityColor(migration::LintSeverity severity);
    static QString severityText(migration::LintSeverity severity);

Q_SIGNALS:
    void lineActivated(int line);

private:
    void activate(QTreeWidgetItem *item);

    QTreeWidget *m_tree;
};

} // namespace ectowb::widgets
