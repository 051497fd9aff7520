#include "resultvaluedelegate.h"

#include "models/resulttablemodel.h"

namespace ectowb::widgets {

void ResultValueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(models::ResultTableModel::IsNullRole).toBool())
        return;
    option->font.setItalic(true);
    const QColor faint = option->palette.color(QPalette::PlaceholderText);
    option->palette.setColor(QPalette::Text, faint);
    option->palette.setColor(QPalette::HighlightedText,
                             option->palette.color(QPalette::HighlightedText).darker(115));
}

} // namespace ectowb::widgets
