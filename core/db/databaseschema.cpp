#include "databaseschema.h"

#include <QJsonArray>

namespace ectowb::db {

const Column *Table::column(const QString &name) const
{
    for (const Column &c : columns) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

bool Table::hasIndexLeadingWith(const QString &column) const
{
    if (!primaryKey.isEmpty() && primaryKey.first() == column)
        return true;
    for (const Index &index : indexes) {
        // A partial index only helps the rows it covers, but Ecto users add exactly
        // those on purpose; count it.
        if (!index.columns.isEmpty() && index.columns.first() == column)
            return true;
    }
    return false;
}

const ForeignKey *Table::foreignKeyOn(const QString &column) const
{
    for (const ForeignKey &fk : foreignKeys) {
        if (fk.columns.contains(column))
            return &fk;
    }
    return nullptr;
}

const Table *DatabaseSchema::table(const QString &name, const QString &prefix) const
{
    const QString wanted = prefix.isEmpty() ? currentSchema : prefix;
    for (const Table &t : tables) {
        if (t.name == name && t.schema == wanted)
            return &t;
    }
    return nullptr;
}

namespace {

QJsonObject json(const Column &c);
QJsonObject json(const Index &i);
QJsonObject json(const ForeignKey &f);
QJsonObject json(const Table &t);

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject json(const Column &c)
{
    QJsonObject o{{QStringLiteral("name"), c.name},
                  {QStringLiteral("type"), c.type},
                  {QStringLiteral("nullable"), c.nullable}};
    if (!c.defaultValue.isEmpty())
        o.insert(QStringLiteral("default"), c.defaultValue);
    return o;
}

QJsonObject json(const Index &i)
{
    QJsonObject o{{QStringLiteral("name"), i.name},
                  {QStringLiteral("unique"), i.unique},
                  {QStringLiteral("primary"), i.primary},
                  {QStringLiteral("columns"), strings(i.columns)}};
    if (!i.predicate.isEmpty())
        o.insert(QStringLiteral("where"), i.predicate);
    if (!i.method.isEmpty())
        o.insert(QStringLiteral("method"), i.method);
    return o;
}

QJsonObject json(const ForeignKey &f)
{
    QJsonObject o{{QStringLiteral("name"), f.name},
                  {QStringLiteral("columns"), strings(f.columns)},
                  {QStringLiteral("references"), f.referencedTable},
                  {QStringLiteral("referencedColumns"), strings(f.referencedColumns)},
                  {QStringLiteral("onDelete"), f.onDelete},
                  {QStringLiteral("onUpdate"), f.onUpdate}};
    if (!f.referencedSchema.isEmpty())
        o.insert(QStringLiteral("referencedSchema"), f.referencedSchema);
    return o;
}

template<typename T>
QJsonArray array(const QList<T> &items)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(json(item));
    return a;
}

QJsonObject json(const Table &t)
{
    QJsonObject o{{QStringLiteral("name"), t.name},
                  {QStringLiteral("columns"), array(t.columns)},
                  {QStringLiteral("primaryKey"), strings(t.primaryKey)},
                  {QStringLiteral("indexes"), array(t.indexes)},
                  {QStringLiteral("foreignKeys"), array(t.foreignKeys)}};
    if (!t.schema.isEmpty())
        o.insert(QStringLiteral("schema"), t.schema);
    if (t.ectoBookkeeping)
        o.insert(QStringLiteral("ectoBookkeeping"), true);
    return o;
}

} // namespace

QJsonObject DatabaseSchema::toJson() const
{
    QJsonObject o{{QStringLiteral("dialect"), dialectName(dialect)},
                  {QStringLiteral("tables"), array(tables)}};
    if (!currentSchema.isEmpty())
        o.insert(QStringLiteral("currentSchema"), currentSchema);
    return o;
}

} // namespace ectowb::db
