#include "relationfieldeditor.h"

#include "changesetformview.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ectowb::widgets {

using changeset::Changeset;
using changeset::FormField;
using value::Term;

RelationFieldEditor::RelationFieldEditor(FormField field, QWidget *parent)
    : FieldEditor(std::move(field), parent), m_rowsLayout(new QVBoxLayout), m_add(new QPushButton(this))
{
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(6);
    m_add->setObjectName(QStringLiteral("addRow"));
    m_add->setAutoDefault(false);
    const QString name = ChangesetFormView::humanize(this->field().name);
    m_add->setText(this->field().many ? tr("Add a row to %1").arg(name) : tr("Add %1").arg(name));
    m_add->setToolTip(this->field().many ? tr("Send one more row in %1").arg(this->field().name)
                                         : tr("Send %1 as a nested map").arg(this->field().name));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    // Rows keep the height their fields need: the scroll area scrolls instead of squashing them.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        // The new row's first field takes the focus: typing goes on where the row appeared.
        if (QWidget *first = m_rows.last().form->firstFocusTarget())
            first->setFocus();
        Q_EMIT edited();
    });
}

RelationFieldEditor::Row RelationFieldEditor::createRow()
{
    Row row;
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("row"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    row.frame = frame;
    row.title = new QLabel(frame);
    QFont bold = row.title->font();
    bold.setBold(true);
    row.title->setFont(bold);
    row.remove = new QToolButton(frame);
    row.remove->setObjectName(QStringLiteral("removeRow"));
    row.remove->setText(tr("Remove"));
    row.remove->setAutoRaise(true);
    row.form = new ChangesetFormView(frame);
    row.form->setReservedMnemonics(m_reserved);
    row.form->setNested(true);
    row.form->setFields(QList<FormField>(field().rowFields.begin(), field().rowFields.end()));
    auto *header = new QHBoxLayout;
    header->addWidget(row.title, 1);
    header->addWidget(row.remove);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(row.form);
    connect(row.form, &ChangesetFormView::paramsChanged, this, &FieldEditor::edited);
    connect(row.form, &ChangesetFormView::rowsChanged, this, &RelationFieldEditor::rowsChanged);
    connect(row.remove, &QToolButton::clicked, this, [this, frame] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).frame == frame) {
                removeRow(i);
                Q_EMIT edited();
                return;
            }
        }
    });
    return row;
}

void RelationFieldEditor::addRow()
{
    if (!field().many && !m_rows.isEmpty())
        return;
    Row row = createRow();
    m_rowsLayout->addWidget(row.frame);
    // Shown now, not on the layout's queued show: until then the row counts as empty
    // (the layouts above squash it) and Tab skips its fields.
    if (isVisible())
        row.frame->show();
    m_rows << row;
    m_sent = true;
    renumber();
    updateAddButton();
    Q_EMIT rowsChanged();
}

void RelationFieldEditor::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const Row removed = m_rows.takeAt(row);
    // Focus stays in the sub-form: on the next row's remove button, or on Add.
    const bool hadFocus = removed.frame->isAncestorOf(QApplication::focusWidget());
    removed.frame->hide();
    removed.frame->deleteLater();
    m_sent = true;
    renumber();
    updateAddButton();
    if (hadFocus)
        (row < m_rows.size() ? static_cast<QWidget *>(m_rows.at(row).remove) : m_add)->setFocus();
    Q_EMIT rowsChanged();
}

void RelationFieldEditor::renumber()
{
    const QString name = ChangesetFormView::humanize(field().name);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        row.title->setText(field().many ? tr("%1, row %2").arg(name).arg(i + 1) : name);
        row.remove->setToolTip(field().many ? tr("Remove row %1 of %2").arg(i + 1).arg(field().name)
                                            : tr("Stop sending %1").arg(field().name));
        row.remove->setAccessibleName(row.remove->toolTip());
    }
}

void RelationFieldEditor::updateAddButton()
{
    m_add->setVisible(field().many || m_rows.isEmpty());
}

std::optional<Term> RelationFieldEditor::value() const
{
    if (!m_sent)
        return std::nullopt;
    if (!field().many)
        return m_rows.isEmpty() ? Term::nil() : m_rows.first().form->params();
    std::vector<Term> rows;
    for (const Row &row : m_rows)
        rows.push_back(row.form->params());
    return Term::list(std::move(rows));
}

void RelationFieldEditor::setValue(const Term &value)
{
    clear();
    std::vector<Term> rows;
    if (value.isList()) {
        rows = value.elements();
    } else if (value.isMap() && field().many) {
        // %{"0" => row, "1" => row}, as a Phoenix form sends a list: rows by index.
        std::vector<Term::Pair> pairs = value.pairs();
        std::stable_sort(pairs.begin(), pairs.end(), [](const Term::Pair &a, const Term::Pair &b) {
            return a.first.toElixirString().toLongLong() < b.first.toElixirString().toLongLong();
        });
        for (const Term::Pair &p : pairs)
            rows.push_back(p.second);
    } else if (value.isMap()) {
        rows.push_back(value);
    }
    for (const Term &data : rows) {
        addRow();
        m_rows.last().form->setData(data);
    }
    // A loaded struct sends its rows, as an edit form renders inputs_for them (an
    // empty list too); nil, or a value no row can show, sends nothing.
    m_sent = !rows.empty() || value.isList();
}

void RelationFieldEditor::clear()
{
    const bool had = !m_rows.isEmpty();
    while (!m_rows.isEmpty()) {
        const Row row = m_rows.takeLast();
        row.frame->hide();
        row.frame->deleteLater();
    }
    m_sent = false;
    updateAddButton();
    if (had)
        Q_EMIT rowsChanged();
}

QWidget *RelationFieldEditor::focusTarget() const
{
    return m_rows.isEmpty() ? static_cast<QWidget *>(m_add)
                            : m_rows.first().form->firstFocusTarget() ? m_rows.first().form->firstFocusTarget()
                                                                      : m_rows.first().remove;
}

QList<QWidget *> RelationFieldEditor::tabChain() const
{
    QList<QWidget *> chain;
    for (const Row &row : m_rows)
        chain << row.form->tabChain() << row.remove;
    chain << m_add;
    return chain;
}

ChangesetFormView *RelationFieldEditor::rowForm(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).form : nullptr;
}

QToolButton *RelationFieldEditor::removeButton(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).remove : nullptr;
}

void RelationFieldEditor::setReservedMnemonics(const QString &letters)
{
    m_reserved = letters;
    for (const Row &row : std::as_const(m_rows))
        row.form->setReservedMnemonics(letters);
}

void RelationFieldEditor::showChange(const std::optional<Term> &change)
{
    // The children that stand for rows sent: replaced and deleted ones lead the list.
    std::vector<const Changeset *> children;
    const std::vector<Term> items = !change ? std::vector<Term>() : change->isList() ? change->elements() : std::vector<Term>{*change};
    for (const Term &item : items) {
        if (!item.isChangeset())
            continue;
        const Changeset &child = item.changesetValue();
        if (child.action != QLatin1String("replace") && child.action != QLatin1String("delete"))
            children.push_back(&child);
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        ChangesetFormView *form = m_rows.at(i).form;
        if (i < int(children.size()))
            form->showChangeset(*children.at(size_t(i)));
        else
            form->setMessages({});
    }
}

} // namespace ectowb::widgets
