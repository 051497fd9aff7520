#include "resultgridview.h"

#include "models/resulttablemodel.h"
#include "resultvaluedelegate.h"
#include "runner/csvwriter.h"
#include "runner/queryrun.h"
#include "runner/valuetext.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ectowb::widgets {

namespace {

QString tsvCell(const QString &text)
{
    return runner::CsvWriter::field(text, QLatin1Char('\t'));
}

} // namespace

ResultGridView::ResultGridView(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::ResultTableModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_exportCsv(new QPushButton(tr("Export CSV…"), this))
    , m_exportJson(new QPushButton(tr("Export JSON…"), this))
{
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ResultValueDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, [this] { copySelection(false); });
    auto *copyWithHeaders = new QAction(tr("Copy with Column Names"), m_table);
    connect(copyWithHeaders, &QAction::triggered, this, [this] { copySelection(true); });
    m_table->addActions({copy, copyWithHeaders});

    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (runner::QueryRun *r = run())
            r->cancel();
    });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseAndExport(runner::ExportFormat::Csv); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { chooseAndExport(runner::ExportFormat::Json); });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_cancel);
    bar->addWidget(m_exportCsv);
    bar->addWidget(m_exportJson);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_table, 1);
    layout->addLayout(bar);

    connect(m_model, &models::ResultTableModel::stateChanged, this, &ResultGridView::updateStatus);
    m_chooser = [this](runner::ExportFormat format) {
        const QString filter = format == runner::ExportFormat::Csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)");
        return QFileDialog::getSaveFileName(this, tr("Export Rows"), QStringLiteral("rows.") + runner::fileSuffix(format),
                                            filter);
    };
    updateStatus();
}

runner::QueryRun *ResultGridView::run() const
{
    return m_model->run();
}

void ResultGridView::setRun(runner::QueryRun *run)
{
    if (runner::QueryRun *old = m_model->run())
        disconnect(old, nullptr, this, nullptr);
    m_exportMessage.clear();
    m_exportedRows = 0;
    m_sized = false;
    m_model->setRun(run);
    if (run) {
        connect(run, &runner::QueryRun::exportProgress, this, [this](qint64 rows) {
            m_exportedRows = rows;
            updateStatus();
        });
        connect(run, &runner::QueryRun::exportFinished, this, &ResultGridView::onExportFinished);
        // Columns come later than the run: size them to their first rows, once.
        connect(run, &runner::QueryRun::rowsFetched, this, [this] {
            if (m_sized || m_model->rowCount() == 0)
                return;
            m_sized = true;
            m_table->resizeColumnsToContents();
            const int widest = m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40;
            for (int column = 0; column < m_model->columnCount(); ++column)
                m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), widest));
        });
    }
    updateStatus();
}

QString ResultGridView::selectionAsTsv(bool withHeaders) const
{
    const QModelIndexList selected = m_table->selectionModel() ? m_table->selectionModel()->selectedIndexes()
                                                               : QModelIndexList();
    if (selected.isEmpty())
        return QString();
    QMap<int, QMap<int, QModelIndex>> byRow;
    QMap<int, bool> columns;
    for (const QModelIndex &index : selected) {
        byRow[index.row()][index.column()] = index;
        columns[index.column()] = true;
    }
    QStringList lines;
    if (withHeaders) {
        QStringList names;
        for (auto it = columns.cbegin(); it != columns.cend(); ++it)
            names << tsvCell(m_model->headerData(it.key(), Qt::Horizontal).toString());
        lines << names.join(QLatin1Char('\t'));
    }
    for (auto row = byRow.cbegin(); row != byRow.cend(); ++row) {
        QStringList cells;
        for (auto column = columns.cbegin(); column != columns.cend(); ++column) {
            const QModelIndex index = row.value().value(column.key());
            cells << (index.isValid() ? tsvCell(runner::ValueText::text(index.data(models::ResultTableModel::ValueRole)))
                                      : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void ResultGridView::copySelection(bool withHeaders) const
{
    const QString text = selectionAsTsv(withHeaders);
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

bool ResultGridView::exportTo(const QString &path, runner::ExportFormat format)
{
    if (!m_model->exportTo(path, format))
        return false;
    m_exportPath = path;
    m_exportMessage.clear();
    m_exportedRows = 0;
    updateStatus();
    return true;
}

void ResultGridView::chooseAndExport(runner::ExportFormat format)
{
    const QString path = m_chooser ? m_chooser(format) : QString();
    if (!path.isEmpty())
        exportTo(path, format);
}

void ResultGridView::onExportFinished(const runner::ExportOutcome &outcome)
{
    const QString file = QFileInfo(m_exportPath).fileName();
    if (outcome.ok)
        m_exportMessage = tr("Exported %n row(s) to %1.", nullptr, int(qMin<qint64>(outcome.rows, INT_MAX))).arg(file);
    else if (outcome.cancelled)
        m_exportMessage = tr("Export cancelled; %1 was not written.").arg(file);
    else
        m_exportMessage = tr("Export failed: %1").arg(outcome.message);
    updateStatus();
    Q_EMIT exportFinished(outcome);
}

QString ResultGridView::runStatus() const
{
    const runner::QueryRun *r = run();
    if (!r)
        return QString();
    const int shown = m_model->rowCount();
    if (r->isExporting())
        return tr("Exporting… %n row(s) written", nullptr, int(qMin<qint64>(m_exportedRows, INT_MAX)));
    if (!r->isFinished())
        return r->columns().isEmpty() ? tr("Running…") : tr("%n row(s) fetched, more…", nullptr, shown);
    const runner::RunOutcome &outcome = r->outcome();
    switch (outcome.status) {
    case runner::RunOutcome::Status::Ok:
        if (!outcome.returnsRows)
            return outcome.rowsAffected >= 0 ? tr("%n row(s) affected", nullptr, int(outcome.rowsAffected)) : tr("Done");
        if (outcome.rowsRead > shown)
            return tr("%n row(s) shown; the others went to the export", nullptr, shown);
        return tr("%n row(s)", nullptr, shown);
    case runner::RunOutcome::Status::Error:
        return tr("Error: %1").arg(outcome.message);
    case runner::RunOutcome::Status::Cancelled:
        return tr("Cancelled after %n row(s)", nullptr, shown);
    case runner::RunOutcome::Status::Closed:
        return tr("%n row(s) fetched; the result was closed", nullptr, shown);
    }
    return QString();
}

// Rows are as high as the text: after a zoom too, or they would cut it off.
void ResultGridView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
}

QString ResultGridView::statusText() const
{
    return m_status->text();
}

void ResultGridView::updateStatus()
{
    const runner::QueryRun *r = run();
    QString text = runStatus();
    if (r && r->isFinished() && r->outcome().status != runner::RunOutcome::Status::Error && r->outcome().executeMs > 0)
        text += QStringLiteral("  \u00b7  ") + tr("%1 ms").arg(r->outcome().executeMs);
    if (!m_exportMessage.isEmpty())
        text += QStringLiteral("  \u00b7  ") + m_exportMessage;
    m_status->setText(text);
    // An error reads as one: the theme's text colour, shifted to red.
    const bool failed = r && r->isFinished() && r->outcome().status == runner::RunOutcome::Status::Error;
    QPalette palette = this->palette();
    if (failed)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_status->setPalette(palette);
    const bool busy = r && (!r->isFinished() || r->isExporting());
    m_cancel->setVisible(busy);
    const bool canExport = r && !r->columns().isEmpty() && !r->isExporting() && !m_model->isFetching();
    m_exportCsv->setEnabled(canExport);
    m_exportJson->setEnabled(canExport);
}

} // namespace ectowb::widgets
