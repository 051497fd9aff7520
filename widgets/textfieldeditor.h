#pragma once

#include "fieldeditor.h"

class QLineEdit;

namespace ectowb::widgets {

// A line edit for strings, UUIDs, ids and numbers (numbers keep only the characters
// a number can have, so "1.5" still reaches an :integer cast and shows Ecto's "is
// invalid"), masked for secrets.
class TextFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    enum class Kind : quint8 { Text, Secret, Integer, Number };
    TextFieldEditor(changeset::FormField field, Kind kind, QWidget *parent = nullptr);

    std::optional<value::Term> value() const override;
    void setValue(const value::Term &value) override;
    void clear() override;
    QWidget *focusTarget() const override;
    QLineEdit *lineEdit() const { return m_edit; }

private:
    QLineEdit *m_edit;
    bool m_sent = false;
};

} // namespace ectowb::widgets
