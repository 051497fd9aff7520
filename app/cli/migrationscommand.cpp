#include "commandline.h"
#include "clicommands.h"
#include "cliconnection.h"

#include "db/databaseurl.h"
#include "migration/migrationconfigreader.h"
#include "migration/migrationplanner.h"
#include "migration/migrationreader.h"
#include "migration/migrator.h"
#include "project/projectdatabase.h"
#include "project/projectloader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace ectowb::migration;

namespace ectowb::cli {

namespace {

const QString kName = QStringLiteral("ectowb migrations");

int fail(const QString &message, int status = 1)
{
    QTextStream(stderr) << kName << ": " << message << '\n';
    return status;
}

void print(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    QTextStream(stdout) << doc.toJson(QJsonDocument::Indented);
}

QJsonArray toJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

Result<MigrationSelection> selectionFrom(const QCommandLineParser &parser, Direction direction)
{
    // Ecto.Migrator.run/4 checks :all, then :to, then :step.
    if (parser.isSet(QStringLiteral("all")))
        return MigrationSelection::all();
    for (const QString &option : {QStringLiteral("to"), QStringLiteral("step")}) {
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < 0)
            return Error{QStringLiteral("--%1 needs a non-negative integer, got '%2'").arg(option, parser.value(option))};
        return option == QLatin1String("to") ? MigrationSelection::to(value) : MigrationSelection::step(value);
    }
    return MigrationSelection::defaultFor(direction);
}

int runStatus(const Migrator &migrator, bool json)
{
    const auto status = migrator.status();
    if (!status)
        return fail(status.error());
    if (json) {
        QJsonArray rows;
        for (const MigrationStatus &s : *status)
            rows.append(QJsonObject{{QStringLiteral("version"), s.version},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("status"), MigrationStatus::stateName(s.state)}});
        print(rows);
        return 0;
    }
    QTextStream out(stdout);
    out << "\n  Status    Migration ID    Migration Name\n" << QString(50, QLatin1Char('-')) << '\n';
    for (const MigrationStatus &s : *status) {
        const QString state = s.state == MigrationStatus::State::Down ? QStringLiteral("down") : QStringLiteral("up");
        out << "  " << state.leftJustified(10) << QString::number(s.version).leftJustified(16) << s.name << '\n';
    }
    out << '\n';
    return 0;
}

QJsonObject runToJson(const MigrationRun &run)
{
    QJsonArray applied;
    for (const AppliedMigration &m : run.applied)
        applied.append(QJsonObject{{QStringLiteral("version"), m.version},
                                   {QStringLiteral("name"), m.name},
                                   {QStringLiteral("statements"), m.alreadyDone ? QJsonArray() : toJson(m.statements)},
                                   {QStringLiteral("already_done"), m.alreadyDone}});
    QJsonObject object{{QStringLiteral("direction"), run.direction == Direction::Up ? QStringLiteral("up") : QStringLiteral("down")},
                       {QStringLiteral("applied"), applied},
                       {QStringLiteral("cancelled"), run.cancelled}};
    if (run.error)
        object.insert(QStringLiteral("error"), run.errorText());
    return object;
}

int runMigrate(const Migrator &migrator, Direction direction, const MigrationSelection &selection, bool json)
{
    QTextStream out(stdout);
    QElapsedTimer timer;
    MigratorCallbacks callbacks;
    if (!json) {
        // Streamed as it happens (Ecto's log lines), so a long run shows where it is.
        callbacks.migrationStarted = [&](const project::MigrationFile &f, int, int) {
            out << "== Running " << f.version << ' ' << f.name << (direction == Direction::Up ? " up" : " down") << '\n';
            out.flush();
            timer.start();
        };
        callbacks.statementExecuted = [&](const QString &sql) {
            out << sql << '\n';
            out.flush();
        };
        callbacks.migrationFinished = [&](const AppliedMigration &m, int, int) {
            if (m.alreadyDone)
                out << "== " << m.version << " was already " << (direction == Direction::Up ? "up" : "down")
                    << " (another migrator ran it)\n";
            else
                out << "== Migrated " << m.version << " in " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << "s\n";
            out.flush();
        };
    }
    // Waits are said on stderr whatever the output format, so a blocked run is never silent.
    callbacks.lockWaiting = [](const QString &message) {
        QTextStream(stderr) << kName << ": " << message << '\n';
    };
    const MigrationRun run = migrator.run(direction, selection, callbacks);
    if (json)
        print(runToJson(run));
    else if (run.applied.isEmpty() && run.ok())
        out << (direction == Direction::Up ? "Migrations already up\n" : "Nothing to roll back\n");
    return run.error ? fail(run.errorText()) : 0;
}

int runSql(const QCommandLineParser &parser)
{
    const std::optional<db::Dialect> dialect = db::dialectNamed(parser.value(QStringLiteral("dialect")));
    if (!dialect)
        return fail(QStringLiteral("--dialect must be postgres or sqlite"), 2);
    if (parser.positionalArguments().size() != 2)
        return fail(QStringLiteral("sql needs exactly one migration FILE"), 2);
    const QString path = parser.positionalArguments().at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    // With --project, the migration may use the project's code, config and Repo.
    project::Project p;
    ReaderEnvironment environment;
    if (parser.isSet(QStringLiteral("project"))) {
        p = project::ProjectLoader::load(parser.value(QStringLiteral("project")));
        const ProjectConfig config = MigrationConfigReader::read(p);
        environment = ReaderEnvironment::of(&p, config.migration, config.appEnv);
    }
    const Migration migration = MigrationReader::fromSource(file.readAll(), path, environment);
    if (migration.error)
        return fail(MigrationStatements::errorText(*migration.error));
    const auto ddl = Migrator::renderer(*dialect);
    const MigrationStatements up = MigrationPlanner::up(migration, *ddl);
    const MigrationStatements down = MigrationPlanner::down(migration, *ddl);
    const auto direction = [](const MigrationStatements &s) -> QJsonValue {
        return s.error ? QJsonValue(QJsonObject{{QStringLiteral("error"), MigrationStatements::errorText(*s.error)}}) : QJsonValue(toJson(s.statements));
    };
    // Where each statement comes from: "after_read" ones may differ at run time.
    const auto origins = [](const MigrationStatements &s) {
        QJsonArray list;
        for (const StatementOrigin origin : s.origins)
            list.append(MigrationStatements::originName(origin));
        return list;
    };
    if (parser.isSet(QStringLiteral("json"))) {
        print(QJsonObject{{QStringLiteral("up"), direction(up)},
                          {QStringLiteral("down"), direction(down)},
                          {QStringLiteral("up_origins"), origins(up)},
                          {QStringLiteral("down_origins"), origins(down)}});
        return 0;
    }
    QTextStream out(stdout);
    const auto human = [&](const char *title, const MigrationStatements &s) {
        out << "-- " << title << '\n';
        if (s.error)
            out << "-- error: " << MigrationStatements::errorText(*s.error).replace(QLatin1Char('\n'), QStringLiteral("\n-- ")) << '\n';
        else
            for (qsizetype i = 0; i < s.statements.size(); ++i) {
                const StatementOrigin origin = s.origins.value(i, StatementOrigin::Ddl);
                if (origin == StatementOrigin::Reads)
                    out << "-- reads rows: what follows depends on them at run time\n";
                else if (origin == StatementOrigin::AfterRead)
                    out << "-- depends on data read at run time\n";
                out << s.statements.at(i) << ";\n";
            }
    };
    human("up", up);
    out << '\n';
    human("down", down);
    return 0;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Show, apply and roll back a project's migrations as mix ecto.migrations, ecto.migrate and ecto.rollback do.\n"
        "  status | up | down --project DIR [--db URL] [--step N | --to VERSION | --all] [--lock-timeout MS] [--json]\n"
        "  mark VERSION --project DIR [--db URL]   record VERSION as applied without running it (run elsewhere)\n"
        "  sql --dialect postgres|sqlite [--project DIR] [--json] FILE\n"
        "  lint | plan: see `ectowb migrations lint --help`"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("status, up, down, mark or sql"));
    parser.addOption({QStringLiteral("project"), QStringLiteral("The Mix project folder."), QStringLiteral("DIR")});
    addConnectionOptions(parser);
    parser.addOption({QStringLiteral("lock-timeout"),
                      QStringLiteral("Give up a migration that waits longer than MS for a lock; it is rolled back."),
                      QStringLiteral("MS")});
    parser.addOption({QStringLiteral("step"), QStringLiteral("Run N migrations."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Run up to / down to VERSION, inclusive."), QStringLiteral("VERSION")});
    parser.addOption({QStringLiteral("all"), QStringLiteral("Run all pending (up) or all applied (down).")});
    parser.addOption({QStringLiteral("dialect"), QStringLiteral("postgres or sqlite (sql)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
}

} // namespace

int runMigrations(const QStringList &args)
{
    if (!args.isEmpty() && (args.first() == QLatin1String("lint") || args.first() == QLatin1String("plan")))
        return runMigrationReview(args);
    QCommandLineParser parser;
    addOptions(parser);
    const auto usage = [](const QString &message) { return fail(message, 2); };
    if (const std::optional<int> status = parseCommandLine(parser, QStringLiteral("migrations"), args, usage))
        return *status;
    const QString action = parser.positionalArguments().value(0);
    if (action == QLatin1String("sql"))
        return runSql(parser);
    if (action != QLatin1String("status") && action != QLatin1String("up") && action != QLatin1String("down")
        && action != QLatin1String("mark"))
        return fail(QStringLiteral("expected status, up, down or sql, or mark VERSION; see --help"), 2);
    const QString dir = parser.value(QStringLiteral("project"));
    if (const std::optional<QString> problem = projectFolderProblem(dir))
        return usage(*problem);
    const project::Project p = project::ProjectLoader::load(dir);
    const auto settings = connectionSettings(parser, &p);
    if (!settings)
        return fail(settings.error());
    Migrator migrator(*settings, p.migrations);
    if (parser.isSet(QStringLiteral("lock-timeout"))) {
        bool ok = false;
        const int ms = parser.value(QStringLiteral("lock-timeout")).toInt(&ok);
        if (!ok || ms <= 0)
            return fail(QStringLiteral("--lock-timeout needs a positive number of milliseconds, got '%1'")
                            .arg(parser.value(QStringLiteral("lock-timeout"))),
                        2);
        migrator.setLockTimeout(ms);
    }
    const ProjectConfig config = MigrationConfigReader::read(p);
    migrator.setEnvironment(std::make_shared<const project::Project>(p), config);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action == QLatin1String("status"))
        return runStatus(migrator, json);
    if (action == QLatin1String("mark")) {
        bool ok = false;
        const qint64 version = parser.positionalArguments().value(1).toLongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("mark needs the VERSION of a migration"), 2);
        if (const auto error = migrator.markApplied(version))
            return fail(migration::MigrationStatements::errorText(*error));
        QTextStream(stdout) << "== Marked " << version << " as applied\n";
        return 0;
    }
    const Direction direction = action == QLatin1String("up") ? Direction::Up : Direction::Down;
    const auto selection = selectionFrom(parser, direction);
    if (!selection)
        return fail(selection.error(), 2);
    return runMigrate(migrator, direction, *selection, json);
}

} // namespace ectowb::cli
