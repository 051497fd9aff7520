#include "clicommands.h"

#include "changeset/termjson.h"
#include "db/connection.h"
#include "db/databaseurl.h"
#include "project/projectloader.h"
#include "query/querycompiler.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace ectowb::cli {

namespace {

using changeset::Term;
using changeset::TermJson;
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

QString located(const query::ComposerError &e)
{
    if (e.pos.line <= 0)
        return e.message;
    return QStringLiteral("%1:%2: %3").arg(e.pos.line).arg(e.pos.column).arg(e.message);
}

std::optional<Operation> operationNamed(const QString &op)
{
    if (op.isEmpty() || op == u"all")
        return Operation::All;
    if (op == u"update_all")
        return Operation::UpdateAll;
    if (op == u"delete_all")
        return Operation::DeleteAll;
    return std::nullopt;
}

// {"statements": [{"sql", "params"}]} (and "open" when the source leaves pins unbound),
// or {"error": "..."}: the shape of the conformance files.
Term resultTerm(const ComposeResult &r)
{
    if (!r.isOk())
        return Term::map({{str(QStringLiteral("error")), str(located(r.errors.front()))}});
    std::vector<Term> statements;
    for (const query::Statement &s : r.statements)
        statements.push_back(Term::map({{str(QStringLiteral("sql")), str(s.sql)},
                                        {str(QStringLiteral("params")), Term::list(s.params)}}));
    std::vector<Term::Pair> pairs{{str(QStringLiteral("statements")), Term::list(std::move(statements))}};
    if (!r.openParameters.empty()) {
        std::vector<Term> open;
        for (const query::OpenParameterInfo &p : r.openParameters)
            open.push_back(Term::map({{str(QStringLiteral("name")), str(p.name)},
                                      {str(QStringLiteral("type")), str(p.type)},
                                      {str(QStringLiteral("line")), Term::integer(p.pos.line)},
                                      {str(QStringLiteral("column")), Term::integer(p.pos.column)},
                                      {str(QStringLiteral("supplied")), Term::boolean(p.supplied)}}));
        pairs.emplace_back(str(QStringLiteral("open")), Term::list(std::move(open)));
    }
    return Term::map(std::move(pairs));
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

// A parameter value for the Qt SQL driver.
QVariant variantOf(const Term &t, Dialect dialect)
{
    switch (t.kind()) {
    case Term::Kind::Atom:
        if (t.isNil())
            return QVariant();
        if (t.isBoolean())
            return t.isTrue();
        return t.text();
    case Term::Kind::Integer:
        return t.integerValue();
    case Term::Kind::Float:
        return t.floatValue();
    case Term::Kind::String:
        return t.text();
    case Term::Kind::Decimal:
        return t.decimalValue().toString();
    case Term::Kind::Date:
        return t.dateValue();
    case Term::Kind::Map:
        // a uuid dumped to its 16 bytes ({"$binary_hex": ...}): the hex is uuid input
        if (t.pairs().size() == 1 && t.pairs()[0].first.text() == u"$binary_hex")
            return t.pairs()[0].second.text();
        return QString::fromUtf8(TermJson::write(t));
    case Term::Kind::List: {
        if (dialect == Dialect::Sqlite)
            return QString::fromUtf8(TermJson::write(t));
        // a PostgreSQL array literal, typed by the column it is compared with
        QStringList items;
        for (const Term &e : t.elements()) {
            QString v = e.isString() ? e.text() : e.isNil() ? QStringLiteral("NULL") : e.isoText().isEmpty() ? e.toElixirString() : e.isoText();
            if (e.isString())
                v = u'"' + v.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")) + u'"';
            items << v;
        }
        return QString(u'{' + items.join(u',') + u'}');
    }
    default:
        return t.isoText().isEmpty() ? t.toElixirString() : t.isoText();
    }
}

// --db (empty: the libpq variables), else the project's Repo configuration.
Result<db::ConnectionSettings> settingsFor(const std::optional<QString> &url, const project::Project &project)
{
    if (url)
        return db::DatabaseUrl::parse(*url);
    db::ConnectionSettings settings = db::DatabaseUrl::fromRepoConfig(project.repo);
    if (settings.dialect == db::Dialect::Sqlite && !settings.database.isEmpty() && QFileInfo(settings.database).isRelative())
        settings.database = QDir(project.root).filePath(settings.database);
    return settings;
}

int run(const ComposeResult &r, const std::optional<QString> &url, const project::Project &project, Dialect dialect, bool json)
{
    if (r.statements.size() != 1)
        return fail(json, QStringLiteral("--run executes one statement; the source sends %1").arg(r.statements.size()));
    for (const query::OpenParameterInfo &p : r.openParameters) {
        if (!p.supplied)
            return fail(json, QStringLiteral("open parameter %1 has no value; give it with --param %1=JSON").arg(p.name));
    }
    Result<db::ConnectionSettings> settings = settingsFor(url, project);
    if (!settings)
        return fail(json, settings.error());
    const bool sqlite = settings->dialect == db::Dialect::Sqlite;
    if (sqlite != (dialect == Dialect::Sqlite))
        return fail(json, QStringLiteral("--dialect %1 does not match the database").arg(db::dialectName(dialect)));
    Result<std::shared_ptr<db::Connection>> connection = db::Connection::open(*settings);
    if (!connection)
        return fail(json, connection.error());
    QVariantList params;
    for (const Term &t : r.statements.front().params)
        params << variantOf(t, dialect);
    Result<db::QueryRows> rows = (*connection)->exec(r.statements.front().sql, params);
    if (!rows)
        return fail(json, rows.error());
    QTextStream out(stdout);
    if (json) {
        std::vector<Term> columns, lines;
        for (const QString &c : rows->columns)
            columns.push_back(str(c));
        for (const QVariantList &row : rows->rows) {
            std::vector<Term> cells;
            for (const QVariant &v : row)
                cells.push_back(v.isNull() ? Term::nil() : v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int
                                                               ? Term::integer(v.toLongLong())
                                                           : v.typeId() == QMetaType::Double ? Term::floating(v.toDouble())
                                                           : v.typeId() == QMetaType::Bool   ? Term::boolean(v.toBool())
                                                                                              : str(v.toString()));
            lines.push_back(Term::list(std::move(cells)));
        }
        out << TermJson::write(Term::map({{str(QStringLiteral("columns")), Term::list(std::move(columns))},
                                          {str(QStringLiteral("rows")), Term::list(std::move(lines))}}))
            << '\n';
        return 0;
    }
    out << rows->columns.join(u'\t') << '\n';
    for (const QVariantList &row : rows->rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << (v.isNull() ? QStringLiteral("NULL") : v.toString());
        out << cells.join(u'\t') << '\n';
    }
    out << "(" << rows->rows.size() << " row" << (rows->rows.size() == 1 ? "" : "s") << ")\n";
    return 0;
}

// One JSON line per input line: {"id", "<dialect>": {"statements": [...]} | {"error": "..."}}.
int batch(QueryCompiler &composer, const QString &path, const std::vector<Dialect> &dialects)
{
    QFile file(path);
    if (path == u"-" ? !file.open(stdin, QIODevice::ReadOnly) : !file.open(QIODevice::ReadOnly))
        return fail(true, QStringLiteral("cannot read %1").arg(path));
    QTextStream out(stdout);
    int number = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++number;
        if (line.isEmpty())
            continue;
        Result<Term> input = TermJson::parse(line);
        if (!input || !input->isMap() || !input->get(u"query"))
            return fail(true, QStringLiteral("%1:%2: expected a JSON object with \"query\"").arg(path).arg(number));
        const Term id = input->get(u"id").value_or(Term::nil());
        const Term opTerm = input->get(u"op").value_or(Term::nil());
        const std::optional<Operation> op = operationNamed(opTerm.isNil() ? QString() : opTerm.text());
        std::vector<Term::Pair> pairs{{str(QStringLiteral("id")), id}};
        if (!op) {
            pairs.emplace_back(str(QStringLiteral("error")), str(QStringLiteral("unknown op")));
        } else {
            QHash<QString, Term> values;
            for (const auto &[k, v] : input->get(u"params").value_or(Term::map({})).pairs())
                values.insert(k.text(), v);
            const query::Evaluation evaluation = composer.evaluate(input->get(u"query")->text());
            for (Dialect d : dialects)
                pairs.emplace_back(str(db::dialectName(d)), resultTerm(composer.render(evaluation, d, *op, values)));
        }
        out << TermJson::write(Term::map(std::move(pairs))) << '\n';
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
    parser.addOption({QStringLiteral("db"), QStringLiteral("The database for --run: ecto://..., postgres://..., sqlite:PATH; empty: the "
                                                          "PG* variables (default: the project's Repo configuration)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("run"), QStringLiteral("Execute the statement and print the rows.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    const bool jsonArg = args.contains(QStringLiteral("--json")) || args.contains(QStringLiteral("--batch"));
    if (!parser.parse(QStringList{QStringLiteral("ectowb query")} + args))
        return fail(jsonArg, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const bool json = parser.isSet(QStringLiteral("json")) || parser.isSet(QStringLiteral("batch"));
    const QString dir = parser.value(QStringLiteral("project"));
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        return fail(json, QStringLiteral("--project must name a project folder"));
    project::Project project = project::ProjectLoader::load(dir);
    std::vector<Dialect> dialects;
    for (const QString &name : parser.values(QStringLiteral("dialect"))) {
        const std::optional<Dialect> d = db::dialectNamed(name);
        if (!d)
            return fail(json, QStringLiteral("unknown dialect %1 (postgres or sqlite)").arg(name));
        dialects.push_back(*d);
    }
    QueryCompiler composer(project);
    if (parser.isSet(QStringLiteral("batch"))) {
        if (dialects.empty())
            dialects = {Dialect::Postgres, Dialect::Sqlite};
        return batch(composer, parser.value(QStringLiteral("batch")), dialects);
    }
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
        return fail(json, located(result.errors.front()));
    if (parser.isSet(QStringLiteral("run")))
        return run(result,
                   parser.isSet(QStringLiteral("db")) ? std::optional<QString>(parser.value(QStringLiteral("db"))) : std::nullopt,
                   project, dialects.front(), json);
    QTextStream out(stdout);
    if (json)
        out << TermJson::write(resultTerm(result)) << '\n';
    else
        printHuman(out, result);
    return 0;
}

} // namespace ectowb::cli
