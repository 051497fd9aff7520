#include "codehighlighter.h"
#include "codetabs.h"
#include "codeview.h"
#include "mainwindow.h"
#include "editmenu.h"
#include "migrationtimeline.h"
#include "presentationmode.h"
#include "querycomposer.h"
#include "queryrunpanel.h"
#include "resultgridview.h"
#include "schemadiagram.h"
#include "shortcutsdialog.h"
#include "workspace/workspace.h"
#include "models/migrationlistmodel.h"
#include "models/pipelinemodel.h"

#include "isolatedsettings.h"
#include "mainwindowtesting.h"

#include <algorithm>
#include "models/projectfilesmodel.h"
#include "projectdock.h"
#include "recentprojects.h"
#include "schemabrowser.h"
#include "schemadock.h"
#include "changesetpreview.h"
#include "project/sampleproject.h"
#include "translationloader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QIcon>
#include <QImage>
#include <QLibraryInfo>
#include <QFile>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QClipboard>
#include <QDir>
#include <QGraphicsView>
#include <QHeaderView>
#include <QTableView>
#include <QListView>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTreeView>

using namespace ectowb;
using namespace ectowb::widgets;
using namespace mainwindowtesting;

namespace {

// The mnemonic letters of a menu's entries; a repeat is a dead key for keyboard users.
QStringList mnemonicsOf(const QMenu *menu)
{
    QStringList letters;
    for (const QAction *action : menu->actions()) {
        const qsizetype at = action->text().indexOf(u'&');
        if (!action->isSeparator() && at >= 0 && at + 1 < action->text().size())
            letters << action->text().at(at + 1).toLower();
    }
    return letters;
}

QString sampleFile(const QString &relativePath)
{
    QFile file(project::SampleProject::folder() % u'/' % relativePath);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void opensTheSampleAndListsItsFiles();
    void selectingAFileShowsItsSource();
    void browsingReusesThePreviewTab();
    void theChosenSchemaShowsItsSource();
    void keywordIsHighlighted();
    void zoomChangesTheCodeFont();
    void recentProjectsAreRemembered();
    void statusBarShowsTheSampleDatabase();
    void aChosenDatabaseReachesEveryView();
    void missingFolderIsRefused();
    void reloadFindsNewFilesAndKeepsTabs();
    void viewDocksJoinTheViewMenu();
    void elixirFilesHaveTheirOwnIcon();
    void menusSpeakTheInstalledLanguage_data();
    void menusSpeakTheInstalledLanguage();
};

void TestMainWindow::initTestCase()
{
    ectowb::testsupport::isolateSettingsOverTheSample(); // never the user's own settings
}

void TestMainWindow::cleanup()
{
    TranslationLoader::install(qApp, QStringLiteral("en"));
    QSettings().clear();
}

void TestMainWindow::opensTheSampleAndListsItsFiles()
{
    MainWindow window;
    // The tree shows the files through an icon proxy: checked as a model while it loads.
    QAbstractItemModelTester tester(window.projectDock()->tree()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    QVERIFY(waitForProject(window, project::SampleProject::folder()));
    QTreeView *tree = window.projectDock()->tree();
    const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0),
        models::ProjectFilesModel::RelativePathRole, QStringLiteral("lib/blog/post.ex"), 1,
        Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().data().toString(), QStringLiteral("post.ex"));
    QVERIFY(tree->isExpanded(found.first().parent()));  // unfolded: visible without clicking
    QVERIFY(window.windowTitle().contains(u"blog"));
    QVERIFY(window.projectDock()->files().find(u"_build") < 0);
}

void TestMainWindow::selectingAFileShowsItsSource()
{
    MainWindow window;
    window.show();
    QVERIFY(waitForProject(window, project::SampleProject::folder()));
    QVERIFY(window.projectDock()->selectPath(QStringLiteral("lib/blog/post.ex")));
    CodeView *view = window.codeTabs()->currentView();
    QVERIFY(view);
    const QString expected = sampleFile(QStringLiteral("lib/blog/post.ex"));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(view->toPlainText(), expected);
    QVERIFY(view->isReadOnly());
    QCOMPARE(window.codeTabs()->tabText(window.codeTabs()->currentIndex()), QStringLiteral("post.ex"));
    QCOMPARE(view->language(), CodeLanguage::Elixir);
}

void TestMainWindow::browsingReusesThePreviewTab()
{
    MainWindow window;
    window.show();
    QVERIFY(waitForProject(window, project::SampleProject::folder()));
    QVERIFY(window.projectDock()->selectPath(QStringLiteral("lib/blog/post.ex")));
    QVERIFY(window.projectDock()->selectPath(QStringLiteral("lib/blog/user.ex")));
    QCOMPARE(window.codeTabs()->count(), 1);
    QVERIFY(window.openProjectFile(QStringLiteral("lib/blog/user.ex")));  // kept open now
    QVERIFY(!window.codeTabs()->isPreview(0));
    QVERIFY(window.projectDock()->selectPath(QStringLiteral("mix.exs")));
    QCOMPARE(window.codeTabs()->count(), 2);
    QVERIFY(window.codeTabs()->currentFile().endsWith(u"/mix.exs"));
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);  // File > Close Tab
    QCOMPARE(window.codeTabs()->count(), 1);
    QVERIFY(window.codeTabs()->currentFile().endsWith(u"/user.ex"));
}

// Choosing a schema in the browser previews its file in the middle, in the one preview tab.
void TestMainWindow::theChosenSchemaShowsItsSource()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(window.schemaDock(), &SchemaDock::schemasLoaded);
    QVERIFY(waitForProject(window, project::SampleProject::folder()));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    QTRY_VERIFY(window.codeTabs()->currentFile().endsWith(u"/lib/blog/comment.ex")); // the first schema
    QVERIFY(window.schemaDock()->browser()->selectSchema(QStringLiteral("Blog.Post")));
    QVERIFY(window.codeTabs()->currentFile().endsWith(u"/lib/blog/post.ex"));
    QCOMPARE(window.codeTabs()->count(), 1);
    QVERIFY(window.codeTabs()->isPreview(0));
}

void TestMainWindow::keywordIsHighlighted()
{
    MainWindow window;
    window.show();
    QVERIFY(waitForProject(window, project::SampleProject::folder()));
    QVERIFY(window.openProjectFile(QStringLiteral("lib/blog/post.ex")));
    CodeView *view = window.codeTabs()->currentView();
    QVERIFY(view && view->highlighter());
    const QTextBlock first = view->document()->firstBlock();
    QVERIFY(first.text().startsWith(u"defmodule "));
    QTextCharFormat keyword;
    QTextCharFormat afterKeyword;  // the space after `defmodule` is plain text
    for (const QTextLayout::FormatRange &range : first.layout()->formats()) {
        if (range.start == 0)
            keyword = range.format;
        if (range.start <= 9 && 9 < range.start + range.length)
            afterKeyword = range.format;
    }
    QVERIFY(keyword.foreground().style() != Qt::NoBrush);
    QVERIFY(keyword != afterKeyword);
    QCOMPARE(keyword.foreground().color(),
             view->highlighter()->palette().format(highlight::Category::Keyword).foreground().color());
}

void TestMainWindow::zoomChangesTheCodeFont()
{
    MainWindow window;
    window.show();
    QVERIFY(waitForProject(window, project::SampleProject::folder()));
    QVERIFY(window.openProjectFile(QStringLiteral("mix.exs")));
    const qreal base = window.codePointSize();
    window.zoomIn();
    window.zoomIn();
    QCOMPARE(window.codePointSize(), base + 2);
    QCOMPARE(window.codeTabs()->currentView()->pointSize(), base + 2);
    window.zoomOut();
    QCOMPARE(window.codeTabs()->currentView()->pointSize(), base + 1);
    QVERIFY(window.openProjectFile(QStringLiteral("lib/blog/post.ex")));  // a new tab follows the zoom
    QCOMPARE(window.codeTabs()->currentView()->pointSize(), base + 1);
    // The View menu's shortcut does it too.
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window.codeTabs()->currentView()->pointSize(), base);
    const qreal tree = window.projectDock()->tree()->font().pointSizeF();
    QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(window.codeTabs()->currentView()->pointSize(), base + 1);
    QTRY_COMPARE(window.projectDock()->tree()->font().pointSizeF(), tree + 1);
}

void TestMainWindow::reloadFindsNewFilesAndKeepsTabs()
{
    QTemporaryDir project;
    QVERIFY(project.isValid());
    QFile mix(project.filePath(QStringLiteral("mix.exs")));
    QVERIFY(mix.open(QIODevice::WriteOnly));
    mix.write("defmodule App.MixProject do\nend\n");
    mix.close();
    MainWindow window;
    QVERIFY(waitForProject(window, project.path()));
    QVERIFY(window.openProjectFile(QStringLiteral("mix.exs")));
    QVERIFY(window.projectDock()->files().find(u"later.ex") < 0);
    QFile later(project.filePath(QStringLiteral("later.ex")));
    QVERIFY(later.open(QIODevice::WriteOnly));
    later.close();
    QSignalSpy loaded(&window, &MainWindow::projectLoaded);
    window.reloadProject();
    QVERIFY(loaded.wait(10000));
    QVERIFY(window.projectDock()->files().find(u"later.ex") > 0);
    QCOMPARE(window.codeTabs()->count(), 1);
}

void TestMainWindow::recentProjectsAreRemembered()
{
    QTemporaryDir other;
    QVERIFY(other.isValid());
    {
        MainWindow window;
        QVERIFY(waitForProject(window, other.path()));
        QVERIFY(waitForProject(window, project::SampleProject::folder()));
    }
    const QStringList recent = RecentProjects::list();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(QFileInfo(recent.at(0)).canonicalFilePath(), QFileInfo(project::SampleProject::folder()).canonicalFilePath());
    QCOMPARE(QFileInfo(recent.at(1)).canonicalFilePath(), QFileInfo(other.path()).canonicalFilePath());
    // A new window (a new start of the app) lists them in File > Open Recent.
    MainWindow later;
    QMenu *recentMenu = nullptr;
    for (QAction *action : menuAt(later, 0)->actions()) {
        if (action->menu())
            recentMenu = action->menu();
    }
    QVERIFY(recentMenu);
    QVERIFY(recentMenu->actions().at(1)->text().contains(QDir::toNativeSeparators(recent.at(1))));
}

void TestMainWindow::statusBarShowsTheSampleDatabase()
{
    MainWindow window;
    QVERIFY(waitForProject(window, project::SampleProject::folder()));
    QVERIFY(window.databaseText().contains(QDir::toNativeSeparators(QFileInfo(project::SampleProject::databasePath()).fileName())));
    // Test mode: the database lives under the test's data folder, never the user's.
    QVERIFY(project::SampleProject::databasePath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/ecto-workbench/")));
    QVERIFY(window.databaseText().contains(u"qttest"));
    QVERIFY(window.databaseText().endsWith(u"blog_dev.db"));
    QVERIFY(QFileInfo(project::SampleProject::databasePath()).absoluteDir().exists());
    QTemporaryDir other;
    QVERIFY(waitForProject(window, other.path()));
    QVERIFY(!window.databaseText().contains(u"blog_dev.db"));
}

// The workspace holds the choice; the views observe it, none is told by hand.
void TestMainWindow::aChosenDatabaseReachesEveryView()
{
    MainWindow window;
    QSignalSpy schemas(window.schemaDock(), &SchemaDock::schemasLoaded);
    QVERIFY(waitForProject(window, project::SampleProject::folder()));
    QVERIFY(!schemas.isEmpty() || schemas.wait(20000));
    QTemporaryDir dir;
    db::ConnectionSettings other;
    other.dialect = db::Dialect::Sqlite;
    other.database = dir.filePath(QStringLiteral("other.db"));
    QFile file(other.database);
    QVERIFY(file.open(QIODevice::WriteOnly)); // an empty file is an empty SQLite database
    file.close();
    window.setDatabase(other);
    QCOMPARE(window.workspace()->chosenDatabase()->database, other.database);
    QVERIFY2(window.databaseText().contains(u"other.db"), qPrintable(window.databaseText()));
    QVERIFY2(window.changesetPreview()->databaseText().contains(u"other.db"),
             qPrintable(window.changesetPreview()->databaseText()));
    QTRY_VERIFY2_WITH_TIMEOUT(window.schemaDock()->browser()->databaseStatus().contains(u"other.db"),
                              qPrintable(window.schemaDock()->browser()->databaseStatus()), 10000);
}

void TestMainWindow::missingFolderIsRefused()
{
    MainWindow window;
    QVERIFY(!window.openProject(QStringLiteral("/nonexistent/ectowb/project")));
    QVERIFY(window.projectFolder().isEmpty());
    QVERIFY(RecentProjects::list().isEmpty());
}

// Views come in as docks tabbed together, each listed in View with an action that
// shows, raises and focuses it (a toggle would hide a visible view instead).
void TestMainWindow::viewDocksJoinTheViewMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *dock = new QDockWidget(QStringLiteral("Extra"), &window);
    dock->setObjectName(QStringLiteral("extraDock"));
    auto *content = new QLineEdit(dock);
    dock->setWidget(content);
    const int before = menuAt(window, 2)->actions().size();
    QAction *show = window.addViewDock(dock, QStringLiteral("E&xtra"), QKeySequence(Qt::CTRL | Qt::Key_9));
    QCOMPARE(menuAt(window, 2)->actions().size(), before + 1);
    QVERIFY(menuAt(window, 2)->actions().contains(show));
    QCOMPARE(window.dockWidgetArea(dock), Qt::RightDockWidgetArea);
    QVERIFY(window.tabifiedDockWidgets(window.schemaDock()).contains(dock));
    dock->hide();
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    QVERIFY(dock->isVisible());
    QTRY_VERIFY(content->hasFocus());
    // Pressing it again keeps the view (it is not a toggle).
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    QVERIFY(dock->isVisible());
    QVERIFY(window.showView(QStringLiteral("migrations")));
    QVERIFY(window.showView(QStringLiteral("diagram")));
    QVERIFY(!window.showView(QStringLiteral("nope")));
}

void TestMainWindow::elixirFilesHaveTheirOwnIcon()
{
    MainWindow window;
    QVERIFY(waitForProject(window, project::SampleProject::folder()));
    const QAbstractItemModel *model = window.projectDock()->tree()->model();
    auto iconOf = [model](const QString &path) {
        const QModelIndexList found = model->match(model->index(0, 0), models::ProjectFilesModel::RelativePathRole,
                                                   path, 1, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? QImage() : found.first().data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();
    };
    const QImage elixir = iconOf(QStringLiteral("lib/blog/post.ex"));
    const QImage other = iconOf(QStringLiteral(".formatter.exs"));
    const QImage folder = iconOf(QStringLiteral("lib"));
    QVERIFY(!elixir.isNull() && !other.isNull() && !folder.isNull());
    QVERIFY(elixir != folder);
    QVERIFY(elixir != other);  // a script's drop is lighter than a source file's
}

void TestMainWindow::menusSpeakTheInstalledLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("editMenu");
    QTest::addColumn<QString>("viewMenu");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&File") << QStringLiteral("&Edit") << QStringLiteral("&View");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei") << QStringLiteral("&Bearbeiten") << QStringLiteral("&Ansicht");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Fichier") << QStringLiteral("&\u00C9dition") << QStringLiteral("&Affichage");
}

void TestMainWindow::menusSpeakTheInstalledLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QFETCH(QString, editMenu);
    QFETCH(QString, viewMenu);
    QCOMPARE(TranslationLoader::install(qApp, language), language);
    MainWindow window;
    QCOMPARE(window.menuBar()->actions().at(0)->text(), fileMenu);
    QCOMPARE(window.menuBar()->actions().at(1)->text(), editMenu);
    QCOMPARE(window.menuBar()->actions().at(2)->text(), viewMenu);
    // Qt's own strings (standard dialogs' buttons) follow when qt6-translations-l10n is installed.
    const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) % u"/qtbase_" % language % u".qm";
    if (language != u"en" && QFile::exists(qtbase))
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != u"Cancel");
    for (QAction *menu : window.menuBar()->actions()) {
        const QStringList letters = mnemonicsOf(menu->menu());
        QCOMPARE(QSet<QString>(letters.cbegin(), letters.cend()).size(), letters.size());
        QCOMPARE(letters.size(), menu->menu()->actions().size()
                 - std::count_if(menu->menu()->actions().cbegin(), menu->menu()->actions().cend(),
                                 [](const QAction *a) { return a->isSeparator(); }));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
