#pragma once

#include "project/project.h"
#include "schema/schemacomparison.h"

#include <QDockWidget>

#include <QPointer>

#include <optional>

class QLabel;
class QProgressBar;
class QTabWidget;

namespace ectowb::workspace {
class Workspace;
}

namespace ectowb::widgets {

class SchemaBrowser;
class SchemaDiagram;

// The schema views of the main window: browser (tree, details, database differences)
// and diagram, as tabs. Shows the workspace's project as it loads and introspects
// its database on the workspace's pool, so neither a big project nor an unreachable
// server blocks the window.
class SchemaDock : public QDockWidget
{
    Q_OBJECT
public:
    enum class Tab : quint8 { Browser, Diagram };

    // Observes `workspace`: its load's progress, then its project.
    explicit SchemaDock(workspace::Workspace *workspace, QWidget *parent = nullptr);
    ~SchemaDock() override;

    void setProject(const project::Project &project);
    // Compare with this database instead of the project's own; nullopt: the project's.
    void setDatabase(const std::optional<db::ConnectionSettings> &settings);
    // Introspects the database again (after migrations ran, say) and re-marks the tree.
    void compareWithDatabase();
    void showTab(Tab tab);
    bool isBusy() const { return m_busy; }
    const project::Project &project() const { return m_project; }

    SchemaBrowser *browser() const { return m_browser; }
    // Why there is nothing to show (no mix.exs, no schemas); empty when there are schemas.
    QString emptyText() const;
    SchemaDiagram *diagram() const { return m_diagram; }

Q_SIGNALS:
    void schemasLoaded(int count);
    void databaseChecked(bool reachable);

private:
    void beginLoading();
    void showProgress(int done, int total);
    void comparisonReady(const QList<schema::Mismatch> &mismatches, const QString &database, const QString &error);

    SchemaBrowser *m_browser;
    SchemaDiagram *m_diagram;
    QTabWidget *m_tabs;
    QProgressBar *m_progress;
    QLabel *m_empty;
    QPointer<workspace::Workspace> m_workspace;
    project::Project m_project;
    std::optional<db::ConnectionSettings> m_database;
    quint64 m_compareGeneration = 0;
    bool m_busy = false;
};

} // namespace ectowb::widgets
