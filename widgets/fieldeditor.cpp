#include "fieldeditor.h"

namespace ectowb::widgets {

FieldEditor::FieldEditor(changeset::FormField field, QWidget *parent)
    : QWidget(parent), m_field(std::move(field))
{
    setObjectName(QStringLiteral("editor_") + m_field.name);
}

} // namespace ectowb::widgets
