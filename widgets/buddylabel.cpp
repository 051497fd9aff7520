#include "buddylabel.h"

#include <QLabel>

namespace ectowb::widgets {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace ectowb::widgets
