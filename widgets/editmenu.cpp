#include "editmenu.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMenuBar>

namespace ectowb::widgets {

EditMenu::EditMenu(QMenuBar *bar, std::function<void()> findFallback)
    : QObject(bar), m_menu(bar->addMenu(tr("&Edit"))), m_findFallback(std::move(findFallback))
{
    const auto add = [this](const QString &text, QKeySequence::StandardKey key) {
        QAction *action = m_menu->addAction(text, this, [this, key] { trigger(key); });
        action->setShortcut(key);
        // Shown in the menu only: the focused view takes the key itself.
        action->setShortcutContext(Qt::WidgetShortcut);
        return action;
    };
    add(tr("&Undo"), QKeySequence::Undo);
    add(tr("&Redo"), QKeySequence::Redo);
    m_menu->addSeparator();
    add(tr("&Copy"), QKeySequence::Copy);
    m_menu->addSeparator();
    add(tr("&Find"), QKeySequence::Find);
    // The menu takes focus while open; what it acts on is what had focus before.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && !qobject_cast<QMenu *>(now) && !qobject_cast<QMenuBar *>(now))
            m_lastFocus = now;
    });
}

void EditMenu::trigger(QKeySequence::StandardKey key)
{
    QWidget *target = m_lastFocus ? m_lastFocus.data() : QApplication::focusWidget();
    if (!apply(target, key) && key == QKeySequence::Find && m_findFallback)
        m_findFallback();
}

bool EditMenu::apply(QWidget *target, QKeySequence::StandardKey key)
{
    if (!target)
        return false;
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    for (QWidget *w = target; w; w = w->parentWidget()) {
        for (QAction *action : w->actions()) {
            if (!action->isEnabled())
                continue;
            for (const QKeySequence &shortcut : action->shortcuts()) {
                if (bindings.contains(shortcut)) {
                    action->trigger();
                    return true;
                }
            }
        }
    }
    if (bindings.isEmpty() || key == QKeySequence::Find)
        return false;
    const QKeyCombination combination = bindings.first()[0];
    QKeyEvent press(QEvent::KeyPress, combination.key(), combination.keyboardModifiers());
    QApplication::sendEvent(target, &press);
    return press.isAccepted();
}

} // namespace ectowb::widgets
