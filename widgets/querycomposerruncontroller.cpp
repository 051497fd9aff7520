#include "querycomposerruncontroller.h"

#include "queryrunpanel.h"

#include <QMessageBox>

namespace ectowb::widgets {

QueryComposerRunController::QueryComposerRunController(QueryRunPanel *panel, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_panel(panel)
    , m_dialogParent(dialogParent)
{
}

void QueryComposerRunController::setDatabase(const std::optional<db::ConnectionSettings> &settings)
{
    m_panel->setDatabase(settings);
}

void QueryComposerRunController::setHistoryFile(const QString &path)
{
    m_panel->setHistoryFile(path);
}

std::optional<db::Dialect> QueryComposerRunController::databaseDialect() const
{
    return m_panel->databaseDialect();
}

std::optional<runner::Statement> QueryComposerRunController::runnable(const QueryComposerRendering &shown)
{
    if (shown.statements.size() != 1 || !shown.error.isEmpty() || !shown.allSupplied())
        return std::nullopt;
    const QueryComposerRendering::Statement &statement = shown.statements.first();
    return runner::Statement{statement.sql, statement.values};
}

bool QueryComposerRunController::run(const QueryComposerRendering &shown, const QString &source)
{
    const auto statement = runnable(shown);
    if (!statement || !m_panel->hasDatabase())
        return false;
    // A statement that changes data runs only after the person said so.
    if (shown.statements.first().writes && !confirmWrite(statement->sql))
        return false;
    return m_panel->run(*statement, source);
}

bool QueryComposerRunController::explain(const QueryComposerRendering &shown)
{
    const auto statement = runnable(shown);
    return statement && m_panel->explain(*statement);
}

bool QueryComposerRunController::confirmWrite(const QString &sql) const
{
    const QString title = tr("Change the Database");
    const QString text = tr("This statement changes rows of the database:\n\n%1\n\nRun it?").arg(sql);
    if (m_confirm)
        return m_confirm(title, text);
    return QMessageBox::question(m_dialogParent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

} // namespace ectowb::widgets
