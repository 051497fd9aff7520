#pragma once

#include "fieldeditor.h"

#include <QList>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace ectowb::widgets {

class ChangesetFormView;

// An embed or association given to cast_embed/cast_assoc: one sub-form per row, as
// a nested Phoenix form (inputs_for) sends it. embeds_many/has_many send a list of
// row maps, embeds_one/has_one/belongs_to one map. Rows can be added and removed;
// each row shows the errors of its own child changeset under its own fields.
class RelationFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit RelationFieldEditor(changeset::FormField field, QWidget *parent = nullptr);

    std::optional<value::Term> value() const override;
    void setValue(const value::Term &value) override;
    void clear() override;
    QWidget *focusTarget() const override;
    QList<QWidget *> tabChain() const override;

    int rowCount() const { return int(m_rows.size()); }
    ChangesetFormView *rowForm(int row) const;
    QPushButton *addButton() const { return m_add; }
    QToolButton *removeButton(int row) const;
    // Rows pick mnemonics that avoid these letters (the form around them took them).
    void setReservedMnemonics(const QString &letters);
    void addRow();
    void removeRow(int row);
    // The relation's change in the parent changeset: each row shows the errors of
    // its child changeset (the replaced and deleted children have no row).
    void showChange(const std::optional<value::Term> &change);

Q_SIGNALS:
    // Rows came or went: the form around re-links the tab order.
    void rowsChanged();

private:
    struct Row
    {
        QWidget *frame = nullptr;
        QLabel *title = nullptr;
        QToolButton *remove = nullptr;
        ChangesetFormView *form = nullptr;
    };
    Row createRow();
    void renumber();
    void updateAddButton();

    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QList<Row> m_rows;
    QString m_reserved;
    bool m_sent = false;
};

} // namespace ectowb::widgets
