#pragma once

#include "schema.h"
#include "db/databaseschema.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace ectowb::schema {

// One difference between what the code says (a schema module) and what the
// database has (its table), phrased for the user.
struct Mismatch
{
    enum class Kind : quint8 {
        TableMissing,                 // the schema's source table does not exist
        FieldWithoutColumn,           // queries selecting the field will fail
        ColumnWithoutField,           // data no schema of the table loads
        TypeMismatch,                 // the column cannot hold what the Ecto type dumps
        ForeignKeyWithoutIndex,       // belongs_to column no index starts with
        AssociationWithoutForeignKey, // belongs_to column without a FK constraint
    };
    enum class Severity : quint8 { Info, Warning, Error };

    Kind kind = Kind::TableMissing;
    Severity severity = Severity::Error;
    QString module;
    QString table;
    QString field;   // the schema field, when there is one
    QString column;  // the database column, when there is one
    QString message; // translated

    QJsonObject toJson() const;

    static QString kindName(Kind kind);         // table_missing, field_without_column, ...
    static QString severityName(Severity severity); // info, warning, error
};

// Lines up table-backed schemas with the introspected tables (source + prefix).
// Permissive on types where Ecto's own migrations would have produced the column
// (e.g. :boolean is INTEGER on SQLite, :float is NUMERIC there).
class SchemaComparison
{
public:
    static QList<Mismatch> compare(const QList<Schema> &schemas, const db::DatabaseSchema &database);

    // Whether a column the database reports as `columnType` holds what `type` dumps.
    static bool typeCompatible(const EctoType &type, const QString &columnType, db::Dialect dialect);

private:
    static void compareFields(const Schema &schema, const db::Table &table, db::Dialect dialect, QList<Mismatch> &out);
    static void compareAssociations(const Schema &schema, const db::Table &table, QList<Mismatch> &out);
    static void compareJoinTables(const Schema &schema, const db::DatabaseSchema &database, QSet<QString> &reported,
                                  QList<Mismatch> &out);
    static void compareUnmappedColumns(const QList<const Schema *> &schemas, const db::Table &table, QList<Mismatch> &out);
};

} // namespace ectowb::schema
