#pragma once

#include "connectionsettings.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ectowb::db {

// What the database itself says about its tables, as plain values: the types are the
// database's own spelling ("character varying(255)", "INTEGER"), not Ecto's.
struct Column
{
    QString name;
    QString type;
    bool nullable = true;
    QString defaultValue; // the default's SQL text; empty when there is none
};

struct Index
{
    QString name;
    bool unique = false;
    bool primary = false;     // the index behind the primary key
    QStringList columns;      // column names, or expression text ("lower(name)")
    QString predicate;        // a partial index's WHERE condition, without WHERE
    QString method;           // btree, gin, ... (PostgreSQL); empty on SQLite
};

struct ForeignKey
{
    QString name;             // empty when SQLite has no name for it
    QStringList columns;
    QString referencedSchema; // PostgreSQL only
    QString referencedTable;
    QStringList referencedColumns;
    QString onDelete;         // NO ACTION, RESTRICT, CASCADE, SET NULL, SET DEFAULT
    QString onUpdate;
};

struct Table
{
    QString schema;           // PostgreSQL namespace; empty on SQLite
    QString name;
    QList<Column> columns;
    QStringList primaryKey;
    QList<Index> indexes;
    QList<ForeignKey> foreignKeys;
    bool ectoBookkeeping = false; // schema_migrations: Ecto's, not the app's

    const Column *column(const QString &name) const;
    // Whether some index (or the primary key) starts with `column`, so lookups and
    // ON DELETE actions on it need not scan the table.
    bool hasIndexLeadingWith(const QString &column) const;
    const ForeignKey *foreignKeyOn(const QString &column) const;
};

struct DatabaseSchema
{
    Dialect dialect = Dialect::Sqlite;
    QString currentSchema;    // PostgreSQL's current_schema(); empty on SQLite
    QList<Table> tables;      // sorted by schema, then name

    // `prefix` is Ecto's @schema_prefix: empty means the current schema.
    const Table *table(const QString &name, const QString &prefix = QString()) const;

    QJsonObject toJson() const;
};

} // namespace ectowb::db
