#include "commandline.h"
#include "clicommands.h"
#include "cliconnection.h"

#include "db/connection.h"
#include "db/databaseurl.h"
#include "db/introspector.h"
#include "migration/migrationconfigreader.h"
#include "project/projectdatabase.h"
#include "project/projectloader.h"
#include "schema/schemacomparison.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace ectowb::cli {

namespace {

QString qualifiedName(const db::Table &t, const db::DatabaseSchema &s)
{
    return t.schema.isEmpty() || t.schema == s.currentSchema ? t.name : t.schema + QLatin1Char('.') + t.name;
}

void printTable(QTextStream &out, const db::Table &t, const db::DatabaseSchema &s)
{
    out << "table " << qualifiedName(t, s) << (t.ectoBookkeeping ? " (Ecto's bookkeeping)" : "") << '\n';
    for (const db::Column &c : t.columns) {
        out << "  " << c.name << ' ' << c.type << (c.nullable ? "" : " NOT NULL");
        if (!c.defaultValue.isEmpty())
            out << " DEFAULT " << c.defaultValue;
        out << '\n';
    }
    if (!t.primaryKey.isEmpty())
        out << "  primary key (" << t.primaryKey.join(QStringLiteral(", ")) << ")\n";
    for (const db::Index &i : t.indexes) {
        if (i.primary)
            continue;
        out << "  " << (i.unique ? "unique index " : "index ") << i.name << " (" << i.columns.join(QStringLiteral(", ")) << ')';
        if (!i.predicate.isEmpty())
            out << " where " << i.predicate;
        out << '\n';
    }
    for (const db::ForeignKey &f : t.foreignKeys) {
        out << "  foreign key " << (f.name.isEmpty() ? QString() : f.name + QLatin1Char(' ')) << '('
            << f.columns.join(QStringLiteral(", ")) << ") -> " << f.referencedTable << " ("
            << f.referencedColumns.join(QStringLiteral(", ")) << ") on delete " << f.onDelete << '\n';
    }
}

void printMismatches(QTextStream &out, const QList<schema::Mismatch> &mismatches)
{
    out << '\n' << (mismatches.isEmpty() ? "The schemas match the database.\n" : "Code vs database:\n");
    for (const schema::Mismatch &m : mismatches)
        out << "  " << schema::Mismatch::severityName(m.severity) << ": " << m.message << '\n';
}

} // namespace

int runIntrospect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List a database's tables, columns, keys, indexes and foreign keys."));
    parser.addHelpOption();
    addConnectionOptions(parser);
    parser.addOption({QStringLiteral("project"),
                      QStringLiteral("A Mix project: compare its schemas with the database (and use its Repo "
                                     "configuration when --db is not given)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto badOption = [&](const QString &message) {
        err << "ectowb introspect: " << message << '\n';
        return 1;
    };
    if (const std::optional<int> status = parseCommandLine(parser, QStringLiteral("introspect"), args, badOption))
        return *status;
    const QString projectDir = parser.value(QStringLiteral("project"));
    if (!parser.isSet(QStringLiteral("db")) && projectDir.isEmpty()) {
        err << "ectowb introspect: --db URL is required (or --project DIR)\n";
        return 1;
    }
    std::optional<project::Project> project;
    if (!projectDir.isEmpty()) {
        if (!QFileInfo(projectDir).isDir()) {
            err << "ectowb introspect: project folder not found: " << projectDir << '\n';
            return 1;
        }
        project = project::ProjectLoader::load(projectDir);
    }
    auto settings = connectionSettings(parser, project ? &*project : nullptr);
    if (settings)
        settings.value().createIfMissing = false; // reading a database never creates one
    if (!settings) {
        err << "ectowb introspect: " << settings.error() << '\n';
        return 1;
    }
    auto connection = db::Connection::open(settings.value());
    if (!connection) {
        err << "ectowb introspect: " << connection.error() << '\n';
        return 1;
    }
    // With a project, its Repo's migration_source names Ecto's bookkeeping table.
    const QString bookkeeping = project ? migration::MigrationConfigReader::read(*project).migration.source
                                        : QStringLiteral("schema_migrations");
    const auto schema = db::Introspector::introspect(*connection.value(), db::Introspector::Scope::AllSchemas, {}, bookkeeping);
    if (!schema) {
        err << "ectowb introspect: " << schema.error() << '\n';
        return 1;
    }
    QList<schema::Mismatch> mismatches;
    if (project)
        mismatches = schema::SchemaComparison::compare(project->schemas, schema.value());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = schema->toJson();
        if (project) {
            QJsonArray list;
            for (const schema::Mismatch &m : mismatches)
                list.append(m.toJson());
            json.insert(QStringLiteral("mismatches"), list);
        }
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << settings->redacted() << '\n';
    for (const db::Table &t : schema->tables)
        printTable(out, t, schema.value());
    if (project)
        printMismatches(out, mismatches);
    return 0;
}

} // namespace ectowb::cli
