#include "openparameterseditor.h"

#include "interpreter/interpreter.h"
#include "value/termvalue.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ectowb::widgets {

OpenParametersEditor::OpenParametersEditor(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_empty(new QLabel(tr("Pins the query leaves unbound get a value here."), this))
    , m_literals(std::make_unique<interpreter::Interpreter>())
{
    hide(); // until a query has an unbound ^pin
    setObjectName(QStringLiteral("openParameters"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(m_empty);
}

OpenParametersEditor::~OpenParametersEditor() = default;

std::optional<value::Term> OpenParametersEditor::parse(const QString &text) const
{
    const Result<interpreter::Value> literal = m_literals->evalLiteral(text);
    const Result<value::Term> term = literal ? value::TermValue::fromValue(*literal) : Result<value::Term>(literal.failure());
    return term ? std::optional<value::Term>(*term) : std::nullopt;
}

void OpenParametersEditor::setParameters(const QList<Parameter> &parameters)
{
    QStringList before;
    for (const Parameter &p : std::as_const(m_parameters))
        before << p.name % u'|' % p.type;
    QStringList after;
    for (const Parameter &p : parameters)
        after << p.name % u'|' % p.type;
    if (before == after)
        return; // typing a value must not rebuild the field it is typed into
    while (m_form->rowCount() > 1) {
        // Later, not now: this may run from a signal of one of these very fields.
        const QFormLayout::TakeRowResult row = m_form->takeRow(1);
        for (QLayoutItem *item : {row.labelItem, row.fieldItem}) {
            if (item && item->widget())
                item->widget()->deleteLater();
            delete item;
        }
    }
    m_edits.clear();
    m_parameters = parameters;
    m_empty->setVisible(parameters.isEmpty());
    setVisible(!parameters.isEmpty());
    for (const Parameter &p : parameters) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(u"param_" % p.name);
        edit->setPlaceholderText(tr("an Elixir literal, cast to %1").arg(p.type));
        edit->setText(m_texts.value(p.name));
        connect(edit, &QLineEdit::textEdited, this, [this, edit, name = p.name](const QString &text) {
            m_texts.insert(name, text);
            check(edit);
            Q_EMIT valuesChanged();
        });
        m_form->addRow(u'^' % p.name % u" (" % p.type % u"):", edit);
        m_edits.insert(p.name, edit);
        check(edit);
    }
}

void OpenParametersEditor::check(QLineEdit *edit)
{
    const bool bad = !edit->text().trimmed().isEmpty() && !parse(edit->text());
    edit->setStyleSheet(bad ? QStringLiteral("QLineEdit { background: #fde0dc; }") : QString());
    edit->setToolTip(bad ? tr("Not an Elixir literal: write 7, \"text\", true, nil or [1, 2]") : QString());
}

QHash<QString, value::Term> OpenParametersEditor::values() const
{
    QHash<QString, value::Term> out;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (auto term = parse(it.value()->text()))
            out.insert(it.key(), *term);
    }
    return out;
}

} // namespace ectowb::widgets
