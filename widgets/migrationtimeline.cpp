#include "migrationtimeline.h"

#include "databasedescription.h"

#include "migrationdelegate.h"
#include "migrationdrops.h"
#include "migrationrunner.h"
#include "migrationsqlpanel.h"
#include "db/databaseurl.h"
#include "models/migrationlistmodel.h"
#include "project/projectdatabase.h"
#include "project/sampleproject.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCursor>
#include <QProgressBar>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace ectowb::widgets {

using migration::Direction;
using migration::MigrationSelection;
using models::MigrationEntry;

namespace {

constexpr int LogLines = 5000;

bool hasState(const QList<MigrationEntry> &entries, MigrationEntry::State state)
{
    return std::any_of(entries.begin(), entries.end(), [state](const MigrationEntry &e) { return e.state == state; });
}

} // namespace

MigrationTimeline::MigrationTimeline(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::MigrationListModel(this))
    , m_runner(new MigrationRunner(this))
    , m_list(new QListView(this))
    , m_sql(new MigrationSqlPanel(this))
    , m_database(new QLabel(this))
    , m_error(new QLabel(this))
    , m_dialect(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_log(new QPlainTextEdit(this))
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
    createActions();

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(m_list);
    main->addWidget(m_sql);
    main->setStretchFactor(1, 2);
    main->setSizes({340, 660});
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(main);
    vertical->addWidget(createLogPane());
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
    connect(m_runner, &MigrationRunner::projectLoaded, this, &MigrationTimeline::onProjectLoaded);
    connect(m_runner, &MigrationRunner::statusRead, this, &MigrationTimeline::onStatusRead);
    connect(m_runner, &MigrationRunner::runFinished, this, &MigrationTimeline::onRunFinished);
    connect(m_runner, &MigrationRunner::busyChanged, this, &MigrationTimeline::updateActions);
    connect(m_runner, &MigrationRunner::statementExecuted, this, [this](const QString &sql) { appendLog(sql % u';'); });
    // A run blocked by another session's lock says so (Cancel stops the wait).
    connect(m_runner, &MigrationRunner::lockWaiting, this, [this](const QString &message) { appendLog(tr("-- %1").arg(message)); });
    connect(m_runner, &MigrationRunner::migrationStarted, this, [this](qint64 version, const QString &name, int i, int n) {
        m_progress->setRange(0, n);
        m_progress->setValue(i);
        appendLog(tr("== %1 %2 (%3 of %4)").arg(QString::number(version), name).arg(i + 1).arg(n));
    });
    connect(m_runner, &MigrationRunner::migrationFinished, this,
            [this](qint64, const QString &, int i, int) { m_progress->setValue(i + 1); });
    showStatus({}, false);
}

MigrationTimeline::~MigrationTimeline() = default;

void MigrationTimeline::createActions()
{
    struct Spec
    {
        QString text;
        QString tip;
        QKeySequence key;
        std::function<void()> slot;
    };
    const Spec specs[] = {
        {tr("&Apply"), tr("Apply the next pending migration (mix ecto.migrate --step 1)"), QKeySequence(Qt::CTRL | Qt::Key_U),
         [this] { start(Direction::Up, MigrationSelection::step(1)); }},
        {tr("Apply up to &Here"), tr("Apply every pending migration up to the selected one (--to)"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
         [this] { start(Direction::Up, MigrationSelection::to(selectedVersion().value_or(0))); }},
        {tr("Apply A&ll"), tr("Apply every pending migration (mix ecto.migrate)"),
         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U), [this] { start(Direction::Up, MigrationSelection::all()); }},
        {tr("&Roll Back"), tr("Roll back the last applied migration (mix ecto.rollback)"), QKeySequence(Qt::CTRL | Qt::Key_D),
         [this] { rollBack(MigrationSelection::step(1)); }},
        {tr("Roll Back &to Here"), tr("Roll back every applied migration down to and including the selected one (--to)"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
         [this] { rollBack(MigrationSelection::to(selectedVersion().value_or(0))); }},
        {tr("&Cancel"), tr("Stop after the migration that is running"), QKeySequence(Qt::Key_Escape),
         [this] { m_runner->cancel(); appendLog(tr("Cancelling after the current migration...")); }},
        {tr("Re&fresh"), tr("Read the migration status again"), QKeySequence(), [this] { refresh(); }},
        {tr("&Open Database..."), tr("Use another database than the project's"), QKeySequence(), [this] { openDatabase(); }},
        {tr("Re&set Sample"), tr("Delete the sample's database and apply every migration again"), QKeySequence(),
         [this] { resetSample(); }},
        {tr("&Plan..."), tr("What Apply All would run: statements, locks, findings, reversibility (nothing runs)"),
         QKeySequence(Qt::CTRL | Qt::Key_P), [this] { showPlan(); }},
        {tr("&Mark as Applied"), tr("Record the selected migration as applied without running it (it ran elsewhere)"),
         QKeySequence(), [this] { markApplied(); }},
        {tr("&Stop Here"), tr("Apply every pending migration before the selected one, and stop there"), QKeySequence(),
         [this] { stopHere(); }},
    };
    for (const Spec &spec : specs) {
        auto *action = new QAction(spec.text, this);
        action->setToolTip(spec.key.isEmpty() ? spec.tip : tr("%1 (%2)").arg(spec.tip, spec.key.toString(QKeySequence::NativeText)));
        action->setShortcut(spec.key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, spec.slot);
        addAction(action);
        m_actions.append(action);
    }
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
    connect(lockTimeout, &QSpinBox::valueChanged, m_runner, &MigrationRunner::setLockTimeout);
    auto *lockLabel = new QLabel(tr("Loc&k timeout:"), row);
    lockLabel->setBuddy(lockTimeout);
    layout->addWidget(lockLabel);
    layout->addWidget(lockTimeout);
    auto *label = new QLabel(tr("S&QL for:"), row);
    label->setBuddy(m_dialect);
    layout->addWidget(label);
    layout->addWidget(m_dialect);
    return row;
}

QWidget *MigrationTimeline::createLogPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m migration(s)"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->hide(); // shown while a run goes
    m_log->setObjectName(QStringLiteral("migrationLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(LogLines);
    m_log->setPlaceholderText(tr("The statements of a run appear here as they are sent."));
    QFont mono; // the family only: the size follows the UI zoom
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_log->setFont(mono);
    // A new line pins the log to its end, also when the layout or the pane's height
    // changes a moment later; scrolling up by hand lets go until the next line.
    QScrollBar *bar = m_log->verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_followLog)
            bar->setValue(max);
    });
    connect(bar, &QScrollBar::actionTriggered, this, [this] { m_followLog = false; });
    layout->addWidget(m_progress);
    layout->addWidget(m_log, 1);
    return pane;
}

QAction *MigrationTimeline::action(Action which) const
{
    return m_actions.value(int(which));
}

void MigrationTimeline::setProject(const QString &folder)
{
    m_folder = folder;
    m_files.clear();
    m_explicitDatabase = false;
    m_settings.reset();
    m_databaseProblem = tr("Loading the project...");
    showStatus({}, false);
    if (!m_runner->loadProject(folder))
        m_pendingProject = true;
}

void MigrationTimeline::setProject(const project::Project &project)
{
    m_folder = project.root;
    m_pendingProject = false;
    onProjectLoaded(project);
}

void MigrationTimeline::showMigrationFiles(const QString &folder, const QList<project::MigrationFile> &files)
{
    m_folder = folder;
    m_files = files;
    m_pendingProject = false;
    m_badgesPending = true;
    m_databaseProblem = tr("Loading the project...");
    showStatus(migration::MigrationStatus::collect(files, {}), false);
}

void MigrationTimeline::onProjectLoaded(const project::Project &project)
{
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
        m_seedAfterRun = true;
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
    afterJob();
    Q_EMIT refreshed();
    if (m_runJustFinished) {
        m_runJustFinished = false;
        Q_EMIT runFinished(m_lastRunOk);
    }
}

// A project opened or a refresh asked for while a job ran starts now.
void MigrationTimeline::afterJob()
{
    if (m_pendingProject) {
        m_pendingProject = false;
        m_runner->loadProject(m_folder);
    } else if (m_refreshPending) {
        refresh();
    }
}

void MigrationTimeline::setBadgeCache(std::shared_ptr<models::MigrationBadgeCache> cache)
{
    m_badgeCache = cache ? std::move(cache) : std::make_shared<models::MigrationBadgeCache>();
}

void MigrationTimeline::showStatus(const QList<migration::MigrationStatus> &status, bool known)
{
    m_status = status;
    m_known = known;
    const std::optional<qint64> selected = m_pendingSelection ? std::optional<qint64>(m_pendingSelection) : selectedVersion();
    m_pendingSelection = 0;
    // While the workspace still reads the files, only badges read ahead are shown.
    const QList<MigrationEntry> entries = models::MigrationListModel::entries(status, chosenDialect(), known, m_badgeCache.get(), !m_badgesPending);
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
    const bool busy = m_runner->isBusy();
    const bool canRun = m_settings && m_reachable && !busy && !m_files.isEmpty();
    const QList<MigrationEntry> &entries = m_model->snapshot();
    const MigrationEntry *selected = m_model->entry(m_list->currentIndex().row());
    const bool anyDown = hasState(entries, MigrationEntry::State::Down);
    const bool anyUp = hasState(entries, MigrationEntry::State::Up);
    action(Action::ApplyNext)->setEnabled(canRun && anyDown);
    action(Action::ApplyToHere)->setEnabled(canRun && selected && selected->state == MigrationEntry::State::Down);
    action(Action::ApplyAll)->setEnabled(canRun && anyDown);
    action(Action::RollBack)->setEnabled(canRun && anyUp);
    action(Action::RollBackToHere)->setEnabled(canRun && selected && selected->state == MigrationEntry::State::Up);
    action(Action::Cancel)->setEnabled(busy && m_running);
    action(Action::Refresh)->setEnabled(!busy && !m_folder.isEmpty());
    action(Action::OpenDatabase)->setEnabled(!busy);
    action(Action::ResetSample)->setEnabled(!busy && isSample() && !m_explicitDatabase);
    action(Action::Plan)->setEnabled(!m_files.isEmpty());
    markIrreversibleRollbacks();
    action(Action::MarkApplied)->setEnabled(canRun && selected && selected->state == MigrationEntry::State::Down);
    action(Action::StopHere)->setEnabled(canRun && selected && selected->state == MigrationEntry::State::Down);
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

// Recorded versions, whether or not a file is left for them.
QList<qint64> MigrationTimeline::appliedVersions() const
{
    QList<qint64> versions;
    for (const MigrationEntry &entry : m_model->snapshot()) {
        if (entry.state == MigrationEntry::State::Up || entry.state == MigrationEntry::State::FileNotFound)
            versions.append(entry.version);
    }
    return versions;
}

void MigrationTimeline::start(Direction direction, const MigrationSelection &selection)
{
    if (!m_settings || m_runner->isBusy())
        return;
    db::ConnectionSettings settings = *m_settings;
    settings.createIfMissing = settings.createIfMissing || direction == Direction::Up;
    m_error->hide();
    m_progress->setRange(0, 0);
    m_progress->show();
    Q_EMIT runStarting();
    appendLog(direction == Direction::Up ? tr("Applying migrations to %1").arg(DatabaseDescription::describe(settings))
                                         : tr("Rolling back migrations on %1").arg(DatabaseDescription::describe(settings)));
    m_running = m_runner->run(settings, m_files, direction, selection, std::make_shared<const project::Project>(m_project));
    updateActions();
}

void MigrationTimeline::onRunFinished(const migration::MigrationRun &run)
{
    m_running = false;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->hide(); // the log says how it went; an idle bar only takes room
    if (run.error) {
        m_error->setText(tr("The run stopped: %1").arg(*run.error));
        m_error->show();
        appendLog(tr("Error: %1").arg(*run.error));
    }
    if (run.cancelled)
        appendLog(tr("Cancelled after %n migration(s).", nullptr, int(run.applied.size())));
    else if (run.ok())
        appendLog(run.applied.isEmpty() ? tr("Nothing to run.") : tr("Done: %n migration(s).", nullptr, int(run.applied.size())));
    if (std::exchange(m_seedAfterRun, false) && run.ok() && m_settings)
        seedSample();
    m_lastRunOk = run.ok();
    m_runJustFinished = true;
    refresh();
}

void MigrationTimeline::rollBack(const MigrationSelection &selection)
{
    if (selection.pick(Direction::Down, m_files, appliedVersions()).isEmpty())
        return;
    // Said before anything runs: the migrator would refuse it up front anyway.
    if (const QString reason = irreversibleReason(selection); !reason.isEmpty()) {
        confirm(tr("Cannot Roll Back"), reason);
        return;
    }
    if (confirm(tr("Roll Back Migrations"), rollbackConfirmationText(selection)))
        start(Direction::Down, selection);
}

QString MigrationTimeline::rollbackConfirmationText(const MigrationSelection &selection) const
{
    const QList<project::MigrationFile> files = selection.pick(Direction::Down, m_files, appliedVersions());
    QStringList lines{tr("Roll back %n migration(s), newest first:", nullptr, int(files.size()))};
    QStringList drops;
    for (const project::MigrationFile &file : files) {
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

bool MigrationTimeline::confirm(const QString &title, const QString &text) const
{
    if (m_confirm)
        return m_confirm(title, text);
    auto *self = const_cast<MigrationTimeline *>(this);
    return QMessageBox::warning(self, title, text, QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Ok;
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
        setProject(m_folder);
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

void MigrationTimeline::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
    // The newest line is the one that matters during a run, even after a scroll up.
    m_log->moveCursor(QTextCursor::End);
    m_followLog = true;
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
}

QString MigrationTimeline::databaseText() const
{
    return m_database->text();
}

QString MigrationTimeline::logText() const
{
    return m_log->toPlainText();
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

} // namespace ectowb::widgets
