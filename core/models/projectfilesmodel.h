#pragma once

#include "project/projectfiles.h"

#include <QAbstractItemModel>

namespace ectowb::models {

// The files of a project as a tree for a view. A thin adapter over a
// ProjectFiles snapshot: reset as a whole, it answers data roles only.
class ProjectFilesModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        RelativePathRole = Qt::UserRole + 1,
        AbsolutePathRole,
        KindRole,         // project::FileKind as an int
        IsDirectoryRole,
    };

    explicit ProjectFilesModel(QObject *parent = nullptr);

    void setSnapshot(const project::ProjectFiles &files);
    const project::ProjectFiles &snapshot() const { return m_files; }
    QModelIndex indexForPath(const QString &relativePath) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    int nodeOf(const QModelIndex &index) const;

    project::ProjectFiles m_files;
};

} // namespace ectowb::models
