#pragma once

#include "connection.h"
#include "databaseschema.h"
#include "common/result.h"

#include <functional>

namespace ectowb::db {

// SQLite through sqlite_master and the pragma table functions (pragma_table_info(?)
// and friends take the table name as a bound value, never spliced into SQL).
class SqliteIntrospector
{
public:
    static Result<DatabaseSchema> introspect(Connection &connection, const std::function<bool(int, int)> &progress);

private:
    static std::optional<Error> readColumns(Connection &c, Table &table);
    static std::optional<Error> readIndexes(Connection &c, Table &table);
    static std::optional<Error> readIndexKeys(Connection &c, const QString &sql, Index &index);
    static std::optional<Error> readForeignKeys(Connection &c, const QString &createSql, Table &table);
    static QString foreignKeyName(const QString &createSql, const QStringList &columns);
};

} // namespace ectowb::db
