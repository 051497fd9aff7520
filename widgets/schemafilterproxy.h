#pragma once

#include <QSortFilterProxyModel>

namespace ectowb::widgets {

// Filters the schema tree by the text as typed, dots included ("Users.User"): a schema
// whose module name matches keeps all its items; a schema with a field, association or
// embed of a matching name shows with those items only. Also colours schemas and fields
// that do not match the database.
class SchemaFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SchemaFilterProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace ectowb::widgets
