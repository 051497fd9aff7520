#pragma once

#include <QStyledItemDelegate>

namespace ectowb::widgets {

// Colours the changeset preview's step list by how each step ran: a step that could
// not be evaluated stands out, since the result it would give is unknown.
class PipelineStepDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ectowb::widgets
