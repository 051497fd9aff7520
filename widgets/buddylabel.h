#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace ectowb::widgets {

// A label whose mnemonic (the & in `text`) moves the focus to `buddy`: every input
// of the workbench is reached from the keyboard that way.
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent);

} // namespace ectowb::widgets
