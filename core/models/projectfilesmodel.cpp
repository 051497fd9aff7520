#include "models/projectfilesmodel.h"
#include "columntitles.h"
#include "rolenames.h"


namespace ectowb::models {

ProjectFilesModel::ProjectFilesModel(QObject *parent) : QAbstractItemModel(parent) {}

void ProjectFilesModel::setSnapshot(const project::ProjectFiles &files)
{
    beginResetModel();
    m_files = files;
    endResetModel();
}

QModelIndex ProjectFilesModel::indexForPath(const QString &relativePath) const
{
    const int node = relativePath.isEmpty() ? -1 : m_files.find(relativePath);
    if (node <= 0)
        return {};
    return createIndex(m_files.node(node).row, 0, quintptr(node));
}

// The root node is the invisible root; its children are the top-level rows.
int ProjectFilesModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex ProjectFilesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const int child = m_files.node(nodeOf(parent)).children.at(row);
    return createIndex(row, column, quintptr(child));
}

QModelIndex ProjectFilesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_files.node(nodeOf(child)).parent;
    if (parentNode <= 0)
        return {};
    return createIndex(m_files.node(parentNode).row, 0, quintptr(parentNode));
}

int ProjectFilesModel::rowCount(const QModelIndex &parent) const
{
    if (!m_files.isValid() || parent.column() > 0)
        return 0;
    return int(m_files.node(nodeOf(parent)).children.size());
}

int ProjectFilesModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ProjectFilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int node = nodeOf(index);
    const project::ProjectFileNode &file = m_files.node(node);
    switch (role) {
    case Qt::DisplayRole:
        return file.name;
    case Qt::ToolTipRole:
    case RelativePathRole:
        return file.relativePath;
    case AbsolutePathRole:
        return m_files.absolutePath(node);
    case KindRole:
        return int(file.kind);
    case IsDirectoryRole:
        return file.kind == project::FileKind::Directory;
    default:
        return {};
    }
}

QVariant ProjectFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle({tr("Name")}, section, orientation, role);
}

QHash<int, QByteArray> ProjectFilesModel::roleNames() const
{
    return withRoleNames(QAbstractItemModel::roleNames(),
                        {{RelativePathRole, "relativePath"}, {AbsolutePathRole, "absolutePath"}, {KindRole, "kind"},
                         {IsDirectoryRole, "isDirectory"}});
}

} // namespace ectowb::models
