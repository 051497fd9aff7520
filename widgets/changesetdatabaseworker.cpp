#include "changesetdatabaseworker.h"

#include "jobthread.h"

#include "changeset/rowloader.h"
#include "db/connection.h"
#include "project/projectloader.h"


namespace ectowb::widgets {

using value::Term;

ChangesetDatabaseWorker::ChangesetDatabaseWorker(QObject *parent)
    : QObject(parent), m_jobs(new JobThread(this))
{
    connect(m_jobs, &JobThread::busyChanged, this, &ChangesetDatabaseWorker::busyChanged);
}

ChangesetDatabaseWorker::~ChangesetDatabaseWorker()
{
    // The jobs hold copies only, but they report to `this`.
    m_jobs->wait();
}

bool ChangesetDatabaseWorker::isBusy() const
{
    return m_jobs->isBusy();
}

bool ChangesetDatabaseWorker::loadProject(const QString &folder)
{
    auto result = std::make_shared<project::Project>();
    return m_jobs->start([folder, result] { *result = project::ProjectLoader::load(folder); },
                 [this, result] { Q_EMIT projectLoaded(*result); });
}

bool ChangesetDatabaseWorker::loadRow(const db::ConnectionSettings &settings,
                                      std::shared_ptr<const changeset::ChangesetSchema> schema, const QString &key)
{
    auto result = std::make_shared<Result<Term>>(Error{});
    const QString module = schema ? schema->module : QString();
    return m_jobs->start(
        [settings, schema, key, result] {
            Result<std::shared_ptr<db::Connection>> connection = db::Connection::open(settings);
            if (!connection) {
                *result = connection.failure();
                return;
            }
            *result = changeset::RowLoader::load(**connection, *schema, Term::string(key));
        },
        [this, module, key, result] {
            Q_EMIT rowLoaded(module, key, result->isOk() ? result->value() : Term::nil(), result->error());
        });
}

bool ChangesetDatabaseWorker::write(const db::ConnectionSettings &settings, const changeset::Changeset &changeset,
                                    changeset::RepoAction action, changeset::ChangesetPersistence::Mode mode)
{
    auto result = std::make_shared<changeset::RepoOutcome>();
    return m_jobs->start(
        [settings, changeset, action, mode, result] {
            Result<std::shared_ptr<db::Connection>> connection = db::Connection::open(settings);
            if (!connection) {
                result->changeset = changeset;
                result->changeset.action = changeset::ChangesetPersistence::actionName(action);
                result->kind = changeset::RepoOutcome::Kind::Raised;
                result->raised = connection.failure();
                return;
            }
            *result = changeset::ChangesetPersistence::run(**connection, changeset, action, mode);
        },
        [this, result] { Q_EMIT written(*result); });
}

} // namespace ectowb::widgets
