#pragma once

#include "db/connectionsettings.h"

#include <QFont>
#include <QMainWindow>

#include <optional>

class QLabel;
class QMenu;

namespace ectowb::workspace {
class Workspace;
}

namespace ectowb::widgets {

class ChangesetPreview;
class EditMenu;
class PresentationMode;
class CodeTabs;
class QueryComposer;
class MigrationTimeline;
class ProjectDock;
class SchemaDock;

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
    // A view joins as a dock, tabbed with the other views beside the code, and gets a
    // View menu entry (`menuText`, with its mnemonic) that shows, raises and focuses it.
    QAction *addViewDock(QDockWidget *dock, const QString &menuText, const QKeySequence &shortcut = {});

    ProjectDock *projectDock() const { return m_projectDock; }
    SchemaDock *schemaDock() const { return m_schemaDock; }
    CodeTabs *codeTabs() const { return m_codeTabs; }
    MigrationTimeline *migrationTimeline() const { return m_migrations; }
    ChangesetPreview *changesetPreview() const { return m_changesets; }
    QueryComposer *queryComposer() const { return m_composer; }
    workspace::Workspace *workspace() const { return m_workspace; }
    // Shows and raises a view by name ("schemas", "diagram", "mismatches",
    // "query", "changesets", "migrations"); false for an unknown name.
    bool showView(const QString &name);
    static QStringList viewNames();
    QString databaseText() const;
    // Every view works on this database instead of the project's own.
    void setDatabase(const db::ConnectionSettings &settings);

    void zoomIn();
    void zoomOut();
    void resetZoom();
    qreal codePointSize() const;
    int zoomSteps() const;
    // F11: full screen, large fonts, high contrast, chrome hidden, arrows step the composer.
    bool isPresenting() const;
    void setPresenting(bool on);

Q_SIGNALS:
    void projectLoaded(bool ok);
    void presentationToggled(bool on);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectWorkspace();
    void createFileMenu();
    void createViewMenu();
    void createHelpMenu();
    void createMigrationDock();
    void createChangesetDock();
    void createQueryDock();
    void updateQueryDatabase();
    std::optional<db::ConnectionSettings> currentDatabase() const;
    void raiseView(QDockWidget *dock);
    void rebuildRecentMenu();
    void chooseProject();
    void applyZoom(int steps);
    void showFile(const QString &absolutePath, bool keep);
    void updateTitle();
    void updateDatabaseLabel();
    void showAbout();

    // First: the views are made observing it.
    workspace::Workspace *m_workspace;
    ProjectDock *m_projectDock;
    SchemaDock *m_schemaDock;
    CodeTabs *m_codeTabs;
    QLabel *m_databaseLabel;
    MigrationTimeline *m_migrations = nullptr;
    QDockWidget *m_migrationDock = nullptr;
    ChangesetPreview *m_changesets = nullptr;
    QueryComposer *m_composer = nullptr;
    QDockWidget *m_queryDock = nullptr;
    QDockWidget *m_changesetDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_viewsSeparator = nullptr;
    QList<QDockWidget *> m_viewDocks;
    QString m_projectFolder;
    qreal m_basePointSize;
    QFont m_baseAppFont;
    EditMenu *m_editMenu = nullptr;
    PresentationMode *m_presentation = nullptr;
    int m_zoomSteps = 0;
};

} // namespace ectowb::widgets
