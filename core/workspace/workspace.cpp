#include "workspace.h"

#include "migration/migrationconfigreader.h"
#include "models/migrationlistmodel.h"
#include "project/projectdatabase.h"
#include "project/projectloader.h"

#include <QDir>

namespace ectowb::workspace {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
    // Loading parses on threads of its own; the pool only carries the load's driver
    // and short jobs, so two threads keep a load from waiting behind a slow job.
    m_pool->setMaxThreadCount(2);
}

Workspace::~Workspace()
{
    // No waiting here: a queue's job (a migration run) is its owner's to stop, and
    // its owner, going after the workspace in a window's teardown, cancels it first.
    // The load stops early; its answers and run()'s find the workspace gone. The
    // pool waits for what is left when its last holder lets it go.
    if (m_cancel)
        *m_cancel = true;
}

void Workspace::open(const QString &folder)
{
    if (m_cancel)
        *m_cancel = true; // the newer project wins; the old load stops early
    m_cancel = std::make_shared<std::atomic_bool>(false);
    ++m_generation;
    m_folder = QDir::cleanPath(QDir(folder).absolutePath());
    m_project = project::Project();
    m_project.root = m_folder; // enough for the sample's database before the load ends
    m_migrations.clear();
    m_status.clear();
    m_loading = true;
    m_loaded = false;
    m_badgesRead = false;
    m_migrationsReady = false;
    Q_EMIT opening(m_folder);

    const QPointer<Workspace> self(this);
    const quint64 generation = m_generation;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const QString root = m_folder;
    const auto post = [self, generation](auto work) {
        QMetaObject::invokeMethod(self.data(), [self, generation, work = std::move(work)] {
            if (self && self->m_generation == generation)
                work(self.data());
        }, Qt::QueuedConnection);
    };
    m_pool->start([root, cancel, post, badges = m_badges] {
        // A directory listing is quick: the timeline lists migrations before any parse.
        const QList<project::MigrationFile> files = project::ProjectLoader::listMigrations(root);
        post([files](Workspace *w) {
            w->m_migrations = files;
            Q_EMIT w->migrationsListed(files);
        });
        project::ProjectLoader::Options options;
        options.cancel = cancel.get();
        auto lastPercent = std::make_shared<std::atomic_int>(-1);
        options.progress = [post, lastPercent](int done, int total) {
            const int percent = total > 0 ? done * 100 / total : 0;
            if (lastPercent->exchange(percent) == percent)
                return; // one update per percent is plenty for a progress bar
            post([done, total](Workspace *w) { Q_EMIT w->loadProgress(done, total); });
        };
        project::Project loaded = project::ProjectLoader::load(root, options);
        if (*cancel)
            return;
        // The badges read the migrations as the migrator does: against the project
        // (its schemas and modules) and its migration config.
        const auto project = std::make_shared<const project::Project>(loaded);
        const migration::ProjectConfig config = migration::MigrationConfigReader::read(*project);
        const auto environment = migration::ReaderEnvironment::of(project.get(), config.migration, config.appEnv);
        post([loaded = std::move(loaded)](Workspace *w) { w->loaded(loaded); });
        // Reading each migration's badges evaluates it: done here, after the schemas
        // are out (they matter first), for both dialects, never on the GUI thread.
        for (const db::Dialect dialect : {db::Dialect::Sqlite, db::Dialect::Postgres}) {
            if (*cancel)
                return;
            models::MigrationListModel::warmBadges(files, dialect, *badges, environment);
        }
        post([](Workspace *w) {
            w->m_badgesRead = true;
            w->checkMigrationsReady();
        });
    });
}

void Workspace::loaded(const project::Project &project)
{
    m_project = project;
    m_migrations = project.migrations;
    m_loading = false;
    m_loaded = true;
    Q_EMIT projectLoaded(m_project);
    if (!m_chosen)
        Q_EMIT databaseChanged(); // the project's own database is known only now
    checkMigrationsReady();
}

void Workspace::checkMigrationsReady()
{
    if (m_loaded && m_badgesRead && !m_migrationsReady) {
        m_migrationsReady = true;
        Q_EMIT migrationsReady(m_project);
    }
}

void Workspace::chooseDatabase(const std::optional<db::ConnectionSettings> &settings)
{
    m_chosen = settings;
    m_status.clear();
    Q_EMIT databaseChosen(m_chosen);
    Q_EMIT databaseChanged();
}

Result<db::ConnectionSettings> Workspace::database() const
{
    return databaseFor(m_project, m_chosen);
}

Result<db::ConnectionSettings> Workspace::databaseFor(const project::Project &project,
                                                       const std::optional<db::ConnectionSettings> &chosen)
{
    if (chosen)
        return *chosen;
    if (project.root.isEmpty())
        return Error{QStringLiteral("no project is open")};
    return project::ProjectDatabase::settingsFor(project);
}

JobQueue *Workspace::createJobQueue(QObject *owner)
{
    return new JobQueue(m_pool, owner);
}

void Workspace::setMigrationStatus(const QList<migration::MigrationStatus> &status)
{
    m_status = status;
    Q_EMIT migrationStatusChanged();
}

} // namespace ectowb::workspace
