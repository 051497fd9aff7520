#include "addremovebuttons.h"

#include <QToolButton>
#include <QVBoxLayout>

namespace ectowb::widgets {

AddRemoveButtons::AddRemoveButtons(const QString &addText, const QString &removeText, QWidget *parent)
    : QWidget(parent), m_add(new QToolButton(this)), m_remove(new QToolButton(this))
{
    m_add->setText(QStringLiteral("+"));
    m_add->setToolTip(addText);
    m_add->setAccessibleName(addText);
    m_remove->setText(QStringLiteral("\u2212"));
    m_remove->setToolTip(removeText);
    m_remove->setAccessibleName(removeText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_add);
    layout->addWidget(m_remove);
    layout->addStretch();
    connect(m_add, &QToolButton::clicked, this, &AddRemoveButtons::addClicked);
    connect(m_remove, &QToolButton::clicked, this, &AddRemoveButtons::removeClicked);
}

} // namespace ectowb::widgets
