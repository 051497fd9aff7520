// The workbench as a whole: one workspace behind the views, the UI-wide zoom,
// presentation mode, the Edit menu and the list of keys.
#include "editmenu.h"
#include "mainwindow.h"
#include "migrationtimeline.h"
#include "presentationmode.h"
#include "projectdock.h"
#include "querycomposer.h"
#include "queryrunpanel.h"
#include "resultgridview.h"
#include "schemabrowser.h"
#include "schemadiagram.h"
#include "schemadock.h"
#include "shortcutsdialog.h"
#include "models/migrationlistmodel.h"
#include "models/pipelinemodel.h"
#include "project/sampleproject.h"
#include "workspace/workspace.h"

#include "isolatedsettings.h"
#include "mainwindowtesting.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <algorithm>

using namespace ectowb;
using namespace ectowb::widgets;
using namespace mainwindowtesting;

class TestWorkbenchUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void zoomScalesEveryPane();
    void zoomKeysWorkFromEveryPane_data();
    void zoomKeysWorkFromEveryPane();
    void zoomIsRememberedAtOnce();
    void presentationModeIsForAProjector();
    void editMenuActsOnTheFocusedField();
    void helpListsEveryShortcut();
    void viewsFillInFromOneWorkspace();
};

void TestWorkbenchUi::initTestCase()
{
    ectowb::testsupport::isolateSettingsOverTheSample(); // never the user's own settings
}

// Ctrl++ grows every pane, not only the code and the tree: the views' trees, lists
// and tables, the docks' labels, the log and the diagram's boxes.
void TestWorkbenchUi::zoomScalesEveryPane()
{
    MainWindow window;
    window.show();
    QVERIFY(waitForSchemas(window, project::SampleProject::folder()));
    window.resetZoom();
    QVERIFY(window.schemaDock()->diagram()->boxCount() > 0);
    const QList<QWidget *> panes{window.schemaDock()->browser()->tree(), window.migrationTimeline()->list(),
                                 window.queryComposer()->stepList(), window.projectDock()->tree(),
                                 window.migrationTimeline()->findChild<QPlainTextEdit *>()};
    QList<qreal> before;
    for (QWidget *pane : panes) {
        QVERIFY(pane);
        before << pane->font().pointSizeF();
    }
    const qreal box = window.schemaDock()->diagram()->boxFontPointSize();
    QHeaderView *rows = window.queryComposer()->runPanel()->grid()->tableView()->verticalHeader();
    const int rowHeight = rows->defaultSectionSize();
    window.zoomIn();
    window.zoomIn();
    QTRY_VERIFY(rows->defaultSectionSize() > rowHeight); // rows grow with their text
    // Qt hands the new application font to some widgets a moment later.
    for (int i = 0; i < panes.size(); ++i)
        QTRY_VERIFY2(qFuzzyCompare(panes.at(i)->font().pointSizeF(), before.at(i) + 2), qPrintable(panes.at(i)->objectName()));
    QTRY_COMPARE(window.schemaDock()->diagram()->boxFontPointSize(), box + 2);
    window.resetZoom();
    for (int i = 0; i < panes.size(); ++i)
        QTRY_COMPARE(panes.at(i)->font().pointSizeF(), before.at(i));
}

void TestWorkbenchUi::zoomKeysWorkFromEveryPane_data()
{
    QTest::addColumn<QString>("pane");
    QTest::newRow("diagram") << QStringLiteral("diagram");
    QTest::newRow("schema tree") << QStringLiteral("schemas");
    QTest::newRow("composer steps") << QStringLiteral("query");
    QTest::newRow("migrations") << QStringLiteral("migrations");
    QTest::newRow("project tree") << QStringLiteral("tree");
}

// The diagram once had Ctrl++ of its own: two owners of one key, and Qt did nothing.
void TestWorkbenchUi::zoomKeysWorkFromEveryPane()
{
    QFETCH(QString, pane);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.resetZoom();
    QWidget *target = window.projectDock()->tree();
    if (pane == u"tree") {
        target->setFocus();
    } else {
        QVERIFY(window.showView(pane));
        if (pane == u"diagram")
            target = window.schemaDock()->diagram()->view();
        else if (pane == u"schemas")
            target = window.schemaDock()->browser()->tree();
        else if (pane == u"query")
            target = window.queryComposer()->stepList();
        else
            target = window.migrationTimeline()->list();
        target->setFocus();
    }
    QTRY_VERIFY(target->hasFocus());
    QTest::keyClick(target, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(window.zoomSteps(), 1);
    QTest::keyClick(target, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(target, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(window.zoomSteps(), -1);
    QTest::keyClick(target, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window.zoomSteps(), 0);
}

void TestWorkbenchUi::zoomIsRememberedAtOnce()
{
    {
        MainWindow window;
        window.resetZoom();
        window.zoomIn();
        window.zoomIn();
        // Saved now: a crash or a killed session keeps it too.
        QCOMPARE(QSettings().value(QStringLiteral("view/zoomSteps")).toInt(), 2);
    }
    MainWindow again;
    QCOMPARE(again.zoomSteps(), 2);
    again.resetZoom();
    QCOMPARE(QSettings().value(QStringLiteral("view/zoomSteps")).toInt(), 0);
}

void TestWorkbenchUi::presentationModeIsForAProjector()
{
    MainWindow window;
    window.show();
    QVERIFY(waitForSchemas(window, project::SampleProject::folder()));
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.resetZoom();
    const qreal base = QApplication::font().pointSizeF();
    const QColor window0 = QApplication::palette().color(QPalette::Window);
    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(window.isPresenting());
    QVERIFY(!window.menuBar()->isVisible());
    QVERIFY(!window.statusBar()->isVisible());
    QVERIFY(!window.projectDock()->isVisible());
    QCOMPARE(QApplication::font().pointSizeF(), base + PresentationMode::ExtraZoomSteps);
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
    QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::black));
    // The composer's step-through, one step per arrow key.
    QVERIFY(window.showView(QStringLiteral("query")));
    QueryComposer *composer = window.queryComposer();
    composer->setSource(QStringLiteral("from p in Post, where: p.view_count > 1, select: p.title"));
    QCOMPARE(composer->model()->rowCount(), 3);
    composer->stepList()->setFocus();
    QTRY_VERIFY(composer->stepList()->hasFocus());
    composer->stepList()->setCurrentIndex(composer->model()->index(0, 0));
    QTest::keyClick(composer->stepList(), Qt::Key_Right);
    QVERIFY(composer->isStepThrough());
    QCOMPARE(composer->stepList()->currentIndex().row(), 0);
    QTest::keyClick(composer->stepList(), Qt::Key_Right);
    QCOMPARE(composer->stepList()->currentIndex().row(), 1);
    QCOMPARE(composer->model()->highlightedStep(), 1);
    QTest::keyClick(composer->stepList(), Qt::Key_Right);
    QTest::keyClick(composer->stepList(), Qt::Key_Right);
    QCOMPARE(composer->stepList()->currentIndex().row(), 2); // the last step stays
    QTest::keyClick(composer->stepList(), Qt::Key_Left);
    QCOMPARE(composer->stepList()->currentIndex().row(), 1);
    // Zoom still answers with the menu bar hidden.
    QTest::keyClick(composer->stepList(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(window.zoomSteps(), 1);
    QTest::keyClick(composer->stepList(), Qt::Key_Escape);
    QVERIFY(!window.isPresenting());
    QVERIFY(window.menuBar()->isVisible());
    QCOMPARE(QApplication::font().pointSizeF(), base + 1);
    QCOMPARE(QApplication::palette().color(QPalette::Window), window0);
    window.resetZoom();
}

void TestWorkbenchUi::editMenuActsOnTheFocusedField()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QMenu *edit = menuAt(window, 1);
    QStringList texts;
    for (const QAction *action : edit->actions()) {
        if (!action->isSeparator())
            texts << action->text();
    }
    QCOMPARE(texts, (QStringList{QStringLiteral("&Undo"), QStringLiteral("&Redo"), QStringLiteral("&Copy"), QStringLiteral("&Find")}));
    QLineEdit *filter = window.schemaDock()->browser()->filterEdit();
    QVERIFY(window.showView(QStringLiteral("schemas")));
    filter->setFocus();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("post"));
    filter->selectAll();
    QVERIFY(EditMenu::apply(filter, QKeySequence::Copy));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("post"));
    QVERIFY(EditMenu::apply(filter, QKeySequence::Undo));
    QVERIFY(filter->text() != QStringLiteral("post"));
    QVERIFY(EditMenu::apply(filter, QKeySequence::Redo));
    QCOMPARE(filter->text(), QStringLiteral("post"));
    // Find from the menu, wherever focus was: the schema filter.
    window.projectDock()->tree()->setFocus();
    QTRY_VERIFY(window.projectDock()->tree()->hasFocus());
    edit->actions().last()->trigger();
    QTRY_VERIFY(filter->hasFocus());
}

void TestWorkbenchUi::helpListsEveryShortcut()
{
    MainWindow window;
    const QList<QPair<QString, QString>> rows = ShortcutsDialog::shortcuts(&window);
    QStringList names;
    for (const auto &row : rows)
        names << row.first;
    for (const QString &name : {QStringLiteral("Zoom In"), QStringLiteral("Zoom Out"), QStringLiteral("Reset Zoom"),
                                QStringLiteral("Presentation Mode"), QStringLiteral("Undo"), QStringLiteral("Copy"),
                                QStringLiteral("Find"), QStringLiteral("Schemas"), QStringLiteral("Migrations"),
                                QStringLiteral("Open Project"), QStringLiteral("Keyboard Shortcuts")})
        QVERIFY2(names.contains(name), qPrintable(name + u" missing from " + names.join(u", ")));
    // Every action with keys is listed.
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut().isEmpty())
            continue;
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(std::any_of(rows.cbegin(), rows.cend(), [&](const auto &row) { return row.second.contains(keys); }),
                 qPrintable(action->text() + u' ' + keys));
    }
}

// One read of the project: the timeline lists the migrations before the schemas are
// in, and every view then shows the workspace's project.
void TestWorkbenchUi::viewsFillInFromOneWorkspace()
{
    MainWindow window;
    window.show();
    QSignalSpy listed(window.workspace(), &workspace::Workspace::migrationsListed);
    QSignalSpy loaded(window.workspace(), &workspace::Workspace::projectLoaded);
    QVERIFY(window.openProject(project::SampleProject::folder()));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(listed.count(), 1);
    QCOMPARE(loaded.count(), 1);
    const project::Project &project = window.workspace()->project();
    QCOMPARE(window.schemaDock()->project().schemas.size(), project.schemas.size());
    QCOMPARE(window.migrationTimeline()->model()->rowCount(), int(project.migrations.size()));
    QVERIFY(window.databaseText().contains(QDir::toNativeSeparators(project::SampleProject::databasePath()))
            || window.databaseText().contains(u"SQLite"));
}

QTEST_MAIN(TestWorkbenchUi)
#include "tst_workbenchui.moc"
