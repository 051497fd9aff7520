#include "migrator.h"

#include "migrationplanner.h"
#include "migrationreader.h"
#include "migratorsession.h"
#include "postgresddl.h"
#include "sqliteddl.h"

#include "db/writecheck.h"
#include "project/migrationfilename.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace ectowb::migration {

namespace {

QString describe(const project::MigrationFile &file)
{
    return QString::number(file.version) + QLatin1Char(' ') + file.name;
}

// `error` told of `file`: the message gets `prefix` before the error as Elixir prints
// it ("migration 1 x: ** (ArgumentError) ..."), the position stays a value (in the
// migration file unless it names another, such as a project module's).
Error prefixed(const QString &prefix, Error error, const project::MigrationFile &file)
{
    error.message = prefix + error.text();
    error.kind.clear(); // now inside the message, which is the migrator's own report
    if (error.position.file.isEmpty() && error.position.isValid())
        error.position.file = file.path;
    return error;
}

// Ecto.Migrator.ensure_no_duplication!/1, over the migrations a run would touch.
std::optional<Error> duplication(const QList<project::MigrationFile> &files)
{
    QSet<qint64> versions;
    QSet<QString> names;
    for (const project::MigrationFile &file : files) {
        if (versions.contains(file.version))
            return Error{QStringLiteral("migrations can't be executed, migration version %1 is duplicated").arg(file.version)};
        if (names.contains(file.name))
            return Error{QStringLiteral("migrations can't be executed, migration name %1 is duplicated").arg(file.name)};
        versions.insert(file.version);
        names.insert(file.name);
    }
    return std::nullopt;
}

// The selected migrations planned in order, up to the first that cannot be planned
// (and why): Ecto.Migrator runs those before it, then stops.
struct PlannedRun
{
    QList<PlannedMigration> planned;
    std::optional<Error> error;
};

PlannedRun planAll(const QList<project::MigrationFile> &files, Direction direction, const DdlRenderer &ddl,
                   const ReaderEnvironment &environment)
{
    PlannedRun out;
    for (const project::MigrationFile &file : files) {
        Migration read;
        // One clock for every reading of this migration: see ReaderEnvironment.
        ReaderEnvironment once = environment;
        once.clock = QDateTime::currentDateTimeUtc();
        auto statements = Migrator::readStatements(file, direction, ddl, &read, once);
        // A migration that reads rows may stop offline only for want of them (a match
        // on the rows of an empty table): it runs, and stops where the live data says.
        const bool reads = statements && statements->origins.contains(StatementOrigin::Reads);
        if (statements && statements->error && !reads)
            statements = Migrator::planStatements(file, direction, ddl, nullptr, once);
        if (!statements) {
            out.error = statements.failure();
            return out;
        }
        PlannedMigration planned;
        planned.file = file;
        planned.statements = statements->statements;
        planned.params = statements->params;
        planned.transaction = !read.disableDdlTransaction;
        planned.lock = !read.disableMigrationLock;
        planned.origins = statements->origins;
        planned.stops = statements->error;
        if (reads) {
            planned.replan = [file, direction, &ddl, once](const QList<db::QueryRows> &rows) {
                ReaderEnvironment again = once;
                again.reads = rows;
                Result<MigrationStatements> read = Migrator::readStatements(file, direction, ddl, nullptr, again);
                if (read)
                    return *read;
                MigrationStatements failed;
                failed.error = read.failure();
                return failed;
            };
        }
        out.planned.append(planned);
    }
    return out;
}

} // namespace

Migrator::Migrator(db::ConnectionSettings settings, QList<project::MigrationFile> files)
    : m_settings(std::move(settings))
{
    // Ecto.Migrator.migrations_for/1 skips a .exs file whose name is not <integer>_<name>.
    // A name Ecto takes but could not record (a version beyond bigint) and a file that
    // is none (a FIFO would block the reader for ever) are refused, before anything runs.
    for (project::MigrationFile &file : files) {
        const QFileInfo info(file.path);
        const project::MigrationFileName name = project::MigrationFileName::parse(info.fileName());
        if (!name.isMigration)
            continue;
        if (!name.error.isEmpty())
            m_refused << name.error;
        else if (!info.isFile())
            m_refused << QStringLiteral("migration %1 is not a regular file (a FIFO, socket or device, or a broken link)").arg(file.path);
        m_files.append(std::move(file));
    }
}

std::optional<Error> Migrator::refusedFiles() const
{
    if (m_refused.isEmpty())
        return std::nullopt;
    return Error{m_refused.join(u'\n') + QStringLiteral("\nNothing was run.")};
}

std::unique_ptr<DdlRenderer> Migrator::renderer(db::Dialect dialect)
{
    if (dialect == db::Dialect::Postgres)
        return std::make_unique<PostgresDdl>();
    return std::make_unique<SqliteDdl>();
}

void Migrator::setEnvironment(std::shared_ptr<const project::Project> project, ProjectConfig config)
{
    m_project = std::move(project);
    m_config = std::move(config);
}

Result<QStringList> Migrator::plan(const project::MigrationFile &file, Direction direction, const DdlRenderer &ddl, Migration *read,
                                   const ReaderEnvironment &environment)
{
    Result<MigrationStatements> planned = planStatements(file, direction, ddl, read, environment);
    if (!planned)
        return planned.failure();
    return planned->statements;
}

Result<MigrationStatements> Migrator::planStatements(const project::MigrationFile &file, Direction direction,
                                                     const DdlRenderer &ddl, Migration *read,
                                                     const ReaderEnvironment &environment)
{
    Result<MigrationStatements> planned = readStatements(file, direction, ddl, read, environment);
    if (planned && planned->error)
        return prefixed(QStringLiteral("migration %1 cannot run %2: ")
                            .arg(describe(file), direction == Direction::Up ? QStringLiteral("up") : QStringLiteral("down")),
                        *planned->error, file);
    return planned;
}

Result<MigrationStatements> Migrator::readStatements(const project::MigrationFile &file, Direction direction,
                                                     const DdlRenderer &ddl, Migration *read,
                                                     const ReaderEnvironment &environment)
{
    QFile source(file.path);
    if (!source.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("migration %1: cannot read %2: %3").arg(describe(file), file.path, source.errorString())};
    const Migration migration = MigrationReader::fromSource(source.readAll(), file.path, environment);
    if (migration.error)
        return prefixed(QStringLiteral("migration %1: ").arg(describe(file)), *migration.error, file);
    const MigrationStatements planned =
        direction == Direction::Up ? MigrationPlanner::up(migration, ddl) : MigrationPlanner::down(migration, ddl);
    if (read)
        *read = migration;
    return planned;
}

std::optional<Error> Migrator::markApplied(qint64 version) const
{
    db::ConnectionSettings settings = m_settings;
    settings.createIfMissing = true;
    const auto ddl = renderer(settings.dialect);
    auto session = MigratorSession::open(settings, *ddl, m_config.migration.source);
    if (!session)
        return session.failure();
    MigratorSession &work = **session;
    return work.locked(true, [&](SchemaMigrations &bookkeeping) -> std::optional<Error> {
        const auto recorded = bookkeeping.isRecorded(version);
        if (!recorded)
            return recorded.failure();
        if (*recorded)
            return std::nullopt;
        // A migration without statements, applied: only its row is written, on the
        // migrating connection and in its transaction, as Ecto.Migrator writes it.
        project::MigrationFile file;
        file.version = version;
        for (const project::MigrationFile &f : m_files) {
            if (f.version == version)
                file = f;
        }
        PlannedMigration none;
        none.file = file;
        return work.apply(none, Direction::Up, {});
    });
}

Result<QList<MigrationStatus>> Migrator::status() const
{
    if (auto refused = refusedFiles())
        return Error{*refused};
    const auto ddl = renderer(m_settings.dialect);
    auto session = MigratorSession::open(m_settings, *ddl, m_config.migration.source);
    if (!session)
        return session.failure();
    auto versions = (*session)->versions();
    if (!versions)
        return versions.failure();
    return MigrationStatus::collect(m_files, *versions);
}

MigrationRun Migrator::run(Direction direction, const MigrationSelection &selection, const MigratorCallbacks &callbacks,
                           const std::atomic_bool *cancel) const
{
    MigrationRun run;
    run.direction = direction;
    const QString operation = direction == Direction::Up ? QStringLiteral("migrating up") : QStringLiteral("rolling back");
    if (auto refused = db::WriteCheck::refuseOperation(m_settings, operation)) {
        run.error = *refused;
        return run;
    }
    if (auto refused = refusedFiles()) {
        run.error = *refused;
        return run;
    }
    db::ConnectionSettings settings = m_settings;
    // ecto_sqlite3 creates the database file on first connect, so migrating a fresh
    // path works, unless the URL said mode=rw (open an existing file only).
    const bool mayCreate = settings.sqliteParameter(QStringLiteral("mode")) != u"rw";
    settings.createIfMissing = settings.createIfMissing || (direction == Direction::Up && mayCreate);
    const auto ddl = renderer(settings.dialect);
    LockOptions lockOptions;
    lockOptions.lockTimeoutMs = m_lockTimeoutMs;
    lockOptions.waiting = callbacks.lockWaiting;
    lockOptions.cancel = cancel;
    auto opened = MigratorSession::open(settings, *ddl, m_config.migration.source, lockOptions);
    if (!opened) {
        run.error = opened.failure();
        return run;
    }
    MigratorSession &session = **opened;

    QList<project::MigrationFile> selected;
    run.error = session.locked(true, [&](SchemaMigrations &bookkeeping) -> std::optional<Error> {
        const auto versions = bookkeeping.versions();
        if (!versions)
            return versions.failure();
        selected = selection.pick(direction, m_files, *versions);
        return duplication(selected);
    });
    if (run.error)
        return run;
    ReaderEnvironment environment = ReaderEnvironment::of(m_project.get(), m_config.migration, m_config.appEnv);
    environment.readsDialect = settings.dialect;
    const PlannedRun plannedRun = planAll(selected, direction, *ddl, environment);
    const QList<PlannedMigration> *planned = &plannedRun.planned;
    const int count = int(planned->size());
    for (int i = 0; i < count && !run.error; ++i) {
        if (cancel && cancel->load()) {
            run.cancelled = true;
            break;
        }
        const PlannedMigration &migration = planned->at(i);
        if (callbacks.migrationStarted)
            callbacks.migrationStarted(migration.file, i, count);
        AppliedMigration applied{migration.file.version, migration.file.name, migration.statements, false};
        run.error = session.locked(migration.lock, migration.transaction, [&](SchemaMigrations &bookkeeping) -> std::optional<Error> {
            // Ecto.Migrator.up/down: another migrator may have got there since the selection.
            const auto recorded = bookkeeping.isRecorded(migration.file.version);
            if (!recorded)
                return recorded.failure();
            applied.alreadyDone = *recorded == (direction == Direction::Up);
            return applied.alreadyDone ? std::nullopt : session.apply(migration, direction, callbacks, &applied.statements);
        });
        if (run.error) {
            // Cancel stopped a wait (the watch cancelled the statement): a cancelled
            // run, whose migration left nothing.
            run.cancelled = cancel && cancel->load();
            break;
        }
        run.applied.append(applied);
        if (callbacks.migrationFinished)
            callbacks.migrationFinished(applied, i, count);
    }
    if (!run.error && !run.cancelled)
        run.error = plannedRun.error;
    return run;
}

QString MigrationRun::errorText() const
{
    return error ? MigrationStatements::errorText(*error) : QString();
}

} // namespace ectowb::migration
