#pragma once

#include <QWidget>

namespace ectowb::widgets {

// A pane of the composer: a bold title (the buddy of the body, so its mnemonic
// focuses it) over the body, with an optional control about the pane at the title's
// right (the syntax of the code, the database of the SQL) and an optional widget
// below the body.
class TitledPane : public QWidget
{
    Q_OBJECT
public:
    TitledPane(const QString &title, QWidget *body, QWidget *below, QWidget *parent, QWidget *control = nullptr);
};

} // namespace ectowb::widgets
