#pragma once

#include <QIcon>
#include <QIdentityProxyModel>

namespace ectowb::widgets {

// Adds icons to ProjectFilesModel, which lives in core and knows nothing of
// icons: folders and files from the style, and a purple drop for Elixir files.
class ProjectIconModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit ProjectIconModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    static QIcon drop(const QColor &colour);

    mutable QIcon m_elixirSource;
    mutable QIcon m_elixirScript;
};

} // namespace ectowb::widgets
