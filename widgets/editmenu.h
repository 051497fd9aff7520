#pragma once

#include <QKeySequence>
#include <QObject>
#include <QPointer>

#include <functional>

class QMenu;
class QMenuBar;
class QWidget;

namespace ectowb::widgets {

// The Edit menu: Undo, Redo, Copy and Find for whatever had focus before the menu
// opened. Its keys are shown but never taken from the views: each view keeps
// handling them itself (two owners of one key would make Qt drop it as ambiguous).
class EditMenu : public QObject
{
    Q_OBJECT
public:
    EditMenu(QMenuBar *bar, std::function<void()> findFallback);

    QMenu *menu() const { return m_menu; }
    // What the menu entry does to `target`: the action of `target` or one of its
    // parents bound to `key`, else the key itself sent to `target`. False if nothing took it.
    static bool apply(QWidget *target, QKeySequence::StandardKey key);

private:
    void trigger(QKeySequence::StandardKey key);

    QMenu *m_menu;
    QPointer<QWidget> m_lastFocus;
    std::function<void()> m_findFallback;
};

} // namespace ectowb::widgets
