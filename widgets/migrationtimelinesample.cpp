// MigrationTimeline, part two: the bundled sample's own database, reset and seeded.
#include "migrationtimeline.h"

#include "migrationrunner.h"

#include "db/connection.h"
#include "runner/seedscript.h"

#include <QDir>
#include <QFile>

namespace ectowb::widgets {

using migration::Direction;
using migration::MigrationSelection;

void MigrationTimeline::resetSample()
{
    if (!isSample() || !m_settings || m_runner->isBusy())
        return;
    const QString path = m_settings->database;
    if (!confirm(tr("Reset the Sample Database"),
                 tr("Delete %1 and apply every migration of the sample again? Its data is lost.")
                     .arg(QDir::toNativeSeparators(path))))
        return;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path % suffix);
    appendLog(tr("Deleted %1").arg(QDir::toNativeSeparators(path)));
    m_seedAfterRun = true;
    start(Direction::Up, MigrationSelection::all());
}

// The sample comes with demo rows, so a first query has something to show.
void MigrationTimeline::seedSample()
{
    const QString seeds = query::SeedScript::pathFor(m_project);
    if (seeds.isEmpty())
        return;
    const auto connection = db::Connection::open(*m_settings);
    const auto seeded = connection ? query::SeedScript::run(*connection.value(), m_project, seeds)
                                   : Result<int>(connection.failure());
    appendLog(seeded ? tr("Seeded with priv/repo/seeds.exs: %n statement(s).", nullptr, seeded.value())
                     : tr("The seeds did not run: %1").arg(seeded.error()));
}

} // namespace ectowb::widgets
