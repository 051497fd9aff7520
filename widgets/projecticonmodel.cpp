#include "projecticonmodel.h"

#include "models/projectfilesmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace ectowb::widgets {

using project::FileKind;

ProjectIconModel::ProjectIconModel(QObject *parent) : QIdentityProxyModel(parent) {}

QVariant ProjectIconModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || !index.isValid())
        return QIdentityProxyModel::data(index, role);
    switch (FileKind(index.data(models::ProjectFilesModel::KindRole).toInt())) {
    case FileKind::Directory:
        return QApplication::style()->standardIcon(QStyle::SP_DirIcon);
    case FileKind::ElixirSource:
        if (m_elixirSource.isNull())
            m_elixirSource = drop(QColor(0x6e, 0x4a, 0x7e));
        return m_elixirSource;
    case FileKind::ElixirScript:
        if (m_elixirScript.isNull())
            m_elixirScript = drop(QColor(0xa0, 0x7c, 0xb4));
        return m_elixirScript;
    case FileKind::Template:
    case FileKind::Sql:
    case FileKind::Other:
        break;
    }
    return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
}

// Elixir's drop, drawn rather than shipped so it scales to any zoom.
QIcon ProjectIconModel::drop(const QColor &colour)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        QPainterPath path(QPointF(0.55 * s, 0.06 * s));
        path.cubicTo(QPointF(0.30 * s, 0.35 * s), QPointF(0.18 * s, 0.60 * s), QPointF(0.24 * s, 0.76 * s));
        path.cubicTo(QPointF(0.32 * s, 0.96 * s), QPointF(0.68 * s, 0.98 * s), QPointF(0.78 * s, 0.74 * s));
        path.cubicTo(QPointF(0.86 * s, 0.52 * s), QPointF(0.64 * s, 0.36 * s), QPointF(0.55 * s, 0.06 * s));
        painter.fillPath(path, colour);
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace ectowb::widgets
