#pragma once

#include "db/connectionsettings.h"
#include "runner/queryhistory.h"
#include "runner/statement.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QTabWidget;
class QTableView;

namespace ectowb::runner {
class QueryRun;
class StatementRunner;
}
namespace ectowb::models {
class QueryHistoryModel;
}

namespace ectowb::widgets {

class CodeView;
class PlanView;
class ResultGridView;

// The composer's lower half: what running a statement gives. Rows in a lazily
// fetched grid, the plan as a tree, the separate queries Ecto runs for preloads, and
// the project's query history (activating an entry brings its source back). The
// statements run on a runner of their own, on the database the window works on.
class QueryRunPanel : public QWidget
{
    Q_OBJECT
public:
    explicit QueryRunPanel(QWidget *parent = nullptr);
    ~QueryRunPanel() override;

    // Nothing: no database, nothing can run.
    void setDatabase(const std::optional<db::ConnectionSettings> &settings);
    bool hasDatabase() const { return m_runner != nullptr; }
    // The history file of the project (one per project); empty: none kept.
    void setHistoryFile(const QString &path);

    // Runs `statement` (made from `source`) and shows its rows; false when there is
    // no database.
    bool run(const runner::Statement &statement, const QString &source);
    bool explain(const runner::Statement &statement);
    void cancel();
    // Stops reading the open result (the rows so far stay), releasing the database.
    void closeResult();
    bool isRunning() const;
    // The composer's query now renders `sql`: rows and plan of another statement are
    // marked as from an earlier query.
    void queryChanged(const QString &sql);
    bool isStale() const;
    std::optional<db::Dialect> databaseDialect() const;
    void setPreloads(const QString &text);

    ResultGridView *grid() const { return m_grid; }
    PlanView *plan() const { return m_plan; }
    QTableView *historyView() const { return m_historyView; }
    const runner::QueryHistory *history() const { return m_history.get(); }
    QString statusText() const;

Q_SIGNALS:
    void historyActivated(const QString &source);
    void runFinished(bool ok);

private:
    void record(const QString &source, const QString &sql, const runner::QueryRun &run);

    QTabWidget *m_tabs;
    ResultGridView *m_grid;
    PlanView *m_plan;
    CodeView *m_preloads;
    QTableView *m_historyView;
    models::QueryHistoryModel *m_historyModel;
    QLabel *m_status;
    QLabel *m_stale;
    QString m_shownSql; // what the rows and the plan come from
    std::unique_ptr<runner::StatementRunner> m_runner;
    std::unique_ptr<runner::QueryHistory> m_history;
    QPointer<runner::QueryRun> m_run;
    QPointer<runner::QueryRun> m_explain;
};

} // namespace ectowb::widgets
