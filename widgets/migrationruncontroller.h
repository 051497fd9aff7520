#pragma once

#include "db/connectionsettings.h"
#include "migration/migrationselection.h"
#include "migration/migrator.h"
#include "project/project.h"

#include <QObject>

#include <functional>
#include <memory>

class QWidget;

namespace ectowb::models {
class MigrationListModel;
struct MigrationEntry;
}

namespace ectowb::workspace {
class MigrationRunner;
}

namespace ectowb::widgets {

class MigrationLogPane;

// The timeline's runs of the migrator: Apply, Roll Back, Stop Here and Mark as
// Applied on MigrationRunner's thread, with their log lines and progress, and Cancel.
// A rollback is checked first against the timeline's list: refused with Ecto's reason
// when a migration cannot be reversed, else confirmed with what it drops.
class MigrationRunController : public QObject
{
    Q_OBJECT
public:
    // Asked before anything destructive; returns whether to go on. The default shows a dialog.
    using Confirmation = std::function<bool(const QString &title, const QString &text)>;
    // What a run works on: the database, the migration files and the project (its
    // code, config and Repo, which the migrations may use).
    struct Target
    {
        db::ConnectionSettings database;
        QList<project::MigrationFile> files;
        std::shared_ptr<const project::Project> project;
    };

    // `status`: the timeline's list, what is applied; `dialogParent`: where the
    // confirmations open.
    MigrationRunController(workspace::MigrationRunner *runner, const models::MigrationListModel *status, MigrationLogPane *log,
                           QWidget *dialogParent);

    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    bool confirm(const QString &title, const QString &text) const;
    bool isBusy() const;
    bool isRunning() const { return m_running; } // a run or a mark, which Cancel stops

    void start(const Target &target, migration::Direction direction, const migration::MigrationSelection &selection);
    void rollBack(const Target &target, const migration::MigrationSelection &selection);
    // Records `entry` as applied in `table` without running it, after asking.
    void markApplied(const Target &target, const models::MigrationEntry &entry, const QString &table);
    // Applies every pending migration before `version`, which stays pending.
    void stopHere(const Target &target, qint64 version);
    // Runs the project's seeds on the worker; the answer arrives as seeded.
    bool seed(const Target &target);
    void cancel();

    QString rollbackConfirmationText(const migration::MigrationSelection &selection,
                                     const QList<project::MigrationFile> &files) const;
    QString irreversibleReason(const migration::MigrationSelection &selection,
                               const QList<project::MigrationFile> &files) const;
    // Recorded versions, whether or not a file is left for them.
    QList<qint64> appliedVersions() const;

Q_SIGNALS:
    // Just before a run starts (not before a mark).
    void runStarting();
    // After the log said how the run went.
    void runFinished(const migration::MigrationRun &run);
    // statements < 0: the project has no seeds; error: they did not run.
    void seeded(int statements, const QString &error);

private:
    void onRunFinished(const migration::MigrationRun &run);

    workspace::MigrationRunner *m_runner;
    const models::MigrationListModel *m_status;
    MigrationLogPane *m_log;
    QWidget *m_dialogParent;
    Confirmation m_confirm;
    bool m_running = false;
};

} // namespace ectowb::widgets
