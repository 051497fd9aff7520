// MigrationTimeline, part three: a migration this tool cannot run (code it cannot
// evaluate) is either marked as applied, for someone who ran it elsewhere, or the
// run stops before it.
#include "migrationtimeline.h"

#include "migrationrunner.h"

#include "migration/migrationconfigreader.h"
#include "models/migrationlistmodel.h"

#include <QListView>

namespace ectowb::widgets {

using migration::Direction;
using migration::MigrationSelection;
using models::MigrationEntry;

// What the SQL panel reads a migration against: this project and its config.
migration::ReaderEnvironment MigrationTimeline::readerEnvironment() const
{
    const migration::ProjectConfig config = migration::MigrationConfigReader::read(m_project);
    return migration::ReaderEnvironment::of(&m_project, config.migration, config.appEnv);
}

void MigrationTimeline::markApplied()
{
    const MigrationEntry *entry = m_model->entry(m_list->currentIndex().row());
    if (!entry || entry->state != MigrationEntry::State::Down || !m_settings || m_runner->isBusy())
        return;
    const QString text = tr("Record %1 %2 in %3 as applied, without running it?\n\n"
                            "Do this only when it already ran against this database some other way "
                            "(for example with mix ecto.migrate). Nothing of its SQL is sent.")
                             .arg(entry->version)
                             .arg(entry->name, readerEnvironment().config.source);
    if (!confirm(tr("Mark as Applied"), text))
        return;
    appendLog(tr("Marking %1 as applied").arg(entry->version));
    m_running = m_runner->markApplied(*m_settings, m_files, entry->version, std::make_shared<const project::Project>(m_project));
    updateActions();
}

void MigrationTimeline::stopHere()
{
    const MigrationEntry *entry = m_model->entry(m_list->currentIndex().row());
    if (!entry || entry->state != MigrationEntry::State::Down)
        return;
    // Everything pending before the selected migration, which stays pending.
    qint64 before = 0;
    for (const project::MigrationFile &file : std::as_const(m_files)) {
        if (file.version < entry->version)
            before = std::max(before, file.version);
    }
    if (before == 0) {
        appendLog(tr("Nothing to apply before %1.").arg(entry->version));
        return;
    }
    start(Direction::Up, MigrationSelection::to(before));
}

} // namespace ectowb::widgets
