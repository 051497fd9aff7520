#include "notelabel.h"

namespace ectowb::widgets {

NoteLabel::NoteLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #6d3d00; padding: 4px; }"));
    hide();
}

} // namespace ectowb::widgets
