#include "schemabrowser.h"

#include "schemafilterproxy.h"
#include "models/mismatchmodel.h"
#include "models/schematreemodel.h"

#include <QAction>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace ectowb::widgets {

using models::SchemaTreeModel;
using schema::Schema;

SchemaBrowser::SchemaBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new SchemaTreeModel(this))
    , m_mismatchModel(new models::MismatchModel(this))
    , m_proxy(new SchemaFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_details(new QTextBrowser(this))
    , m_databaseStatus(new QLabel(this))
    , m_mismatchView(new QTableView(this))
    , m_back(new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this))
    , m_forward(new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"), this))
{
    setObjectName(QStringLiteral("schemaBrowser"));
    m_proxy->setSourceModel(m_model);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    // Not ResizeToContents: that measures every row on every change, a stall of
    // hundreds of milliseconds on a big project. The width is set once per snapshot.
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setObjectName(QStringLiteral("schemaTree"));
    m_filter->setPlaceholderText(tr("Filter schemas (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);
    auto *find = new QAction(tr("Filter Schemas"), this);
    find->setShortcut(QKeySequence::Find);
    for (QAction *action : {m_back, m_forward, find}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(find, &QAction::triggered, this, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); m_filter->selectAll(); });
    connect(m_back, &QAction::triggered, this, &SchemaBrowser::goBack);
    connect(m_forward, &QAction::triggered, this, &SchemaBrowser::goForward);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        if (!text.isEmpty())
            m_tree->expandToDepth(-1);
    });
    connect(m_tree, &QTreeView::activated, this, &SchemaBrowser::activate);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &SchemaBrowser::updateDetails);

    auto *toolBar = new QToolBar(this);
    toolBar->addAction(m_back);
    toolBar->addAction(m_forward);
    toolBar->addWidget(m_filter);

    m_mismatchView->setModel(m_mismatchModel);
    m_mismatchView->setObjectName(QStringLiteral("mismatchView"));
    m_mismatchView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mismatchView->verticalHeader()->hide();
    // The short columns always fit their text, at any zoom; the message takes the
    // rest of the width and wraps instead of being cut off.
    for (int column : {int(models::MismatchModel::SeverityColumn), int(models::MismatchModel::SchemaColumn),
                       int(models::MismatchModel::WhereColumn)})
        m_mismatchView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_mismatchView->horizontalHeader()->setSectionResizeMode(models::MismatchModel::MessageColumn, QHeaderView::Stretch);
    m_mismatchView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_mismatchView->setWordWrap(true);
    connect(m_mismatchView, &QTableView::activated, this, [this](const QModelIndex &index) {
        selectSchema(index.data(models::MismatchModel::ModuleRole).toString());
    });
    m_databaseStatus->setWordWrap(true);
    m_databaseStatus->setText(tr("Not compared with a database yet."));

    auto *mismatchPane = new QWidget(this);
    auto *mismatchLayout = new QVBoxLayout(mismatchPane);
    mismatchLayout->setContentsMargins(4, 4, 4, 0);
    mismatchLayout->addWidget(m_databaseStatus);
    mismatchLayout->addWidget(m_mismatchView);

    auto *horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->addWidget(m_tree);
    horizontal->addWidget(m_details);
    horizontal->setStretchFactor(0, 3);
    horizontal->setStretchFactor(1, 2);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(horizontal);
    vertical->addWidget(mismatchPane);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(vertical);
    updateHistoryActions();
}

void SchemaBrowser::setSchemas(const QList<Schema> &schemas)
{
    m_model->setSnapshot(schemas);
    fitNameColumn(schemas);
    m_mismatchModel->setMismatches({});
    m_history.clear();
    m_historyPos = -1;
    m_shownModule.clear();
    updateHistoryActions();
    m_details->clear();
}

// Wide enough for the longest module or field name (measured from the strings, not
// from every row's size hint), within reason.
void SchemaBrowser::fitNameColumn(const QList<Schema> &schemas)
{
    const QFontMetrics metrics(m_tree->font());
    QString longest;
    for (const Schema &schema : schemas) {
        if (schema.module.size() > longest.size())
            longest = schema.module;
        for (const schema::Field &field : schema.fields) {
            if (field.name.size() + 4 > longest.size())
                longest = field.name % u"    ";
        }
    }
    const int indent = 2 * m_tree->indentation() + m_tree->iconSize().width() + 24;
    m_tree->setColumnWidth(SchemaTreeModel::NameColumn, std::clamp(metrics.horizontalAdvance(longest) + indent, 160, 420));
}

void SchemaBrowser::setMismatches(const QList<schema::Mismatch> &mismatches, const QString &database)
{
    m_model->setMismatches(mismatches);
    m_mismatchModel->setMismatches(mismatches);
    m_databaseStatus->setText(mismatches.isEmpty()
                                  ? tr("The schemas match the database %1.").arg(database)
                                  : tr("%n difference(s) with the database %1.", nullptr, int(mismatches.size())).arg(database));
}

void SchemaBrowser::setDatabaseProblem(const QString &message)
{
    m_model->setMismatches({});
    m_mismatchModel->setMismatches({});
    m_databaseStatus->setText(message);
}

QString SchemaBrowser::databaseStatus() const
{
    return m_databaseStatus->text();
}

QString SchemaBrowser::currentModule() const
{
    return m_tree->currentIndex().data(SchemaTreeModel::ModuleRole).toString();
}

bool SchemaBrowser::selectSchema(const QString &module)
{
    if (!m_model->indexOfSchema(module).isValid())
        return false;
    if (m_historyPos < 0 || m_history.at(m_historyPos) != module) {
        m_history.resize(m_historyPos + 1); // a new step drops the forward part
        m_history.append(module);
        m_historyPos = m_history.size() - 1;
    }
    showSchema(module);
    return true;
}

void SchemaBrowser::showSchema(const QString &module)
{
    QModelIndex index = m_proxy->mapFromSource(m_model->indexOfSchema(module));
    if (!index.isValid()) {
        // Filtered out: clear the filter rather than refuse to go there.
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->indexOfSchema(module));
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tree->expand(index);
    updateHistoryActions();
}

void SchemaBrowser::activate(const QModelIndex &index)
{
    const QString target = index.data(SchemaTreeModel::TargetModuleRole).toString();
    if (!target.isEmpty()) {
        // Remember where we came from, so Back returns there.
        selectSchema(index.data(SchemaTreeModel::ModuleRole).toString());
        selectSchema(target);
    }
}

void SchemaBrowser::goBack()
{
    if (m_historyPos > 0)
        showSchema(m_history.at(--m_historyPos));
}

void SchemaBrowser::goForward()
{
    if (m_historyPos + 1 < m_history.size())
        showSchema(m_history.at(++m_historyPos));
}

void SchemaBrowser::updateHistoryActions()
{
    m_back->setEnabled(m_historyPos > 0);
    m_forward->setEnabled(m_historyPos + 1 < m_history.size());
}

void SchemaBrowser::updateDetails()
{
    const QString module = currentModule();
    const QModelIndex index = m_model->indexOfSchema(module);
    if (!index.isValid()) {
        m_details->clear();
        return;
    }
    const Schema &schema = m_model->snapshot().at(index.row());
    m_details->setHtml(detailsHtml(schema));
    if (module != m_shownModule) {
        m_shownModule = module;
        Q_EMIT currentSchemaChanged(module, schema.file);
    }
}

QString SchemaBrowser::detailsHtml(const Schema &schema) const
{
    const auto row = [](const QString &label, const QString &value) -> QString {
        return u"<tr><td><b>" % label.toHtmlEscaped() % u"</b></td><td>" % value.toHtmlEscaped() % u"</td></tr>";
    };
    QString html = u"<h3>" % schema.module.toHtmlEscaped() % u"</h3><table cellspacing=4>";
    html += row(tr("Table"), schema.embedded ? tr("none (embedded schema)") : schema.source);
    if (!schema.prefix.isEmpty())
        html += row(tr("Prefix"), schema.prefix);
    html += row(tr("Primary key"), schema.primaryKey.isEmpty() ? tr("none") : schema.primaryKey.join(u", "));
    html += row(tr("Fields"), QString::number(schema.fields.size()));
    html += row(tr("Virtual fields"), QString::number(schema.virtualFields.size()));
    html += row(tr("Associations"), QString::number(schema.associations.size()));
    html += row(tr("Embeds"), QString::number(schema.embeds.size()));
    html += row(tr("File"), schema.file);
    html += u"</table>";
    const QString problems = m_model->indexOfSchema(schema.module).data(SchemaTreeModel::MismatchTextRole).toString();
    if (!problems.isEmpty())
        html += u"<h4>" % tr("Differences with the database").toHtmlEscaped() % u"</h4><p>"
                % problems.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) % u"</p>";
    if (!schema.unresolved.isEmpty())
        html += u"<p><i>" % tr("%n declaration(s) not understood; fields may be missing.", nullptr, int(schema.unresolved.size())).toHtmlEscaped() % u"</i></p>";
    return html;
}

} // namespace ectowb::widgets
