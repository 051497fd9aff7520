#include "changesetdatabaseworker.h"

#include "changeset/rowloader.h"
#include "db/connection.h"
#include "project/projectloader.h"

#include <QThread>

namespace ectowb::widgets {

using changeset::Term;

ChangesetDatabaseWorker::ChangesetDatabaseWorker(QObject *parent)
    : QObject(parent)
{
}

ChangesetDatabaseWorker::~ChangesetDatabaseWorker()
{
    // A job holds copies only, but its thread must end before the object it reports to.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ChangesetDatabaseWorker::start(std::function<void()> work, std::function<void()> done)
{
    if (m_thread)
        return false;
    m_thread = QThread::create(std::move(work));
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

bool ChangesetDatabaseWorker::loadProject(const QString &folder)
{
    auto result = std::make_shared<project::Project>();
    return start([folder, result] { *result = project::ProjectLoader::load(folder); },
                 [this, result] { Q_EMIT projectLoaded(*result); });
}

bool ChangesetDatabaseWorker::loadRow(const db::ConnectionSettings &settings,
                                      std::shared_ptr<const changeset::ChangesetSchema> schema, const QString &key)
{
    auto result = std::make_shared<Result<Term>>(Error{});
    const QString module = schema ? schema->module : QString();
    return start(
        [settings, schema, key, result] {
            Result<std::shared_ptr<db::Connection>> connection = db::Connection::open(settings);
            if (!connection) {
                *result = Error{connection.error()};
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
    return start(
        [settings, changeset, action, mode, result] {
            Result<std::shared_ptr<db::Connection>> connection = db::Connection::open(settings);
            if (!connection) {
                result->changeset = changeset;
                result->changeset.action = changeset::ChangesetPersistence::actionName(action);
                result->kind = changeset::RepoOutcome::Kind::Raised;
                result->raised = connection.error();
                return;
            }
            *result = changeset::ChangesetPersistence::run(**connection, changeset, action, mode);
        },
        [this, result] { Q_EMIT written(*result); });
}

} // namespace ectowb::widgets
