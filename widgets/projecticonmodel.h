#pragma once

#include <QIdentityProxyModel>

namespace ectowb::widgets {

// Adds folder and file icons to ProjectFilesModel, which lives in core and
// therefore knows nothing of icons.
class ProjectIconModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit ProjectIconModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace ectowb::widgets
