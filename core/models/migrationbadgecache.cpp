#include "migrationbadgecache.h"

#include <QFileInfo>

namespace ectowb::models {

QString MigrationBadgeCache::key(const QString &path, db::Dialect dialect)
{
    const QFileInfo info(path);
    return path + u'|' + db::dialectName(dialect) + u'|' + QString::number(info.lastModified().toMSecsSinceEpoch())
        + u'|' + QString::number(info.size());
}

std::optional<MigrationEntry> MigrationBadgeCache::find(const QString &path, db::Dialect dialect) const
{
    const QString k = key(path, dialect);
    const QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(k);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

void MigrationBadgeCache::insert(const QString &path, db::Dialect dialect, const MigrationEntry &entry)
{
    const QString k = key(path, dialect);
    const QMutexLocker lock(&m_mutex);
    m_entries.insert(k, entry);
}

void MigrationBadgeCache::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

} // namespace ectowb::models
