#include "listfieldeditor.h"

#include "addremovebuttons.h"

#include <QHBoxLayout>
#include <QListWidget>

namespace ectowb::widgets {

using value::Term;

namespace {

QListWidgetItem *newItem(const QString &text)
{
    auto *item = new QListWidgetItem(text);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    return item;
}

} // namespace

ListFieldEditor::ListFieldEditor(changeset::FormField field, QWidget *parent)
    : FieldEditor(std::move(field), parent), m_list(new QListWidget(this))
{
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5);
    m_list->setToolTip(tr("One element a row; F2 edits the selected one"));
    auto *buttons = new AddRemoveButtons(tr("Add an element"), tr("Remove the selected element"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons, 0, Qt::AlignTop);
    connect(buttons, &AddRemoveButtons::addClicked, this, [this] {
        QListWidgetItem *item = newItem(QString());
        m_list->addItem(item);
        m_list->setCurrentItem(item);
        m_list->editItem(item);
        changed();
    });
    connect(buttons, &AddRemoveButtons::removeClicked, this, [this] {
        delete m_list->currentItem();
        changed();
    });
    connect(m_list, &QListWidget::itemChanged, this, &ListFieldEditor::changed);
}

void ListFieldEditor::changed()
{
    m_sent = true;
    Q_EMIT edited();
}

void ListFieldEditor::addElement(const QString &text)
{
    m_list->addItem(newItem(text));
    changed();
}

std::optional<Term> ListFieldEditor::value() const
{
    if (!m_sent)
        return std::nullopt;
    std::vector<Term> items;
    for (int i = 0; i < m_list->count(); ++i)
        items.push_back(Term::string(m_list->item(i)->text()));
    return Term::list(std::move(items));
}

void ListFieldEditor::setValue(const Term &value)
{
    QSignalBlocker block(m_list);
    m_list->clear();
    if (value.isList()) {
        for (const Term &e : value.elements())
            m_list->addItem(newItem(e.toElixirString()));
    }
    m_sent = !value.isNil();
}

void ListFieldEditor::clear()
{
    QSignalBlocker block(m_list);
    m_list->clear();
    m_sent = false;
}

QWidget *ListFieldEditor::focusTarget() const
{
    return m_list;
}

} // namespace ectowb::widgets
