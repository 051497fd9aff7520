#include "schemacomparison.h"

#include "db/columntype.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace ectowb::schema {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchemaComparison", text);
}

QString tableLabel(const Schema &schema)
{
    return schema.prefix.isEmpty() ? schema.source : schema.prefix + QLatin1Char('.') + schema.source;
}

Mismatch make(Mismatch::Kind kind, Mismatch::Severity severity, const Schema &schema, const QString &message)
{
    Mismatch m;
    m.kind = kind;
    m.severity = severity;
    m.module = schema.module;
    m.table = tableLabel(schema);
    m.message = message;
    return m;
}

} // namespace

QJsonObject Mismatch::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("severity"), severityName(severity)},
                  {QStringLiteral("module"), module},
                  {QStringLiteral("table"), table},
                  {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        o.insert(QStringLiteral("field"), field);
    if (!column.isEmpty())
        o.insert(QStringLiteral("column"), column);
    return o;
}

QString Mismatch::kindName(Kind kind)
{
    switch (kind) {
    case Kind::TableMissing: return QStringLiteral("table_missing");
    case Kind::FieldWithoutColumn: return QStringLiteral("field_without_column");
    case Kind::ColumnWithoutField: return QStringLiteral("column_without_field");
    case Kind::TypeMismatch: return QStringLiteral("type_mismatch");
    case Kind::ForeignKeyWithoutIndex: return QStringLiteral("foreign_key_without_index");
    case Kind::AssociationWithoutForeignKey: return QStringLiteral("association_without_foreign_key");
    }
    return QString();
}

QString Mismatch::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return QString();
}

QList<Mismatch> SchemaComparison::compare(const QList<Schema> &schemas, const db::DatabaseSchema &database)
{
    QList<Mismatch> out;
    // Several schemas may map one table (a full one and a read-only projection):
    // a column is unmapped only when none of them loads it.
    QList<QPair<const db::Table *, QList<const Schema *>>> byTable;
    QSet<QString> reportedJoins; // both sides of a many_to_many share the join table
    for (const Schema &schema : schemas) {
        if (schema.embedded || schema.source.isEmpty())
            continue;
        const db::Table *table = database.table(schema.source, schema.prefix);
        if (!table) {
            out.append(make(Mismatch::Kind::TableMissing, Mismatch::Severity::Error, schema,
                             tr("%1 uses table \"%2\", which is not in the database")
                                 .arg(schema.module, tableLabel(schema))));
            continue;
        }
        compareFields(schema, *table, database.dialect, out);
        compareAssociations(schema, *table, out);
        compareJoinTables(schema, database, reportedJoins, out);
        auto it = std::find_if(byTable.begin(), byTable.end(), [table](const auto &p) { return p.first == table; });
        if (it == byTable.end())
            byTable.append({table, {&schema}});
        else
            it->second.append(&schema);
    }
    for (const auto &[table, mapping] : byTable)
        compareUnmappedColumns(mapping, *table, out);
    return out;
}

void SchemaComparison::compareFields(const Schema &schema, const db::Table &table, db::Dialect dialect, QList<Mismatch> &out)
{
    // Virtual fields are never stored, so only `fields` (which hold the primary key,
    // belongs_to keys and timestamps too) need columns.
    for (const Field &field : schema.fields) {
        const QString columnName = field.source.isEmpty() ? field.name : field.source;
        const db::Column *column = table.column(columnName);
        if (!column) {
            Mismatch m = make(Mismatch::Kind::FieldWithoutColumn, Mismatch::Severity::Error, schema,
                              tr("%1.%2 has no column \"%3\" in table %4")
                                  .arg(schema.module, field.name, columnName, tableLabel(schema)));
            m.field = field.name;
            m.column = columnName;
            out.append(m);
            continue;
        }
        if (typeCompatible(field.type, column->type, dialect))
            continue;
        Mismatch m = make(Mismatch::Kind::TypeMismatch, Mismatch::Severity::Warning, schema,
                          tr("%1.%2 is %3, but column %4.%5 is %6")
                              .arg(schema.module, field.name, field.type.toElixir(), tableLabel(schema), columnName, column->type));
        m.field = field.name;
        m.column = columnName;
        out.append(m);
    }
}

void SchemaComparison::compareAssociations(const Schema &schema, const db::Table &table, QList<Mismatch> &out)
{
    for (const Association &assoc : schema.associations) {
        if (assoc.kind != Association::Kind::BelongsTo)
            continue;
        const Field *key = schema.field(assoc.ownerKey);
        const QString columnName = key && !key->source.isEmpty() ? key->source : assoc.ownerKey;
        if (!table.column(columnName))
            continue; // already reported as a field without column
        if (!table.hasIndexLeadingWith(columnName)) {
            Mismatch m = make(Mismatch::Kind::ForeignKeyWithoutIndex, Mismatch::Severity::Warning, schema,
                              tr("belongs_to :%1 in %2: no index starts with %3.%4, so preloads through it and "
                                 "ON DELETE actions from %5 scan the whole table")
                                  .arg(assoc.name, schema.module, tableLabel(schema), columnName, assoc.related));
            m.field = assoc.ownerKey;
            m.column = columnName;
            out.append(m);
        }
        if (!table.foreignKeyOn(columnName)) {
            Mismatch m = make(Mismatch::Kind::AssociationWithoutForeignKey, Mismatch::Severity::Warning, schema,
                              tr("belongs_to :%1 in %2: column %3.%4 has no foreign key constraint, so it may point at missing rows")
                                  .arg(assoc.name, schema.module, tableLabel(schema), columnName));
            m.field = assoc.ownerKey;
            m.column = columnName;
            out.append(m);
        }
    }
}

void SchemaComparison::compareJoinTables(const Schema &schema, const db::DatabaseSchema &database,
                                         QSet<QString> &reported, QList<Mismatch> &out)
{
    for (const Association &assoc : schema.associations) {
        // A join schema module has belongs_to of its own, compared with its table.
        if (assoc.kind != Association::Kind::ManyToMany || assoc.joinThroughIsSchema || assoc.joinThrough.isEmpty())
            continue;
        const db::Table *join = database.table(assoc.joinThrough, schema.prefix);
        auto report = [&](Mismatch::Kind kind, Mismatch::Severity severity, const QString &column, const QString &message) {
            if (reported.contains(assoc.joinThrough + QLatin1Char('|') + column + QLatin1Char('|') + Mismatch::kindName(kind)))
                return;
            reported.insert(assoc.joinThrough + QLatin1Char('|') + column + QLatin1Char('|') + Mismatch::kindName(kind));
            Mismatch m = make(kind, severity, schema, message);
            m.table = assoc.joinThrough;
            m.field = assoc.name;
            m.column = column;
            out.append(m);
        };
        if (!join) {
            report(Mismatch::Kind::TableMissing, Mismatch::Severity::Error, QString(),
                   tr("many_to_many :%1 in %2 joins through table \"%3\", which is not in the database")
                       .arg(assoc.name, schema.module, assoc.joinThrough));
            continue;
        }
        for (const auto &key : assoc.joinKeys) {
            const QString &column = key.first;
            if (!join->column(column)) {
                report(Mismatch::Kind::FieldWithoutColumn, Mismatch::Severity::Error, column,
                       tr("many_to_many :%1 in %2: join table %3 has no column \"%4\"")
                           .arg(assoc.name, schema.module, assoc.joinThrough, column));
                continue;
            }
            if (!join->hasIndexLeadingWith(column))
                report(Mismatch::Kind::ForeignKeyWithoutIndex, Mismatch::Severity::Warning, column,
                       tr("many_to_many :%1 in %2: no index starts with %3.%4, so loading the association "
                          "from that side scans the join table")
                           .arg(assoc.name, schema.module, assoc.joinThrough, column));
            if (!join->foreignKeyOn(column))
                report(Mismatch::Kind::AssociationWithoutForeignKey, Mismatch::Severity::Warning, column,
                       tr("many_to_many :%1 in %2: column %3.%4 has no foreign key constraint, so it may point at missing rows")
                           .arg(assoc.name, schema.module, assoc.joinThrough, column));
        }
    }
}

void SchemaComparison::compareUnmappedColumns(const QList<const Schema *> &schemas, const db::Table &table, QList<Mismatch> &out)
{
    QSet<QString> mapped;
    for (const Schema *schema : schemas) {
        for (const Field &field : schema->fields)
            mapped.insert(field.source.isEmpty() ? field.name : field.source);
    }
    for (const db::Column &column : table.columns) {
        if (mapped.contains(column.name))
            continue;
        const Schema &first = *schemas.first();
        Mismatch m = make(Mismatch::Kind::ColumnWithoutField, Mismatch::Severity::Info, first,
                          tr("column %1.%2 (%3) is not a field of %4")
                              .arg(tableLabel(first), column.name, column.type, first.module));
        m.column = column.name;
        out.append(m);
    }
}

namespace {

using Family = db::ColumnType::Family;

// The column kinds Ecto's own migrations create for each primitive, plus the ones
// the adapter loads just as well. A primitive missing here is not judged.
const QHash<QString, QList<Family>> &postgresFamilies()
{
    static const QHash<QString, QList<Family>> table{
        {QStringLiteral("id"), {Family::Integer}},
        {QStringLiteral("integer"), {Family::Integer}},
        {QStringLiteral("string"), {Family::Text}},
        {QStringLiteral("boolean"), {Family::Boolean}},
        {QStringLiteral("float"), {Family::Float}},
        {QStringLiteral("decimal"), {Family::Numeric}},
        {QStringLiteral("binary_id"), {Family::Uuid}},
        {QStringLiteral("binary"), {Family::Binary}},
        {QStringLiteral("map"), {Family::Json}},
        {QStringLiteral("date"), {Family::Date}},
        {QStringLiteral("time"), {Family::Time}},
        {QStringLiteral("time_usec"), {Family::Time}},
        {QStringLiteral("naive_datetime"), {Family::Timestamp}},
        {QStringLiteral("naive_datetime_usec"), {Family::Timestamp}},
        {QStringLiteral("utc_datetime"), {Family::Timestamp}},
        {QStringLiteral("utc_datetime_usec"), {Family::Timestamp}},
        {QStringLiteral("duration"), {Family::Interval}},
    };
    return table;
}

// ecto_sqlite3 stores booleans as integers, floats in NUMERIC columns, dates and
// JSON as text; a hand-written DATETIME or JSON column has NUMERIC affinity.
const QHash<QString, QList<Family>> &sqliteFamilies()
{
    const QList<Family> textual{Family::SqliteText, Family::SqliteNumeric};
    static const QHash<QString, QList<Family>> table{
        {QStringLiteral("id"), {Family::SqliteInteger, Family::SqliteNumeric}},
        {QStringLiteral("integer"), {Family::SqliteInteger, Family::SqliteNumeric}},
        {QStringLiteral("boolean"), {Family::SqliteInteger, Family::SqliteNumeric}},
        {QStringLiteral("string"), {Family::SqliteText}},
        {QStringLiteral("binary_id"), {Family::SqliteText, Family::SqliteBlob}},
        {QStringLiteral("binary"), {Family::SqliteBlob}},
        {QStringLiteral("float"), {Family::SqliteReal, Family::SqliteNumeric}},
        {QStringLiteral("decimal"), {Family::SqliteNumeric, Family::SqliteReal, Family::SqliteText}},
        {QStringLiteral("map"), textual},
        {QStringLiteral("date"), textual},
        {QStringLiteral("time"), textual},
        {QStringLiteral("time_usec"), textual},
        {QStringLiteral("naive_datetime"), textual},
        {QStringLiteral("naive_datetime_usec"), textual},
        {QStringLiteral("utc_datetime"), textual},
        {QStringLiteral("utc_datetime_usec"), textual},
    };
    return table;
}

bool primitiveCompatible(const QString &primitive, const QString &columnType, db::Dialect dialect)
{
    const Family family = db::ColumnType::family(columnType, dialect);
    // A PostgreSQL type we do not know (an enum type, a domain, an extension's type)
    // may well be right: not judged.
    if (family == Family::Other)
        return true;
    const auto &table = dialect == db::Dialect::Postgres ? postgresFamilies() : sqliteFamilies();
    const auto it = table.constFind(primitive);
    return it == table.constEnd() || it->contains(family);
}

} // namespace

bool SchemaComparison::typeCompatible(const EctoType &type, const QString &columnType, db::Dialect dialect)
{
    switch (type.kind()) {
    case EctoType::Kind::Invalid:
        return true;
    case EctoType::Kind::Primitive:
        return primitiveCompatible(type.name(), columnType, dialect);
    case EctoType::Kind::Enum:
        return primitiveCompatible(type.underlyingPrimitive(), columnType, dialect);
    case EctoType::Kind::Map:
    case EctoType::Kind::Embedded:
        return primitiveCompatible(QStringLiteral("map"), columnType, dialect);
    case EctoType::Kind::Array: {
        if (dialect == db::Dialect::Sqlite)
            return primitiveCompatible(QStringLiteral("map"), columnType, dialect); // JSON text
        const QString element = db::ColumnType::arrayElement(columnType);
        return !element.isEmpty() && typeCompatible(type.inner(), element, dialect);
    }
    case EctoType::Kind::Custom:
        // Ecto.UUID dumps like :binary_id; other custom types choose their own
        // storage, which only their code knows.
        if (type.name() == QLatin1String("Ecto.UUID"))
            return primitiveCompatible(QStringLiteral("binary_id"), columnType, dialect);
        return true;
    }
    return true;
}

} // namespace ectowb::schema
