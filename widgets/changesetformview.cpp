#include "changesetformview.h"

#include "fieldeditor.h"
#include "fieldeditorfactory.h"
#include "relationfieldeditor.h"
#include "textfieldeditor.h"
#include "changeset/ectomessages.h"
#include "changeset/typecaster.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace ectowb::widgets {

using changeset::FormField;
using value::Term;

namespace {

const QString errorStyle = QStringLiteral("QLabel { color: #c62828; }");

QString typeText(const FormField &field)
{
    switch (field.kind) {
    case FormField::Kind::Confirmation:
        return ChangesetFormView::tr("Compared with %1 by validate_confirmation; never cast").arg(field.confirms);
    case FormField::Kind::Acceptance:
        return ChangesetFormView::tr("Read by validate_acceptance; never cast");
    case FormField::Kind::Relation:
        return field.many ? ChangesetFormView::tr("Rows of %1, cast by cast_embed or cast_assoc").arg(field.related)
                          : ChangesetFormView::tr("A %1, cast by cast_embed or cast_assoc").arg(field.related);
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
    m_outer = new QVBoxLayout(this);
    m_outer->addWidget(m_other);
    m_outer->addWidget(m_empty);
    m_outer->addLayout(m_layout);
    m_outer->addStretch(1);
}

void ChangesetFormView::setNested(bool nested)
{
    if (nested)
        m_outer->setContentsMargins(0, 0, 0, 0);
    m_empty->setText(nested ? tr("The row's changeset function casts no params.")
                            : tr("This function casts no params: it works on the struct's data alone."));
    // A row is as tall as its fields: never squashed below them by the rows around it.
    setSizePolicy(QSizePolicy::Preferred, nested ? QSizePolicy::Minimum : QSizePolicy::Preferred);
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
        // At the top: beside a sub-form or a list it belongs to the first line, not the middle.
        line->addWidget(reset, 0, Qt::AlignTop);
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
        if (auto *relation = qobject_cast<RelationFieldEditor *>(editor)) {
            connect(relation, &RelationFieldEditor::rowsChanged, this, [this] {
                relinkTabOrder();
                Q_EMIT rowsChanged();
            });
        }
        connect(reset, &QToolButton::clicked, this, [this, editor] {
            editor->clear();
            Q_EMIT paramsChanged();
        });
        m_editors << editor;
        m_messages.insert(field.name, message);
        m_rows << column;
    }
    // Sub-form rows avoid every letter this form's labels took.
    for (FieldEditor *e : std::as_const(m_editors)) {
        if (auto *relation = qobject_cast<RelationFieldEditor *>(e))
            relation->setReservedMnemonics(m_reserved + used);
    }
    relinkTabOrder();
    m_empty->setVisible(fields.isEmpty());
    m_other->hide();
}

QList<QWidget *> ChangesetFormView::tabChain() const
{
    QList<QWidget *> chain;
    for (const FieldEditor *e : m_editors)
        chain << e->tabChain();
    return chain;
}

// Tab walks the rows in order: each editor's main widget, then its own buttons; a
// sub-form's rows in between. Rows made later would otherwise come last.
void ChangesetFormView::relinkTabOrder()
{
    const QList<QWidget *> chain = tabChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void ChangesetFormView::showChangeset(const changeset::Changeset &cs)
{
    setMessages(changeset::EctoMessages::messages(cs));
    showRelations(cs);
}

void ChangesetFormView::showRelations(const changeset::Changeset &cs)
{
    for (FieldEditor *e : std::as_const(m_editors)) {
        if (auto *relation = qobject_cast<RelationFieldEditor *>(e))
            relation->showChange(cs.change(e->field().name));
    }
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
        // Only cast fields and relations come from the struct; confirmation and acceptance params never do.
        const bool fromStruct = e->field().kind == FormField::Kind::Cast || e->field().kind == FormField::Kind::Relation;
        if (fromStruct && value)
            e->setValue(*value);
        else
            e->clear();
    }
}

void ChangesetFormView::setParams(const Term &params)
{
    for (FieldEditor *e : std::as_const(m_editors)) {
        const std::optional<Term> value = params.isMap() ? params.mapGet(Term::string(e->field().name)) : std::nullopt;
        if (!value) {
            e->clear();
            continue;
        }
        // Pickers, check boxes and choices hold typed values: a param is given to them
        // as Ecto casts it ("2024-05-01" a date). A line edit takes the text as sent.
        const bool typed = e->field().kind == FormField::Kind::Cast && !qobject_cast<TextFieldEditor *>(e);
        const changeset::CastOutcome cast = typed ? changeset::TypeCaster::cast(e->field().type, *value) : changeset::CastOutcome{};
        e->setValue(cast.ok ? cast.value : *value);
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
