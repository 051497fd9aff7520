#pragma once

#include "changeset/changesetpersistence.h"
#include "db/connectionsettings.h"
#include "project/project.h"

#include <QObject>

#include <memory>

namespace ectowb::workspace {

class JobQueue;
class Workspace;

// The changeset preview's database work, off the caller's thread and one job at a
// time on a JobQueue: loading a row, trying or saving a changeset. Each job opens its
// own connection on its thread. Results arrive as signals on the caller's thread once
// the job has returned, so a slot may start the next job.
class ChangesetDatabaseWorker : public QObject
{
    Q_OBJECT
public:
    // The jobs run on `workspace`'s pool.
    explicit ChangesetDatabaseWorker(Workspace *workspace, QObject *parent = nullptr);
    ~ChangesetDatabaseWorker() override;

    bool isBusy() const;
    // Each returns false (and does nothing) while another job runs.
    bool loadRow(const db::ConnectionSettings &settings, std::shared_ptr<const changeset::ChangesetSchema> schema,
                 const QString &key);
    bool write(const db::ConnectionSettings &settings, const changeset::Changeset &changeset, changeset::RepoAction action,
               changeset::ChangesetPersistence::Mode mode);

Q_SIGNALS:
    // `row` is the loaded data (a map of field to value) unless `error` is set.
    void rowLoaded(const QString &module, const QString &key, const ectowb::value::Term &row, const QString &error);
    void written(const ectowb::changeset::RepoOutcome &outcome);
    void busyChanged(bool busy);

private:
    JobQueue *m_jobs;
};

} // namespace ectowb::workspace
