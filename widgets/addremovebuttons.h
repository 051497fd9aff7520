#pragma once

#include <QWidget>

class QToolButton;

namespace ectowb::widgets {

// The + and − buttons beside a list or table editor, stacked, with tooltips and
// accessible names that say what they add and remove.
class AddRemoveButtons : public QWidget
{
    Q_OBJECT
public:
    AddRemoveButtons(const QString &addText, const QString &removeText, QWidget *parent = nullptr);

    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void addClicked();
    void removeClicked();

private:
    QToolButton *m_add;
    QToolButton *m_remove;
};

} // namespace ectowb::widgets
