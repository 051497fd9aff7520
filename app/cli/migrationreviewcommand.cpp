// `ectowb migrations lint` and `ectowb migrations plan`: the migration reviewer on the
// command line. runMigrations hands these two actions over here.
#include "commandline.h"
#include "clicommands.h"

#include "db/databaseurl.h"
#include "migration/migrationconfigreader.h"
#include "migration/migrationlinter.h"
#include "migration/migrationplanner.h"
#include "migration/migrationplanreport.h"
#include "project/projectdatabase.h"
#include "project/projectloader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QXmlStreamWriter>

using namespace ectowb::migration;

namespace ectowb::cli {

namespace {

const QString kName = QStringLiteral("ectowb migrations");

int fail(const QString &message, int status)
{
    QTextStream(stderr) << kName << ": " << message << '\n';
    return status;
}

QJsonObject toJson(const LintFinding &f)
{
    QJsonObject o{{QStringLiteral("file"), f.file},
                  {QStringLiteral("line"), f.line},
                  {QStringLiteral("check"), f.check},
                  {QStringLiteral("severity"), LintFinding::severityName(f.severity)},
                  {QStringLiteral("message"), f.message}};
    if (f.statement)
        o.insert(QStringLiteral("statement"), *f.statement);
    if (!f.lock.isEmpty())
        o.insert(QStringLiteral("lock"), f.lock);
    return o;
}

// Files to lint: those named (a folder stands for its .exs files), or the project's
// migrations. Empty with an error message on bad input.
Result<QStringList> lintFiles(const QCommandLineParser &parser, std::optional<db::Dialect> *projectDialect)
{
    QStringList files;
    const QStringList named = parser.positionalArguments().mid(1);
    if (parser.isSet(QStringLiteral("project"))) {
        if (!named.isEmpty())
            return Error{QStringLiteral("give --project DIR or FILE..., not both")};
        const QString dir = parser.value(QStringLiteral("project"));
        if (!QFileInfo(dir).isDir())
            return Error{QStringLiteral("--project must name a project folder (not found: %1)").arg(dir)};
        const project::Project p = project::ProjectLoader::load(dir);
        for (const project::MigrationFile &m : p.migrations)
            files << m.path;
        if (p.repo.isSqlite())
            *projectDialect = db::Dialect::Sqlite;
        else if (p.repo.isPostgres())
            *projectDialect = db::Dialect::Postgres;
        return files;
    }
    if (named.isEmpty())
        return Error{QStringLiteral("lint needs --project DIR or at least one FILE")};
    for (const QString &path : named) {
        const QFileInfo info(path);
        if (info.isDir()) {
            for (const QString &name : QDir(path).entryList({QStringLiteral("*.exs")}, QDir::Files, QDir::Name))
                files << QDir(path).filePath(name);
        } else if (info.exists()) {
            files << path;
        } else {
            return Error{QStringLiteral("no such file: %1").arg(path)};
        }
    }
    return files;
}

void writeJunit(QIODevice *device, const QList<MigrationReview> &reviews)
{
    QXmlStreamWriter xml(device);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("ectowb migrations lint"));
    int failures = 0;
    for (const MigrationReview &r : reviews)
        failures += r.worst() == LintSeverity::Error ? 1 : 0;
    xml.writeAttribute(QStringLiteral("tests"), QString::number(reviews.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    for (const MigrationReview &r : reviews) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("classname"), QStringLiteral("migrations"));
        xml.writeAttribute(QStringLiteral("name"), r.file);
        QString details;
        for (const LintFinding &f : r.findings)
            details += QStringLiteral("%1:%2: %3 %4: %5\n").arg(f.file).arg(f.line).arg(LintFinding::severityName(f.severity), f.check, f.message);
        if (r.worst() == LintSeverity::Error) {
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("error"));
            xml.writeAttribute(QStringLiteral("message"), QStringLiteral("errors in the migration's review"));
            xml.writeCharacters(details);
            xml.writeEndElement();
        } else if (!details.isEmpty()) {
            xml.writeTextElement(QStringLiteral("system-out"), details);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
}

int runLint(const QCommandLineParser &parser)
{
    std::optional<db::Dialect> dialect;
    const auto files = lintFiles(parser, &dialect);
    if (!files)
        return fail(files.error(), 2);
    if (parser.isSet(QStringLiteral("dialect"))) {
        dialect = db::dialectNamed(parser.value(QStringLiteral("dialect")));
        if (!dialect)
            return fail(QStringLiteral("--dialect must be postgres or sqlite"), 2);
    }
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("junit")))
        return fail(QStringLiteral("give --json or --junit FILE, not both"), 2);
    const MigrationLinter linter(dialect.value_or(db::Dialect::Postgres));
    QList<MigrationReview> reviews;
    bool errors = false;
    for (const QString &file : *files) {
        reviews.append(linter.reviewFile(file));
        errors = errors || reviews.last().worst() == LintSeverity::Error;
    }
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray all;
        for (const MigrationReview &r : reviews)
            for (const LintFinding &f : r.findings)
                all.append(toJson(f));
        out << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return errors ? 1 : 0;
    }
    int counts[3] = {0, 0, 0};
    for (const MigrationReview &r : reviews) {
        for (const LintFinding &f : r.findings) {
            ++counts[int(f.severity)];
            out << f.file << ':' << f.line << ": " << LintFinding::severityName(f.severity) << ' ' << f.check << ": " << f.message;
            if (f.statement)
                out << " [statement " << (*f.statement + 1) << (f.lock.isEmpty() ? QString() : QStringLiteral(", ") + f.lock) << ']';
            out << '\n';
        }
    }
    out << reviews.size() << " file(s): " << counts[2] << " error(s), " << counts[1] << " warning(s), " << counts[0] << " info\n";
    if (parser.isSet(QStringLiteral("junit"))) {
        QFile junit(parser.value(QStringLiteral("junit")));
        if (!junit.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(QStringLiteral("cannot write %1: %2").arg(junit.fileName(), junit.errorString()), 2);
        writeJunit(&junit, reviews);
    }
    return errors ? 1 : 0;
}

int runPlan(const QCommandLineParser &parser)
{
    const QString dir = parser.value(QStringLiteral("project"));
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        return fail(QStringLiteral("plan needs --project DIR"), 2);
    MigrationSelection selection = MigrationSelection::all();
    if (parser.isSet(QStringLiteral("to"))) {
        bool ok = false;
        const qint64 to = parser.value(QStringLiteral("to")).toLongLong(&ok);
        if (!ok || to < 0)
            return fail(QStringLiteral("--to needs a non-negative integer, got '%1'").arg(parser.value(QStringLiteral("to"))), 2);
        selection = MigrationSelection::to(to);
    }
    const project::Project p = project::ProjectLoader::load(dir);
    const auto settings = parser.isSet(QStringLiteral("db")) ? db::DatabaseUrl::parse(parser.value(QStringLiteral("db")))
                                                             : project::ProjectDatabase::settingsFor(p);
    if (!settings)
        return fail(settings.error() + QStringLiteral(" Pass --db URL."), 2);
    const auto applied = MigrationPlanReport::appliedVersions(*settings, MigrationConfigReader::read(p).migration.source);
    if (!applied)
        return fail(applied.error(), 1);
    const MigrationLinter linter(settings->dialect);
    const QList<MigrationReview> plan = MigrationPlanReport::pending(p.migrations, *applied, selection, linter);
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray all;
        for (const MigrationReview &r : plan) {
            QJsonArray statements;
            for (const ReviewedStatement &s : r.up)
                statements.append(QJsonObject{{QStringLiteral("sql"), s.sql},
                                              {QStringLiteral("line"), s.line},
                                              {QStringLiteral("lock"), s.lock.mode},
                                              {QStringLiteral("rewrite"), s.lock.rewrite}});
            QJsonArray findings;
            for (const LintFinding &f : r.findings)
                findings.append(toJson(f));
            QJsonObject o{{QStringLiteral("version"), r.version},       {QStringLiteral("module"), r.module},
                          {QStringLiteral("file"), r.file},             {QStringLiteral("transaction"), r.inTransaction},
                          {QStringLiteral("statements"), statements},   {QStringLiteral("findings"), findings},
                          {QStringLiteral("reversible"), r.reversible()}};
            if (r.downError)
                o.insert(QStringLiteral("irreversible_because"), migration::MigrationStatements::errorText(*r.downError));
            if (r.upError)
                o.insert(QStringLiteral("error"), migration::MigrationStatements::errorText(*r.upError));
            all.append(o);
        }
        out << QJsonDocument(all).toJson(QJsonDocument::Indented);
    } else {
        out << (parser.isSet(QStringLiteral("markdown")) ? MigrationPlanReport::markdown(plan) : MigrationPlanReport::text(plan));
    }
    return 0;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Review migrations before they run: findings, locks, rewrites and reversibility. Executes nothing.\n"
        "  lint [--project DIR | FILE...] [--json | --junit FILE] [--dialect postgres|sqlite]\n"
        "       exits 1 when an error-severity finding is left, 2 on bad input\n"
        "  plan --project DIR [--db URL] [--to VERSION] [--markdown | --json]"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("lint or plan"));
    parser.addOption({QStringLiteral("project"), QStringLiteral("The Mix project folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database URL (plan; default: the project's Repo config)."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Plan up to VERSION, inclusive."), QStringLiteral("VERSION")});
    parser.addOption({QStringLiteral("dialect"), QStringLiteral("postgres or sqlite (lint; default: the project's adapter, else postgres)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption({QStringLiteral("junit"), QStringLiteral("Also write a JUnit XML report (lint)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("markdown"), QStringLiteral("Print the plan as Markdown.")});
}

} // namespace

int runMigrationReview(const QStringList &args)
{
    QCommandLineParser parser;
    addOptions(parser);
    const auto usage = [](const QString &message) { return fail(message, 2); };
    if (const std::optional<int> status = parseCommandLine(parser, QStringLiteral("migrations"), args, usage))
        return *status;
    const QString action = parser.positionalArguments().value(0);
    if (action == QLatin1String("lint"))
        return runLint(parser);
    if (action == QLatin1String("plan"))
        return runPlan(parser);
    return fail(QStringLiteral("expected lint or plan"), 2);
}

} // namespace ectowb::cli
