#pragma once

#include "project/projectfiles.h"

#include <QDockWidget>
#include <QFutureWatcher>

class QTreeView;

namespace ectowb::models {
class ProjectFilesModel;
}

namespace ectowb::widgets {

// The project's files as a tree. Loading scans the folder off the GUI thread.
class ProjectDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ProjectDock(QWidget *parent = nullptr);

    void loadProject(const QString &rootPath);
    const project::ProjectFiles &files() const;
    QTreeView *tree() const { return m_tree; }
    // Selects a file by its "/"-separated path from the project root.
    bool selectPath(const QString &relativePath);

Q_SIGNALS:
    void projectLoaded(bool ok);
    // Browsing (current item changed) previews; Enter or double-click keeps it open.
    void filePreviewRequested(const QString &absolutePath);
    void fileOpenRequested(const QString &absolutePath);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onScanFinished();
    QString fileAt(const QModelIndex &index) const;

    models::ProjectFilesModel *m_model;
    QTreeView *m_tree;
    QFutureWatcher<project::ProjectFiles> m_watcher;
};

} // namespace ectowb::widgets
