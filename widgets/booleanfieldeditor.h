#pragma once

#include "fieldeditor.h"

class QCheckBox;

namespace ectowb::widgets {

// A check box for :boolean fields and acceptance params: partly checked while not
// sent, then "true" or "false" as a form's check box sends them.
class BooleanFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit BooleanFieldEditor(changeset::FormField field, QWidget *parent = nullptr);

    std::optional<value::Term> value() const override;
    void setValue(const value::Term &value) override;
    void clear() override;
    QWidget *focusTarget() const override;
    QCheckBox *checkBox() const { return m_box; }

private:
    void updateText();
    QCheckBox *m_box;
};

} // namespace ectowb::widgets
