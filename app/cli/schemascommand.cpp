#include "clicommands.h"

#include "project/projectloader.h"
#include "schema/schemajson.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace ectowb::cli {

namespace {
void printHuman(QTextStream &out, const project::Project &p)
{
    for (const schema::Schema &s : p.schemas) {
        out << s.module << (s.embedded ? QStringLiteral(" (embedded)") : QStringLiteral(" \"%1\"").arg(s.source)) << '\n';
        for (const schema::Field &f : s.fields)
            out << "  field " << f.name << ' ' << f.type.toElixir() << '\n';
        for (const schema::Field &f : s.virtualFields)
            out << "  virtual " << f.name << ' ' << f.type.toElixir() << '\n';
        for (const schema::Association &a : s.associations) {
            out << "  " << schema::Association::kindName(a.kind) << ' ' << a.name;
            out << (a.kind == schema::Association::Kind::HasThrough ? QStringLiteral(" through ") + a.through.join(QStringLiteral(" -> "))
                                                                   : QStringLiteral(" -> ") + a.related)
                << '\n';
        }
        for (const schema::Unresolved &u : s.unresolved)
            out << "  ? " << u.what << " (line " << u.pos.line << ")\n";
    }
}
} // namespace

int runSchemas(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the Ecto schemas of a project as Ecto's reflection reports them."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("project"), QStringLiteral("The Mix project folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("ectowb schemas")} + args)) {
        err << "ectowb schemas: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QString dir = parser.value(QStringLiteral("project"));
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        err << "ectowb schemas: --project must name a project folder" << (dir.isEmpty() ? QString() : QStringLiteral(" (not found: %1)").arg(dir)) << '\n';
        return 2;
    }
    const project::Project p = project::ProjectLoader::load(dir);
    for (const elixir::SyntaxError &e : p.errors)
        err << e.toString() << '\n';
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(schema::SchemaJson::toJson(p.schemas, p.root)).toJson(QJsonDocument::Indented);
    else
        printHuman(out, p);
    return 0;
}

} // namespace ectowb::cli
