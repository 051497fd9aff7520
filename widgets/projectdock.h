#pragma once

#include "project/projectfiles.h"

#include <QDockWidget>
#include <QPointer>

class QTreeView;

namespace ectowb::models {
class ProjectFilesModel;
}

namespace ectowb::workspace {
class Workspace;
}

namespace ectowb::widgets {

// The project's files as a tree. Observes the workspace: each project it opens is
// scanned on the workspace's pool, off the GUI thread.
class ProjectDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ProjectDock(workspace::Workspace *workspace, QWidget *parent = nullptr);

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
    void scan(const QString &rootPath);
    void scanned(const project::ProjectFiles &files);
    QString fileAt(const QModelIndex &index) const;

    models::ProjectFilesModel *m_model;
    QTreeView *m_tree;
    QPointer<workspace::Workspace> m_workspace;
};

} // namespace ectowb::widgets
