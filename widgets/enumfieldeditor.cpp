#include "enumfieldeditor.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace ectowb::widgets {

using value::Term;

EnumFieldEditor::EnumFieldEditor(changeset::FormField field, QWidget *parent)
    : FieldEditor(std::move(field), parent), m_combo(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    m_combo->addItem(tr("not sent"));
    for (const schema::EctoType::EnumValue &v : this->field().type.enumValues())
        m_combo->addItem(v.atom, v.atom);
    connect(m_combo, &QComboBox::activated, this, &FieldEditor::edited);
}

std::optional<Term> EnumFieldEditor::value() const
{
    if (m_combo->currentIndex() <= 0)
        return std::nullopt;
    return Term::string(m_combo->currentData().toString());
}

void EnumFieldEditor::setValue(const Term &value)
{
    const int index = value.isNil() ? 0 : m_combo->findData(value.text());
    m_combo->setCurrentIndex(std::max(index, 0));
}

void EnumFieldEditor::clear()
{
    m_combo->setCurrentIndex(0);
}

QWidget *EnumFieldEditor::focusTarget() const
{
    return m_combo;
}

} // namespace ectowb::widgets
