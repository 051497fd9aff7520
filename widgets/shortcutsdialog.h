#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

namespace ectowb::widgets {

// Help > Keyboard Shortcuts: every shortcut of the window's actions (menus, views,
// toolbars), and the keys that are no action (presentation mode's arrows, Ctrl+wheel).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window);

    // (what it does, the keys in the platform's words), sorted by what it does.
    static QList<QPair<QString, QString>> shortcuts(const QWidget *window);
};

} // namespace ectowb::widgets
