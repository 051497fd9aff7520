#include "commandline.h"
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
    const auto usage = [&](const QString &message) {
        err << "ectowb schemas: " << message << '\n';
        return 2;
    };
    if (const std::optional<int> status = parseCommandLine(parser, QStringLiteral("schemas"), args, usage))
        return *status;
    const QString dir = parser.value(QStringLiteral("project"));
    if (const std::optional<QString> problem = projectFolderProblem(dir))
        return usage(*problem);
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
