#include "projectdatabase.h"

#include "db/databaseurl.h"
#include "project/sampleproject.h"

#include <QDir>

namespace ectowb::project {

Result<db::ConnectionSettings> ProjectDatabase::settingsFor(const Project &project)
{
    if (!project.root.isEmpty() && SampleProject::isSample(project.root)) {
        // Its migrations make the file on first start.
        return db::ConnectionSettings::sqliteFile(SampleProject::databasePath(), true);
    }
    if (project.repo.adapter.isEmpty() && project.repo.url.isEmpty())
        return Error{QStringLiteral("The project has no Repo configuration in config/*.exs.")};
    auto repo = db::DatabaseUrl::fromRepoConfig(project.repo);
    if (!repo)
        return repo.failure();
    db::ConnectionSettings settings = repo.value();
    if (settings.dialect == db::Dialect::Sqlite) {
        if (settings.database.isEmpty())
            return Error{QStringLiteral("The project's Repo names no database.")};
        if (QDir::isRelativePath(settings.database) && settings.database != QLatin1String(":memory:"))
            settings.database = QDir(project.root).filePath(settings.database);
    }
    return settings;
}

} // namespace ectowb::project
