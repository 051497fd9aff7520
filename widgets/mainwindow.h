#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;

namespace ectowb::widgets {

class CodeTabs;
class ProjectDock;

// The workbench window: the project tree on the left, source tabs in the middle.
// The views over the project (schemas, queries, ...) join through addViewDock().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Returns false (and tells the user in the status bar) if `folder` is no folder.
    bool openProject(const QString &folder);
    QString projectFolder() const { return m_projectFolder; }
    // Shows a file of the open project, by its "/"-separated path from the root.
    bool openProjectFile(const QString &relativePath);
    // Scans the folder again (files added or removed outside); open tabs stay.
    void reloadProject();
    void addViewDock(QDockWidget *dock, Qt::DockWidgetArea area = Qt::RightDockWidgetArea);

    ProjectDock *projectDock() const { return m_projectDock; }
    CodeTabs *codeTabs() const { return m_codeTabs; }
    QString databaseText() const;

    void zoomIn();
    void zoomOut();
    void resetZoom();
    qreal codePointSize() const;

Q_SIGNALS:
    void projectLoaded(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createFileMenu();
    void createViewMenu();
    void createHelpMenu();
    void rebuildRecentMenu();
    void chooseProject();
    void applyZoom(int steps);
    void showFile(const QString &absolutePath, bool keep);
    void updateTitle();
    void updateDatabaseLabel();
    void showAbout();

    ProjectDock *m_projectDock;
    CodeTabs *m_codeTabs;
    QLabel *m_databaseLabel;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_viewsSeparator = nullptr;
    QString m_projectFolder;
    qreal m_basePointSize;
    qreal m_baseTreePointSize;
    int m_zoomSteps = 0;
};

} // namespace ectowb::widgets
