#include "introspector.h"

#include "postgresintrospector.h"
#include "sqliteintrospector.h"

#include <algorithm>

namespace ectowb::db {

Result<DatabaseSchema> Introspector::introspect(Connection &connection, Scope scope, const Progress &progress,
                                                const QString &bookkeeping)
{
    auto result = connection.dialect() == Dialect::Postgres
        ? PostgresIntrospector::introspect(connection, scope == Scope::CurrentSchema, progress)
        : SqliteIntrospector::introspect(connection, progress);
    if (!result)
        return result;
    DatabaseSchema schema = result.value();
    for (Table &table : schema.tables)
        table.ectoBookkeeping = isEctoBookkeeping(table.name, bookkeeping);
    std::sort(schema.tables.begin(), schema.tables.end(), [](const Table &a, const Table &b) {
        return a.schema != b.schema ? a.schema < b.schema : a.name < b.name;
    });
    return schema;
}

bool Introspector::isEctoBookkeeping(const QString &table, const QString &bookkeeping)
{
    return table == bookkeeping;
}

} // namespace ectowb::db
