#pragma once

#include "schema/schema.h"
#include "schema/schemacomparison.h"

#include <QAbstractItemModel>
#include <QHash>

namespace ectowb::models {

// The schemas of a project as a two-level tree: schema modules, and under each its
// fields, virtual fields, associations, embeds and the declarations we could not
// resolve. Reset as a whole from a snapshot; mismatches with the database are marked
// on the schemas and fields they concern (MismatchRole), without a reset.
class SchemaTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class ItemKind : quint8 { Schema, EmbeddedSchema, Field, VirtualField, Association, Embed, Unresolved };
    enum Column { NameColumn, DetailColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // ItemKind as an int
        ModuleRole,                  // the schema module the item belongs to
        TargetModuleRole,            // association/embed target; empty otherwise
        ItemNameRole,                // the field/association name, the module for a schema
        MismatchSeverityRole,        // highest schema::Mismatch::Severity as an int, or -1
        MismatchTextRole,            // the mismatch messages, one a line
    };

    explicit SchemaTreeModel(QObject *parent = nullptr);

    void setSnapshot(const QList<schema::Schema> &schemas);
    const QList<schema::Schema> &snapshot() const { return m_schemas; }
    void setMismatches(const QList<schema::Mismatch> &mismatches);

    QModelIndex indexOfSchema(const QString &module) const;
    QModelIndex indexOfItem(const QString &module, ItemKind kind, const QString &name) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Item
    {
        ItemKind kind = ItemKind::Field;
        QString name;
        QString detail;
        QString target;
        QString tooltip;
    };

    void buildItems();
    static QList<Item> itemsOf(const schema::Schema &schema);
    static Item fieldItem(const schema::Field &field, const schema::Schema &schema);
    static Item associationItem(const schema::Association &association);
    static QString schemaDetail(const schema::Schema &schema);
    QVariant schemaData(int row, int column, int role) const;
    QVariant itemData(int schemaRow, int row, int column, int role) const;
    QVariant mismatchData(const QString &key, int role) const;
    static QString mismatchKey(const QString &module, const QString &field);

    QList<schema::Schema> m_schemas;
    QList<QList<Item>> m_items; // per schema row
    QHash<QString, int> m_rowOfModule;
    QHash<QString, QStringList> m_mismatchText;  // "Module" or "Module\nfield"
    QHash<QString, int> m_mismatchSeverity;
};

} // namespace ectowb::models
