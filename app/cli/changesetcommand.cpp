#include "commandline.h"
#include "clicommands.h"

#include "changeset/changesetjson.h"
#include "changeset/changesetrunner.h"
#include "value/termjson.h"
#include "project/projectloader.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace ectowb::cli {

namespace {

using value::Term;
using value::TermJson;

int fail(bool json, const QString &message)
{
    if (json) {
        QTextStream(stdout) << TermJson::write(Term::map({{Term::string(QStringLiteral("error")), Term::string(message)}}))
                            << '\n';
    } else {
        QTextStream(stderr) << "ectowb changeset: " << message << '\n';
    }
    return 1;
}

// A raise: the JSON says "Ecto.CastError: message" as the conformance cases record
// it (the exception module, then Exception.message/1); people read Elixir's banner.
int fail(bool json, const Error &error)
{
    if (!json || error.kind.isEmpty())
        return fail(json, error.text());
    return fail(json, error.kind + QStringLiteral(": ") + error.message);
}

void printHuman(QTextStream &out, const changeset::Changeset &cs)
{
    out << "valid?: " << (cs.valid ? "true" : "false") << '\n';
    out << "changes:\n";
    for (const auto &[field, value] : cs.changes)
        out << "  " << field << ": " << TermJson::write(value) << '\n';
    if (!cs.errors.empty())
        out << "errors:\n";
    for (const changeset::ChangesetError &e : cs.errors)
        out << "  " << e.field << ": " << changeset::ChangesetJson::interpolate(e) << '\n';
    for (const changeset::SkippedStep &s : cs.skipped)
        out << "not evaluated (line " << s.pos.line << "): " << s.source << "\n  " << s.reason << '\n';
}

} // namespace

int runChangeset(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Run a schema's changeset function on params, as Ecto.Changeset would."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("project"), QStringLiteral("The Mix project folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("schema"), QStringLiteral("The schema module (Blog.Post)."), QStringLiteral("MODULE")});
    parser.addOption({QStringLiteral("function"), QStringLiteral("The changeset function (changeset)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("params"), QStringLiteral("The params, as a JSON object."), QStringLiteral("JSON")});
    parser.addOption({QStringLiteral("data"), QStringLiteral("The struct's fields, as a JSON object (default: %Module{})."),
                      QStringLiteral("JSON")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    const auto badOption = [&](const QString &message) { return fail(args.contains(QStringLiteral("--json")), message); };
    if (const std::optional<int> status = parseCommandLine(parser, QStringLiteral("changeset"), args, badOption))
        return *status;
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString dir = parser.value(QStringLiteral("project"));
    if (const std::optional<QString> problem = projectFolderProblem(dir))
        return fail(json, *problem);
    for (const char *required : {"schema", "function", "params"}) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return fail(json, QStringLiteral("--%1 is required").arg(QLatin1String(required)));
    }
    Result<Term> params = TermJson::parse(parser.value(QStringLiteral("params")).toUtf8());
    if (!params)
        return fail(json, QStringLiteral("--params: ") + params.error());
    Result<Term> data = parser.isSet(QStringLiteral("data")) ? TermJson::parse(parser.value(QStringLiteral("data")).toUtf8())
                                                              : Result<Term>(Term::nil());
    if (!data)
        return fail(json, QStringLiteral("--data: ") + data.error());

    changeset::ChangesetRunner runner(project::ProjectLoader::load(dir));
    const QString module = parser.value(QStringLiteral("schema"));
    if (!runner.schema(module))
        return fail(json, QStringLiteral("%1 is not an Ecto schema of this project").arg(module));
    Result<changeset::Changeset> cs = runner.run(module, parser.value(QStringLiteral("function")), *data, *params);
    if (!cs)
        return fail(json, cs.failure());
    QTextStream out(stdout);
    if (json)
        out << TermJson::write(changeset::ChangesetJson::describe(*cs)) << '\n';
    else
        printHuman(out, *cs);
    return 0;
}

} // namespace ectowb::cli
