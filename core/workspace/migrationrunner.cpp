#include "migrationrunner.h"

#include "sampledatabase.h"

#include "jobqueue.h"
#include "workspace.h"

#include "migration/migrationconfigreader.h"


namespace ectowb::workspace {

MigrationRunner::MigrationRunner(Workspace *workspace, QObject *parent)
    : QObject(parent), m_jobs(workspace->createJobQueue(this))
{
    connect(m_jobs, &JobQueue::busyChanged, this, &MigrationRunner::busyChanged);
}

MigrationRunner::~MigrationRunner()
{
    // The job holds `this`: it must end before we go. A run stops at the next migration.
    m_cancel = true;
    m_jobs->wait();
}

bool MigrationRunner::isBusy() const
{
    return m_jobs->isBusy();
}

namespace {

// A migrator that knows the project's code and config (the Repo's migration_source
// names the bookkeeping table it reads and writes).
migration::Migrator migratorFor(const db::ConnectionSettings &settings, const QList<project::MigrationFile> &files,
                                const std::shared_ptr<const project::Project> &project)
{
    migration::Migrator migrator(settings, files);
    if (project)
        migrator.setEnvironment(project, migration::MigrationConfigReader::read(*project));
    return migrator;
}

} // namespace

bool MigrationRunner::readStatus(const db::ConnectionSettings &settings, const QList<project::MigrationFile> &files,
                                 std::shared_ptr<const project::Project> project)
{
    auto result = std::make_shared<Result<QList<migration::MigrationStatus>>>(Error{});
    return m_jobs->start([settings, files, project, result] { *result = migratorFor(settings, files, project).status(); },
                 [this, result] {
                     Q_EMIT statusRead(result->isOk() ? result->value() : QList<migration::MigrationStatus>{},
                                       result->error());
                 });
}

bool MigrationRunner::run(const db::ConnectionSettings &settings, const QList<project::MigrationFile> &files,
                          migration::Direction direction, const migration::MigrationSelection &selection,
                          std::shared_ptr<const project::Project> project)
{
    if (m_jobs->isBusy())
        return false;
    m_cancel = false;
    auto result = std::make_shared<migration::MigrationRun>();
    return m_jobs->start(
        [this, settings, files, direction, selection, result, project, callbacks = callbacks(),
         lockTimeout = m_lockTimeoutMs] {
            migration::Migrator migrator = migratorFor(settings, files, project);
            if (lockTimeout > 0)
                migrator.setLockTimeout(lockTimeout);
            *result = migrator.run(direction, selection, callbacks, &m_cancel);
        },
        [this, result] { Q_EMIT runFinished(*result); });
}

bool MigrationRunner::seed(const db::ConnectionSettings &settings, std::shared_ptr<const project::Project> project)
{
    if (!project)
        return false;
    auto result = std::make_shared<Result<std::optional<int>>>(std::optional<int>());
    return m_jobs->start([settings, project, result] { *result = SampleDatabase::seed(settings, *project); },
                         [this, result] {
                             if (!*result)
                                 Q_EMIT seeded(0, result->error());
                             else
                                 Q_EMIT seeded(result->value().value_or(-1), QString());
                         });
}

bool MigrationRunner::markApplied(const db::ConnectionSettings &settings, const QList<project::MigrationFile> &files,
                                  qint64 version, std::shared_ptr<const project::Project> project)
{
    auto result = std::make_shared<migration::MigrationRun>();
    return m_jobs->start([settings, files, version, project, result] {
                             result->error = migratorFor(settings, files, project).markApplied(version);
                         },
                         [this, result] { Q_EMIT runFinished(*result); });
}

// Called on the worker thread: each hook posts its signal to the GUI thread.
migration::MigratorCallbacks MigrationRunner::callbacks()
{
    migration::MigratorCallbacks hooks;
    hooks.statementExecuted = [this](const QString &sql) {
        QMetaObject::invokeMethod(this, [this, sql] { Q_EMIT statementExecuted(sql); }, Qt::QueuedConnection);
    };
    hooks.migrationStarted = [this](const project::MigrationFile &file, int index, int total) {
        QMetaObject::invokeMethod(
            this, [this, version = file.version, name = file.name, index, total] {
                Q_EMIT migrationStarted(version, name, index, total);
            },
            Qt::QueuedConnection);
    };
    hooks.migrationFinished = [this](const migration::AppliedMigration &done, int index, int total) {
        QMetaObject::invokeMethod(
            this, [this, version = done.version, name = done.name, index, total] {
                Q_EMIT migrationFinished(version, name, index, total);
            },
            Qt::QueuedConnection);
    };
    hooks.lockWaiting = [this](const QString &message) {
        QMetaObject::invokeMethod(this, [this, message] { Q_EMIT lockWaiting(message); }, Qt::QueuedConnection);
    };
    return hooks;
}

} // namespace ectowb::workspace
