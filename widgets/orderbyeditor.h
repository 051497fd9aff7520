#pragma once

#include "query/pipeline/orderterm.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;

namespace ectowb::widgets {

class AddRemoveButtons;

// The order_by form of the composer: the terms of the ordering as a list, and for
// the selected term a binding, a field of its schema and a direction, the same
// pickers a where condition has. Every edit reports the whole list of terms; an
// ordering that is more than fields (fragments, pinned directions) is edited as code.
class OrderByEditor : public QWidget
{
    Q_OBJECT
public:
    using FieldsOf = std::function<QStringList(const QString &binding)>;

    explicit OrderByEditor(QWidget *parent = nullptr);

    // Shows `terms` (nothing: the ordering is code the form cannot show), with the
    // bindings in scope and the fields each one offers.
    void setTerms(const std::optional<QList<query::OrderTerm>> &terms, const QStringList &bindings, FieldsOf fieldsOf);

    // For tests and keyboard users.
    QListWidget *termList() const { return m_list; }
    QComboBox *bindingCombo() const { return m_binding; }
    QComboBox *fieldCombo() const { return m_field; }
    QComboBox *directionCombo() const { return m_direction; }
    AddRemoveButtons *buttons() const { return m_buttons; }

Q_SIGNALS:
    void termsEdited(const QList<query::OrderTerm> &terms);

private:
    void showTerm(int index);
    void fillFields(const QString &current);
    void termChanged();
    void addTerm();
    void removeTerm();
    void refreshList();
    void setFormEnabled(bool enabled);

    QList<query::OrderTerm> m_terms;
    QStringList m_bindings;
    FieldsOf m_fieldsOf;
    bool m_updating = false;

    QListWidget *m_list;
    QComboBox *m_binding;
    QComboBox *m_field;
    QComboBox *m_direction;
    AddRemoveButtons *m_buttons;
    QLabel *m_codeNote;
};

} // namespace ectowb::widgets
