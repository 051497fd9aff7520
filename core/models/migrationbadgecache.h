#pragma once

#include "migrationlistmodel.h"

#include <QHash>
#include <QMutex>

#include <optional>

namespace ectowb::models {

// The badges of migration files, each read once per content and dialect. Reading a
// file's badges evaluates it: a timeline of hundreds of migrations would do that on
// every refresh, on the GUI thread. The workspace owns one cache, fills it on a worker
// as it opens a project, and the timeline reads from it; thread-safe for that reason.
class MigrationBadgeCache
{
public:
    std::optional<MigrationEntry> find(const QString &path, db::Dialect dialect) const;
    void insert(const QString &path, db::Dialect dialect, const MigrationEntry &entry);
    void clear();

private:
    // A changed file (time or size) is a different key, so an edit is read again.
    static QString key(const QString &path, db::Dialect dialect);

    mutable QMutex m_mutex;
    QHash<QString, MigrationEntry> m_entries;
};

} // namespace ectowb::models
