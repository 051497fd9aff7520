#pragma once

#include "connectionsettings.h"

#include <QString>

namespace ectowb::db {

// What kind of values a column holds, from its type as the database reports it.
// PostgreSQL types are classified by name ("character varying(255)" is Text);
// SQLite declared types by SQLite's own affinity rules (section 3.1 of its datatype
// documentation), since that is what decides how a value is stored.
class ColumnType
{
public:
    enum class Family : quint8 {
        Integer, Text, Boolean, Timestamp, Date, Time, Numeric, Float, Uuid, Json, Binary, Interval, Array, Other,
        // SQLite affinities
        SqliteInteger, SqliteText, SqliteBlob, SqliteReal, SqliteNumeric,
    };

    static Family family(const QString &type, Dialect dialect);
    // PostgreSQL: the element type of "integer[]" / "character varying(255)[]"; empty otherwise.
    static QString arrayElement(const QString &type);

private:
    static Family postgresFamily(const QString &type);
    static Family sqliteAffinity(const QString &type);
};

} // namespace ectowb::db
