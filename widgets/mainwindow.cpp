#include "mainwindow.h"

#include "changesetpreview.h"
#include "codetabs.h"
#include "querycomposer.h"
#include "queryrunpanel.h"
#include "databasedescription.h"
#include "codeview.h"
#include "connectiondialog.h"
#include "editmenu.h"
#include "presentationmode.h"
#include "shortcutsdialog.h"
#include "migrationtimeline.h"
#include "projectdock.h"
#include "recentprojects.h"
#include "schemabrowser.h"
#include "schemadock.h"
#include "project/projectdatabase.h"
#include "project/sampleproject.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QStandardPaths>
#include <QDockWidget>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

namespace ectowb::widgets {

namespace {

constexpr int MinZoomSteps = -6;
constexpr int MaxZoomSteps = 24;
constexpr int StatusTimeout = 5000;

const QString &zoomKey()
{
    static const QString key = QStringLiteral("view/zoomSteps");
    return key;
}

const QString &geometryKey()
{
    static const QString key = QStringLiteral("window/geometry");
    return key;
}

const QString &stateKey()
{
    static const QString key = QStringLiteral("window/state");
    return key;
}

// One query history per project, in the user's data folder.
QString historyFile(const QString &projectFolder)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) % u"/history";
    QDir().mkpath(dir);
    const QByteArray key = QCryptographicHash::hash(projectFolder.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return dir % u'/' % QString::fromLatin1(key) % u".json";
}

// The application font before any zoom: a second window must not take a zoomed font
// for its base.
QFont baseApplicationFont()
{
    static const char *const key = "ectowb_baseFont";
    const QVariant stored = qApp->property(key);
    if (stored.isValid())
        return stored.value<QFont>();
    qApp->setProperty(key, QApplication::font());
    return QApplication::font();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new workspace::Workspace(this))
    , m_projectDock(new ProjectDock(m_workspace, this))
    , m_schemaDock(new SchemaDock(m_workspace, this))
    , m_codeTabs(new CodeTabs(this))
    , m_databaseLabel(new QLabel(this))
    , m_basePointSize(m_codeTabs->codePointSize())
    , m_baseAppFont(baseApplicationFont())
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_codeTabs);
    addDockWidget(Qt::LeftDockWidgetArea, m_projectDock);
    resizeDocks({m_projectDock}, {230}, Qt::Horizontal);
    statusBar()->addPermanentWidget(m_databaseLabel);
    createFileMenu();
    m_editMenu = new EditMenu(menuBar(), [this] {
        raiseView(m_schemaDock);
        m_schemaDock->showTab(SchemaDock::Tab::Browser);
        m_schemaDock->browser()->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_schemaDock->browser()->filterEdit()->selectAll();
    });
    createViewMenu();
    createHelpMenu();
    m_presentation = new PresentationMode(this, [this](int delta) { return m_queryDock->isVisible() && m_composer->stepBy(delta); });
    connect(m_presentation, &PresentationMode::toggled, this, [this](bool on) {
        applyZoom(m_zoomSteps);
        Q_EMIT presentationToggled(on);
    });
    addViewDock(m_schemaDock, tr("&Schemas"), QKeySequence(Qt::CTRL | Qt::Key_3));
    createQueryDock();
    createChangesetDock();
    createMigrationDock();
    m_schemaDock->raise();
    // The schema chosen in the browser shows its source in the middle, as a preview tab.
    connect(m_schemaDock->browser(), &SchemaBrowser::currentSchemaChanged, this,
            [this](const QString &, const QString &file) {
                if (!file.isEmpty())
                    showFile(file, false);
            });
    // One database for every view: a choice made in the timeline is the workspace's,
    // which the other views observe.
    connect(m_migrations, &MigrationTimeline::databaseChosen, m_workspace, &workspace::Workspace::chooseDatabase);
    connect(m_workspace, &workspace::Workspace::databaseChanged, this, [this] {
        updateDatabaseLabel();
        updateQueryDatabase();
    });
    connect(m_migrations, &MigrationTimeline::runStarting, m_composer->runPanel(), &QueryRunPanel::closeResult);
    connect(m_schemaDock, &SchemaDock::schemasLoaded, this, &MainWindow::updateDatabaseLabel);
    connectWorkspace();
    connect(m_projectDock, &ProjectDock::filePreviewRequested, this, [this](const QString &file) { showFile(file, false); });
    connect(m_projectDock, &ProjectDock::fileOpenRequested, this, [this](const QString &file) { showFile(file, true); });
    connect(m_projectDock, &ProjectDock::projectLoaded, this, [this](bool ok) {
        const project::ProjectFiles &snapshot = m_projectDock->files();
        QString message = tr("Cannot read the project folder.");
        if (ok && snapshot.isTruncated())
            message = tr("Showing the first %n file(s); the folder holds more.", nullptr, snapshot.fileCount());
        else if (ok)
            message = tr("Loaded %n file(s).", nullptr, snapshot.fileCount());
        statusBar()->showMessage(message, StatusTimeout);
        Q_EMIT projectLoaded(ok);
    });
    applyZoom(QSettings().value(zoomKey(), 0).toInt());
    setTabOrder(m_projectDock->tree(), m_codeTabs);
    updateTitle();
    updateDatabaseLabel();
    resize(1400, 860);
    // The views want most of the width; the code keeps enough for a schema file.
    resizeDocks({m_viewDocks.first()}, {840}, Qt::Horizontal);
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey()).toByteArray());
    restoreState(settings.value(stateKey()).toByteArray());
}

// The views observe the workspace: each fills in as its part of the project arrives,
// and none passes the project to another. The schema, changeset, timeline and file
// views connect themselves; the composer's history file is the window's business.
void MainWindow::connectWorkspace()
{
    connect(m_workspace, &workspace::Workspace::projectLoaded, this, [this](const project::Project &project) {
        m_composer->setProject(project);
        m_composer->setHistoryFile(historyFile(project.root));
        updateQueryDatabase();
        updateDatabaseLabel();
    });
}

bool MainWindow::openProject(const QString &folder)
{
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists()) {
        statusBar()->showMessage(tr("No such project folder: %1").arg(QDir::toNativeSeparators(folder)), StatusTimeout);
        return false;
    }
    m_projectFolder = QDir::cleanPath(dir.absolutePath());
    m_codeTabs->closeAll();
    m_workspace->open(m_projectFolder);
    RecentProjects::add(m_projectFolder);
    rebuildRecentMenu();
    updateTitle();
    updateDatabaseLabel();
    return true;
}

void MainWindow::reloadProject()
{
    if (!m_projectFolder.isEmpty())
        m_workspace->open(m_projectFolder);
}

bool MainWindow::openProjectFile(const QString &relativePath)
{
    if (!m_projectDock->selectPath(relativePath))
        return false;
    showFile(m_projectFolder % u'/' % relativePath, true);
    return true;
}

QAction *MainWindow::addViewDock(QDockWidget *dock, const QString &menuText, const QKeySequence &shortcut)
{
    // Views share one tabbed area: each gets most of the window when raised, and the
    // person can still float or move them.
    if (m_viewDocks.isEmpty())
        addDockWidget(Qt::RightDockWidgetArea, dock);
    else
        tabifyDockWidget(m_viewDocks.first(), dock);
    m_viewDocks.append(dock);
    auto *show = new QAction(menuText, dock);
    show->setShortcut(shortcut);
    connect(show, &QAction::triggered, this, [this, dock] { raiseView(dock); });
    m_viewMenu->insertAction(m_viewsSeparator, show);
    return show;
}

void MainWindow::raiseView(QDockWidget *dock)
{
    dock->show();
    dock->raise();
    if (dock->widget())
        dock->widget()->setFocus(Qt::ShortcutFocusReason);
}

// The migration timeline: a dock of its own, so its source and SQL panes get the
// room they need.
void MainWindow::createMigrationDock()
{
    m_migrations = new MigrationTimeline(m_workspace, this);
    m_migrationDock = new QDockWidget(tr("Migrations"), this);
    m_migrationDock->setObjectName(QStringLiteral("migrationDock"));
    m_migrationDock->setWidget(m_migrations);
    // Open Database... is the connection form; an empty answer is the project's own.
    m_migrations->setUrlPrompt([this]() -> std::optional<QString> {
        ConnectionDialog dialog(m_workspace, this);
        if (const auto chosen = m_workspace->chosenDatabase())
            dialog.setUrl(chosen->redacted());
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.connectionUrl();
    });
    addViewDock(m_migrationDock, tr("&Migrations"), QKeySequence(Qt::CTRL | Qt::Key_6));
}

void MainWindow::createQueryDock()
{
    m_composer = new QueryComposer(this);
    m_queryDock = new QDockWidget(tr("Query"), this);
    m_queryDock->setObjectName(QStringLiteral("queryDock"));
    m_queryDock->setWidget(m_composer);
    addViewDock(m_queryDock, tr("&Query"), QKeySequence(Qt::CTRL | Qt::Key_4));
}

// The database the views work on: the one chosen, or the project's own (read only
// here: running a query never creates a database file).
std::optional<db::ConnectionSettings> MainWindow::currentDatabase() const
{
    if (m_workspace->chosenDatabase())
        return m_workspace->chosenDatabase();
    if (!m_workspace->isLoaded())
        return std::nullopt;
    const auto own = m_workspace->database();
    return own ? std::optional(own.value()) : std::nullopt;
}

void MainWindow::updateQueryDatabase()
{
    m_composer->setDatabase(currentDatabase());
}

void MainWindow::createChangesetDock()
{
    m_changesets = new ChangesetPreview(m_workspace, this);
    m_changesetDock = new QDockWidget(tr("Changesets"), this);
    m_changesetDock->setObjectName(QStringLiteral("changesetDock"));
    m_changesetDock->setWidget(m_changesets);
    addViewDock(m_changesetDock, tr("C&hangesets"), QKeySequence(Qt::CTRL | Qt::Key_5));
}

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("schemas"), QStringLiteral("diagram"), QStringLiteral("mismatches"),
            QStringLiteral("query"), QStringLiteral("changesets"), QStringLiteral("migrations")};
}

bool MainWindow::showView(const QString &name)
{
    if (name == u"schemas" || name == u"diagram" || name == u"mismatches") {
        raiseView(m_schemaDock);
        m_schemaDock->showTab(name == u"diagram" ? SchemaDock::Tab::Diagram : SchemaDock::Tab::Browser);
        if (name == u"mismatches")
            m_schemaDock->browser()->mismatchView()->setFocus(Qt::OtherFocusReason);
        return true;
    }
    if (name == u"migrations") {
        raiseView(m_migrationDock);
        return true;
    }
    if (name == u"query") {
        raiseView(m_queryDock);
        return true;
    }
    if (name == u"changesets") {
        raiseView(m_changesetDock);
        return true;
    }
    return false;
}

QString MainWindow::databaseText() const
{
    return m_databaseLabel->text();
}

void MainWindow::zoomIn() { applyZoom(m_zoomSteps + 1); }
void MainWindow::zoomOut() { applyZoom(m_zoomSteps - 1); }
void MainWindow::resetZoom() { applyZoom(0); }

qreal MainWindow::codePointSize() const
{
    return m_codeTabs->codePointSize();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(zoomKey(), m_zoomSteps);
    settings.setValue(geometryKey(), saveGeometry());
    settings.setValue(stateKey(), saveState());
    event->accept();
}

void MainWindow::createFileMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&File"));
    QAction *open = menu->addAction(tr("&Open Project..."), this, &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = menu->addMenu(tr("&Recent Projects"));
    rebuildRecentMenu();
    menu->addAction(tr("Open the &Sample Project"), this, [this] { openProject(project::SampleProject::folder()); });
    QAction *reload = menu->addAction(tr("Re&load Project"), this, &MainWindow::reloadProject);
    reload->setShortcut(QKeySequence::Refresh);
    menu->addAction(tr("Open &Database..."), this,
                    [this] { m_migrations->action(MigrationTimeline::Action::OpenDatabase)->trigger(); });
    menu->addSeparator();
    QAction *close = menu->addAction(tr("&Close Tab"), m_codeTabs, &CodeTabs::closeCurrent);
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    menu->addSeparator();
    QAction *quit = menu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *in = m_viewMenu->addAction(tr("Zoom &In"), this, &MainWindow::zoomIn);
    in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *out = m_viewMenu->addAction(tr("Zoom &Out"), this, &MainWindow::zoomOut);
    out->setShortcut(QKeySequence::ZoomOut);
    QAction *reset = m_viewMenu->addAction(tr("&Reset Zoom"), this, &MainWindow::resetZoom);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *present = m_viewMenu->addAction(tr("Pr&esentation Mode"), this, [this] { m_presentation->toggle(); });
    present->setShortcut(QKeySequence(Qt::Key_F11));
    present->setCheckable(true);
    connect(this, &MainWindow::presentationToggled, present, &QAction::setChecked);
    // From any pane, floating docks included, and with the menu bar hidden.
    for (QAction *action : {in, out, reset, present}) {
        action->setShortcutContext(Qt::ApplicationShortcut);
        addAction(action);
    }
    m_viewMenu->addSeparator();
    QAction *tree = m_viewMenu->addAction(tr("Go to the Project &Tree"), this, [this] {
        m_projectDock->show();
        m_projectDock->tree()->setFocus(Qt::ShortcutFocusReason);
    });
    tree->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *code = m_viewMenu->addAction(tr("Go to the &Code"), this, [this] {
        if (CodeView *view = m_codeTabs->currentView())
            view->setFocus(Qt::ShortcutFocusReason);
    });
    code->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_viewMenu->addSeparator();
    m_projectDock->toggleViewAction()->setText(tr("&Project"));
    m_viewMenu->addAction(m_projectDock->toggleViewAction());
    m_viewsSeparator = m_viewMenu->addSeparator();
}

void MainWindow::createHelpMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Help"));
    QAction *keys = menu->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(this);
        dialog.exec();
    });
    keys->setShortcut(QKeySequence::HelpContents);
    addAction(keys);
    menu->addSeparator();
    QAction *about = menu->addAction(tr("&About Ecto Workbench"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList folders = RecentProjects::list();
    for (int i = 0; i < folders.size(); ++i) {
        const QString &folder = folders.at(i);
        // Numbered entries give keyboard users a mnemonic for each project.
        const QString label = QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(folder));
        m_recentMenu->addAction(label, this, [this, folder] {
            if (!openProject(folder)) {
                RecentProjects::remove(folder);
                rebuildRecentMenu();
            }
        });
    }
    if (!folders.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear the List"), this, [this] {
        RecentProjects::clear();
        rebuildRecentMenu();
    });
    clear->setEnabled(!folders.isEmpty());
}

void MainWindow::chooseProject()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Project"), m_projectFolder);
    if (!folder.isEmpty())
        openProject(folder);
}

// The whole UI grows: the application font carries every pane that does not set a
// size of its own (tables, trees, docks, labels, the diagram's boxes); the code panes
// keep their fixed-width font and follow by the same number of points.
void MainWindow::applyZoom(int steps)
{
    const bool changed = m_zoomSteps != std::clamp(steps, MinZoomSteps, MaxZoomSteps);
    m_zoomSteps = std::clamp(steps, MinZoomSteps, MaxZoomSteps);
    const int points = m_zoomSteps + (m_presentation && m_presentation->isOn() ? PresentationMode::ExtraZoomSteps : 0);
    QFont font = m_baseAppFont;
    font.setPointSizeF(std::max(6.0, m_baseAppFont.pointSizeF() + points));
    QApplication::setFont(font);
    const qreal code = std::max(6.0, m_basePointSize + points);
    m_codeTabs->setCodePointSize(code);
    m_migrations->setCodePointSize(code);
    for (CodeView *view : findChildren<CodeView *>())
        view->setPointSize(code);
    if (changed)
        QSettings().setValue(zoomKey(), m_zoomSteps); // remembered at once, not only on a clean exit
}

int MainWindow::zoomSteps() const
{
    return m_zoomSteps;
}

bool MainWindow::isPresenting() const
{
    return m_presentation->isOn();
}

void MainWindow::setPresenting(bool on)
{
    m_presentation->setOn(on);
}

void MainWindow::showFile(const QString &absolutePath, bool keep)
{
    const QString error = m_codeTabs->showFile(absolutePath, keep ? CodeTabs::Mode::Keep : CodeTabs::Mode::Preview);
    if (!error.isEmpty())
        statusBar()->showMessage(error, StatusTimeout);
}

void MainWindow::updateTitle()
{
    if (m_projectFolder.isEmpty())
        setWindowTitle(tr("Ecto Workbench"));
    else
        setWindowTitle(tr("%1 - Ecto Workbench").arg(QDir(m_projectFolder).dirName()));
}

// The database every view works on: the one chosen (--database, Open Database...)
// or the project's own, once the project is read.
void MainWindow::updateDatabaseLabel()
{
    std::optional<db::ConnectionSettings> settings = m_workspace->chosenDatabase();
    const bool sample = !m_projectFolder.isEmpty() && project::SampleProject::isSample(m_projectFolder);
    if (!settings && !m_projectFolder.isEmpty() && (sample || m_workspace->isLoaded())) {
        if (sample)
            project::SampleProject::ensureDataFolder();
        const auto own = m_workspace->database(); // the sample's is known before its load ends
        if (own)
            settings = own.value();
    }
    if (settings) {
        m_databaseLabel->setText(tr("Database: %1").arg(DatabaseDescription::describe(*settings)));
        m_databaseLabel->setToolTip(settings->dialect == db::Dialect::Sqlite
                                        ? QDir::toNativeSeparators(settings->database) : settings->redacted());
    } else {
        m_databaseLabel->setText(tr("Database: none"));
        m_databaseLabel->setToolTip(QString());
    }
}

void MainWindow::setDatabase(const db::ConnectionSettings &settings)
{
    m_workspace->chooseDatabase(settings);
    m_migrations->setDatabase(settings);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Ecto Workbench"),
                       tr("<h3>Ecto Workbench %1</h3>"
                          "<p>A desktop workbench for Ecto, the database toolkit of Elixir: "
                          "browse schemas, compose queries, preview changesets and step "
                          "through migrations.</p><p>Built with Qt %2.</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace ectowb::widgets
