#pragma once

#include "migrationruncontroller.h"
#include "migrationtimelineactions.h"

#include "db/connectionsettings.h"
#include "migration/migrationselection.h"
#include "migration/migrator.h"
#include "project/project.h"
#include "models/migrationbadgecache.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QToolBar;

namespace ectowb::models {
class MigrationListModel;
}

namespace ectowb::workspace {
class MigrationRunner;
class Workspace;
}

namespace ectowb::widgets {

class MigrationLogPane;
class MigrationSampleReset;
class MigrationSqlPanel;

// The project's migrations on a timeline: their state in the database, their source
// and SQL both ways, and the actions of mix ecto.migrate / ecto.rollback. Runs happen
// on a worker thread with their own connection; rollbacks are confirmed first with
// what they drop. The timeline keeps the project, the database and the status read
// from it; running is MigrationRunController's, the log MigrationLogPane's and the
// sample's reset MigrationSampleReset's.
class MigrationTimeline : public QWidget
{
    Q_OBJECT
public:
    using Action = MigrationTimelineActions::Action;
    // Asked before anything destructive; returns whether to go on. The default shows a dialog.
    using Confirmation = MigrationRunController::Confirmation;
    using UrlPrompt = std::function<std::optional<QString>()>;

    // Observes `workspace`: its migration files are shown as soon as they are listed
    // (state unknown), and read against the project's Repo database (the sample's own
    // SQLite file for the bundled project) once the workspace has read them. Its jobs
    // run on the workspace's pool.
    explicit MigrationTimeline(workspace::Workspace *workspace, QWidget *parent = nullptr);
    ~MigrationTimeline() override;

    // Another database than the project's; migrations stay the project's.
    void setDatabase(const db::ConnectionSettings &settings);
    void refresh();
    void selectVersion(qint64 version);
    void setDialect(db::Dialect dialect);
    void setCodePointSize(qreal pointSize);

    QAction *action(Action which) const;
    void setConfirmation(Confirmation confirm);
    void setUrlPrompt(UrlPrompt prompt) { m_urlPrompt = std::move(prompt); }
    // What a rollback from the current state would drop, as the confirmation names it.
    QString rollbackConfirmationText(const migration::MigrationSelection &selection) const;
    // Why Ecto would refuse to roll back this selection (the first migration it cannot
    // reverse), empty when it can.
    QString irreversibleReason(const migration::MigrationSelection &selection) const;
    // The plan of Apply All for the SQL dialect shown, as Markdown (what Plan... shows).
    QString planMarkdown() const;

    models::MigrationListModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    MigrationSqlPanel *sqlPanel() const { return m_sql; }
    QString databaseText() const;
    QString logText() const;
    QString errorText() const; // the last run's error, empty when it went well
    bool isBusy() const;
    bool isDatabaseReachable() const { return m_reachable; }

Q_SIGNALS:
    // After every status read (the list is current) and after every run.
    void refreshed();
    void runFinished(bool ok);
    // Just before a run starts: other views let go of what they read (an open SQLite
    // result holds a read lock that would keep the migrations waiting).
    void runStarting();
    // The person chose another database with Open Database... (nullopt: the project's).
    void databaseChosen(const std::optional<db::ConnectionSettings> &settings);

private:
    void connectActions();
    QToolBar *createToolBar();
    QWidget *createDatabaseRow();
    void observe(workspace::Workspace *workspace);
    void showMigrationFiles(const QString &folder, const QList<project::MigrationFile> &files);
    void onProjectLoaded(const project::Project &project);
    void onStatusRead(const QList<migration::MigrationStatus> &status, const QString &error);
    void onRunFinished(const migration::MigrationRun &run);
    void onCurrentChanged();
    void showStatus(const QList<migration::MigrationStatus> &status, bool known);
    void updateActions();
    void start(migration::Direction direction, const migration::MigrationSelection &selection);
    void rollBack(const migration::MigrationSelection &selection);
    void openDatabase();
    void resetSample();
    void showPlan();
    void markIrreversibleRollbacks();
    void markApplied();
    migration::ReaderEnvironment readerEnvironment() const;
    void stopHere();
    MigrationRunController::Target target() const;
    std::optional<qint64> selectedVersion() const;
    QList<qint64> appliedVersions() const;
    db::Dialect chosenDialect() const;
    std::optional<db::ConnectionSettings> projectDatabase(const project::Project &project, QString *problem) const;
    void afterJob();
    void updateDatabaseText();
    bool isSample() const;

    models::MigrationListModel *m_model;
    workspace::MigrationRunner *m_runner;
    QPointer<workspace::Workspace> m_workspace;
    QListView *m_list;
    MigrationSqlPanel *m_sql;
    QLabel *m_database;
    QLabel *m_error;
    QComboBox *m_dialect;
    MigrationLogPane *m_log;
    MigrationRunController *m_runs;
    MigrationSampleReset *m_sample;
    MigrationTimelineActions *m_actions;
    UrlPrompt m_urlPrompt;

    QString m_folder;
    QList<project::MigrationFile> m_files;
    project::Project m_project;
    std::optional<db::ConnectionSettings> m_settings;
    QString m_databaseProblem; // why there is no database, when there is none
    bool m_reachable = false;
    bool m_explicitDatabase = false; // chosen with Open Database..., not the project's
    bool m_badgesPending = false; // listed before the files were read: no badges yet
    // The workspace's, filled ahead on its pool as the project opens.
    std::shared_ptr<models::MigrationBadgeCache> m_badgeCache;
    bool m_refreshPending = false;
    bool m_runJustFinished = false;
    bool m_lastRunOk = true;
    QList<migration::MigrationStatus> m_status;
    bool m_known = false;
    qint64 m_pendingSelection = 0;
};

} // namespace ectowb::widgets
