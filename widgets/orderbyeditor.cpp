#include "orderbyeditor.h"
#include "buddylabel.h"

#include "addremovebuttons.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>

namespace ectowb::widgets {

using query::OrderTerm;

OrderByEditor::OrderByEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_binding(new QComboBox(this))
    , m_field(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_buttons(new AddRemoveButtons(tr("Add a sort term"), tr("Remove the selected sort term"), this))
    , m_codeNote(new QLabel(tr("This ordering is more than fields: edit it as code below."), this))
{
    m_list->setObjectName(QStringLiteral("orderTerms"));
    m_list->setFont(QFont(QStringLiteral("monospace")));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5);
    m_field->setEditable(true);
    m_field->setObjectName(QStringLiteral("orderField"));
    m_direction->addItems(OrderTerm::directions());
    m_direction->setObjectName(QStringLiteral("orderDirection"));
    m_codeNote->setWordWrap(true);

    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_buttons);
    auto *fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_binding);
    fieldRow->addWidget(new QLabel(QStringLiteral("."), this));
    fieldRow->addWidget(m_field, 1);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto *termsLabel = buddyLabel(tr("&Terms:"), m_list, this);
    auto *fieldLabel = buddyLabel(tr("F&ield:"), m_field, this);
    auto *directionLabel = buddyLabel(tr("&Direction:"), m_direction, this);
    form->addRow(termsLabel, listRow);
    form->addRow(fieldLabel, fieldRow);
    form->addRow(directionLabel, m_direction);
    form->addRow(m_codeNote);

    connect(m_list, &QListWidget::currentRowChanged, this, &OrderByEditor::showTerm);
    connect(m_binding, &QComboBox::currentTextChanged, this, [this] {
        if (m_updating)
            return;
        fillFields(QString());
        termChanged();
    });
    connect(m_field, &QComboBox::currentTextChanged, this, &OrderByEditor::termChanged);
    connect(m_direction, &QComboBox::currentTextChanged, this, &OrderByEditor::termChanged);
    connect(m_buttons, &AddRemoveButtons::addClicked, this, &OrderByEditor::addTerm);
    connect(m_buttons, &AddRemoveButtons::removeClicked, this, &OrderByEditor::removeTerm);
}

void OrderByEditor::setTerms(const std::optional<QList<OrderTerm>> &terms, const QStringList &bindings, FieldsOf fieldsOf)
{
    m_terms = terms.value_or(QList<OrderTerm>());
    m_bindings = bindings;
    m_fieldsOf = std::move(fieldsOf);
    m_codeNote->setVisible(!terms);
    m_list->setEnabled(terms.has_value());
    m_buttons->setEnabled(terms.has_value());
    refreshList();
    const int current = std::min(std::max(m_list->currentRow(), 0), int(m_terms.size()) - 1);
    m_list->setCurrentRow(current);
    showTerm(current);
}

void OrderByEditor::refreshList()
{
    const QSignalBlocker blocker(m_list);
    const int current = m_list->currentRow();
    m_list->clear();
    for (const OrderTerm &term : std::as_const(m_terms))
        m_list->addItem(term.direction % u": " % term.binding % u'.' % term.field);
    m_list->setCurrentRow(std::min(current, int(m_list->count()) - 1));
    m_buttons->removeButton()->setEnabled(!m_terms.isEmpty());
}

void OrderByEditor::setFormEnabled(bool enabled)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_binding, m_field, m_direction})
        w->setEnabled(enabled);
}

void OrderByEditor::showTerm(int index)
{
    m_updating = true;
    const bool valid = index >= 0 && index < m_terms.size();
    setFormEnabled(valid);
    const OrderTerm term = valid ? m_terms[index] : OrderTerm{};
    {
        const QSignalBlocker blocker(m_binding);
        m_binding->clear();
        m_binding->addItems(m_bindings);
        m_binding->setCurrentIndex(std::max(0, m_binding->findText(term.binding)));
    }
    fillFields(term.field);
    {
        const QSignalBlocker blocker(m_direction);
        m_direction->setCurrentIndex(std::max(0, m_direction->findText(term.direction)));
    }
    m_updating = false;
}

void OrderByEditor::fillFields(const QString &current)
{
    const QSignalBlocker blocker(m_field);
    m_field->clear();
    if (m_fieldsOf)
        m_field->addItems(m_fieldsOf(m_binding->currentText()));
    if (!current.isEmpty())
        m_field->setEditText(current);
}

void OrderByEditor::termChanged()
{
    const int index = m_list->currentRow();
    if (m_updating || index < 0 || index >= m_terms.size())
        return;
    OrderTerm term;
    term.binding = m_binding->currentText();
    term.field = m_field->currentText().trimmed();
    term.direction = m_direction->currentText();
    if (term.binding.isEmpty() || term.field.isEmpty())
        return; // not a term yet: the step keeps its code until the form is complete
    m_terms[index] = term;
    refreshList();
    Q_EMIT termsEdited(m_terms);
}

void OrderByEditor::addTerm()
{
    OrderTerm term;
    term.binding = m_bindings.value(0);
    const QStringList fields = m_fieldsOf ? m_fieldsOf(term.binding) : QStringList();
    term.field = fields.value(0);
    if (term.binding.isEmpty() || term.field.isEmpty())
        return;
    m_terms << term;
    refreshList();
    m_list->setCurrentRow(int(m_terms.size()) - 1);
    m_field->setFocus();
    Q_EMIT termsEdited(m_terms);
}

void OrderByEditor::removeTerm()
{
    const int index = m_list->currentRow();
    if (index < 0 || index >= m_terms.size())
        return;
    m_terms.removeAt(index);
    refreshList();
    showTerm(m_list->currentRow());
    Q_EMIT termsEdited(m_terms);
}

} // namespace ectowb::widgets
