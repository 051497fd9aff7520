#include "mapfieldeditor.h"

#include "addremovebuttons.h"

#include "value/termjson.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>

namespace ectowb::widgets {

using value::Term;
using value::TermJson;

namespace {

Term typedValue(const QString &text)
{
    Result<Term> parsed = TermJson::parse(text.toUtf8());
    return parsed ? *parsed : Term::string(text);
}

QString shownValue(const Term &value)
{
    return value.isString() ? value.text() : QString::fromUtf8(TermJson::write(value));
}

} // namespace

MapFieldEditor::MapFieldEditor(changeset::FormField field, QWidget *parent)
    : FieldEditor(std::move(field), parent), m_table(new QTableWidget(0, 2, this))
{
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setMaximumHeight(m_table->fontMetrics().height() * 7);
    m_table->setToolTip(tr("Values that read as JSON (3, true, [1, 2]) are sent as such, others as text"));
    auto *buttons = new AddRemoveButtons(tr("Add an entry"), tr("Remove the selected entry"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons, 0, Qt::AlignTop);
    connect(buttons, &AddRemoveButtons::addClicked, this, [this] {
        addEntry(QString(), QString());
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(buttons, &AddRemoveButtons::removeClicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        changed();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &MapFieldEditor::changed);
}

void MapFieldEditor::changed()
{
    m_sent = true;
    Q_EMIT edited();
}

void MapFieldEditor::addEntry(const QString &key, const QString &value)
{
    {
        QSignalBlocker block(m_table);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(key));
        m_table->setItem(row, 1, new QTableWidgetItem(value));
    }
    changed();
}

std::optional<Term> MapFieldEditor::value() const
{
    if (!m_sent)
        return std::nullopt;
    std::vector<Term::Pair> pairs;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *key = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        if (!key || key->text().isEmpty())
            continue;
        pairs.emplace_back(Term::string(key->text()), typedValue(value ? value->text() : QString()));
    }
    return Term::map(std::move(pairs));
}

void MapFieldEditor::setValue(const Term &value)
{
    QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    if (value.isMap()) {
        for (const auto &[k, v] : value.pairs()) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem(k.toElixirString()));
            m_table->setItem(row, 1, new QTableWidgetItem(shownValue(v)));
        }
    }
    m_sent = !value.isNil();
}

void MapFieldEditor::clear()
{
    QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    m_sent = false;
}

QWidget *MapFieldEditor::focusTarget() const
{
    return m_table;
}

} // namespace ectowb::widgets
