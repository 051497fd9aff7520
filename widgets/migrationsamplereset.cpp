#include "migrationsamplereset.h"

#include "migrationlogpane.h"

#include "db/connection.h"
#include "runner/seedscript.h"

#include <QDir>
#include <QFile>

namespace ectowb::widgets {

using migration::Direction;
using migration::MigrationSelection;

MigrationSampleReset::MigrationSampleReset(MigrationRunController *runs, MigrationLogPane *log, QObject *parent)
    : QObject(parent)
    , m_runs(runs)
    , m_log(log)
{
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
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path % suffix);
    m_log->append(tr("Deleted %1").arg(QDir::toNativeSeparators(path)));
    m_seedAfterRun = true;
    m_runs->start(target, Direction::Up, MigrationSelection::all());
}

// The sample comes with demo rows, so a first query has something to show.
void MigrationSampleReset::seedSample(const MigrationRunController::Target &target)
{
    const QString seeds = runner::SeedScript::pathFor(*target.project);
    if (seeds.isEmpty())
        return;
    const auto connection = db::Connection::open(target.database);
    const auto seeded = connection ? runner::SeedScript::run(*connection.value(), *target.project, seeds)
                                   : Result<int>(connection.failure());
    m_log->append(seeded ? tr("Seeded with priv/repo/seeds.exs: %n statement(s).", nullptr, seeded.value())
                         : tr("The seeds did not run: %1").arg(seeded.error()));
}

} // namespace ectowb::widgets
