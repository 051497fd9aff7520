#include "migrationruncontroller.h"

#include "databasedescription.h"
#include "migrationdrops.h"
#include "migrationlogpane.h"
#include "workspace/migrationrunner.h"

#include "models/migrationlistmodel.h"

#include <QMessageBox>

namespace ectowb::widgets {

using migration::Direction;
using migration::MigrationSelection;
using models::MigrationEntry;

MigrationRunController::MigrationRunController(workspace::MigrationRunner *runner, const models::MigrationListModel *status,
                                               MigrationLogPane *log, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_runner(runner)
    , m_status(status)
    , m_log(log)
    , m_dialogParent(dialogParent)
{
    connect(m_runner, &workspace::MigrationRunner::runFinished, this, &MigrationRunController::onRunFinished);
    connect(m_runner, &workspace::MigrationRunner::seeded, this, &MigrationRunController::seeded);
    connect(m_runner, &workspace::MigrationRunner::statementExecuted, this, [this](const QString &sql) { m_log->append(sql % u';'); });
    // A run blocked by another session's lock says so (Cancel stops the wait).
    connect(m_runner, &workspace::MigrationRunner::lockWaiting, this, [this](const QString &message) { m_log->append(tr("-- %1").arg(message)); });
    connect(m_runner, &workspace::MigrationRunner::migrationStarted, this, [this](qint64 version, const QString &name, int i, int n) {
        m_log->migrationStarted(i, n);
        m_log->append(tr("== %1 %2 (%3 of %4)").arg(QString::number(version), name).arg(i + 1).arg(n));
    });
    connect(m_runner, &workspace::MigrationRunner::migrationFinished, this,
            [this](qint64, const QString &, int i, int) { m_log->migrationFinished(i); });
}

bool MigrationRunController::confirm(const QString &title, const QString &text) const
{
    if (m_confirm)
        return m_confirm(title, text);
    return QMessageBox::warning(m_dialogParent, title, text, QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Ok;
}

bool MigrationRunController::isBusy() const
{
    return m_runner->isBusy();
}

void MigrationRunController::start(const Target &target, Direction direction, const MigrationSelection &selection)
{
    if (m_runner->isBusy())
        return;
    db::ConnectionSettings settings = target.database;
    settings.createIfMissing = settings.createIfMissing || direction == Direction::Up;
    m_log->runStarted();
    Q_EMIT runStarting();
    m_log->append(direction == Direction::Up ? tr("Applying migrations to %1").arg(DatabaseDescription::describe(settings))
                                             : tr("Rolling back migrations on %1").arg(DatabaseDescription::describe(settings)));
    m_running = m_runner->run(settings, target.files, direction, selection, target.project);
}

void MigrationRunController::onRunFinished(const migration::MigrationRun &run)
{
    m_running = false;
    m_log->runEnded();
    if (run.error)
        m_log->append(tr("Error: %1").arg(run.errorText()));
    if (run.cancelled)
        m_log->append(tr("Cancelled after %n migration(s).", nullptr, int(run.applied.size())));
    else if (run.ok())
        m_log->append(run.applied.isEmpty() ? tr("Nothing to run.") : tr("Done: %n migration(s).", nullptr, int(run.applied.size())));
    Q_EMIT runFinished(run);
}

bool MigrationRunController::seed(const Target &target)
{
    return m_runner->seed(target.database, target.project);
}

void MigrationRunController::cancel()
{
    m_runner->cancel();
    m_log->append(tr("Cancelling after the current migration..."));
}

void MigrationRunController::rollBack(const Target &target, const MigrationSelection &selection)
{
    if (selection.pick(Direction::Down, target.files, appliedVersions()).isEmpty())
        return;
    // Said before anything runs: the migrator would refuse it up front anyway.
    if (const QString reason = irreversibleReason(selection, target.files); !reason.isEmpty()) {
        confirm(tr("Cannot Roll Back"), reason);
        return;
    }
    if (confirm(tr("Roll Back Migrations"), rollbackConfirmationText(selection, target.files)))
        start(target, Direction::Down, selection);
}

QString MigrationRunController::rollbackConfirmationText(const MigrationSelection &selection,
                                                         const QList<project::MigrationFile> &files) const
{
    const QList<project::MigrationFile> picked = selection.pick(Direction::Down, files, appliedVersions());
    QStringList lines{tr("Roll back %n migration(s), newest first:", nullptr, int(picked.size()))};
    QStringList drops;
    for (const project::MigrationFile &file : picked) {
        lines.append(u"  \u2022 " % QString::number(file.version) % u' ' % file.name);
        drops += MigrationDrops::forFile(file.path);
    }
    lines.append(QString());
    if (drops.isEmpty()) {
        lines.append(tr("Nothing is dropped."));
    } else {
        lines.append(tr("This drops, with the data in it:"));
        for (const QString &drop : drops)
            lines.append(u"  \u2022 " % drop);
    }
    return lines.join(u'\n');
}

QString MigrationRunController::irreversibleReason(const MigrationSelection &selection,
                                                   const QList<project::MigrationFile> &files) const
{
    for (const project::MigrationFile &file : selection.pick(Direction::Down, files, appliedVersions())) {
        const MigrationEntry *entry = m_status->entry(m_status->rowOfVersion(file.version));
        if (entry && entry->irreversible)
            return tr("Migration %1 %2 cannot be rolled back, so nothing is run:\n\n%3")
                .arg(QString::number(entry->version), entry->name, entry->downError);
    }
    return {};
}

QList<qint64> MigrationRunController::appliedVersions() const
{
    QList<qint64> versions;
    for (const MigrationEntry &entry : m_status->snapshot()) {
        if (entry.state == MigrationEntry::State::Up || entry.state == MigrationEntry::State::FileNotFound)
            versions.append(entry.version);
    }
    return versions;
}

// For a migration this tool cannot run (code it cannot evaluate) that someone ran
// elsewhere.
void MigrationRunController::markApplied(const Target &target, const MigrationEntry &entry, const QString &table)
{
    if (m_runner->isBusy())
        return;
    const QString text = tr("Record %1 %2 in %3 as applied, without running it?\n\n"
                            "Do this only when it already ran against this database some other way "
                            "(for example with mix ecto.migrate). Nothing of its SQL is sent.")
                             .arg(entry.version)
                             .arg(entry.name, table);
    if (!confirm(tr("Mark as Applied"), text))
        return;
    m_log->append(tr("Marking %1 as applied").arg(entry.version));
    m_running = m_runner->markApplied(target.database, target.files, entry.version, target.project);
}

// The other way past a migration this tool cannot run: stop before it.
void MigrationRunController::stopHere(const Target &target, qint64 version)
{
    qint64 before = 0;
    for (const project::MigrationFile &file : target.files) {
        if (file.version < version)
            before = std::max(before, file.version);
    }
    if (before == 0) {
        m_log->append(tr("Nothing to apply before %1.").arg(version));
        return;
    }
    start(target, Direction::Up, MigrationSelection::to(before));
}

} // namespace ectowb::widgets
