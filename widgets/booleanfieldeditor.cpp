#include "booleanfieldeditor.h"

#include <QCheckBox>
#include <QHBoxLayout>

namespace ectowb::widgets {

using value::Term;

namespace {

// Clicking toggles between true and false; "not sent" is only reached by clearing.
class TwoWayCheckBox : public QCheckBox
{
public:
    using QCheckBox::QCheckBox;

protected:
    void nextCheckState() override { setCheckState(checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked); }
};

} // namespace

BooleanFieldEditor::BooleanFieldEditor(changeset::FormField field, QWidget *parent)
    : FieldEditor(std::move(field), parent), m_box(new TwoWayCheckBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    m_box->setTristate(true);
    m_box->setCheckState(Qt::PartiallyChecked);
    updateText();
    connect(m_box, &QCheckBox::clicked, this, [this] {
        updateText();
        Q_EMIT edited();
    });
}

void BooleanFieldEditor::updateText()
{
    switch (m_box->checkState()) {
    case Qt::PartiallyChecked:
        m_box->setText(tr("not sent"));
        break;
    case Qt::Checked:
        m_box->setText(QStringLiteral("true"));
        break;
    case Qt::Unchecked:
        m_box->setText(QStringLiteral("false"));
        break;
    }
}

std::optional<Term> BooleanFieldEditor::value() const
{
    switch (m_box->checkState()) {
    case Qt::Checked:
        return Term::string(QStringLiteral("true"));
    case Qt::Unchecked:
        return Term::string(QStringLiteral("false"));
    case Qt::PartiallyChecked:
        break;
    }
    return std::nullopt;
}

void BooleanFieldEditor::setValue(const Term &value)
{
    m_box->setCheckState(value.isNil() ? Qt::PartiallyChecked : (value.isTruthy() ? Qt::Checked : Qt::Unchecked));
    updateText();
}

void BooleanFieldEditor::clear()
{
    m_box->setCheckState(Qt::PartiallyChecked);
    updateText();
}

QWidget *BooleanFieldEditor::focusTarget() const
{
    return m_box;
}

} // namespace ectowb::widgets
