#include "migrationrunner.h"

#include "project/projectloader.h"

#include <QThread>

namespace ectowb::widgets {

MigrationRunner::MigrationRunner(QObject *parent)
    : QObject(parent)
{
}

MigrationRunner::~MigrationRunner()
{
    // The job holds `this`: it must end before we go. A run stops at the next migration.
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool MigrationRunner::start(std::function<void()> work, std::function<void()> done)
{
    if (m_thread)
        return false;
    m_thread = QThread::create(std::move(work));
    // finished() is queued behind the progress the job posted, so `done` comes last.
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done)] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT busyChanged(false);
        done();
    });
    m_thread->start();
    Q_EMIT busyChanged(true);
    return true;
}

bool MigrationRunner::loadProject(const QString &folder)
{
    auto result = std::make_shared<project::Project>();
    return start([folder, result] { *result = project::ProjectLoader::load(folder); },
                 [this, result] { Q_EMIT projectLoaded(*result); });
}

bool MigrationRunner::readStatus(const db::ConnectionSettings &settings, const QList<project::MigrationFile> &files)
{
    auto result = std::make_shared<Result<QList<migration::MigrationStatus>>>(Error{});
    return start([settings, files, result] { *result = migration::Migrator(settings, files).status(); },
                 [this, result] {
                     Q_EMIT statusRead(result->isOk() ? result->value() : QList<migration::MigrationStatus>{},
                                       result->error());
                 });
}

bool MigrationRunner::run(const db::ConnectionSettings &settings, const QList<project::MigrationFile> &files,
                          migration::Direction direction, const migration::MigrationSelection &selection)
{
    if (m_thread)
        return false;
    m_cancel = false;
    auto result = std::make_shared<migration::MigrationRun>();
    return start(
        [this, settings, files, direction, selection, result, callbacks = callbacks()] {
            *result = migration::Migrator(settings, files).run(direction, selection, callbacks, &m_cancel);
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
    return hooks;
}

} // namespace ectowb::widgets
