#include "clicommands.h"

#include "db/connection.h"
#include "db/databaseurl.h"
#include "db/introspector.h"

#include <QCommandLineParser>
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

} // namespace

int runIntrospect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List a database's tables, columns, keys, indexes and foreign keys."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("The database: ecto://user:pass@host/db, postgres://..., sqlite:PATH or a SQLite file. "
                                     "Empty: the PG* environment variables."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("ectowb introspect")} + args)) {
        err << "ectowb introspect: " << parser.errorText() << '\n';
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (!parser.isSet(QStringLiteral("db"))) {
        err << "ectowb introspect: --db URL is required\n";
        return 1;
    }
    const auto settings = db::DatabaseUrl::parse(parser.value(QStringLiteral("db")));
    if (!settings) {
        err << "ectowb introspect: " << settings.error() << '\n';
        return 1;
    }
    auto connection = db::Connection::open(settings.value());
    if (!connection) {
        err << "ectowb introspect: " << connection.error() << '\n';
        return 1;
    }
    const auto schema = db::Introspector::introspect(*connection.value());
    if (!schema) {
        err << "ectowb introspect: " << schema.error() << '\n';
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(schema->toJson()).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << settings->redacted() << '\n';
    for (const db::Table &t : schema->tables)
        printTable(out, t, schema.value());
    return 0;
}

} // namespace ectowb::cli
