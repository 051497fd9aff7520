#pragma once

#include "value/term.h"
#include "interpreter/value.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace ectowb::migration {

using interpreter::Value;

// The commands of Ecto.Migration as data, mirroring the tuples Ecto.Migration.Runner
// hands to the adapter ({:create, %Table{}, columns}, {:alter, ...}, {:drop, %Index{},
// mode}, ...). Strings are kept as written; an empty prefix means none.

struct Reference;

// A column type: an atom (:string, :bigserial, :citext ...), a parametrised type
// ({:array, inner}, {:map, inner}) or references/2.
struct ColumnType
{
    QString name;                         // atom name, or "array" / "map" with params
    std::vector<ColumnType> params;       // inner type of {:array, t} / {:map, t}
    std::shared_ptr<const Reference> reference; // set for references/2

    static ColumnType atom(const QString &name) { return ColumnType{name, {}, nullptr}; }
    bool isReference() const { return reference != nullptr; }
    bool isArray() const { return name == QLatin1String("array") && params.size() == 1; }
    bool operator==(const ColumnType &other) const;
};

// on_delete / on_update of references/2.
struct ForeignKeyAction
{
    enum class Kind { Nothing, DeleteAll, NilifyAll, Restrict, UpdateAll, DefaultAll, NilifyColumns, DefaultColumns };
    Kind kind = Kind::Nothing;
    QStringList columns; // {:nilify, columns} / {:default, columns}
    bool operator==(const ForeignKeyAction &) const = default;
};

struct Reference
{
    QString table;
    QString column = QStringLiteral("id");
    QString type = QStringLiteral("bigserial");
    QString name; // empty: <table>_<column>_fkey
    QString prefix;
    ForeignKeyAction onDelete;
    ForeignKeyAction onUpdate;
    bool validate = true;
    std::optional<QString> match; // :simple, :partial, :full
    std::vector<std::pair<QString, QString>> with; // extra (column, referenced column)
    bool operator==(const Reference &) const = default;
};

struct ColumnOptions;

// modify's from: either a type, or {type, options}.
struct ModifyFrom
{
    ColumnType type;
    std::shared_ptr<const ColumnOptions> options; // null for a bare type
};

struct ColumnOptions
{
    std::optional<bool> null;
    std::optional<Value> defaultValue; // present even when nil: `default: nil`
    std::optional<qint64> size;
    std::optional<qint64> precision;
    std::optional<qint64> scale;
    bool primaryKey = false;
    std::optional<QString> comment;
    std::optional<QString> collation;
    std::optional<QString> collate; // ecto_sqlite3's own option
    std::optional<qint64> startValue; // :identity sequence options
    std::optional<qint64> increment;
    std::optional<QString> fields; // :duration's interval fields ("YEAR TO MONTH")
    std::optional<QString> generated;
    std::optional<QString> invalidGenerated; // generated: given something else than a string (inspected)
    std::optional<std::pair<QString, QString>> check; // check: %{name:, expr:} (SQLite)
    std::optional<ModifyFrom> from;
};

struct ColumnChange
{
    enum class Kind { Add, AddIfNotExists, Modify, Remove, RemoveIfExists };
    Kind kind = Kind::Add;
    QString column;
    std::optional<ColumnType> type; // absent for remove/1 and remove_if_exists/1
    ColumnOptions options;
};

struct Table
{
    QString name;
    QString prefix;
    std::optional<QString> comment;
    std::optional<Value> options; // options: "WITH ..." string (or a keyword Ecto refuses)
};

struct IndexColumn
{
    QString text;
    bool expression = false; // a string is an SQL expression, an atom a column name
    QString direction;       // asc, desc_nulls_last ... of [desc: :column]; empty: none
    bool operator==(const IndexColumn &) const = default;
};

struct Index
{
    QString table;
    QString name;
    QString prefix;
    std::vector<IndexColumn> columns;
    std::vector<IndexColumn> include;
    bool unique = false;
    bool concurrently = false;
    bool only = false;
    std::optional<QString> using_;
    std::optional<QString> where;
    std::optional<bool> nullsDistinct;
    std::optional<QString> comment;
    std::optional<QString> options;
};

struct Constraint
{
    QString table;
    QString name;
    QString prefix;
    std::optional<QString> check;
    std::optional<QString> exclude;
    std::optional<QString> comment;
    bool validate = true;
};

struct CreateTable
{
    Table table;
    std::vector<ColumnChange> columns; // all Add, the primary key first as Ecto adds it
    bool ifNotExists = false;
};

struct DropTable
{
    Table table;
    bool ifExists = false;
    bool cascade = false;
};

struct AlterTable
{
    Table table;
    std::vector<ColumnChange> changes;
};

struct RenameTable
{
    Table from;
    Table to;
};

struct RenameColumn
{
    Table table;
    QString from;
    QString to;
};

struct CreateIndex
{
    Index index;
    bool ifNotExists = false;
};

struct DropIndex
{
    Index index;
    bool ifExists = false;
    bool cascade = false;
};

struct RenameIndex
{
    Index index; // carries the current name
    QString to;
};

struct CreateConstraint
{
    Constraint constraint;
};

struct DropConstraint
{
    Constraint constraint;
    bool ifExists = false;
    bool cascade = false;
};

// What a Repo call in a migration sends (repo().query!, update_all, insert_all,
// all...), written for each database as Ecto's adapters write it, with its
// parameters. Ecto runs it the moment the code calls it.
struct DataStatement
{
    QString postgresSql;
    std::vector<value::Term> postgresParams;
    QString sqliteSql;
    std::vector<value::Term> sqliteParams;
    // all/one/get...: the code goes on with the rows it reads, which offline are
    // those of an empty database.
    bool readsRows = false;
};

// execute/1 (no down) or execute/2, with SQL strings or functions (whose Repo
// calls were recorded when the migration was read).
struct Execute
{
    QString up;
    std::optional<QString> down; // set (maybe empty) when execute/2 gave a down part
    std::optional<std::vector<DataStatement>> upCode;   // execute(fn -> ... end, ...)
    std::optional<std::vector<DataStatement>> downCode; // execute(..., fn -> ... end)
    bool keywordCommand = false; // execute(create: ...): for non-SQL adapters, SQL ones raise
};

struct Flush
{
};

// Something the reader cannot evaluate (execute(fn -> ... end), repo().query!,
// calls into the application): kept as its source so the user sees it.
struct Opaque
{
    QString source;
    int line = 0;
    int column = 0;
    QString reason;
};

using Command = std::variant<CreateTable, DropTable, AlterTable, RenameTable, RenameColumn, CreateIndex, DropIndex,
                             RenameIndex, CreateConstraint, DropConstraint, Execute, DataStatement, Flush, Opaque>;
using CommandList = std::vector<Command>;

} // namespace ectowb::migration
