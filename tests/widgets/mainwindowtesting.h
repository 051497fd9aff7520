#pragma once

// What the tests of the whole window (tst_mainwindow, tst_workbenchui) wait for and
// look up.

#include "mainwindow.h"
#include "schemadock.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>

namespace mainwindowtesting {

// Opens `folder` and waits until the window says whether it loaded.
inline bool waitForProject(ectowb::widgets::MainWindow &window, const QString &folder)
{
    QSignalSpy loaded(&window, &ectowb::widgets::MainWindow::projectLoaded);
    return window.openProject(folder) && loaded.wait(10000) && loaded.first().first().toBool();
}

// The file tree and the workspace's read of the project both done.
inline bool waitForSchemas(ectowb::widgets::MainWindow &window, const QString &folder)
{
    QSignalSpy schemas(window.schemaDock(), &ectowb::widgets::SchemaDock::schemasLoaded);
    return waitForProject(window, folder) && (!schemas.isEmpty() || schemas.wait(20000));
}

// The menu-bar menu at `index` (File, Edit, View...).
inline QMenu *menuAt(const ectowb::widgets::MainWindow &window, int index)
{
    return window.menuBar()->actions().at(index)->menu();
}

} // namespace mainwindowtesting
