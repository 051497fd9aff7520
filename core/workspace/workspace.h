#pragma once

#include "common/result.h"
#include "jobqueue.h"
#include "db/connectionsettings.h"
#include "migration/migrationstatus.h"
#include "models/migrationbadgecache.h"
#include "project/project.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace ectowb::workspace {

// What one open project is to the workbench, kept in one place: the project read once
// (off the caller's thread, with progress), the database every view works on, the
// migration state and the background jobs. Views observe it and fill in as its
// signals arrive; they never hand the project to each other.
//
// Threading idiom, the only one for jobs: work runs on the workspace's thread pool and
// its answer comes back to the owner's thread. run() is for a one-off answer (one for
// a project that has since been replaced by another open() is dropped); a JobQueue
// from createJobQueue() is for jobs that must not overlap. (A connection that stays
// open between statements, runner::StatementRunner, is not a job: QtSql ties it to
// one thread, so it keeps a thread of its own.)
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Starts reading `folder`; returns at once. migrationsListed() comes first (a
    // directory listing), then loadProgress() while files are parsed, then
    // projectLoaded(); migrationsReady() once the migration files are read too (their
    // badges, for the timeline), which happens alongside the parse. A newer open()
    // cancels an older one.
    void open(const QString &folder);

    QString folder() const { return m_folder; }
    bool isLoading() const { return m_loading; }
    bool isLoaded() const { return m_loaded; }
    bool areMigrationsReady() const { return m_migrationsReady; }
    const project::Project &project() const { return m_project; }
    const QList<project::MigrationFile> &migrations() const { return m_migrations; }

    // The database the views work on: one person chose (nullopt: none chosen), else the
    // project's own by project::ProjectDatabase, the rule the command line uses too.
    void chooseDatabase(const std::optional<db::ConnectionSettings> &settings);
    const std::optional<db::ConnectionSettings> &chosenDatabase() const { return m_chosen; }
    Result<db::ConnectionSettings> database() const;
    static Result<db::ConnectionSettings> databaseFor(const project::Project &project,
                                                      const std::optional<db::ConnectionSettings> &chosen);

    // The last migration status read from the database (empty until one was read, or
    // when it could not be). Each read is announced, changed or not: the database was
    // looked at again (after a run, a refresh), and views may want to look too.
    void setMigrationStatus(const QList<migration::MigrationStatus> &status);
    const QList<migration::MigrationStatus> &migrationStatus() const { return m_status; }
    // The migration files' badges, read ahead on the pool as a project opens.
    const std::shared_ptr<models::MigrationBadgeCache> &badgeCache() const { return m_badges; }

    // Runs `work` on the pool; `done` gets its answer on `context`'s thread, unless
    // `context` or the workspace is gone, or another project was opened meanwhile.
    template<typename T>
    void run(QObject *context, std::function<T()> work, std::function<void(T)> done)
    {
        const QPointer<Workspace> self(this);
        const QPointer<QObject> receiver(context);
        const quint64 generation = m_generation;
        m_pool->start([self, receiver, generation, work = std::move(work), done = std::move(done)] {
            T answer = work();
            QMetaObject::invokeMethod(receiver.data(), [self, receiver, generation, done, answer = std::move(answer)] {
                if (self && receiver && self->m_generation == generation)
                    done(answer);
            }, Qt::QueuedConnection);
        });
    }

    // A queue for `owner`'s jobs that must not overlap, on this workspace's pool;
    // `owner` deletes it.
    JobQueue *createJobQueue(QObject *owner);

Q_SIGNALS:
    void opening(const QString &folder);
    void migrationsListed(const QList<ectowb::project::MigrationFile> &files);
    void loadProgress(int done, int total);
    void projectLoaded(const ectowb::project::Project &project);
    void migrationsReady(const ectowb::project::Project &project);
    // The database the views work on may be another: chosen, or the project's own
    // now known.
    void databaseChanged();
    // A person chose a database (nullopt: back to the project's own).
    void databaseChosen(const std::optional<ectowb::db::ConnectionSettings> &settings);
    void migrationStatusChanged();

private:
    void loaded(const project::Project &project);
    void checkMigrationsReady();

    // Shared with the job queues, which may outlive the workspace.
    std::shared_ptr<QThreadPool> m_pool = std::make_shared<QThreadPool>();
    QString m_folder;
    project::Project m_project;
    QList<project::MigrationFile> m_migrations;
    QList<migration::MigrationStatus> m_status;
    std::optional<db::ConnectionSettings> m_chosen;
    std::shared_ptr<std::atomic_bool> m_cancel;
    // Shared with the worker that fills it, which may outlive a reopen.
    std::shared_ptr<models::MigrationBadgeCache> m_badges = std::make_shared<models::MigrationBadgeCache>();
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_badgesRead = false;
    bool m_migrationsReady = false;
};

} // namespace ectowb::workspace
