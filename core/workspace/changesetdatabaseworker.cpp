#include "changesetdatabaseworker.h"

#include "jobqueue.h"
#include "workspace.h"

#include "changeset/rowloader.h"
#include "db/connection.h"


namespace ectowb::workspace {

using value::Term;

ChangesetDatabaseWorker::ChangesetDatabaseWorker(Workspace *workspace, QObject *parent)
    : QObject(parent), m_jobs(workspace->createJobQueue(this))
{
    connect(m_jobs, &JobQueue::busyChanged, this, &ChangesetDatabaseWorker::busyChanged);
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

} // namespace ectowb::workspace
