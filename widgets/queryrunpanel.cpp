#include "queryrunpanel.h"

#include "codeview.h"
#include "databasedescription.h"
#include "planview.h"
#include "resultgridview.h"
#include "models/queryhistorymodel.h"
#include "runner/queryrun.h"
#include "runner/statementrunner.h"

#include <QHeaderView>

#include <memory>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ectowb::widgets {

QueryRunPanel::QueryRunPanel(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_grid(new ResultGridView(this))
    , m_plan(new PlanView(this))
    , m_preloads(new CodeView(this))
    , m_historyView(new QTableView(this))
    , m_historyModel(new models::QueryHistoryModel(this))
    , m_status(new QLabel(this))
    , m_stale(new QLabel(this))
{
    setObjectName(QStringLiteral("queryRunPanel"));
    m_preloads->setObjectName(QStringLiteral("composerPreloads"));
    m_preloads->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_historyView->setObjectName(QStringLiteral("queryHistory"));
    m_historyView->setModel(m_historyModel);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setToolTip(tr("Activate an entry (Enter or double-click) to bring its query back"));
    connect(m_historyView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT historyActivated(index.data(models::QueryHistoryModel::SourceRole).toString());
    });
    m_tabs->addTab(m_grid, tr("&Rows"));
    m_tabs->addTab(m_plan, tr("&Plan"));
    m_tabs->addTab(m_preloads, tr("Pre&loads"));
    m_tabs->addTab(m_historyView, tr("&History"));
    m_status->setWordWrap(true);
    m_stale->setObjectName(QStringLiteral("staleNote"));
    m_stale->setWordWrap(true);
    m_stale->setText(tr("The rows and the plan below come from an earlier version of the query: run it again (Ctrl+Return)."));
    m_stale->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 4px; }"));
    m_stale->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_stale);
    layout->addWidget(m_tabs, 1);
    setDatabase(std::nullopt);
}

QueryRunPanel::~QueryRunPanel()
{
    // The views hold the runs; the runner goes first so no result arrives late.
    m_grid->setRun(nullptr);
    m_plan->clear();
}

void QueryRunPanel::setDatabase(const std::optional<db::ConnectionSettings> &settings)
{
    m_grid->setRun(nullptr);
    m_plan->clear();
    m_shownSql.clear();
    m_stale->hide();
    m_runner.reset();
    if (!settings) {
        m_status->setText(tr("No database is open: the SQL is shown, nothing runs."));
        return;
    }
    db::ConnectionSettings readOnly = *settings;
    readOnly.createIfMissing = false; // a query never makes a database
    m_runner = std::make_unique<runner::StatementRunner>(readOnly);
    m_status->setText(tr("Runs on %1 (Ctrl+Return runs, Ctrl+E explains).").arg(DatabaseDescription::describe(readOnly)));
}

void QueryRunPanel::setHistoryFile(const QString &path)
{
    m_history.reset();
    if (!path.isEmpty()) {
        m_history = std::make_unique<runner::QueryHistory>(path);
        m_history->load(); // an unreadable history starts empty; it is rewritten on the next run
    }
    m_historyModel->setSnapshot(m_history ? m_history->entries() : QList<runner::HistoryEntry>());
}

bool QueryRunPanel::run(const runner::Statement &statement, const QString &source)
{
    if (!m_runner)
        return false;
    m_run = m_runner->run(statement, this);
    m_shownSql = statement.sql;
    m_stale->hide();
    m_grid->setRun(m_run);
    m_tabs->setCurrentWidget(m_grid);
    // A big result may never be read to its end: the history notes a run once its
    // rows start coming, or when it ends without rows (done, or failed).
    auto recorded = std::make_shared<bool>(false);
    runner::QueryRun *run = m_run;
    const auto note = [this, run, source, sql = statement.sql, recorded] {
        if (!*recorded) {
            *recorded = true;
            record(source, sql, *run);
        }
    };
    connect(m_run, &runner::QueryRun::columnsReady, this, note);
    connect(m_run, &runner::QueryRun::finished, this, [this, note](const runner::RunOutcome &outcome) {
        note();
        Q_EMIT runFinished(outcome.isOk());
    });
    return true;
}

bool QueryRunPanel::explain(const runner::Statement &statement)
{
    if (!m_runner)
        return false;
    m_explain = m_runner->explain(statement, this);
    m_shownSql = statement.sql;
    m_stale->hide();
    m_plan->showRun(m_explain);
    m_tabs->setCurrentWidget(m_plan);
    return true;
}

void QueryRunPanel::cancel()
{
    if (m_run && !m_run->isFinished())
        m_run->cancel();
}

void QueryRunPanel::closeResult()
{
    if (m_run && !m_run->isFinished())
        m_run->close();
}

bool QueryRunPanel::isRunning() const
{
    return m_run && !m_run->isFinished();
}

void QueryRunPanel::setPreloads(const QString &text)
{
    m_preloads->setCode(text.isEmpty() ? tr("-- this query preloads nothing") : text, CodeLanguage::Sql);
}

void QueryRunPanel::queryChanged(const QString &sql)
{
    m_stale->setVisible(!m_shownSql.isEmpty() && sql != m_shownSql);
}

bool QueryRunPanel::isStale() const
{
    return !m_stale->isHidden();
}

std::optional<db::Dialect> QueryRunPanel::databaseDialect() const
{
    return m_runner ? std::optional(m_runner->dialect()) : std::nullopt;
}

QString QueryRunPanel::statusText() const
{
    return m_status->text();
}

void QueryRunPanel::record(const QString &source, const QString &sql, const runner::QueryRun &run)
{
    if (!m_history)
        return;
    runner::HistoryEntry entry;
    entry.source = source;
    entry.sql = sql;
    entry.dialect = m_runner ? m_runner->dialect() : db::Dialect::Sqlite;
    entry.database = m_runner ? m_runner->settings().redacted() : QString();
    entry.time = QDateTime::currentDateTimeUtc();
    const bool ended = run.isFinished();
    entry.ok = !ended || run.outcome().isOk();
    entry.error = ended ? run.outcome().message : QString();
    entry.rows = !ended ? -1 : run.outcome().returnsRows ? run.outcome().rowsRead : run.outcome().rowsAffected;
    m_history->record(entry);
    m_historyModel->setSnapshot(m_history->entries());
}

} // namespace ectowb::widgets
