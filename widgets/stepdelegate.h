#pragma once

#include <QStyledItemDelegate>

namespace ectowb::widgets {

// Draws a composer step: monospace like the code it stands for, a warning sign and
// red text on the step with a problem, and a marked background on the step a
// step-through is showing.
class StepDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ectowb::widgets
