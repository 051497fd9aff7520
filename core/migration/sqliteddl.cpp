#include "sqliteddl.h"
#include "common/overloaded.h"

#include "valueconversion.h"

#include <QHash>

namespace ectowb::migration {

namespace {

QString onDelete(const ForeignKeyAction &action)
{
    switch (action.kind) {
    case ForeignKeyAction::Kind::DeleteAll: return QStringLiteral(" ON DELETE CASCADE");
    case ForeignKeyAction::Kind::NilifyAll: return QStringLiteral(" ON DELETE SET NULL");
    case ForeignKeyAction::Kind::Restrict: return QStringLiteral(" ON DELETE RESTRICT");
    case ForeignKeyAction::Kind::DefaultAll: return QStringLiteral(" ON DELETE SET DEFAULT");
    default: return {}; // SQLite has no column lists here: {:nilify, cols} is dropped
    }
}

QString onUpdate(const ForeignKeyAction &action)
{
    switch (action.kind) {
    case ForeignKeyAction::Kind::UpdateAll: return QStringLiteral(" ON UPDATE CASCADE");
    case ForeignKeyAction::Kind::NilifyAll: return QStringLiteral(" ON UPDATE SET NULL");
    case ForeignKeyAction::Kind::Restrict: return QStringLiteral(" ON UPDATE RESTRICT");
    case ForeignKeyAction::Kind::DefaultAll: return QStringLiteral(" ON UPDATE SET DEFAULT");
    default: return {};
    }
}

QString indexColumns(DdlWriter &w, const std::vector<IndexColumn> &columns)
{
    QStringList parts;
    for (const IndexColumn &c : columns) {
        // ecto_sqlite3 puts a {direction, column} pair into iodata as it is.
        if (!c.direction.isEmpty())
            w.fail(QStringLiteral("errors were found at the given arguments:\n\n  * 1st argument: not an iodata term\n"));
        parts << (c.expression ? c.text : w.name(c.text));
    }
    return parts.join(QStringLiteral(", "));
}

// escape_string/1 of ecto_sqlite3: quotes and backslashes doubled.
QString sqliteLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''")).replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// ecto_sqlite3's first execute_ddl/1 clause, `{_command, %Table{options: keyword},
// _} when is_list(keyword)`: every 3-element table command (create, create_if_not_exists,
// alter, drop and drop_if_exists with their mode, rename of a table) with keyword
// options raises before anything else of it is looked at, the prefix included.
const Table *tableOfThreeElementCommand(const Command &command)
{
    if (const auto *c = std::get_if<CreateTable>(&command))
        return &c->table;
    if (const auto *c = std::get_if<AlterTable>(&command))
        return &c->table;
    if (const auto *c = std::get_if<DropTable>(&command))
        return &c->table;
    if (const auto *c = std::get_if<RenameTable>(&command))
        return &c->from;
    return nullptr;
}

} // namespace

QString SqliteDdl::table(DdlWriter &w, const QString &prefix, const QString &name)
{
    if (!prefix.isEmpty())
        w.fail(QStringLiteral("SQLite3 does not support table prefixes"));
    return w.name(name);
}

Result<QStringList> SqliteDdl::renderDdl(const Command &command) const
{
    if (const Table *t = tableOfThreeElementCommand(command); t && t->options && t->options->isList())
        return Error{QStringLiteral("SQLite3 adapter does not support keyword lists in :options")};
    DdlWriter w;
    return w.result(std::visit(
        Overloaded{
            [&](const CreateTable &c) { return createTable(w, c); },
            [&](const DropTable &c) {
                return QStringList{QStringLiteral("DROP TABLE ") + (c.ifExists ? QStringLiteral("IF EXISTS ") : QString())
                                   + table(w, c.table.prefix, c.table.name)};
            },
            [&](const AlterTable &c) { return alterTable(w, c); },
            [&](const RenameTable &c) {
                return QStringList{QStringLiteral("ALTER TABLE ") + table(w, c.from.prefix, c.from.name) + QStringLiteral(" RENAME TO ")
                                   + table(w, c.to.prefix, c.to.name)};
            },
            [&](const RenameColumn &c) {
                return QStringList{QStringLiteral("ALTER TABLE ") + table(w, c.table.prefix, c.table.name)
                                   + QStringLiteral(" RENAME COLUMN ") + w.name(c.from) + QStringLiteral(" TO ") + w.name(c.to)};
            },
            [&](const CreateIndex &c) { return QStringList{createIndex(w, c.index, c.ifNotExists)}; },
            [&](const DropIndex &c) { return QStringList{dropIndex(w, c.index, c.ifExists)}; },
            [&](const RenameIndex &c) {
                // SQLite has no ALTER INDEX: the adapter drops the index and creates it anew.
                Index renamed = c.index;
                renamed.name = c.to;
                return QStringList{dropIndex(w, c.index, false), createIndex(w, renamed, false)};
            },
            [&](const CreateConstraint &) {
                w.fail(QStringLiteral("SQLite3 does not support ALTER TABLE ADD CONSTRAINT."));
                return QStringList{};
            },
            [&](const DropConstraint &) {
                w.fail(QStringLiteral("SQLite3 does not support ALTER TABLE DROP CONSTRAINT."));
                return QStringList{};
            },
            RenderedBeforeDdl{},
        },
        command));
}

QStringList SqliteDdl::createTable(DdlWriter &w, const CreateTable &c)
{
    QStringList keys;
    for (const ColumnChange &column : c.columns) {
        if (column.options.primaryKey)
            keys << column.column;
    }
    // One key column is declared inline (so INTEGER PRIMARY KEY aliases the rowid);
    // several become a table constraint.
    const bool inlinePrimaryKey = keys.size() == 1;
    QStringList definitions;
    QString foreignKeys;
    for (const ColumnChange &column : c.columns) {
        definitions << columnDefinition(w, c.table, column, inlinePrimaryKey);
        if (column.type && column.type->isReference() && column.type->reference->with.size() == 1) {
            const Reference &ref = *column.type->reference;
            QStringList mine{column.column};
            QStringList theirs{ref.column};
            for (const auto &[a, b] : ref.with) {
                mine << a;
                theirs << b;
            }
            foreignKeys += QStringLiteral(", FOREIGN KEY (") + w.names(mine) + QStringLiteral(") REFERENCES ")
                           + table(w, ref.prefix, ref.table) + QLatin1Char('(') + w.names(theirs) + QLatin1Char(')')
                           + onDelete(ref.onDelete) + onUpdate(ref.onUpdate);
        }
    }
    QString primaryKey;
    if (keys.size() > 1)
        primaryKey = QStringLiteral(", PRIMARY KEY (") + w.names(keys) + QLatin1Char(')');
    QString options;
    // (keyword options were refused by renderDdl before anything was written)
    if (c.table.options && c.table.options->isBinary())
        options = QLatin1Char(' ') + c.table.options->text();
    return {QStringLiteral("CREATE TABLE ") + (c.ifNotExists ? QStringLiteral("IF NOT EXISTS ") : QString())
            + table(w, c.table.prefix, c.table.name) + QStringLiteral(" (") + definitions.join(QStringLiteral(", ")) + primaryKey
            + foreignKeys + QLatin1Char(')') + options};
}

QStringList SqliteDdl::alterTable(DdlWriter &w, const AlterTable &c)
{
    const QString tableName = table(w, c.table.prefix, c.table.name);
    QStringList out;
    for (const ColumnChange &change : c.changes) {
        switch (change.kind) {
        case ColumnChange::Kind::Add: {
            // SQLite cannot add a NOT NULL datetime column without a constant
            // default, so ecto_sqlite3 drops null: for these two types.
            ColumnChange added = change;
            if (change.type && !change.type->isReference()
                && (change.type->name == QLatin1String("utc_datetime") || change.type->name == QLatin1String("naive_datetime")))
                added.options.null.reset();
            out << QStringLiteral("ALTER TABLE ") + tableName + QStringLiteral(" ADD COLUMN ")
                       + columnDefinition(w, c.table, added, true);
            break;
        }
        case ColumnChange::Kind::Remove:
            out << QStringLiteral("ALTER TABLE ") + tableName + QStringLiteral(" DROP COLUMN ") + w.name(change.column);
            break;
        case ColumnChange::Kind::Modify:
            w.fail(QStringLiteral("ALTER COLUMN not supported by SQLite3"));
            break;
        case ColumnChange::Kind::AddIfNotExists:
        case ColumnChange::Kind::RemoveIfExists:
            w.fail(QStringLiteral("Not supported by SQLite3"));
            break;
        }
    }
    return out;
}

QString SqliteDdl::columnDefinition(DdlWriter &w, const Table &table, const ColumnChange &column, bool inlinePrimaryKey)
{
    const ColumnType &type = *column.type;
    const ColumnOptions &o = column.options;
    const QString typeName = type.isReference() ? columnType(ColumnType::atom(type.reference->type), o) : columnType(type, o);
    QString out = w.name(column.column) + QLatin1Char(' ') + typeName;
    if (o.defaultValue)
        out += QStringLiteral(" DEFAULT ") + defaultValue(w, *o.defaultValue);
    if (o.null)
        out += *o.null ? QStringLiteral(" NULL") : QStringLiteral(" NOT NULL");
    // ecto_sqlite3 knows collate: (unquoted, upper case), not collation:
    if (o.collate)
        out += QStringLiteral(" COLLATE ") + o.collate->toUpper();
    if (o.check)
        out += QStringLiteral(" CONSTRAINT ") + o.check->first + QStringLiteral(" CHECK (") + o.check->second + QLatin1Char(')');
    if (o.primaryKey && inlinePrimaryKey) {
        const QString base = type.isReference() ? type.reference->type : type.name;
        const bool serial = base == QLatin1String("serial") || base == QLatin1String("bigserial");
        out += serial ? QStringLiteral(" PRIMARY KEY AUTOINCREMENT") : QStringLiteral(" PRIMARY KEY");
    }
    // ecto_sqlite3 writes a reference with exactly one with: pair as a table-level
    // FOREIGN KEY; any other is inline (and further with: pairs are dropped).
    if (type.isReference() && type.reference->with.size() != 1)
        out += referenceTail(w, *type.reference, table, column.column);
    return out;
}

QString SqliteDdl::referenceTail(DdlWriter &w, const Reference &ref, const Table &owner, const QString &column)
{
    // Inline: match:, validate: false and column lists in on_delete are dropped.
    const QString name = ref.name.isEmpty() ? owner.name + QLatin1Char('_') + column + QStringLiteral("_fkey") : ref.name;
    return QStringLiteral(" CONSTRAINT ") + w.name(name) + QStringLiteral(" REFERENCES ") + table(w, ref.prefix, ref.table)
           + QLatin1Char('(') + w.name(ref.column) + QLatin1Char(')') + onDelete(ref.onDelete) + onUpdate(ref.onUpdate);
}

QString SqliteDdl::columnType(const ColumnType &type, const ColumnOptions &options)
{
    if (type.isArray() || type.name == QLatin1String("map"))
        return QStringLiteral("TEXT");
    static const QHash<QString, QString> names{
        {QStringLiteral("id"), QStringLiteral("INTEGER")},
        {QStringLiteral("serial"), QStringLiteral("INTEGER")},
        {QStringLiteral("bigserial"), QStringLiteral("INTEGER")},
        {QStringLiteral("integer"), QStringLiteral("INTEGER")},
        {QStringLiteral("bigint"), QStringLiteral("INTEGER")},
        {QStringLiteral("boolean"), QStringLiteral("INTEGER")},
        {QStringLiteral("binary_id"), QStringLiteral("TEXT")},
        {QStringLiteral("uuid"), QStringLiteral("TEXT")},
        {QStringLiteral("string"), QStringLiteral("TEXT")},
        {QStringLiteral("text"), QStringLiteral("TEXT")},
        {QStringLiteral("binary"), QStringLiteral("BLOB")},
        {QStringLiteral("float"), QStringLiteral("NUMERIC")},
        {QStringLiteral("date"), QStringLiteral("TEXT")},
        {QStringLiteral("time"), QStringLiteral("TEXT")},
        {QStringLiteral("timestamp"), QStringLiteral("TEXT")},
        {QStringLiteral("time_usec"), QStringLiteral("TEXT")},
        {QStringLiteral("naive_datetime"), QStringLiteral("TEXT")},
        {QStringLiteral("naive_datetime_usec"), QStringLiteral("TEXT")},
        {QStringLiteral("utc_datetime"), QStringLiteral("TEXT")},
        {QStringLiteral("utc_datetime_usec"), QStringLiteral("TEXT")},
    };
    if (type.name == QLatin1String("decimal")) {
        if (options.precision)
            return QStringLiteral("DECIMAL(%1,%2)").arg(*options.precision).arg(options.scale.value_or(0));
        return QStringLiteral("DECIMAL");
    }
    return names.value(type.name, type.name.toUpper());
}

QString SqliteDdl::defaultValue(DdlWriter &w, const Value &value)
{
    if (value.isNil())
        return QStringLiteral("NULL");
    if (value.isBinary())
        return sqliteLiteral(value.text());
    if (value.isNumber() || value.isBoolean())
        return *value.toString();
    if (value.isTuple(2) && value.elements()[0].isAtom(QStringLiteral("fragment")) && value.elements()[1].isBinary())
        return value.elements()[1].text();
    if (value.isMap() || value.isList() || value.isStruct()) { // is_map/1 holds for structs (a Decimal too)
        if (auto json = ValueConversion::toJson(value))
            return QLatin1Char('(') + sqliteLiteral(*json) + QLatin1Char(')');
    }
    w.fail(QStringLiteral("unknown default `%1`").arg(value.inspect()));
    return {};
}

void SqliteDdl::checkIndex(DdlWriter &w, const Index &index)
{
    if (index.concurrently)
        w.fail(QStringLiteral("`concurrently` is not supported with SQLite3"));
    if (index.using_)
        w.fail(QStringLiteral("`using` is not supported with SQLite3"));
    if (!index.include.empty())
        w.fail(QStringLiteral("`include` is not supported with SQLite3"));
    if (index.nullsDistinct)
        w.fail(QStringLiteral("`nulls_distinct` is not supported with SQLite3"));
    if (index.only)
        w.fail(QStringLiteral("`only` is not supported with SQLite3"));
}

QString SqliteDdl::createIndex(DdlWriter &w, const Index &index, bool ifNotExists)
{
    checkIndex(w, index);
    return QStringLiteral("CREATE ") + (index.unique ? QStringLiteral("UNIQUE ") : QString()) + QStringLiteral("INDEX ")
           + (ifNotExists ? QStringLiteral("IF NOT EXISTS ") : QString()) + w.name(index.name) + QStringLiteral(" ON ")
           + table(w, index.prefix, index.table) + QStringLiteral(" (") + indexColumns(w, index.columns) + QLatin1Char(')')
           + (index.where ? QStringLiteral(" WHERE ") + *index.where : QString());
}

QString SqliteDdl::dropIndex(DdlWriter &w, const Index &index, bool ifExists)
{
    checkIndex(w, index);
    return QStringLiteral("DROP INDEX ") + (ifExists ? QStringLiteral("IF EXISTS ") : QString()) + table(w, index.prefix, index.name);
}

} // namespace ectowb::migration
