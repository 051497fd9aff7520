#include "schemafilterproxy.h"

#include "models/schematreemodel.h"

#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QStyle>

namespace ectowb::widgets {

using models::SchemaTreeModel;
using Kind = SchemaTreeModel::ItemKind;

SchemaFilterProxy::SchemaFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

// The text itself, not a pattern made of it: setFilterFixedString() escapes the dot of
// "Users.User", and the escaped pattern then matched nothing.
void SchemaFilterProxy::setFilterText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool SchemaFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QModelIndex schemaIndex = sourceParent.isValid() ? sourceParent : index;
    if (schemaIndex.data(SchemaTreeModel::ModuleRole).toString().contains(m_text, Qt::CaseInsensitive))
        return true;
    // A schema without a matching name still shows through a matching item (recursive
    // filtering accepts the parent of an accepted child).
    return sourceParent.isValid() && index.data(SchemaTreeModel::ItemNameRole).toString().contains(m_text, Qt::CaseInsensitive);
}

QVariant SchemaFilterProxy::data(const QModelIndex &index, int role) const
{
    if (index.column() != SchemaTreeModel::NameColumn || (role != Qt::DecorationRole && role != Qt::ForegroundRole))
        return QSortFilterProxyModel::data(index, role);
    const int severity = QSortFilterProxyModel::data(index, SchemaTreeModel::MismatchSeverityRole).toInt();
    const bool error = severity == int(schema::Mismatch::Severity::Error);
    const bool warning = severity == int(schema::Mismatch::Severity::Warning);
    if (role == Qt::ForegroundRole) {
        if (error)
            return QColor(0xc0, 0x1c, 0x28);
        if (warning)
            return QColor(0xa8, 0x5d, 0x00);
        return {};
    }
    QStyle *style = QApplication::style();
    if (error)
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    if (warning)
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    switch (Kind(QSortFilterProxyModel::data(index, SchemaTreeModel::KindRole).toInt())) {
    case Kind::Schema:
        return style->standardIcon(QStyle::SP_FileDialogDetailedView);
    case Kind::EmbeddedSchema:
        return style->standardIcon(QStyle::SP_FileDialogListView);
    case Kind::Association:
    case Kind::Embed:
        return style->standardIcon(QStyle::SP_ArrowRight);
    case Kind::Unresolved:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    case Kind::Field:
    case Kind::VirtualField:
        break;
    }
    return {};
}

} // namespace ectowb::widgets
