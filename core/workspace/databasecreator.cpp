#include "databasecreator.h"

#include "db/connection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ectowb::workspace {

bool DatabaseCreator::isMissingDatabase(const db::ConnectionSettings &settings, const QString &error)
{
    return settings.dialect == db::Dialect::Postgres && !settings.database.isEmpty()
        && error.contains(QStringLiteral("database \"%1\" does not exist").arg(settings.database));
}

Result<bool> DatabaseCreator::createPostgres(const db::ConnectionSettings &settings)
{
    if (settings.dialect != db::Dialect::Postgres || settings.database.isEmpty())
        return Error{QStringLiteral("no PostgreSQL database named")};
    // As ecto_sql's storage_up: through the maintenance database, the name quoted.
    db::ConnectionSettings maintenance = settings;
    maintenance.database = QStringLiteral("postgres");
    const auto connection = db::Connection::open(maintenance);
    if (!connection)
        return connection.failure();
    QString quoted = settings.database;
    quoted.replace(u'"', QStringLiteral("\"\""));
    const auto created = connection.value()->exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(quoted));
    if (!created)
        return created.failure();
    return true;
}

Result<bool> DatabaseCreator::createSqliteFile(const QString &path)
{
    if (path.isEmpty())
        return Error{QStringLiteral("no file named")};
    if (QFileInfo::exists(path))
        return Error{QStringLiteral("%1 already exists").arg(QDir::toNativeSeparators(path))};
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{file.errorString()};
    return true;
}

} // namespace ectowb::workspace
