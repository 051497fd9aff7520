#include "titledpane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ectowb::widgets {

TitledPane::TitledPane(const QString &title, QWidget *body, QWidget *below, QWidget *parent, QWidget *control)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *label = new QLabel(title, this);
    QFont bold; // the weight only: the size follows the UI zoom
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(body);
    auto *header = new QHBoxLayout;
    header->addWidget(label, 1);
    if (control)
        header->addWidget(control);
    layout->addLayout(header);
    layout->addWidget(body, 1);
    if (below)
        layout->addWidget(below);
}

} // namespace ectowb::widgets
