#include "stepdelegate.h"

#include "models/pipelinemodel.h"

#include <QApplication>
#include <QFontDatabase>
#include <QStyle>

namespace ectowb::widgets {

using models::PipelineModel;

void StepDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    option->font.setPointSizeF(option->widget ? option->widget->font().pointSizeF() : option->font.pointSizeF());
    option->fontMetrics = QFontMetrics(option->font);
    // Numbered as the step-through and the step form count them.
    option->text = QString::number(index.row() + 1).rightJustified(2) % u"  " % option->text;
    if (!index.data(PipelineModel::ProblemRole).toString().isEmpty()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
    }
    if (index.data(PipelineModel::HighlightRole).toBool())
        option->backgroundBrush = QColor(0xff, 0xf3, 0xb0);
}

QSize StepDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    return {size.width(), size.height() + 8}; // room to aim at with the mouse
}

} // namespace ectowb::widgets
