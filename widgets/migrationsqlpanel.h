#pragma once

#include "db/connectionsettings.h"
#include "migration/migrationreader.h"

#include <QWidget>

class QLabel;

namespace ectowb::widgets {

class CodeView;
class MigrationReviewPane;

// One migration read ahead: its Elixir source above, the SQL it sends up and down
// (for one dialect) below, each statement marked with the lock it takes, and the
// Review pane with the reviewer's findings (a click shows the line in the source).
// A direction Ecto refuses shows the reason.
class MigrationSqlPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MigrationSqlPanel(QWidget *parent = nullptr);

    // `environment`: the project and config the migration's code may use.
    void showMigration(const QString &path, db::Dialect dialect, const migration::ReaderEnvironment &environment = {});
    // A version recorded in the database without a file: nothing to read or run.
    // `source`: the bookkeeping table that records it (the Repo's migration_source).
    void showMissing(qint64 version, const QString &source);
    void clear();
    void setCodePointSize(qreal pointSize);

    CodeView *sourceView() const { return m_source; }
    CodeView *upView() const { return m_up; }
    CodeView *downView() const { return m_down; }
    QString upText() const;
    QString downText() const;
    MigrationReviewPane *reviewPane() const { return m_review; }
    // Puts the source's cursor on `line` (1-based) and marks it.
    void showLine(int line);
    int currentSourceLine() const;

private:
    static QWidget *titled(const QString &title, QLabel **label, QWidget *body, QWidget *parent);

    CodeView *m_source;
    CodeView *m_up;
    CodeView *m_down;
    MigrationReviewPane *m_review;
    QLabel *m_reviewTitle = nullptr;
    QLabel *m_sourceTitle = nullptr;
    QLabel *m_upTitle = nullptr;
    QLabel *m_downTitle = nullptr;
};

} // namespace ectowb::widgets
