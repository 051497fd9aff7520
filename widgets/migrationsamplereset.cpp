#include "migrationsamplereset.h"

#include "migrationlogpane.h"

#include "workspace/sampledatabase.h"

#include <QDir>

namespace ectowb::widgets {

using migration::Direction;
using migration::MigrationSelection;

MigrationSampleReset::MigrationSampleReset(MigrationRunController *runs, MigrationLogPane *log, QObject *parent)
    : QObject(parent)
    , m_runs(runs)
    , m_log(log)
{
    connect(m_runs, &MigrationRunController::seeded, this, &MigrationSampleReset::onSeeded);
}

void MigrationSampleReset::resetSample(const MigrationRunController::Target &target)
{
    if (m_runs->isBusy())
        return;
    const QString path = target.database.database;
    if (!m_runs->confirm(tr("Reset the Sample Database"),
                         tr("Delete %1 and apply every migration of the sample again? Its data is lost.")
                             .arg(QDir::toNativeSeparators(path))))
        return;
    if (const Result<void> removed = workspace::SampleDatabase::remove(path); !removed) {
        m_log->append(tr("The sample database was not reset: %1").arg(removed.error()));
        return;
    }
    m_log->append(tr("Deleted %1").arg(QDir::toNativeSeparators(path)));
    m_seedAfterRun = true;
    m_runs->start(target, Direction::Up, MigrationSelection::all());
}

// The sample comes with demo rows, so a first query has something to show. The
// seeds run on the runner's worker, after the run that made the tables.
bool MigrationSampleReset::seedSample(const MigrationRunController::Target &target)
{
    return m_runs->seed(target);
}

void MigrationSampleReset::onSeeded(int statements, const QString &error)
{
    if (!error.isEmpty())
        m_log->append(tr("The seeds did not run: %1").arg(error));
    else if (statements >= 0)
        m_log->append(tr("Seeded with priv/repo/seeds.exs: %n statement(s).", nullptr, statements));
    Q_EMIT seedFinished();
}

} // namespace ectowb::widgets
