#pragma once

#include "querycomposerrendering.h"

#include "db/connectionsettings.h"
#include "runner/statement.h"

#include <QObject>

#include <functional>
#include <optional>

class QWidget;

namespace ectowb::widgets {

class QueryRunPanel;

// Runs what the composer shows on the open database, in its run panel: only a single
// statement with every pin given, and one that changes data only after the person
// said so. The panel runs it off the GUI thread and shows rows, plan and history.
class QueryComposerRunController : public QObject
{
    Q_OBJECT
public:
    // Asked before a statement that writes runs; the default shows a dialog.
    using Confirmation = std::function<bool(const QString &title, const QString &text)>;

    // `dialogParent`: where the confirmation dialog opens.
    QueryComposerRunController(QueryRunPanel *panel, QWidget *dialogParent);

    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    void setDatabase(const std::optional<db::ConnectionSettings> &settings);
    void setHistoryFile(const QString &path);
    // The dialect of the database statements run on; nullopt without one.
    std::optional<db::Dialect> databaseDialect() const;

    // Runs the one statement of `shown`, recorded in the history as `source`; false
    // when nothing started.
    bool run(const QueryComposerRendering &shown, const QString &source);
    bool explain(const QueryComposerRendering &shown);

private:
    static std::optional<runner::Statement> runnable(const QueryComposerRendering &shown);
    bool confirmWrite(const QString &sql) const;

    QueryRunPanel *m_panel;
    QWidget *m_dialogParent;
    Confirmation m_confirm;
};

} // namespace ectowb::widgets
