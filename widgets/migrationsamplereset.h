#pragma once

#include "migrationruncontroller.h"

#include <QObject>

#include <utility>

namespace ectowb::widgets {

class MigrationLogPane;

// The bundled sample's own database: Reset Sample deletes it and applies every
// migration again, and the run that made it is followed by the sample's seeds.
class MigrationSampleReset : public QObject
{
    Q_OBJECT
public:
    MigrationSampleReset(MigrationRunController *runs, MigrationLogPane *log, QObject *parent);

    // Asks first; nothing happens while another job runs.
    void resetSample(const MigrationRunController::Target &target);
    // The next run makes the database: seed it when that run goes well.
    void seedAfterNextRun() { m_seedAfterRun = true; }
    // After a run: whether it was the one to seed after (asked once per run).
    bool takeSeedDue() { return std::exchange(m_seedAfterRun, false); }
    // Starts the seeds on the runner's worker; false when it is busy. seedFinished
    // follows the log's line on how they went.
    bool seedSample(const MigrationRunController::Target &target);

Q_SIGNALS:
    void seedFinished();

private:
    void onSeeded(int statements, const QString &error);

    MigrationRunController *m_runs;
    MigrationLogPane *m_log;
    bool m_seedAfterRun = false;
};

} // namespace ectowb::widgets
