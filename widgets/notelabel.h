#pragma once

#include <QLabel>

namespace ectowb::widgets {

// A note under a pane of the composer: why the code is shown as code only, why the
// SQL failed. Hidden until there is something to say; selectable, to copy.
class NoteLabel : public QLabel
{
    Q_OBJECT
public:
    explicit NoteLabel(QWidget *parent = nullptr);
};

} // namespace ectowb::widgets
