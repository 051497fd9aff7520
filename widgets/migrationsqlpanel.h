#pragma once

#include "db/connectionsettings.h"
#include "migration/migrationreader.h"

#include <QWidget>

class QLabel;

namespace ectowb::widgets {

class CodeView;

// One migration read ahead: its Elixir source above, the SQL it sends up and down
// (for one dialect) side by side below. A direction Ecto refuses shows the reason.
class MigrationSqlPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MigrationSqlPanel(QWidget *parent = nullptr);

    // `environment`: the project and config the migration's code may use.
    void showMigration(const QString &path, db::Dialect dialect, const migration::ReaderEnvironment &environment = {});
    // A version recorded in the database without a file: nothing to read or run.
    void showMissing(qint64 version);
    void clear();
    void setCodePointSize(qreal pointSize);

    CodeView *sourceView() const { return m_source; }
    CodeView *upView() const { return m_up; }
    CodeView *downView() const { return m_down; }
    QString upText() const;
    QString downText() const;

private:
    static QWidget *titled(const QString &title, QLabel **label, QWidget *body, QWidget *parent);

    CodeView *m_source;
    CodeView *m_up;
    CodeView *m_down;
    QLabel *m_sourceTitle = nullptr;
    QLabel *m_upTitle = nullptr;
    QLabel *m_downTitle = nullptr;
};

} // namespace ectowb::widgets
