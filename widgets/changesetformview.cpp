#include "changesetformview.h"

#include "fieldeditor.h"
#include "fieldeditorfactory.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace ectowb::widgets {

using changeset::FormField;
using changeset::Term;

namespace {

const QString errorStyle = QStringLiteral("QLabel { color: #c62828; }");

QString typeText(const FormField &field)
{
    switch (field.kind) {
    case FormField::Kind::Confirmation:
        return ChangesetFormView::tr("Compared with %1 by validate_confirmation; never cast").arg(field.confirms);
    case FormField::Kind::Acceptance:
        return ChangesetFormView::tr("Read by validate_acceptance; never cast");
    case FormField::Kind::Cast:
        break;
    }
    const QString type = field.type.toElixir();
    return field.required ? ChangesetFormView::tr("%1, required by validate_required").arg(type) : type;
}

} // namespace

ChangesetFormView::ChangesetFormView(QWidget *parent)
    : QWidget(parent), m_layout(new QFormLayout), m_other(new QLabel(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("changesetForm"));
    m_other->setObjectName(QStringLiteral("otherErrors"));
    m_other->setStyleSheet(errorStyle);
    m_other->setWordWrap(true);
    m_other->hide();
    m_empty->setText(tr("This function casts no params: it works on the struct's data alone."));
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_other);
    outer->addWidget(m_empty);
    outer->addLayout(m_layout);
    outer->addStretch(1);
}

QString ChangesetFormView::humanize(const QString &name)
{
    QString text = name;
    if (text.endsWith(QLatin1String("_id")))
        text.chop(3);
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

// A letter no other label took, else one the view leaves free (pressing it again
// then moves on to the next field with the same letter, as Qt does).
QString ChangesetFormView::mnemonicLabel(const QString &text, QString &used) const
{
    for (const bool shared : {false, true}) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i).toLower();
            if (!c.isLetter() || m_reserved.contains(c) || (!shared && used.contains(c)))
                continue;
            used += c;
            return text.left(i) + QLatin1Char('&') + text.mid(i);
        }
    }
    return text;
}

void ChangesetFormView::setFields(const QList<FormField> &fields)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_messages.clear();
    m_rows.clear();
    QString used;
    QWidget *previous = nullptr;
    for (const FormField &field : fields) {
        FieldEditor *editor = FieldEditorFactory::create(field, this);
        auto *column = new QWidget(this);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        columnLayout->setSpacing(2);
        auto *line = new QHBoxLayout;
        auto *reset = new QToolButton(column);
        reset->setText(QStringLiteral("\u00d7"));
        reset->setToolTip(tr("Stop sending %1").arg(field.name));
        reset->setAccessibleName(tr("Stop sending %1").arg(field.name));
        reset->setAutoRaise(true);
        reset->setFocusPolicy(Qt::ClickFocus);
        line->addWidget(editor, 1);
        line->addWidget(reset);
        auto *message = new QLabel(column);
        message->setObjectName(QStringLiteral("error_") + field.name);
        message->setStyleSheet(errorStyle);
        // One line, never wrapped: a wrapped message would push the rows below down
        // (the whole text is in the tooltip).
        message->setWordWrap(false);
        message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        // A line is kept for the message even without one: an error appearing while
        // the person types never moves the fields below under the cursor.
        message->setText(QStringLiteral(" "));
        columnLayout->addLayout(line);
        columnLayout->addWidget(message);
        auto *label = new QLabel(mnemonicLabel(humanize(field.name) + (field.required ? QStringLiteral(" *") : QString()), used), this);
        label->setBuddy(editor->focusTarget());
        label->setToolTip(field.name + QStringLiteral(": ") + typeText(field));
        editor->setToolTip(label->toolTip());
        m_layout->addRow(label, column);
        connect(editor, &FieldEditor::edited, this, &ChangesetFormView::paramsChanged);
        connect(reset, &QToolButton::clicked, this, [this, editor] {
            editor->clear();
            Q_EMIT paramsChanged();
        });
        // Tab walks the rows in order: each editor's main widget, then its own buttons.
        QList<QWidget *> chain{editor->focusTarget()};
        for (QWidget *w : editor->findChildren<QWidget *>()) {
            if ((w->focusPolicy() & Qt::TabFocus) && !chain.contains(w) && !w->isWindow())
                chain << w;
        }
        for (QWidget *w : std::as_const(chain)) {
            if (previous)
                setTabOrder(previous, w);
            previous = w;
        }
        m_editors << editor;
        m_messages.insert(field.name, message);
        m_rows << column;
    }
    m_empty->setVisible(fields.isEmpty());
    m_other->hide();
}

FieldEditor *ChangesetFormView::editor(const QString &name) const
{
    for (FieldEditor *e : m_editors) {
        if (e->field().name == name)
            return e;
    }
    return nullptr;
}

Term ChangesetFormView::params() const
{
    std::vector<Term::Pair> pairs;
    for (const FieldEditor *e : m_editors) {
        if (const std::optional<Term> v = e->value())
            pairs.emplace_back(Term::string(e->field().name), *v);
    }
    return Term::map(std::move(pairs));
}

void ChangesetFormView::setData(const Term &data)
{
    for (FieldEditor *e : m_editors) {
        const std::optional<Term> value = data.isMap() ? data.get(e->field().name) : std::nullopt;
        // Only cast fields come from the struct; confirmation and acceptance params never do.
        if (e->field().kind == FormField::Kind::Cast && value)
            e->setValue(*value);
        else
            e->clear();
    }
}

void ChangesetFormView::clearAll()
{
    for (FieldEditor *e : m_editors)
        e->clear();
}

void ChangesetFormView::setMessages(const std::vector<std::pair<QString, QStringList>> &messages)
{
    for (QLabel *label : std::as_const(m_messages)) {
        label->setText(QStringLiteral(" "));
        label->setToolTip(QString());
    }
    QStringList other;
    for (const auto &[field, list] : messages) {
        if (QLabel *label = m_messages.value(field)) {
            label->setText(list.join(QStringLiteral("; ")));
            label->setToolTip(list.join(QLatin1Char('\n')));
        } else {
            for (const QString &m : list)
                other << field + QStringLiteral(": ") + m;
        }
    }
    m_other->setText(other.join(QLatin1Char('\n')));
    m_other->setVisible(!other.isEmpty());
}

QString ChangesetFormView::messageText(const QString &field) const
{
    const QLabel *label = m_messages.value(field);
    return label ? label->toolTip() : QString(); // every message, one a line
}

QString ChangesetFormView::otherMessagesText() const
{
    return m_other->text();
}

QWidget *ChangesetFormView::firstFocusTarget() const
{
    return m_editors.isEmpty() ? nullptr : m_editors.first()->focusTarget();
}

} // namespace ectowb::widgets
