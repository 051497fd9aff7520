#pragma once

#include <QStyledItemDelegate>

namespace ectowb::widgets {

// Draws the cells of a result: NULL in italics and the placeholder colour, so it
// never reads like the text "NULL" or an empty string.
class ResultValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ectowb::widgets
