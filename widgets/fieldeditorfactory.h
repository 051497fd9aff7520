#pragma once

#include "fieldeditor.h"

namespace ectowb::widgets {

// The editor that fits a form field's Ecto type: text (masked for secrets),
// validated numbers, a check box, date/time pickers, an enum choice, list and map
// editors.
class FieldEditorFactory
{
public:
    static FieldEditor *create(const changeset::FormField &field, QWidget *parent);
};

} // namespace ectowb::widgets
