#include "postgresddl.h"
#include "common/overloaded.h"

#include "valueconversion.h"

#include <QHash>

namespace ectowb::migration {

namespace {

QString onDelete(DdlWriter &w, const ForeignKeyAction &action)
{
    switch (action.kind) {
    case ForeignKeyAction::Kind::Nothing: return {};
    case ForeignKeyAction::Kind::DeleteAll: return QStringLiteral(" ON DELETE CASCADE");
    case ForeignKeyAction::Kind::NilifyAll: return QStringLiteral(" ON DELETE SET NULL");
    case ForeignKeyAction::Kind::Restrict: return QStringLiteral(" ON DELETE RESTRICT");
    case ForeignKeyAction::Kind::DefaultAll: return QStringLiteral(" ON DELETE SET DEFAULT");
    case ForeignKeyAction::Kind::NilifyColumns:
        return QStringLiteral(" ON DELETE SET NULL (") + w.names(action.columns) + QLatin1Char(')');
    case ForeignKeyAction::Kind::DefaultColumns:
        return QStringLiteral(" ON DELETE SET DEFAULT (") + w.names(action.columns) + QLatin1Char(')');
    case ForeignKeyAction::Kind::UpdateAll: break;
    }
    w.fail(QStringLiteral("unsupported :on_delete action"));
    return {};
}

QString onUpdate(DdlWriter &w, const ForeignKeyAction &action)
{
    switch (action.kind) {
    case ForeignKeyAction::Kind::Nothing: return {};
    case ForeignKeyAction::Kind::UpdateAll: return QStringLiteral(" ON UPDATE CASCADE");
    case ForeignKeyAction::Kind::NilifyAll: return QStringLiteral(" ON UPDATE SET NULL");
    case ForeignKeyAction::Kind::Restrict: return QStringLiteral(" ON UPDATE RESTRICT");
    case ForeignKeyAction::Kind::DefaultAll: return QStringLiteral(" ON UPDATE SET DEFAULT");
    default: break;
    }
    w.fail(QStringLiteral("unsupported :on_update action"));
    return {};
}

// A sort direction as the adapter writes it after the column: desc_nulls_last ->
// " DESC NULLS LAST".
QString direction(const QString &atom)
{
    if (atom.isEmpty())
        return {};
    return QLatin1Char(' ') + atom.toUpper().replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString indexColumns(DdlWriter &w, const std::vector<IndexColumn> &columns)
{
    QStringList parts;
    for (const IndexColumn &c : columns)
        parts << (c.expression ? c.text : w.name(c.text)) + direction(c.direction);
    return parts.join(QStringLiteral(", "));
}

} // namespace

Result<QStringList> PostgresDdl::renderDdl(const Command &command) const
{
    DdlWriter w;
    return w.result(std::visit(
        Overloaded{
            [&](const CreateTable &c) { return createTable(w, c); },
            [&](const DropTable &c) {
                return QStringList{QStringLiteral("DROP TABLE ") + (c.ifExists ? QStringLiteral("IF EXISTS ") : QString())
                                   + w.table(c.table.prefix, c.table.name) + (c.cascade ? QStringLiteral(" CASCADE") : QString())};
            },
            [&](const AlterTable &c) { return alterTable(w, c); },
            [&](const RenameTable &c) {
                return QStringList{QStringLiteral("ALTER TABLE ") + w.table(c.from.prefix, c.from.name) + QStringLiteral(" RENAME TO ")
                                   + w.name(c.to.name)};
            },
            [&](const RenameColumn &c) {
                return QStringList{QStringLiteral("ALTER TABLE ") + w.table(c.table.prefix, c.table.name) + QStringLiteral(" RENAME ")
                                   + w.name(c.from) + QStringLiteral(" TO ") + w.name(c.to)};
            },
            [&](const CreateIndex &c) { return createIndex(w, c); },
            [&](const DropIndex &c) { return QStringList{dropIndex(w, c)}; },
            [&](const RenameIndex &c) {
                return QStringList{QStringLiteral("ALTER INDEX ") + w.table(c.index.prefix, c.index.name) + QStringLiteral(" RENAME TO ")
                                   + w.name(c.to)};
            },
            [&](const CreateConstraint &c) { return createConstraint(w, c); },
            [&](const DropConstraint &c) { return QStringList{dropConstraint(w, c)}; },
            RenderedBeforeDdl{},
        },
        command));
}

QStringList PostgresDdl::createTable(DdlWriter &w, const CreateTable &c)
{
    const QString tableName = w.table(c.table.prefix, c.table.name);
    QStringList definitions;
    for (const ColumnChange &column : c.columns)
        definitions << columnDefinition(w, c.table, column);
    QStringList out{QStringLiteral("CREATE TABLE ") + (c.ifNotExists ? QStringLiteral("IF NOT EXISTS ") : QString()) + tableName
                    + QStringLiteral(" (") + definitions.join(QStringLiteral(", ")) + primaryKey(w, c.columns, QStringLiteral(", "))
                    + QLatin1Char(')') + tableOptions(w, c.table.options)};
    if (c.table.comment)
        out << QStringLiteral("COMMENT ON TABLE ") + tableName + QStringLiteral(" IS ") + DdlWriter::literal(*c.table.comment);
    return out + columnComments(w, tableName, c.columns);
}

QStringList PostgresDdl::alterTable(DdlWriter &w, const AlterTable &c)
{
    const QString tableName = w.table(c.table.prefix, c.table.name);
    QStringList changes;
    for (const ColumnChange &change : c.changes)
        changes << columnChange(w, c.table, change);
    QStringList out{QStringLiteral("ALTER TABLE ") + tableName + QLatin1Char(' ') + changes.join(QStringLiteral(", "))
                    + primaryKey(w, c.changes, QStringLiteral(", ADD "))};
    if (c.table.comment)
        out << QStringLiteral("COMMENT ON TABLE ") + tableName + QStringLiteral(" IS ") + DdlWriter::literal(*c.table.comment);
    return out + columnComments(w, tableName, c.changes);
}

QString PostgresDdl::columnDefinition(DdlWriter &w, const Table &table, const ColumnChange &column)
{
    const ColumnType &type = *column.type;
    if (type.isReference()) {
        return w.name(column.column) + QLatin1Char(' ') + referenceColumnType(w, *type.reference, column.options)
               + columnOptions(w, ColumnType::atom(type.reference->type), column.options) + QStringLiteral(", ")
               + referenceExpr(w, *type.reference, table, column.column);
    }
    return w.name(column.column) + QLatin1Char(' ') + columnType(w, type, column.options) + columnOptions(w, type, column.options);
}

QString PostgresDdl::columnChange(DdlWriter &w, const Table &table, const ColumnChange &change)
{
    using Kind = ColumnChange::Kind;
    switch (change.kind) {
    case Kind::Add:
    case Kind::AddIfNotExists: {
        const QString lead = change.kind == Kind::Add ? QStringLiteral("ADD COLUMN ") : QStringLiteral("ADD COLUMN IF NOT EXISTS ");
        const ColumnType &type = *change.type;
        if (type.isReference()) {
            return lead + w.name(change.column) + QLatin1Char(' ') + referenceColumnType(w, *type.reference, change.options)
                   + columnOptions(w, ColumnType::atom(type.reference->type), change.options) + QStringLiteral(", ADD ")
                   + referenceExpr(w, *type.reference, table, change.column);
        }
        return lead + w.name(change.column) + QLatin1Char(' ') + columnType(w, type, change.options)
               + columnOptions(w, type, change.options);
    }
    case Kind::Modify:
        return modifyChange(w, table, change);
    case Kind::Remove:
    case Kind::RemoveIfExists: {
        const bool ifExists = change.kind == Kind::RemoveIfExists;
        QString dropConstraint;
        if (change.type && change.type->isReference()) {
            dropConstraint = QStringLiteral("DROP CONSTRAINT ") + (ifExists ? QStringLiteral("IF EXISTS ") : QString())
                             + referenceName(w, *change.type->reference, table, change.column) + QStringLiteral(", ");
        }
        return dropConstraint + QStringLiteral("DROP COLUMN ") + (ifExists ? QStringLiteral("IF EXISTS ") : QString())
               + w.name(change.column);
    }
    }
    return {};
}

QString PostgresDdl::modifyChange(DdlWriter &w, const Table &table, const ColumnChange &change)
{
    const ColumnType &type = *change.type;
    const QString column = w.name(change.column);
    QString out = dropReferenceFrom(w, change.options, table, change.column) + QStringLiteral("ALTER COLUMN ") + column
                  + QStringLiteral(" TYPE ");
    ColumnType defaultType = type;
    if (type.isReference()) {
        out += referenceColumnType(w, *type.reference, change.options) + QStringLiteral(", ADD ")
               + referenceExpr(w, *type.reference, table, change.column);
        defaultType = ColumnType::atom(type.reference->type);
    } else {
        out += columnType(w, type, change.options);
    }
    if (change.options.null)
        out += QStringLiteral(", ALTER COLUMN ") + column + (*change.options.null ? QStringLiteral(" DROP NOT NULL") : QStringLiteral(" SET NOT NULL"));
    if (change.options.defaultValue) {
        out += QStringLiteral(", ALTER COLUMN ") + column + QStringLiteral(" SET DEFAULT ")
               + defaultValue(w, *change.options.defaultValue, defaultType);
    }
    return out;
}

QString PostgresDdl::dropReferenceFrom(DdlWriter &w, const ColumnOptions &options, const Table &table, const QString &column)
{
    if (!options.from || !options.from->type.isReference())
        return {};
    return QStringLiteral("DROP CONSTRAINT ") + referenceName(w, *options.from->type.reference, table, column) + QStringLiteral(", ");
}

QString PostgresDdl::ectoToDb(const ColumnType &type)
{
    if (type.isArray())
        return ectoToDb(type.params.front()) + QStringLiteral("[]");
    static const QHash<QString, QString> names{
        {QStringLiteral("id"), QStringLiteral("integer")},
        {QStringLiteral("identity"), QStringLiteral("bigint")},
        {QStringLiteral("binary_id"), QStringLiteral("uuid")},
        {QStringLiteral("string"), QStringLiteral("varchar")},
        {QStringLiteral("binary"), QStringLiteral("bytea")},
        {QStringLiteral("map"), QStringLiteral("jsonb")},
        {QStringLiteral("time_usec"), QStringLiteral("time")},
        {QStringLiteral("utc_datetime"), QStringLiteral("timestamp")},
        {QStringLiteral("utc_datetime_usec"), QStringLiteral("timestamp")},
        {QStringLiteral("naive_datetime"), QStringLiteral("timestamp")},
        {QStringLiteral("naive_datetime_usec"), QStringLiteral("timestamp")},
        {QStringLiteral("duration"), QStringLiteral("interval")},
    };
    return names.value(type.name, type.name);
}

QString PostgresDdl::columnType(DdlWriter &w, const ColumnType &type, const ColumnOptions &options)
{
    if (type.isReference())
        return referenceColumnType(w, *type.reference, options);
    if (type.isArray())
        return columnType(w, type.params.front(), options) + QStringLiteral("[]");
    if (options.invalidGenerated)
        w.fail(Error{QStringLiteral("the `:generated` option only accepts strings, received: ") + *options.invalidGenerated, QStringLiteral("ArgumentError")});
    const QString generated = options.generated ? QStringLiteral(" GENERATED ") + *options.generated : QString();
    const QString dbName = ectoToDb(type);
    if (type.name == QLatin1String("identity") && !options.generated) {
        // A sequence clause for the positive start_value / increment given.
        QStringList sequence;
        if (options.startValue && *options.startValue > 0)
            sequence << QStringLiteral("START WITH %1").arg(*options.startValue);
        if (options.increment && *options.increment > 0)
            sequence << QStringLiteral("INCREMENT BY %1").arg(*options.increment);
        const QString identity = dbName + QStringLiteral(" GENERATED BY DEFAULT AS IDENTITY");
        return sequence.isEmpty() ? identity : identity + QLatin1Char('(') + sequence.join(QLatin1Char(' ')) + QStringLiteral(") ");
    }
    if (type.name == QLatin1String("duration")) {
        QString out = dbName;
        if (options.fields)
            out += QLatin1Char(' ') + *options.fields;
        if (options.precision)
            out += QStringLiteral("(%1)").arg(*options.precision);
        return out + generated;
    }
    static const QStringList secondPrecision{QStringLiteral("time"), QStringLiteral("utc_datetime"), QStringLiteral("naive_datetime")};
    static const QStringList microPrecision{QStringLiteral("time_usec"), QStringLiteral("utc_datetime_usec"),
                                           QStringLiteral("naive_datetime_usec")};
    if (secondPrecision.contains(type.name))
        return dbName + QStringLiteral("(%1)").arg(options.precision.value_or(0)) + generated;
    if (microPrecision.contains(type.name))
        return dbName + (options.precision ? QStringLiteral("(%1)").arg(*options.precision) : QString()) + generated;
    if (options.size)
        return dbName + QStringLiteral("(%1)").arg(*options.size) + generated;
    if (options.precision)
        return dbName + QStringLiteral("(%1,%2)").arg(*options.precision).arg(options.scale.value_or(0)) + generated;
    if (type.name == QLatin1String("string"))
        return dbName + QStringLiteral("(255)") + generated;
    return dbName + generated;
}

QString PostgresDdl::referenceColumnType(DdlWriter &w, const Reference &ref, const ColumnOptions &options)
{
    if (ref.type == QLatin1String("serial"))
        return QStringLiteral("integer");
    if (ref.type == QLatin1String("bigserial") || ref.type == QLatin1String("identity"))
        return QStringLiteral("bigint");
    return columnType(w, ColumnType::atom(ref.type), options);
}

QString PostgresDdl::columnOptions(DdlWriter &w, const ColumnType &type, const ColumnOptions &options)
{
    QString out;
    if (options.defaultValue)
        out += QStringLiteral(" DEFAULT ") + defaultValue(w, *options.defaultValue, type);
    if (options.null)
        out += *options.null ? QStringLiteral(" NULL") : QStringLiteral(" NOT NULL");
    if (options.collation)
        out += QStringLiteral(" COLLATE \"") + *options.collation + QLatin1Char('"');
    return out;
}

QString PostgresDdl::defaultValue(DdlWriter &w, const Value &value, const ColumnType &type)
{
    if (value.isNil())
        return QStringLiteral("NULL");
    if (value.isList() && type.isArray()) {
        QStringList items;
        for (const Value &item : value.elements())
            items << defaultValue(w, item, type.params.front());
        return QStringLiteral("ARRAY[") + items.join(QLatin1Char(',')) + QStringLiteral("]::") + ectoToDb(type);
    }
    if (value.isBinary()) {
        if (value.text().contains(QChar(0)))
            w.fail(QStringLiteral("default values are interpolated as UTF-8 strings and cannot contain null bytes"));
        return DdlWriter::literal(value.text());
    }
    if (value.isNumber() || value.isBoolean())
        return *value.toString();
    if (value.isTuple(2) && value.elements()[0].isAtom(QStringLiteral("fragment")) && value.elements()[1].isBinary())
        return value.elements()[1].text();
    // A map is a default only for a :map column (jsonb), as Ecto's JSON.
    if (value.isMap() && type.name == QLatin1String("map") && type.params.empty()) {
        if (auto json = ValueConversion::toJson(value))
            return DdlWriter::literal(*json);
    }
    w.fail(QStringLiteral("unknown default `%1` for type `%2`").arg(value.inspect(), type.name));
    return {};
}

QString PostgresDdl::referenceName(DdlWriter &w, const Reference &ref, const Table &table, const QString &column)
{
    return w.name(ref.name.isEmpty() ? table.name + QLatin1Char('_') + column + QStringLiteral("_fkey") : ref.name);
}

QString PostgresDdl::referenceExpr(DdlWriter &w, const Reference &ref, const Table &table, const QString &column)
{
    QStringList current{column};
    QStringList referenced{ref.column};
    for (const auto &[mine, theirs] : ref.with) {
        current << mine;
        referenced << theirs;
    }
    QString match;
    if (ref.match)
        match = QStringLiteral(" MATCH ") + ref.match->toUpper();
    return QStringLiteral("CONSTRAINT ") + referenceName(w, ref, table, column) + QStringLiteral(" FOREIGN KEY (") + w.names(current)
           + QStringLiteral(") REFERENCES ") + w.table(ref.prefix.isEmpty() ? table.prefix : ref.prefix, ref.table) + QLatin1Char('(')
           + w.names(referenced) + QLatin1Char(')') + match + onDelete(w, ref.onDelete) + onUpdate(w, ref.onUpdate)
           + (ref.validate ? QString() : QStringLiteral(" NOT VALID"));
}

QString PostgresDdl::primaryKey(DdlWriter &w, const std::vector<ColumnChange> &columns, const QString &lead)
{
    QStringList keys;
    for (const ColumnChange &c : columns) {
        if ((c.kind == ColumnChange::Kind::Add || c.kind == ColumnChange::Kind::AddIfNotExists) && c.options.primaryKey)
            keys << c.column;
    }
    return keys.isEmpty() ? QString() : lead + QStringLiteral("PRIMARY KEY (") + w.names(keys) + QLatin1Char(')');
}

QStringList PostgresDdl::columnComments(DdlWriter &w, const QString &tableName, const std::vector<ColumnChange> &columns)
{
    QStringList out;
    for (const ColumnChange &c : columns) {
        if (c.options.comment && (c.kind == ColumnChange::Kind::Add || c.kind == ColumnChange::Kind::AddIfNotExists
                                  || c.kind == ColumnChange::Kind::Modify)) {
            out << QStringLiteral("COMMENT ON COLUMN ") + tableName + QLatin1Char('.') + w.name(c.column) + QStringLiteral(" IS ")
                       + DdlWriter::literal(*c.options.comment);
        }
    }
    return out;
}

QString PostgresDdl::tableOptions(DdlWriter &w, const std::optional<Value> &options)
{
    if (!options || options->isNil())
        return {};
    if (options->isBinary())
        return QLatin1Char(' ') + options->text();
    w.fail(QStringLiteral("PostgreSQL adapter does not support keyword lists in :options"));
    return {};
}

QStringList PostgresDdl::createIndex(DdlWriter &w, const CreateIndex &c)
{
    const Index &index = c.index;
    QString sql = QStringLiteral("CREATE ") + (index.unique ? QStringLiteral("UNIQUE ") : QString()) + QStringLiteral("INDEX ")
                  + (index.concurrently ? QStringLiteral("CONCURRENTLY ") : QString())
                  + (c.ifNotExists ? QStringLiteral("IF NOT EXISTS ") : QString()) + w.name(index.name) + QStringLiteral(" ON ")
                  + (index.only ? QStringLiteral("ONLY ") : QString()) + w.table(index.prefix, index.table)
                  + (index.using_ ? QStringLiteral(" USING ") + *index.using_ : QString()) + QStringLiteral(" (")
                  + indexColumns(w, index.columns) + QLatin1Char(')');
    if (!index.include.empty())
        sql += QStringLiteral(" INCLUDE (") + indexColumns(w, index.include) + QLatin1Char(')');
    if (index.nullsDistinct)
        sql += *index.nullsDistinct ? QStringLiteral(" NULLS DISTINCT") : QStringLiteral(" NULLS NOT DISTINCT");
    if (index.options)
        sql += QStringLiteral(" WITH (") + *index.options + QLatin1Char(')');
    if (index.where)
        sql += QStringLiteral(" WHERE ") + *index.where;
    QStringList out{sql};
    if (index.comment) {
        out << QStringLiteral("COMMENT ON INDEX ") + w.table(index.prefix, index.name) + QStringLiteral(" IS ")
                   + DdlWriter::literal(*index.comment);
    }
    return out;
}

QString PostgresDdl::dropIndex(DdlWriter &w, const DropIndex &c)
{
    return QStringLiteral("DROP INDEX ") + (c.index.concurrently ? QStringLiteral("CONCURRENTLY ") : QString())
           + (c.ifExists ? QStringLiteral("IF EXISTS ") : QString()) + w.table(c.index.prefix, c.index.name)
           + (c.cascade ? QStringLiteral(" CASCADE") : QString());
}

QStringList PostgresDdl::createConstraint(DdlWriter &w, const CreateConstraint &c)
{
    const Constraint &k = c.constraint;
    const QString tableName = w.table(k.prefix, k.table);
    QString body;
    if (k.check)
        body = QStringLiteral("CHECK (") + *k.check + QLatin1Char(')');
    else if (k.exclude)
        body = QStringLiteral("EXCLUDE USING ") + *k.exclude;
    else
        w.fail(QStringLiteral("a constraint must have either a check or exclude option"));
    QStringList out{QStringLiteral("ALTER TABLE ") + tableName + QStringLiteral(" ADD CONSTRAINT ") + w.name(k.name) + QLatin1Char(' ')
                    + body + (k.validate ? QString() : QStringLiteral(" NOT VALID"))};
    if (k.comment) {
        out << QStringLiteral("COMMENT ON CONSTRAINT ") + w.name(k.name) + QStringLiteral(" ON ") + tableName + QStringLiteral(" IS ")
                   + DdlWriter::literal(*k.comment);
    }
    return out;
}

QString PostgresDdl::dropConstraint(DdlWriter &w, const DropConstraint &c)
{
    return QStringLiteral("ALTER TABLE ") + w.table(c.constraint.prefix, c.constraint.table) + QStringLiteral(" DROP CONSTRAINT ")
           + (c.ifExists ? QStringLiteral("IF EXISTS ") : QString()) + w.name(c.constraint.name)
           + (c.cascade ? QStringLiteral(" CASCADE") : QString());
}

} // namespace ectowb::migration
