#include "postgresintrospector.h"

#include "introspector.h"

namespace ectowb::db {

namespace {

// Lists come back joined with the ASCII unit separator, which neither identifiers
// nor index expressions contain, so no array literal parsing is needed.
const QChar kSeparator(0x1f);

QStringList splitList(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QStringList() : text.split(kSeparator);
}

// The same WHERE for every catalog query, on the table's namespace `n`.
QString namespaceFilter(bool currentSchemaOnly)
{
    if (currentSchemaOnly)
        return QStringLiteral("n.nspname = current_schema()");
    return QStringLiteral("n.nspname NOT IN ('pg_catalog', 'information_schema') "
                          "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'");
}

} // namespace

Result<DatabaseSchema> PostgresIntrospector::introspect(Connection &connection, bool currentSchemaOnly,
                                                       const std::function<bool(int, int)> &progress)
{
    DatabaseSchema schema;
    schema.dialect = Dialect::Postgres;
    const auto current = connection.exec(QStringLiteral("SELECT current_schema()"));
    if (!current)
        return current.failure();
    schema.currentSchema = current->rows.value(0).value(0).toString();

    const QString filter = namespaceFilter(currentSchemaOnly);
    // Each query sees its own snapshot: a table or index dropped by someone else
    // between two of them (a migration running meanwhile) can make a catalog
    // function fail. Reading everything once more then gives a consistent picture.
    std::optional<Error> error;
    for (int attempt = 0; attempt < 2; ++attempt) {
        TablesByOid tables;
        error.reset();
        const auto steps = {&readTables, &readColumns, &readIndexes, &readForeignKeys};
        int done = 0;
        for (auto step : steps) {
            error = step(connection, filter, tables);
            if (error)
                break;
            if (progress && !progress(++done, int(steps.size())))
                return Introspector::cancelled();
        }
        if (!error) {
            schema.tables = tables.values();
            return schema;
        }
    }
    return *error;
}

// Hands each row of a catalog query to `read` with the table its first column (the
// table's oid) names. Rows of tables not read, partitions for one, are passed over.
std::optional<Error> PostgresIntrospector::forEachTableRow(const Result<QueryRows> &rows, TablesByOid &tables,
                                                           const std::function<void(const QVariantList &, Table &)> &read)
{
    if (!rows)
        return rows.failure();
    for (const QVariantList &row : rows->rows) {
        auto it = tables.find(row[0].toLongLong());
        if (it != tables.end())
            read(row, *it);
    }
    return std::nullopt;
}

std::optional<Error> PostgresIntrospector::readTables(Connection &c, const QString &filter, TablesByOid &tables)
{
    // Ordinary and partitioned tables; partitions are reached through their parent.
    const auto rows = c.exec(QStringLiteral(
        "SELECT c.oid, n.nspname, c.relname FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ") + filter);
    if (!rows)
        return rows.failure();
    for (const QVariantList &row : rows->rows) {
        Table table;
        table.schema = row[1].toString();
        table.name = row[2].toString();
        tables.insert(row[0].toLongLong(), table);
    }
    return std::nullopt;
}

std::optional<Error> PostgresIntrospector::readColumns(Connection &c, const QString &filter, TablesByOid &tables)
{
    const auto rows = c.exec(QStringLiteral(
        "SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull, "
        "pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a "
        "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
        "WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND ") + filter
        + QStringLiteral(" ORDER BY a.attrelid, a.attnum"));
    return forEachTableRow(rows, tables, [](const QVariantList &row, Table &table) {
        Column column;
        column.name = row[1].toString();
        column.type = row[2].toString();
        column.nullable = row[3].toBool();
        column.defaultValue = row[4].toString();
        table.columns.append(column);
    });
}

std::optional<Error> PostgresIntrospector::readIndexes(Connection &c, const QString &filter, TablesByOid &tables)
{
    // pg_get_indexdef(oid, k, true) gives key k as a column name or an expression.
    const auto rows = c.exec(QStringLiteral(
        "SELECT i.indrelid, ic.relname, i.indisunique, i.indisprimary, "
        "pg_get_expr(i.indpred, i.indrelid, true), am.amname, "
        "(SELECT string_agg(pg_get_indexdef(i.indexrelid, k, true), chr(31) ORDER BY k) "
        " FROM generate_series(1, i.indnkeyatts) AS k) "
        "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid "
        "JOIN pg_am am ON am.oid = ic.relam "
        "JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE ") + filter + QStringLiteral(" ORDER BY i.indrelid, ic.relname"));
    return forEachTableRow(rows, tables, [](const QVariantList &row, Table &table) {
        Index index;
        index.name = row[1].toString();
        index.unique = row[2].toBool();
        index.primary = row[3].toBool();
        index.predicate = row[4].toString();
        index.method = row[5].toString();
        index.columns = splitList(row[6]);
        // pg_get_indexdef quotes names that need it; a key that is a plain quoted
        // identifier is still just that column.
        for (QString &key : index.columns) {
            if (key.size() > 1 && key.startsWith(QLatin1Char('"')) && key.endsWith(QLatin1Char('"')))
                key = key.mid(1, key.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\""));
        }
        if (index.primary)
            table.primaryKey = index.columns;
        table.indexes.append(index);
    });
}

std::optional<Error> PostgresIntrospector::readForeignKeys(Connection &c, const QString &filter, TablesByOid &tables)
{
    const auto rows = c.exec(QStringLiteral(
        "SELECT con.conrelid, con.conname, rn.nspname, rc.relname, con.confdeltype, con.confupdtype, "
        "(SELECT string_agg(a.attname, chr(31) ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY AS k(num, ord) "
        " JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num), "
        "(SELECT string_agg(a.attname, chr(31) ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY AS k(num, ord) "
        " JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num) "
        "FROM pg_constraint con "
        "JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_class rc ON rc.oid = con.confrelid JOIN pg_namespace rn ON rn.oid = rc.relnamespace "
        "WHERE con.contype = 'f' AND ") + filter + QStringLiteral(" ORDER BY con.conrelid, con.conname"));
    return forEachTableRow(rows, tables, [](const QVariantList &row, Table &table) {
        ForeignKey fk;
        fk.name = row[1].toString();
        fk.referencedSchema = row[2].toString();
        fk.referencedTable = row[3].toString();
        fk.onDelete = foreignKeyAction(row[4].toString());
        fk.onUpdate = foreignKeyAction(row[5].toString());
        fk.columns = splitList(row[6]);
        fk.referencedColumns = splitList(row[7]);
        table.foreignKeys.append(fk);
    });
}

QString PostgresIntrospector::foreignKeyAction(const QString &code)
{
    // pg_constraint.confdeltype / confupdtype
    if (code == QLatin1String("r"))
        return QStringLiteral("RESTRICT");
    if (code == QLatin1String("c"))
        return QStringLiteral("CASCADE");
    if (code == QLatin1String("n"))
        return QStringLiteral("SET NULL");
    if (code == QLatin1String("d"))
        return QStringLiteral("SET DEFAULT");
    return QStringLiteral("NO ACTION");
}

} // namespace ectowb::db
