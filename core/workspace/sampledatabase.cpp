#include "sampledatabase.h"

#include "db/connection.h"
#include "runner/seedscript.h"

#include <QFileInfo>
#include <QFile>

namespace ectowb::workspace {

Result<void> SampleDatabase::remove(const QString &path)
{
    // SQLite's write-ahead log and shared memory belong to the file: a new database
    // beside an old -wal would replay the old pages.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = path + suffix;
        if (!QFileInfo::exists(file))
            continue;
        QFile f(file);
        if (!f.remove())
            return Error{QStringLiteral("could not delete %1: %2").arg(file, f.errorString())};
    }
    return {};
}

Result<std::optional<int>> SampleDatabase::seed(const db::ConnectionSettings &settings, const project::Project &project)
{
    const QString seeds = runner::SeedScript::pathFor(project);
    if (seeds.isEmpty())
        return std::optional<int>();
    const Result<std::shared_ptr<db::Connection>> connection = db::Connection::open(settings);
    if (!connection)
        return connection.failure();
    const Result<int> ran = runner::SeedScript::run(*connection.value(), project, seeds);
    if (!ran)
        return ran.failure();
    return std::optional<int>(*ran);
}

} // namespace ectowb::workspace
