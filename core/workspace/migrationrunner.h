#pragma once

#include "db/connectionsettings.h"
#include "migration/migrationselection.h"
#include "migration/migrationstatus.h"
#include "migration/migrator.h"
#include "project/project.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace ectowb::workspace {

class JobQueue;
class Workspace;

// The timeline's slow work, one job at a time on a JobQueue: reading the migration
// status, applying or rolling back, marking applied, seeding. The migrator opens its
// own connections on the job's thread. Progress arrives as signals on the caller's
// thread; each job's result comes once its work has returned, so a slot may start the
// next job straight away.
class MigrationRunner : public QObject
{
    Q_OBJECT
public:
    // The jobs run on `workspace`'s pool.
    explicit MigrationRunner(Workspace *workspace, QObject *parent = nullptr);
    ~MigrationRunner() override;

    bool isBusy() const;
    // Each returns false (and does nothing) while another job runs.
    // `project` (may be null) names the bookkeeping table through its config.
    bool readStatus(const db::ConnectionSettings &settings, const QList<project::MigrationFile> &files,
                    std::shared_ptr<const project::Project> project = nullptr);
    // `project`: the code, config and Repo the migrations may use (may be null).
    bool run(const db::ConnectionSettings &settings, const QList<project::MigrationFile> &files,
             migration::Direction direction, const migration::MigrationSelection &selection,
             std::shared_ptr<const project::Project> project = nullptr);
    // Records `version` as applied without running it; the result arrives as runFinished.
    bool markApplied(const db::ConnectionSettings &settings, const QList<project::MigrationFile> &files, qint64 version,
                     std::shared_ptr<const project::Project> project = nullptr);
    // Runs the project's seeds (the sample's, after Reset Sample made its tables);
    // the answer arrives as seeded.
    bool seed(const db::ConnectionSettings &settings, std::shared_ptr<const project::Project> project);
    // Stops a run between two migrations; the one running finishes.
    void cancel() { m_cancel = true; }
    // lock_timeout for the runs that start after this (0: wait as long as it takes).
    void setLockTimeout(int milliseconds) { m_lockTimeoutMs = milliseconds; }
    int lockTimeout() const { return m_lockTimeoutMs; }

Q_SIGNALS:
    void statusRead(const QList<ectowb::migration::MigrationStatus> &status, const QString &error);
    void migrationStarted(qint64 version, const QString &name, int index, int total);
    void migrationFinished(qint64 version, const QString &name, int index, int total);
    void statementExecuted(const QString &sql);
    // After 2 s of waiting for a lock: which lock, and which session holds it.
    void lockWaiting(const QString &message);
    void runFinished(const ectowb::migration::MigrationRun &run);
    void busyChanged(bool busy);
    // statements < 0: the project has no seeds; error: they did not run.
    void seeded(int statements, const QString &error);

private:
    migration::MigratorCallbacks callbacks();

    JobQueue *m_jobs;
    std::atomic_bool m_cancel = false;
    int m_lockTimeoutMs = 0;
};

} // namespace ectowb::workspace
