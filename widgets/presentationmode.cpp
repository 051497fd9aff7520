#include "presentationmode.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTextEdit>

namespace ectowb::widgets {

namespace {

// Keys that edit text stay with the field that has focus.
bool editsText(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w))
            return true;
        if (const auto *plain = qobject_cast<const QPlainTextEdit *>(w))
            return !plain->isReadOnly();
        if (const auto *rich = qobject_cast<const QTextEdit *>(w))
            return !rich->isReadOnly();
    }
    return false;
}

} // namespace

PresentationMode::PresentationMode(QMainWindow *window, std::function<bool(int)> step)
    : QObject(window), m_window(window), m_step(std::move(step))
{
}

QPalette PresentationMode::highContrastPalette()
{
    // Black on white with a strong selection: what a washed-out projector still shows.
    QPalette p(Qt::white);
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::ButtonText, Qt::black);
    p.setColor(QPalette::Button, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::Highlight, QColor(0x00, 0x3d, 0xa5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, Qt::black);
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x44, 0x44, 0x44));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x55, 0x55, 0x55));
    return p;
}

void PresentationMode::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    if (on) {
        m_wasFullScreen = m_window->isFullScreen();
        m_wasMaximized = m_window->isMaximized();
        m_palette = QApplication::palette();
        QApplication::setPalette(highContrastPalette());
        m_hidden.clear();
        QList<QWidget *> chrome{m_window->menuBar(), m_window->statusBar()};
        // Side docks (the project tree) go; the views beside the code stay.
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
            if (m_window->dockWidgetArea(dock) == Qt::LeftDockWidgetArea)
                chrome << dock;
        }
        for (QWidget *w : std::as_const(chrome)) {
            if (w->isVisible()) {
                w->hide();
                m_hidden << w;
            }
        }
        qApp->installEventFilter(this);
        m_window->showFullScreen();
    } else {
        qApp->removeEventFilter(this);
        QApplication::setPalette(m_palette);
        for (QWidget *w : std::as_const(m_hidden))
            w->show();
        m_hidden.clear();
        if (!m_wasFullScreen)
            m_wasMaximized ? m_window->showMaximized() : m_window->showNormal();
    }
    Q_EMIT toggled(on);
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    if (key->key() == Qt::Key_Escape) {
        setOn(false);
        return true;
    }
    int delta = 0;
    if (key->key() == Qt::Key_Right || key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)
        delta = 1;
    else if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageUp)
        delta = -1;
    if (delta == 0 || editsText(QApplication::focusWidget()))
        return false;
    // One step per press: auto-repeat would race through the query on a projector.
    if (key->isAutoRepeat())
        return true;
    return m_step && m_step(delta);
}

} // namespace ectowb::widgets
