#pragma once

#include "changeset/changesetpersistence.h"
#include "db/connectionsettings.h"
#include "project/project.h"

#include <QObject>

#include <memory>

namespace ectowb::widgets {

class JobThread;

// The changeset preview's slow work, off the GUI thread and one job at a time:
// loading the project, loading a row, trying or saving a changeset. Each job opens
// its own connection on its thread. Results arrive as signals on the GUI thread once
// the thread has ended, so a slot may start the next job.
class ChangesetDatabaseWorker : public QObject
{
    Q_OBJECT
public:
    explicit ChangesetDatabaseWorker(QObject *parent = nullptr);
    ~ChangesetDatabaseWorker() override;

    bool isBusy() const;
    // Each returns false (and does nothing) while another job runs.
    bool loadProject(const QString &folder);
    bool loadRow(const db::ConnectionSettings &settings, std::shared_ptr<const changeset::ChangesetSchema> schema,
                 const QString &key);
    bool write(const db::ConnectionSettings &settings, const changeset::Changeset &changeset, changeset::RepoAction action,
               changeset::ChangesetPersistence::Mode mode);

Q_SIGNALS:
    void projectLoaded(const ectowb::project::Project &project);
    // `row` is the loaded data (a map of field to value) unless `error` is set.
    void rowLoaded(const QString &module, const QString &key, const ectowb::value::Term &row, const QString &error);
    void written(const ectowb::changeset::RepoOutcome &outcome);
    void busyChanged(bool busy);

private:
    JobThread *m_jobs;
};

} // namespace ectowb::widgets
