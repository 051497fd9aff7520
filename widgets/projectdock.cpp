#include "projectdock.h"

#include "models/projectfilesmodel.h"
#include "projecticonmodel.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeView>

namespace ectowb::widgets {

using models::ProjectFilesModel;

namespace {

// Small projects open with their folders unfolded two levels, so lib/app/*.ex shows.
constexpr int UnfoldLimit = 300;

} // namespace

ProjectDock::ProjectDock(workspace::Workspace *workspace, QWidget *parent)
    : QDockWidget(tr("Project"), parent)
    , m_model(new ProjectFilesModel(this))
    , m_tree(new QTreeView(this))
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("projectDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    auto *icons = new ProjectIconModel(this);
    icons->setSourceModel(m_model);
    m_tree->setModel(icons);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    // Long names (migrations: 20240101000002_create_posts.exs) scroll instead of being cut.
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->viewport()->installEventFilter(this);
    m_tree->setAccessibleName(tr("Project files"));
    setWidget(m_tree);
    toggleViewAction()->setText(tr("&Project Files"));
    connect(workspace, &workspace::Workspace::opening, this, &ProjectDock::scan);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const QString file = fileAt(index);
        if (!file.isEmpty())
            Q_EMIT filePreviewRequested(file);
    });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString file = fileAt(index);
        if (!file.isEmpty())
            Q_EMIT fileOpenRequested(file);
    });
}

void ProjectDock::scan(const QString &rootPath)
{
    // An answer for a project opened before the newest is dropped by the workspace.
    m_workspace->run<project::ProjectFiles>(this, [rootPath] { return project::ProjectFiles::scan(rootPath); },
                                            [this](const project::ProjectFiles &files) { scanned(files); });
}

const project::ProjectFiles &ProjectDock::files() const
{
    return m_model->snapshot();
}

bool ProjectDock::selectPath(const QString &relativePath)
{
    const QModelIndex source = m_model->indexForPath(relativePath);
    if (!source.isValid())
        return false;
    auto *proxy = static_cast<ProjectIconModel *>(m_tree->model());
    const QModelIndex index = proxy->mapFromSource(source);
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    return true;
}

// The column is never narrower than the view, so a selected row is highlighted
// across the whole width while long names can still scroll.
bool ProjectDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        m_tree->header()->setMinimumSectionSize(m_tree->viewport()->width());
    return QDockWidget::eventFilter(watched, event);
}

void ProjectDock::scanned(const project::ProjectFiles &files)
{
    m_model->setSnapshot(files);
    if (files.nodeCount() <= UnfoldLimit)
        m_tree->expandToDepth(1);
    Q_EMIT projectLoaded(files.isValid());
}

QString ProjectDock::fileAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.data(ProjectFilesModel::IsDirectoryRole).toBool())
        return {};
    return index.data(ProjectFilesModel::AbsolutePathRole).toString();
}

} // namespace ectowb::widgets
