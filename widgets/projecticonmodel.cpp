#include "projecticonmodel.h"

#include "models/projectfilesmodel.h"

#include <QApplication>
#include <QStyle>

namespace ectowb::widgets {

ProjectIconModel::ProjectIconModel(QObject *parent) : QIdentityProxyModel(parent) {}

QVariant ProjectIconModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || !index.isValid())
        return QIdentityProxyModel::data(index, role);
    const bool folder = index.data(models::ProjectFilesModel::IsDirectoryRole).toBool();
    return QApplication::style()->standardIcon(folder ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
}

} // namespace ectowb::widgets
