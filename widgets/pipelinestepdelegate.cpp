#include "pipelinestepdelegate.h"

#include "models/pipelinestepmodel.h"

namespace ectowb::widgets {

using changeset::PipelineStep;

void PipelineStepDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto status = PipelineStep::Status(index.data(models::PipelineStepModel::StatusRole).toInt());
    if (status == PipelineStep::Status::NotEvaluated) {
        option->backgroundBrush = QColor(0xff, 0xec, 0xb3);
        option->palette.setColor(QPalette::Text, QColor(0x5d, 0x40, 0x37));
        option->font.setBold(index.column() == models::PipelineStepModel::StatusColumn);
    } else if (status == PipelineStep::Status::Raised) {
        option->backgroundBrush = QColor(0xf3, 0xe5, 0xf5);
        option->palette.setColor(QPalette::Text, QColor(0x6a, 0x1b, 0x9a));
        option->font.setBold(index.column() == models::PipelineStepModel::StatusColumn);
    } else if (status == PipelineStep::Status::Skipped) {
        // A branch not taken: there, but greyed, as code that did not run.
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        option->font.setItalic(index.column() == models::PipelineStepModel::StatusColumn);
    } else if (status == PipelineStep::Status::Expanded) {
        option->font.setItalic(true);
    } else if (index.column() == models::PipelineStepModel::ErrorsColumn && !index.data().isNull()) {
        option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
    }
    if (index.column() == models::PipelineStepModel::SourceColumn) {
        option->font.setFamily(QStringLiteral("monospace"));
        option->font.setStyleHint(QFont::Monospace);
    }
}

} // namespace ectowb::widgets
