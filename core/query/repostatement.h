#pragma once

#include "query.h"

#include "schema/ectotype.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ectowb::query {

// The operation a query statement performs (the first argument of to_sql/3).
enum class Operation : quint8 { All, UpdateAll, DeleteAll };

// A value for an INSERT/UPDATE/DELETE with the field type it is dumped through
// (invalid for schemaless tables: sent as given).
struct TypedValue
{
    QString column;
    Term value;
    schema::EctoType type;
    int placeholder = 0; // Insert cells: > 0 for {:placeholder, key}, the 1-based index of its value
};

// What a Repo call sends, recorded while the source runs and rendered per dialect
// afterwards: a planned query (all, update_all, delete_all) or a schema-level
// insert, update or delete.
struct RepoStatement
{
    enum class Kind : quint8 { Query, Insert, Update, Delete };
    Kind kind = Kind::Query;

    // Query
    QueryPtr query;
    Operation operation = Operation::All;

    // Insert, Update, Delete
    QString table;
    QString prefix;
    QStringList header;                        // Insert: columns in order
    std::vector<std::vector<std::optional<TypedValue>>> rows; // Insert: nullopt -> DEFAULT
    std::vector<TypedValue> placeholders;      // Insert: insert_all placeholders, sent before the rows
    QString onConflict;                        // "" (raise), "nothing", "replace", "query"
    QStringList conflictTarget;
    QStringList replaceFields;
    // "query": the update_all query of `on_conflict: [set: ...]` or `on_conflict: query`,
    // planned with its parameters numbered after the row values (Ecto.Repo.Schema
    // on_conflict_query/6); its binding names the table (`INSERT INTO "t" AS t0`)
    QueryPtr conflictQuery;
    std::vector<TypedValue> changes;           // Update
    std::vector<TypedValue> filters;           // Update, Delete: the primary key
    QStringList returning;
};

} // namespace ectowb::query
