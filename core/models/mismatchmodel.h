#pragma once

#include "schema/schemacomparison.h"

#include <QAbstractTableModel>

namespace ectowb::models {

// The differences between the schemas and the database, one a row, for a table view.
class MismatchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, SchemaColumn, WhereColumn, MessageColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // schema::Mismatch::Severity as an int
        ModuleRole,
        FieldRole,
        KindNameRole, // table_missing, field_without_column, ...
    };

    explicit MismatchModel(QObject *parent = nullptr);

    void setMismatches(const QList<schema::Mismatch> &mismatches);
    const QList<schema::Mismatch> &mismatches() const { return m_mismatches; }
    static QString severityText(schema::Mismatch::Severity severity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString where(const schema::Mismatch &mismatch);

    QList<schema::Mismatch> m_mismatches;
};

} // namespace ectowb::models
