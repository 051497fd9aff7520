#include "fieldeditor.h"

namespace ectowb::widgets {

FieldEditor::FieldEditor(changeset::FormField field, QWidget *parent)
    : QWidget(parent), m_field(std::move(field))
{
    setObjectName(QStringLiteral("editor_") + m_field.name);
}

QList<QWidget *> FieldEditor::tabChain() const
{
    QList<QWidget *> chain{focusTarget()};
    for (QWidget *w : findChildren<QWidget *>()) {
        if ((w->focusPolicy() & Qt::TabFocus) && !chain.contains(w) && !w->isWindow())
            chain << w;
    }
    return chain;
}

} // namespace ectowb::widgets
