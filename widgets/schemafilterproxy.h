#pragma once

#include <QSortFilterProxyModel>

namespace ectowb::widgets {

// Filters the schema tree by module name: a matching schema keeps all its items, so
// "post" shows Blog.Post and Blog.PostFilter whole, not every schema with a posts field.
// Also colours schemas and fields that do not match the database.
class SchemaFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SchemaFilterProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};

} // namespace ectowb::widgets
