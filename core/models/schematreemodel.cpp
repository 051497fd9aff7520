#include "schematreemodel.h"
#include "columntitles.h"
#include "rolenames.h"

#include "elixir/sourceprinter.h"

namespace ectowb::models {

using schema::Association;
using schema::Embed;
using schema::Field;
using schema::Mismatch;
using schema::Schema;

namespace {

// Top-level rows carry this id; child rows carry their schema's row + 1.
constexpr quintptr SchemaId = 0;

} // namespace

SchemaTreeModel::SchemaTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void SchemaTreeModel::setSnapshot(const QList<Schema> &schemas)
{
    beginResetModel();
    m_schemas = schemas;
    m_mismatchText.clear();
    m_mismatchSeverity.clear();
    buildItems();
    endResetModel();
}

void SchemaTreeModel::buildItems()
{
    m_items.clear();
    m_rowOfModule.clear();
    m_items.reserve(m_schemas.size());
    for (int row = 0; row < m_schemas.size(); ++row) {
        m_items.append(itemsOf(m_schemas.at(row)));
        m_rowOfModule.insert(m_schemas.at(row).module, row);
    }
}

QList<SchemaTreeModel::Item> SchemaTreeModel::itemsOf(const Schema &schema)
{
    QList<Item> items;
    for (const Field &field : schema.fields)
        items.append(fieldItem(field, schema));
    for (const Field &field : schema.virtualFields)
        items.append(fieldItem(field, schema));
    for (const Association &association : schema.associations)
        items.append(associationItem(association));
    for (const Embed &embed : schema.embeds) {
        const QString kind = embed.kind == Embed::Kind::Many ? QStringLiteral("embeds_many") : QStringLiteral("embeds_one");
        items.append({ItemKind::Embed, embed.name, kind % u' ' % embed.related, embed.related, {}});
    }
    for (const schema::Unresolved &unresolved : schema.unresolved)
        items.append({ItemKind::Unresolved, unresolved.what, tr("not understood"), {}, {}});
    return items;
}

SchemaTreeModel::Item SchemaTreeModel::fieldItem(const Field &field, const Schema &schema)
{
    QStringList options;
    if (field.primaryKey || schema.primaryKey.contains(field.name))
        options << QStringLiteral("primary_key");
    if (field.isVirtual)
        options << QStringLiteral("virtual");
    if (field.source != field.name && !field.source.isEmpty())
        options << u"source: :" % field.source;
    if (field.defaultValue.isValid())
        options << u"default: " % elixir::SourcePrinter::print(field.defaultValue);
    if (field.redact)
        options << QStringLiteral("redact");
    if (field.readAfterWrites)
        options << QStringLiteral("read_after_writes");
    if (field.autogenerate)
        options << QStringLiteral("autogenerate");
    if (!field.loadInQuery)
        options << QStringLiteral("load_in_query: false");
    QString detail = field.type.toElixir();
    if (!options.isEmpty())
        detail += u"  (" % options.join(u", ") % u')';
    const ItemKind kind = field.isVirtual ? ItemKind::VirtualField : ItemKind::Field;
    return {kind, field.name, detail, {}, options.join(u'\n')};
}

SchemaTreeModel::Item SchemaTreeModel::associationItem(const Association &association)
{
    QString detail = Association::kindName(association.kind);
    if (association.kind == Association::Kind::HasThrough) {
        detail += u" [" % association.through.join(u", ") % u']';
        return {ItemKind::Association, association.name, detail, association.related, {}};
    }
    detail += u' ' % association.related;
    if (association.kind == Association::Kind::ManyToMany)
        detail += u" (join_through: " % association.joinThrough % u')';
    else
        detail += u" (" % association.ownerKey % u" \u2192 " % association.relatedKey % u')';
    return {ItemKind::Association, association.name, detail, association.related, {}};
}

QString SchemaTreeModel::schemaDetail(const Schema &schema)
{
    if (schema.embedded)
        return tr("embedded schema");
    const QString table = schema.prefix.isEmpty() ? schema.source : schema.prefix % u'.' % schema.source;
    return tr("table %1").arg(table);
}

void SchemaTreeModel::setMismatches(const QList<Mismatch> &mismatches)
{
    m_mismatchText.clear();
    m_mismatchSeverity.clear();
    for (const Mismatch &mismatch : mismatches) {
        QStringList keys{mismatch.module};
        if (!mismatch.field.isEmpty())
            keys << mismatchKey(mismatch.module, mismatch.field);
        for (const QString &key : keys) {
            m_mismatchText[key].append(mismatch.message);
            const int severity = int(mismatch.severity);
            m_mismatchSeverity[key] = std::max(m_mismatchSeverity.value(key, -1), severity);
        }
    }
    // Every row may have changed its mark; the tree is small enough to say so at once.
    for (int row = 0; row < m_schemas.size(); ++row) {
        const QModelIndex schemaIndex = index(row, 0);
        Q_EMIT dataChanged(schemaIndex, index(row, ColumnCount - 1));
        if (!m_items.at(row).isEmpty())
            Q_EMIT dataChanged(index(0, 0, schemaIndex), index(int(m_items.at(row).size()) - 1, ColumnCount - 1, schemaIndex));
    }
}

QString SchemaTreeModel::mismatchKey(const QString &module, const QString &field)
{
    return field.isEmpty() ? module : module % u'\n' % field;
}

QModelIndex SchemaTreeModel::indexOfSchema(const QString &module) const
{
    const auto found = m_rowOfModule.constFind(module);
    return found == m_rowOfModule.cend() ? QModelIndex() : index(found.value(), 0);
}

QModelIndex SchemaTreeModel::indexOfItem(const QString &module, ItemKind kind, const QString &name) const
{
    const QModelIndex schemaIndex = indexOfSchema(module);
    if (!schemaIndex.isValid())
        return {};
    const QList<Item> &items = m_items.at(schemaIndex.row());
    for (int row = 0; row < items.size(); ++row) {
        if (items.at(row).kind == kind && items.at(row).name == name)
            return index(row, 0, schemaIndex);
    }
    return {};
}

QModelIndex SchemaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_schemas.size() ? createIndex(row, column, SchemaId) : QModelIndex();
    if (parent.internalId() != SchemaId || parent.row() >= m_items.size() || row >= m_items.at(parent.row()).size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex SchemaTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SchemaId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, SchemaId);
}

int SchemaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_schemas.size());
    if (parent.internalId() != SchemaId || parent.column() != 0)
        return 0;
    return int(m_items.at(parent.row()).size());
}

int SchemaTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SchemaTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == SchemaId)
        return schemaData(index.row(), index.column(), role);
    return itemData(int(index.internalId() - 1), index.row(), index.column(), role);
}

QVariant SchemaTreeModel::schemaData(int row, int column, int role) const
{
    const Schema &schema = m_schemas.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return column == NameColumn ? schema.module : schemaDetail(schema);
    case Qt::ToolTipRole: {
        const QStringList problems = m_mismatchText.value(schema.module);
        return problems.isEmpty() ? schema.file : schema.file % u"\n\n" % problems.join(u'\n');
    }
    case KindRole:
        return int(schema.embedded ? ItemKind::EmbeddedSchema : ItemKind::Schema);
    case ModuleRole:
    case ItemNameRole:
        return schema.module;
    case TargetModuleRole:
        return QString();
    case MismatchSeverityRole:
    case MismatchTextRole:
        return mismatchData(schema.module, role);
    default:
        return {};
    }
}

QVariant SchemaTreeModel::itemData(int schemaRow, int row, int column, int role) const
{
    const Item &item = m_items.at(schemaRow).at(row);
    const QString &module = m_schemas.at(schemaRow).module;
    const bool isField = item.kind == ItemKind::Field || item.kind == ItemKind::VirtualField;
    switch (role) {
    case Qt::DisplayRole:
        return column == NameColumn ? item.name : item.detail;
    case Qt::ToolTipRole: {
        const QStringList problems = isField ? m_mismatchText.value(mismatchKey(module, item.name)) : QStringList();
        return problems.isEmpty() ? item.detail : item.detail % u"\n\n" % problems.join(u'\n');
    }
    case KindRole:
        return int(item.kind);
    case ModuleRole:
        return module;
    case TargetModuleRole:
        return item.target;
    case ItemNameRole:
        return item.name;
    case MismatchSeverityRole:
    case MismatchTextRole:
        return isField ? mismatchData(mismatchKey(module, item.name), role) : (role == MismatchSeverityRole ? QVariant(-1) : QVariant(QString()));
    default:
        return {};
    }
}

QVariant SchemaTreeModel::mismatchData(const QString &key, int role) const
{
    if (role == MismatchSeverityRole)
        return m_mismatchSeverity.value(key, -1);
    return m_mismatchText.value(key).join(u'\n');
}

QVariant SchemaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle({tr("Name"), tr("Details")}, section, orientation, role);
}

QHash<int, QByteArray> SchemaTreeModel::roleNames() const
{
    return withRoleNames(QAbstractItemModel::roleNames(),
                        {{KindRole, "kind"}, {ModuleRole, "module"}, {TargetModuleRole, "targetModule"},
                         {ItemNameRole, "itemName"}, {MismatchSeverityRole, "mismatchSeverity"},
                         {MismatchTextRole, "mismatchText"}});
}

} // namespace ectowb::models
