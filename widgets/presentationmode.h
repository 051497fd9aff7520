#pragma once

#include <QObject>
#include <QPalette>

#include <functional>

class QMainWindow;

namespace ectowb::widgets {

// Presentation mode for a projector: the window full screen, its chrome (menu bar,
// status bar, side docks) hidden, a high-contrast palette, and Left/Right (or Up/Down
// outside text fields) driving a step-through, one step per key press. Large fonts
// come from the window's zoom, which asks isOn().
class PresentationMode : public QObject
{
    Q_OBJECT
public:
    // `step` moves the step-through by -1 or +1; false when there is nothing to step.
    PresentationMode(QMainWindow *window, std::function<bool(int)> step);

    bool isOn() const { return m_on; }
    void setOn(bool on);
    void toggle() { setOn(!m_on); }
    // How many zoom steps the mode adds on top of the person's own zoom.
    static constexpr int ExtraZoomSteps = 8;
    static QPalette highContrastPalette();

Q_SIGNALS:
    void toggled(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow *m_window;
    std::function<bool(int)> m_step;
    bool m_on = false;
    bool m_wasFullScreen = false;
    bool m_wasMaximized = false;
    QList<QWidget *> m_hidden;
    QPalette m_palette;
};

} // namespace ectowb::widgets
