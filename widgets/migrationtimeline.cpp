#include "migrationtimeline.h"
#include "buddylabel.h"

#include "databasedescription.h"

#include "migrationdelegate.h"
#include "migrationlogpane.h"
#include "migrationplandialog.h"
#include "workspace/migrationrunner.h"
#include "workspace/workspace.h"
#include "migrationsamplereset.h"
#include "migrationsqlpanel.h"
#include "db/databaseurl.h"
#include "migration/migrationconfigreader.h"
#include "migration/migrationlinter.h"
#include "migration/migrationplanreport.h"
#include "models/migrationlistmodel.h"
#include "project/projectdatabase.h"
#include "project/sampleproject.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

namespace ectowb::widgets {

using migration::Direction;
using migration::MigrationSelection;
using models::MigrationEntry;

namespace {

bool hasState(const QList<MigrationEntry> &entries, MigrationEntry::State state)
{
    return std::any_of(entries.begin(), entries.end(), [state](const MigrationEntry &e) { return e.state == state; });
}

} // namespace

MigrationTimeline::MigrationTimeline(workspace::Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_model(new models::MigrationListModel(this))
    , m_runner(new workspace::MigrationRunner(workspace, this))
    , m_list(new QListView(this))
    , m_sql(new MigrationSqlPanel(this))
    , m_database(new QLabel(this))
    , m_error(new QLabel(this))
    , m_dialect(new QComboBox(this))
    , m_log(new MigrationLogPane(this))
    , m_runs(new MigrationRunController(m_runner, m_model, m_log, this))
    , m_sample(new MigrationSampleReset(m_runs, m_log, this))
    , m_actions(new MigrationTimelineActions(this))
{
    setObjectName(QStringLiteral("migrationTimeline"));
    m_list->setObjectName(QStringLiteral("migrationList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new MigrationDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(280);
    m_dialect->addItem(db::dialectTitle(db::Dialect::Postgres), int(db::Dialect::Postgres));
    m_dialect->addItem(db::dialectTitle(db::Dialect::Sqlite), int(db::Dialect::Sqlite));
    m_dialect->setToolTip(tr("The database whose SQL is shown (the connected one by default)"));
    m_database->setWordWrap(true);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: white; background: #c62828; padding: 6px; }"));
    m_error->hide();
    connectActions();

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(m_list);
    main->addWidget(m_sql);
    main->setStretchFactor(1, 2);
    main->setSizes({340, 660});
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(main);
    vertical->addWidget(m_log);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createToolBar());
    layout->addWidget(createDatabaseRow());
    layout->addWidget(m_error);
    layout->addWidget(vertical, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &MigrationTimeline::onCurrentChanged);
    connect(m_dialect, &QComboBox::currentIndexChanged, this, [this] {
        showStatus(m_status, m_known);
    });
    connect(m_runner, &workspace::MigrationRunner::statusRead, this, &MigrationTimeline::onStatusRead);
    connect(m_runner, &workspace::MigrationRunner::busyChanged, this, &MigrationTimeline::updateActions);
    connect(m_runs, &MigrationRunController::runStarting, this, [this] {
        m_error->hide();
        Q_EMIT runStarting();
    });
    connect(m_runs, &MigrationRunController::runFinished, this, &MigrationTimeline::onRunFinished);
    connect(m_sample, &MigrationSampleReset::seedFinished, this, &MigrationTimeline::refresh);
    showStatus({}, false);
    observe(workspace);
}

MigrationTimeline::~MigrationTimeline() = default;

void MigrationTimeline::connectActions()
{
    const std::pair<Action, std::function<void()>> slots[] = {
        {Action::ApplyNext, [this] { start(Direction::Up, MigrationSelection::step(1)); }},
        {Action::ApplyToHere, [this] { start(Direction::Up, MigrationSelection::to(selectedVersion().value_or(0))); }},
        {Action::ApplyAll, [this] { start(Direction::Up, MigrationSelection::all()); }},
        {Action::RollBack, [this] { rollBack(MigrationSelection::step(1)); }},
        {Action::RollBackToHere, [this] { rollBack(MigrationSelection::to(selectedVersion().value_or(0))); }},
        {Action::Cancel, [this] { m_runs->cancel(); }},
        {Action::Refresh, [this] { refresh(); }},
        {Action::OpenDatabase, [this] { openDatabase(); }},
        {Action::ResetSample, [this] { resetSample(); }},
        {Action::Plan, [this] { showPlan(); }},
        {Action::MarkApplied, [this] { markApplied(); }},
        {Action::StopHere, [this] { stopHere(); }},
    };
    for (const auto &[which, slot] : slots)
        connect(action(which), &QAction::triggered, this, slot);
}

QToolBar *MigrationTimeline::createToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (Action which : {Action::Plan, Action::ApplyNext, Action::ApplyToHere, Action::ApplyAll, Action::StopHere,
                         Action::MarkApplied})
        bar->addAction(action(which));
    bar->addSeparator();
    for (Action which : {Action::RollBack, Action::RollBackToHere})
        bar->addAction(action(which));
    bar->addSeparator();
    bar->addAction(action(Action::Cancel));
    return bar;
}

// The second row: which database, and what can be done about it.
QWidget *MigrationTimeline::createDatabaseRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_database, 1);
    auto *bar = new QToolBar(row);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (Action which : {Action::Refresh, Action::OpenDatabase, Action::ResetSample})
        bar->addAction(action(which));
    layout->addWidget(bar);
    // As `ectowb migrations up --lock-timeout MS`: a run that waits longer for a lock
    // rolls back and says so, instead of waiting silently.
    auto *lockTimeout = new QSpinBox(row);
    lockTimeout->setObjectName(QStringLiteral("lockTimeout"));
    lockTimeout->setRange(0, 3600000);
    lockTimeout->setSingleStep(1000);
    lockTimeout->setSuffix(tr(" ms"));
    lockTimeout->setSpecialValueText(tr("no limit"));
    lockTimeout->setToolTip(tr("How long a migration may wait for a lock before it is rolled back (lock_timeout)"));
    connect(lockTimeout, &QSpinBox::valueChanged, m_runner, &workspace::MigrationRunner::setLockTimeout);
    auto *lockLabel = buddyLabel(tr("Loc&k timeout:"), lockTimeout, row);
    layout->addWidget(lockLabel);
    layout->addWidget(lockTimeout);
    auto *label = buddyLabel(tr("S&QL for:"), m_dialect, row);
    layout->addWidget(label);
    layout->addWidget(m_dialect);
    return row;
}

QAction *MigrationTimeline::action(Action which) const
{
    return m_actions->action(which);
}

void MigrationTimeline::observe(workspace::Workspace *workspace)
{
    m_workspace = workspace;
    m_badgeCache = workspace->badgeCache();
    connect(workspace, &workspace::Workspace::migrationsListed, this,
            [this, workspace](const QList<project::MigrationFile> &files) { showMigrationFiles(workspace->folder(), files); });
    // The project is taken once its migration files are read as well (their badges).
    connect(workspace, &workspace::Workspace::migrationsReady, this, &MigrationTimeline::onProjectLoaded);
    if (workspace->areMigrationsReady())
        onProjectLoaded(workspace->project());
}

void MigrationTimeline::showMigrationFiles(const QString &folder, const QList<project::MigrationFile> &files)
{
    m_folder = folder;
    m_files = files;
    m_badgesPending = true;
    m_databaseProblem = tr("Loading the project...");
    showStatus(migration::MigrationStatus::collect(files, {}), false);
}

void MigrationTimeline::onProjectLoaded(const project::Project &project)
{
    m_folder = project.root;
    m_badgesPending = false;
    m_project = project;
    m_files = project.migrations;
    if (!m_explicitDatabase) {
        m_settings = projectDatabase(project, &m_databaseProblem);
        if (!m_settings) {
            m_reachable = false;
            showStatus(migration::MigrationStatus::collect(m_files, {}), false);
            Q_EMIT refreshed();
            return;
        }
        setDialect(m_settings->dialect);
    }
    refresh();
}

std::optional<db::ConnectionSettings> MigrationTimeline::projectDatabase(const project::Project &project,
                                                                         QString *problem) const
{
    const auto settings = project::ProjectDatabase::settingsFor(project);
    if (!settings) {
        *problem = settings.error();
        return std::nullopt;
    }
    return settings.value();
}

bool MigrationTimeline::isSample() const
{
    return !m_folder.isEmpty() && project::SampleProject::isSample(m_folder);
}

void MigrationTimeline::setDatabase(const db::ConnectionSettings &settings)
{
    m_error->hide(); // about the database before
    m_settings = settings;
    m_explicitDatabase = true;
    setDialect(settings.dialect);
    refresh();
}

void MigrationTimeline::refresh()
{
    if (m_runner->isBusy()) {
        m_refreshPending = true;
        return;
    }
    m_refreshPending = false;
    if (!m_settings) {
        m_reachable = false;
        showStatus(migration::MigrationStatus::collect(m_files, {}), false);
        Q_EMIT refreshed();
        return;
    }
    const bool sqliteMissing = m_settings->dialect == db::Dialect::Sqlite && !QFile::exists(m_settings->database);
    if (sqliteMissing && isSample() && !m_explicitDatabase && !m_files.isEmpty()) {
        // First start: the sample's database is made by its own migrations, then seeded.
        m_reachable = true;
        m_sample->seedAfterNextRun();
        start(Direction::Up, MigrationSelection::all());
        return;
    }
    if (sqliteMissing && !m_explicitDatabase) {
        // Nothing applied yet; applying creates the file (ecto_sqlite3 does the same).
        m_reachable = true;
        m_databaseProblem.clear();
        showStatus(migration::MigrationStatus::collect(m_files, {}), true);
        m_database->setText(tr("%1 does not exist yet; applying a migration creates it.").arg(DatabaseDescription::describe(*m_settings)));
        Q_EMIT refreshed();
        return;
    }
    m_runner->readStatus(*m_settings, m_files, std::make_shared<const project::Project>(m_project));
}

void MigrationTimeline::onStatusRead(const QList<migration::MigrationStatus> &status, const QString &error)
{
    m_reachable = error.isEmpty();
    m_databaseProblem = error;
    showStatus(m_reachable ? status : migration::MigrationStatus::collect(m_files, {}), m_reachable);
    // The workspace's migration state: what the other views re-read the database on.
    if (m_workspace)
        m_workspace->setMigrationStatus(m_reachable ? status : QList<migration::MigrationStatus>{});
    afterJob();
    Q_EMIT refreshed();
    if (m_runJustFinished) {
        m_runJustFinished = false;
        Q_EMIT runFinished(m_lastRunOk);
    }
}

// A refresh asked for while a job ran starts now.
void MigrationTimeline::afterJob()
{
    if (m_refreshPending)
        refresh();
}

void MigrationTimeline::showStatus(const QList<migration::MigrationStatus> &status, bool known)
{
    m_status = status;
    m_known = known;
    const std::optional<qint64> selected = m_pendingSelection ? std::optional<qint64>(m_pendingSelection) : selectedVersion();
    m_pendingSelection = 0;
    // While the workspace still reads the files, only badges read ahead are shown.
    const QList<MigrationEntry> entries = models::MigrationListModel::entries(status, chosenDialect(), known, m_badgeCache.get(),
                                                                                 !m_badgesPending, readerEnvironment());
    m_model->setSnapshot(entries);
    int row = selected ? m_model->rowOfVersion(*selected) : -1;
    if (row < 0) {
        // The newest applied migration is where the user most likely stands.
        for (int i = 0; i < entries.size(); ++i) {
            if (entries.at(i).state == MigrationEntry::State::Up)
                row = i;
        }
    }
    if (row < 0 && !entries.isEmpty())
        row = 0;
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    onCurrentChanged();
    updateDatabaseText();
    updateActions();
}

void MigrationTimeline::updateDatabaseText()
{
    // One error at a time: a banner from before never stays beside a newer, other one.
    if (!m_reachable && !m_databaseProblem.isEmpty() && !m_error->text().contains(m_databaseProblem))
        m_error->hide();
    if (!m_settings || !m_reachable) {
        const QString where = m_settings ? DatabaseDescription::describe(*m_settings) : tr("No database");
        m_database->setText(tr("%1: %2\nThe migrations and their SQL are shown; use Open Database... to connect one.")
                                .arg(where, m_databaseProblem.isEmpty() ? tr("not connected") : m_databaseProblem));
        m_database->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
        return;
    }
    const QList<MigrationEntry> &entries = m_model->snapshot();
    const auto up = std::count_if(entries.begin(), entries.end(), [](const MigrationEntry &e) {
        return e.state == MigrationEntry::State::Up;
    });
    m_database->setText(tr("%1: %2 of %n migration(s) applied", nullptr, int(m_files.size()))
                            .arg(DatabaseDescription::describe(*m_settings))
                            .arg(up));
    m_database->setStyleSheet(QString());
}

void MigrationTimeline::onCurrentChanged()
{
    const MigrationEntry *entry = m_model->entry(m_list->currentIndex().row());
    if (!entry)
        m_sql->clear();
    else if (entry->path.isEmpty())
        m_sql->showMissing(entry->version, readerEnvironment().config.source);
    else
        m_sql->showMigration(entry->path, chosenDialect(), readerEnvironment());
    updateActions();
}

void MigrationTimeline::updateActions()
{
    const QList<MigrationEntry> &entries = m_model->snapshot();
    const MigrationEntry *selected = m_model->entry(m_list->currentIndex().row());
    MigrationTimelineActions::State state;
    state.busy = m_runner->isBusy();
    state.running = m_runs->isRunning();
    state.canRun = m_settings && m_reachable && !state.busy && !m_files.isEmpty();
    state.anyDown = hasState(entries, MigrationEntry::State::Down);
    state.anyUp = hasState(entries, MigrationEntry::State::Up);
    if (selected)
        state.selected = selected->state;
    state.hasFolder = !m_folder.isEmpty();
    state.hasFiles = !m_files.isEmpty();
    state.canResetSample = isSample() && !m_explicitDatabase;
    m_actions->update(state);
    markIrreversibleRollbacks();
}

void MigrationTimeline::setDialect(db::Dialect dialect)
{
    m_dialect->setCurrentIndex(m_dialect->findData(int(dialect)));
}

db::Dialect MigrationTimeline::chosenDialect() const
{
    return db::Dialect(m_dialect->currentData().toInt());
}

void MigrationTimeline::selectVersion(qint64 version)
{
    const int row = m_model->rowOfVersion(version);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

std::optional<qint64> MigrationTimeline::selectedVersion() const
{
    const MigrationEntry *entry = m_model->entry(m_list->currentIndex().row());
    return entry ? std::optional<qint64>(entry->version) : std::nullopt;
}

QList<qint64> MigrationTimeline::appliedVersions() const
{
    return m_runs->appliedVersions();
}

MigrationRunController::Target MigrationTimeline::target() const
{
    Q_ASSERT(m_settings);
    return {*m_settings, m_files, std::make_shared<const project::Project>(m_project)};
}

void MigrationTimeline::start(Direction direction, const MigrationSelection &selection)
{
    if (!m_settings)
        return;
    m_runs->start(target(), direction, selection);
    updateActions();
}

void MigrationTimeline::onRunFinished(const migration::MigrationRun &run)
{
    if (run.error) {
        m_error->setText(tr("The run stopped: %1").arg(run.errorText()));
        m_error->show();
    }
    m_lastRunOk = run.ok();
    m_runJustFinished = true;
    // The seeds run on the worker; the timeline reads the status once they are done.
    if (m_sample->takeSeedDue() && run.ok() && m_settings && m_sample->seedSample(target()))
        return;
    refresh();
}

void MigrationTimeline::rollBack(const MigrationSelection &selection)
{
    if (!m_settings)
        return;
    m_runs->rollBack(target(), selection);
    updateActions();
}

QString MigrationTimeline::rollbackConfirmationText(const MigrationSelection &selection) const
{
    return m_runs->rollbackConfirmationText(selection, m_files);
}

QString MigrationTimeline::irreversibleReason(const MigrationSelection &selection) const
{
    return m_runs->irreversibleReason(selection, m_files);
}

void MigrationTimeline::setConfirmation(Confirmation confirm)
{
    m_runs->setConfirmation(std::move(confirm));
}

void MigrationTimeline::openDatabase()
{
    std::optional<QString> url;
    if (m_urlPrompt) {
        url = m_urlPrompt();
    } else {
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Open Database"),
            tr("Database URL (postgres://user@host/db, sqlite:/path/to.db); empty for the project's:"),
            QLineEdit::Normal, m_explicitDatabase && m_settings ? m_settings->redacted() : QString(), &ok);
        if (ok)
            url = text;
    }
    if (!url)
        return;
    if (url->trimmed().isEmpty()) {
        m_explicitDatabase = false;
        onProjectLoaded(m_project); // back to the project's own database
        Q_EMIT databaseChosen(std::nullopt);
        return;
    }
    const auto settings = db::DatabaseUrl::parse(url->trimmed());
    if (!settings) {
        m_error->setText(tr("Cannot use this database URL: %1").arg(settings.error()));
        m_error->show();
        return;
    }
    setDatabase(*settings);
    Q_EMIT databaseChosen(*settings);
}

QString MigrationTimeline::databaseText() const
{
    return m_database->text();
}

QString MigrationTimeline::logText() const
{
    return m_log->text();
}

QString MigrationTimeline::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool MigrationTimeline::isBusy() const
{
    return m_runner->isBusy();
}

void MigrationTimeline::setCodePointSize(qreal pointSize)
{
    m_sql->setCodePointSize(pointSize);
}

// Said on the rollback actions before anything runs: the migrator would refuse them.
void MigrationTimeline::markIrreversibleRollbacks()
{
    m_actions->markIrreversible(Action::RollBack, irreversibleReason(MigrationSelection::step(1)));
    m_actions->markIrreversible(Action::RollBackToHere,
                                irreversibleReason(MigrationSelection::to(selectedVersion().value_or(0))));
}

QString MigrationTimeline::planMarkdown() const
{
    const migration::MigrationLinter linter(chosenDialect());
    return migration::MigrationPlanReport::markdown(
        migration::MigrationPlanReport::pending(m_files, appliedVersions(), MigrationSelection::all(), linter));
}

void MigrationTimeline::showPlan()
{
    (new MigrationPlanDialog(planMarkdown(), this))->show();
}

// What the SQL panel reads a migration against: this project and its config.
migration::ReaderEnvironment MigrationTimeline::readerEnvironment() const
{
    const migration::ProjectConfig config = migration::MigrationConfigReader::read(m_project);
    return migration::ReaderEnvironment::of(&m_project, config.migration, config.appEnv);
}

// A migration this tool cannot run (code it cannot evaluate) is either marked as
// applied, for someone who ran it elsewhere, or the run stops before it.
void MigrationTimeline::markApplied()
{
    const MigrationEntry *entry = m_model->entry(m_list->currentIndex().row());
    if (!entry || entry->state != MigrationEntry::State::Down || !m_settings)
        return;
    m_runs->markApplied(target(), *entry, readerEnvironment().config.source);
    updateActions();
}

void MigrationTimeline::stopHere()
{
    const MigrationEntry *entry = m_model->entry(m_list->currentIndex().row());
    if (!entry || entry->state != MigrationEntry::State::Down || !m_settings)
        return;
    m_runs->stopHere(target(), entry->version);
    updateActions();
}

void MigrationTimeline::resetSample()
{
    if (!isSample() || !m_settings)
        return;
    m_sample->resetSample(target());
    updateActions();
}

} // namespace ectowb::widgets
