#pragma once

#include "fieldeditor.h"

class QListWidget;

namespace ectowb::widgets {

// {:array, t} fields: one element a row, added and removed with buttons, each
// sent as typed text (Ecto casts the elements).
class ListFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit ListFieldEditor(changeset::FormField field, QWidget *parent = nullptr);

    std::optional<value::Term> value() const override;
    void setValue(const value::Term &value) override;
    void clear() override;
    QWidget *focusTarget() const override;
    QListWidget *list() const { return m_list; }
    // Appends an element as if typed.
    void addElement(const QString &text);

private:
    void changed();
    QListWidget *m_list;
    bool m_sent = false;
};

} // namespace ectowb::widgets
