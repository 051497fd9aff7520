#include "textfieldeditor.h"

#include "changeset/valuecodec.h"

#include <QHBoxLayout>
#include <QLineEdit>

namespace ectowb::widgets {

using value::Term;

TextFieldEditor::TextFieldEditor(changeset::FormField field, Kind kind, QWidget *parent)
    : FieldEditor(std::move(field), parent), m_edit(new QLineEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    m_edit->setPlaceholderText(tr("not sent"));
    if (kind == Kind::Secret)
        m_edit->setEchoMode(QLineEdit::Password);
    // Any text goes through, as params from a form would: Ecto's cast then says
    // "is invalid", which a validator blocking the keys would never let anyone see.
    if (kind == Kind::Integer || kind == Kind::Number)
        m_edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_sent = true;
        Q_EMIT edited();
    });
}

std::optional<Term> TextFieldEditor::value() const
{
    if (!m_sent)
        return std::nullopt;
    return Term::string(m_edit->text());
}

void TextFieldEditor::setValue(const Term &value)
{
    m_sent = true;
    if (value.isNil())
        m_edit->clear();
    else if (value.isDecimal())
        m_edit->setText(changeset::ValueCodec::decimalNormal(value.decimalValue()));
    else
        m_edit->setText(value.toElixirString());
}

void TextFieldEditor::clear()
{
    m_sent = false;
    m_edit->clear();
}

QWidget *TextFieldEditor::focusTarget() const
{
    return m_edit;
}

} // namespace ectowb::widgets
