#include "sqliteintrospector.h"

#include "introspector.h"

#include "sqlitesqltext.h"

#include <QMap>

namespace ectowb::db {

Result<DatabaseSchema> SqliteIntrospector::introspect(Connection &connection, const std::function<bool(int, int)> &progress)
{
    DatabaseSchema schema;
    schema.dialect = Dialect::Sqlite;
    const auto tables = connection.exec(QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
        "ORDER BY name"));
    if (!tables)
        return tables.failure();
    for (const QVariantList &row : tables->rows) {
        Table table;
        table.name = row[0].toString();
        const QString createSql = row[1].toString();
        if (auto error = readColumns(connection, table))
            return *error;
        if (auto error = readIndexes(connection, table))
            return *error;
        if (auto error = readForeignKeys(connection, createSql, table))
            return *error;
        schema.tables.append(table);
        if (progress && !progress(int(schema.tables.size()), int(tables->rows.size())))
            return Introspector::cancelled();
    }
    return schema;
}

std::optional<Error> SqliteIntrospector::readColumns(Connection &c, Table &table)
{
    const auto rows = c.exec(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid"),
                             {table.name});
    if (!rows)
        return rows.failure();
    QMap<int, QString> primaryKey; // pk is the 1-based position in the key
    for (const QVariantList &row : rows->rows) {
        Column column;
        column.name = row[0].toString();
        column.type = row[1].toString();
        const int pkPosition = row[4].toInt();
        // SQLite lets a non-INTEGER primary key column hold NULL unless NOT NULL is
        // written, but INTEGER PRIMARY KEY (the rowid) never does.
        column.nullable = !row[2].toBool()
            && !(pkPosition > 0 && column.type.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0);
        column.defaultValue = row[3].toString();
        if (pkPosition > 0)
            primaryKey.insert(pkPosition, column.name);
        table.columns.append(column);
    }
    table.primaryKey = primaryKey.values();
    return std::nullopt;
}

std::optional<Error> SqliteIntrospector::readIndexes(Connection &c, Table &table)
{
    const auto rows = c.exec(QStringLiteral(
        "SELECT il.name, il.\"unique\", il.origin, m.sql FROM pragma_index_list(?) AS il "
        "LEFT JOIN sqlite_master AS m ON m.type = 'index' AND m.name = il.name ORDER BY il.name"),
        {table.name});
    if (!rows)
        return rows.failure();
    for (const QVariantList &row : rows->rows) {
        Index index;
        index.name = row[0].toString();
        index.unique = row[1].toBool();
        index.primary = row[2].toString() == QLatin1String("pk");
        const QString sql = row[3].toString(); // NULL for UNIQUE/PRIMARY KEY autoindexes
        index.predicate = SqliteSqlText::indexPredicate(sql);
        if (auto error = readIndexKeys(c, sql, index))
            return *error;
        table.indexes.append(index);
    }
    return std::nullopt;
}

std::optional<Error> SqliteIntrospector::readIndexKeys(Connection &c, const QString &sql, Index &index)
{
    const auto keys = c.exec(QStringLiteral("SELECT cid, name FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno"),
                             {index.name});
    if (!keys)
        return keys.failure();
    // Expression keys (cid -2) have no name in the pragma: take their text from the SQL.
    const QStringList written = SqliteSqlText::indexKeys(sql);
    for (qsizetype i = 0; i < keys->rows.size(); ++i) {
        const QVariantList &key = keys->rows[i];
        const int cid = key[0].toInt();
        if (cid >= 0)
            index.columns.append(key[1].toString());
        else if (cid == -1)
            index.columns.append(QStringLiteral("rowid"));
        else
            index.columns.append(i < written.size() ? written[i] : QStringLiteral("<expression>"));
    }
    return std::nullopt;
}

std::optional<Error> SqliteIntrospector::readForeignKeys(Connection &c, const QString &createSql, Table &table)
{
    const auto rows = c.exec(QStringLiteral(
        "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq"),
        {table.name});
    if (!rows)
        return rows.failure();
    int currentId = -1;
    for (const QVariantList &row : rows->rows) {
        if (row[0].toInt() != currentId) {
            currentId = row[0].toInt();
            ForeignKey fk;
            fk.referencedTable = row[1].toString();
            fk.onUpdate = row[4].toString();
            fk.onDelete = row[5].toString();
            table.foreignKeys.append(fk);
        }
        ForeignKey &fk = table.foreignKeys.last();
        fk.columns.append(row[2].toString());
        // A NULL "to" means the referenced table's primary key; keep it visible as such.
        fk.referencedColumns.append(row[3].isNull() ? QString() : row[3].toString());
    }
    for (ForeignKey &fk : table.foreignKeys)
        fk.name = foreignKeyName(createSql, fk.columns);
    return std::nullopt;
}

QString SqliteIntrospector::foreignKeyName(const QString &createSql, const QStringList &columns)
{
    const auto body = SqliteSqlText::firstParenthesized(createSql);
    if (!body.found)
        return QString();
    for (const QString &definition : SqliteSqlText::splitTopLevel(body.inside)) {
        // A column constraint: `"post_id" INTEGER CONSTRAINT "name" REFERENCES ...`
        if (columns.size() == 1 && SqliteSqlText::leadingIdentifier(definition) == columns.first()) {
            const QString name = SqliteSqlText::constraintNameBefore(definition, QStringLiteral("REFERENCES"));
            if (!name.isEmpty())
                return name;
        }
        // A table constraint: `CONSTRAINT "name" FOREIGN KEY ("a", "b") REFERENCES ...`
        const QString name = SqliteSqlText::constraintNameBefore(definition, QStringLiteral("FOREIGN"));
        if (name.isEmpty())
            continue;
        const auto list = SqliteSqlText::firstParenthesized(definition);
        QStringList named;
        for (const QString &part : SqliteSqlText::splitTopLevel(list.inside))
            named.append(SqliteSqlText::leadingIdentifier(part));
        if (named == columns)
            return name;
    }
    return QString();
}

} // namespace ectowb::db
