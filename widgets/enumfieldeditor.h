#pragma once

#include "fieldeditor.h"

class QComboBox;

namespace ectowb::widgets {

// A choice of an Ecto.Enum's values, first "not sent"; sends the value's name, as
// a select does.
class EnumFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit EnumFieldEditor(changeset::FormField field, QWidget *parent = nullptr);

    std::optional<value::Term> value() const override;
    void setValue(const value::Term &value) override;
    void clear() override;
    QWidget *focusTarget() const override;
    QComboBox *comboBox() const { return m_combo; }

private:
    QComboBox *m_combo;
};

} // namespace ectowb::widgets
