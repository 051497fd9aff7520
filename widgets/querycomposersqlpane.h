#pragma once

#include "querycomposerrendering.h"

#include "db/connectionsettings.h"

#include <QSplitter>

class QLabel;
class QPlainTextEdit;

namespace ectowb::widgets {

class CodeView;

// The composer's SQL side: the SQL a rendering gives (all its statements), its error,
// its parameters as Ecto numbers them, and in a step-through the marks on what the
// step added.
class QueryComposerSqlPane : public QSplitter
{
    Q_OBJECT
public:
    explicit QueryComposerSqlPane(QWidget *parent = nullptr);

    // Lays the pane out: `dialect` at the right of the SQL's title, `pins` (the
    // editor of the open parameters) below the parameters.
    void addControls(QWidget *dialect, QWidget *pins);
    // `previousSql`: the SQL before the step a step-through shows (null outside one),
    // so what the step added is marked.
    void showRendering(const QueryComposerRendering &rendering, db::Dialect dialect, const QString &previousSql);

    QString sqlText() const;
    QStringList parameterLines() const;
    QStringList addedParts() const { return m_added; }
    CodeView *sqlView() const { return m_sql; }

    static QString joinedSql(const QueryComposerRendering &rendering);

private:
    void showParameters(const QueryComposerRendering &rendering, db::Dialect dialect);
    void markAdded(const QString &previousSql, const QString &sql);

    CodeView *m_sql;
    QPlainTextEdit *m_params;
    QLabel *m_note;
    QStringList m_added;
};

} // namespace ectowb::widgets
