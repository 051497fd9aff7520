#include "projectdatabase.h"

#include "databaseurl.h"
#include "project/sampleproject.h"

#include <QDir>

namespace ectowb::db {

std::optional<ConnectionSettings> ProjectDatabase::forProject(const project::Project &project)
{
    if (!project.root.isEmpty() && project::SampleProject::isSample(project.root)) {
        ConnectionSettings settings;
        settings.dialect = Dialect::Sqlite;
        settings.database = project::SampleProject::databasePath();
        settings.createIfMissing = true;
        return settings;
    }
    if (project.repo.adapter.isEmpty() && project.repo.url.isEmpty())
        return std::nullopt;
    ConnectionSettings settings = DatabaseUrl::fromRepoConfig(project.repo);
    if (settings.dialect == Dialect::Sqlite && QDir::isRelativePath(settings.database))
        settings.database = QDir(project.root).filePath(settings.database);
    return settings;
}

} // namespace ectowb::db
