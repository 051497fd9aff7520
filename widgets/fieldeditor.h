#pragma once

#include "changeset/changesetform.h"

#include <QWidget>

#include <optional>

namespace ectowb::widgets {

// One input of the changeset form. It holds a param as a browser form would send
// it (strings, mostly: casting is Ecto's job), or nothing while the field is "not
// sent", which is how a new form starts. Loading a row fills every editor, as an
// edit form sends every field.
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FieldEditor(changeset::FormField field, QWidget *parent = nullptr);

    const changeset::FormField &field() const { return m_field; }
    virtual std::optional<value::Term> value() const = 0;
    // A loaded struct's value for this field (nil clears it).
    virtual void setValue(const value::Term &value) = 0;
    // Back to "not sent".
    virtual void clear() = 0;
    // Where a label's mnemonic and the tab order go.
    virtual QWidget *focusTarget() const = 0;
    // The editor's widgets in the order Tab walks them: the focus target, then its
    // own buttons. Sub-forms list their rows' editors.
    virtual QList<QWidget *> tabChain() const;

Q_SIGNALS:
    // The user changed the value (never emitted by setValue() or clear()).
    void edited();

private:
    changeset::FormField m_field;
};

} // namespace ectowb::widgets
