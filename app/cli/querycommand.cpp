#include "commandline.h"
#include "clicommands.h"
#include "cliconnection.h"

#include "value/termjson.h"
#include "db/databaseurl.h"
#include "project/projectloader.h"
#include "query/querycompiler.h"
#include "runner/collectedrun.h"
#include "runner/statementrunner.h"
#include "runner/valuetext.h"
#include "querybatch.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace ectowb::cli {

namespace {

using value::Term;
using value::TermJson;
using query::ComposeResult;
using query::Dialect;
using query::Operation;
using query::QueryCompiler;

Term str(const QString &s)
{
    return Term::string(s);
}

int fail(bool json, const QString &message)
{
    if (json)
        QTextStream(stdout) << TermJson::write(Term::map({{str(QStringLiteral("error")), str(message)}})) << '\n';
    else
        QTextStream(stderr) << "ectowb query: " << message << '\n';
    return 1;
}

void printHuman(QTextStream &out, const ComposeResult &r)
{
    for (const query::Statement &s : r.statements) {
        out << s.sql << '\n';
        if (!s.params.empty())
            out << "  params: " << TermJson::write(Term::list(s.params)) << '\n';
    }
    for (const query::OpenParameterInfo &p : r.openParameters)
        out << "  open parameter " << p.name << " (line " << p.pos.line << ", column " << p.pos.column
            << "): cast to " << p.type << (p.supplied ? QString() : QStringLiteral(", no value given (--param %1=JSON)").arg(p.name)) << '\n';
    if (!r.raisedAfterSend.isEmpty())
        out << "  (then " << r.raisedAfterSend << ": the database returned no rows)\n";
}

int run(const ComposeResult &r, const QCommandLineParser &parser, const project::Project &project, Dialect dialect, bool json)
{
    if (r.statements.size() != 1)
        return fail(json, QStringLiteral("--run executes one statement; the source sends %1").arg(r.statements.size()));
    for (const query::OpenParameterInfo &p : r.openParameters) {
        if (!p.supplied)
            return fail(json, QStringLiteral("open parameter %1 has no value; give it with --param %1=JSON").arg(p.name));
    }
    Result<db::ConnectionSettings> settings = connectionSettings(parser, &project);
    if (!settings)
        return fail(json, settings.error());
    const bool sqlite = settings->dialect == db::Dialect::Sqlite;
    if (sqlite != (dialect == Dialect::Sqlite))
        return fail(json, QStringLiteral("--dialect %1 does not match the database").arg(db::dialectName(dialect)));
    // Through the runner, as the GUI runs a statement: the same dumper binds the values,
    // the same worker reads the rows, and values print as the GUI's grid and export
    // write them.
    runner::StatementRunner statements(*settings);
    const query::Statement &statement = r.statements.front();
    const Result<runner::CollectedRows> rows = runner::CollectedRun::run(statements, {statement.sql, statement.params});
    if (!rows)
        return fail(json, rows.error());
    QTextStream out(stdout);
    if (json) {
        QByteArray text = "{\"columns\":[";
        for (qsizetype c = 0; c < rows->columns.size(); ++c) {
            text += c > 0 ? "," : "";
            runner::ValueText::appendJsonString(text, rows->columns[c].name);
        }
        text += "],\"rows\":[";
        for (qsizetype i = 0; i < rows->rows.size(); ++i) {
            text += i > 0 ? ",[" : "[";
            const runner::ResultRow &row = rows->rows[i];
            for (qsizetype c = 0; c < row.size() && c < rows->columns.size(); ++c) {
                text += c > 0 ? "," : "";
                runner::ValueText::appendJson(text, row[c], rows->columns[c].type);
            }
            text += ']';
        }
        text += "]}";
        out << QString::fromUtf8(text) << '\n';
        return 0;
    }
    QStringList names;
    for (const runner::ResultColumn &c : rows->columns)
        names << c.name;
    out << names.join(u'\t') << '\n';
    for (const runner::ResultRow &row : rows->rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << (runner::ValueText::isNull(v) ? QStringLiteral("NULL") : runner::ValueText::text(v));
        out << cells.join(u'\t') << '\n';
    }
    out << "(" << rows->rows.size() << " row" << (rows->rows.size() == 1 ? "" : "s") << ")\n";
    return 0;
}

// One JSON line per input line, written straight to stdout as UTF-8.
int batch(project::Project project, const QString &path, std::vector<Dialect> dialects)
{
    QFile in(path);
    if (path == u"-" ? !in.open(stdin, QIODevice::ReadOnly) : !in.open(QIODevice::ReadOnly))
        return fail(true, QStringLiteral("cannot read %1").arg(path));
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return fail(true, QStringLiteral("cannot write the standard output"));
    QueryBatch batch(std::move(project), std::move(dialects));
    const Result<void> done = batch.run(in, out, path);
    out.flush();
    if (!done) {
        const SourcePosition &at = done.failure().position;
        return fail(true, QStringLiteral("%1:%2: %3").arg(at.file).arg(at.line).arg(done.error()));
    }
    return 0;
}

} // namespace

int runQuery(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Turn an Ecto query written in Elixir into the SQL and parameters Ecto sends, for PostgreSQL or SQLite.\n"
        "The source runs with `import Ecto.Query`, the project's schemas aliased by their last segment and `Repo` "
        "its Repo; Repo and Ecto.Multi calls list the statements they send.\n"
        "--batch reads JSON lines {\"id\", \"query\", \"op\", \"params\"} (params: open parameter values) and writes one line per input: {\"id\", "
        "\"<dialect>\": {\"statements\": [{\"sql\", \"params\"}]} or {\"error\": \"...\"}} for each --dialect "
        "(both when none is given)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("source"), QStringLiteral("The Elixir source of the query."));
    parser.addOption({QStringLiteral("project"), QStringLiteral("The Mix project folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("dialect"), QStringLiteral("postgres or sqlite (default: the project's Repo adapter)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("op"), QStringLiteral("all (default), update_all or delete_all."), QStringLiteral("OP")});
    parser.addOption({QStringLiteral("param"), QStringLiteral("A value for an open parameter (an unbound ^pin), as JSON."),
                      QStringLiteral("NAME=JSON")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Read JSON lines from FILE (- for stdin)."), QStringLiteral("FILE")});
    addConnectionOptions(parser);
    parser.addOption({QStringLiteral("run"), QStringLiteral("Execute the statement and print the rows.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    const bool jsonArg = args.contains(QStringLiteral("--json")) || args.contains(QStringLiteral("--batch"));
    const auto badOption = [&](const QString &message) { return fail(jsonArg, message); };
    if (const std::optional<int> status = parseCommandLine(parser, QStringLiteral("query"), args, badOption))
        return *status;
    const bool json = parser.isSet(QStringLiteral("json")) || parser.isSet(QStringLiteral("batch"));
    const QString dir = parser.value(QStringLiteral("project"));
    if (const std::optional<QString> problem = projectFolderProblem(dir))
        return fail(json, *problem);
    project::Project project = project::ProjectLoader::load(dir);
    std::vector<Dialect> dialects;
    for (const QString &name : parser.values(QStringLiteral("dialect"))) {
        const std::optional<Dialect> d = db::dialectNamed(name);
        if (!d)
            return fail(json, QStringLiteral("unknown dialect %1 (postgres or sqlite)").arg(name));
        dialects.push_back(*d);
    }
    if (parser.isSet(QStringLiteral("batch"))) {
        if (dialects.empty())
            dialects = {Dialect::Postgres, Dialect::Sqlite};
        return batch(std::move(project), parser.value(QStringLiteral("batch")), std::move(dialects));
    }
    QueryCompiler composer(project);
    if (dialects.empty()) {
        if (project.repo.isPostgres())
            dialects.push_back(Dialect::Postgres);
        else if (project.repo.isSqlite())
            dialects.push_back(Dialect::Sqlite);
        else
            return fail(json, QStringLiteral("--dialect is required: the project's Repo names no known adapter"));
    }
    if (dialects.size() > 1)
        return fail(json, QStringLiteral("give one --dialect (or use --batch for several)"));
    const std::optional<Operation> op = operationNamed(parser.value(QStringLiteral("op")));
    if (!op)
        return fail(json, QStringLiteral("--op must be all, update_all or delete_all"));
    if (parser.positionalArguments().size() != 1)
        return fail(json, QStringLiteral("expected one query source"));
    QHash<QString, Term> values;
    for (const QString &param : parser.values(QStringLiteral("param"))) {
        const qsizetype eq = param.indexOf(u'=');
        Result<Term> value = eq > 0 ? TermJson::parse(param.mid(eq + 1).toUtf8()) : Result<Term>(Error{QStringLiteral("expected NAME=JSON")});
        if (!value)
            return fail(json, QStringLiteral("--param %1: %2").arg(param, value.error()));
        values.insert(param.left(eq), *value);
    }
    const ComposeResult result = composer.compose(parser.positionalArguments().front(), dialects.front(), *op, values);
    if (!result.isOk())
        return fail(json, locatedMessage(result.errors.front()));
    if (parser.isSet(QStringLiteral("run")))
        return run(result, parser, project, dialects.front(), json);
    QTextStream out(stdout);
    if (json)
        out << TermJson::write(composeResultTerm(result)) << '\n';
    else
        printHuman(out, result);
    return 0;
}

} // namespace ectowb::cli
