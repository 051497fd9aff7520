#pragma once

#include "project/project.h"
#include "schema/schemacomparison.h"

#include <QDockWidget>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QTabWidget;

namespace ectowb::widgets {

class SchemaBrowser;
class SchemaDiagram;

// The schema views of the main window: browser (tree, details, database differences)
// and diagram, as tabs. Loads the Project and introspects its database on worker
// threads, so neither a big project nor an unreachable server blocks the window.
class SchemaDock : public QDockWidget
{
    Q_OBJECT
public:
    enum class Tab : quint8 { Browser, Diagram };

    explicit SchemaDock(QWidget *parent = nullptr);
    ~SchemaDock() override;

    // Reads the project itself (a dock on its own, in tests); the main window instead
    // shows its workspace's load through beginLoading(), showProgress() and setProject().
    void loadProject(const QString &folder);
    void beginLoading();
    void showProgress(int done, int total);
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
    void projectReady(const project::Project &project);
    void comparisonReady(const QList<schema::Mismatch> &mismatches, const QString &database, const QString &error);

    SchemaBrowser *m_browser;
    SchemaDiagram *m_diagram;
    QTabWidget *m_tabs;
    QProgressBar *m_progress;
    QLabel *m_empty;
    project::Project m_project;
    std::optional<db::ConnectionSettings> m_database;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    quint64 m_compareGeneration = 0;
    bool m_busy = false;
};

} // namespace ectowb::widgets
