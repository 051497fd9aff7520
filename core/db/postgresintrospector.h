#pragma once

#include "connection.h"
#include "databaseschema.h"
#include "common/result.h"

#include <QHash>

#include <functional>

namespace ectowb::db {

// PostgreSQL through pg_catalog: one query per kind of object for all tables at
// once (not one per table), keyed by the table's oid.
class PostgresIntrospector
{
public:
    static Result<DatabaseSchema> introspect(Connection &connection, bool currentSchemaOnly,
                                            const std::function<bool(int, int)> &progress);

private:
    using TablesByOid = QHash<qint64, Table>;
    static std::optional<Error> forEachTableRow(const Result<QueryRows> &rows, TablesByOid &tables,
                                                const std::function<void(const QVariantList &, Table &)> &read);
    static std::optional<Error> readTables(Connection &c, const QString &filter, TablesByOid &tables);
    static std::optional<Error> readColumns(Connection &c, const QString &filter, TablesByOid &tables);
    static std::optional<Error> readIndexes(Connection &c, const QString &filter, TablesByOid &tables);
    static std::optional<Error> readForeignKeys(Connection &c, const QString &filter, TablesByOid &tables);
    static QString foreignKeyAction(const QString &code);
};

} // namespace ectowb::db
