#include "migrationselection.h"

#include <QSet>

#include <algorithm>

namespace ectowb::migration {

QList<project::MigrationFile> MigrationSelection::pending(Direction direction, const QList<project::MigrationFile> &files,
                                                          const QList<qint64> &versions)
{
    const QSet<qint64> recorded(versions.cbegin(), versions.cend());
    const bool wantRecorded = direction == Direction::Down;
    QList<project::MigrationFile> result;
    for (const project::MigrationFile &file : files) {
        if (recorded.contains(file.version) == wantRecorded)
            result.append(file);
    }
    const auto older = [](const project::MigrationFile &a, const project::MigrationFile &b) { return a.version < b.version; };
    if (direction == Direction::Up)
        std::stable_sort(result.begin(), result.end(), older);
    else
        std::stable_sort(result.begin(), result.end(), [&](const auto &a, const auto &b) { return older(b, a); });
    return result;
}

QList<project::MigrationFile> MigrationSelection::pick(Direction direction, const QList<project::MigrationFile> &files,
                                                       const QList<qint64> &versions) const
{
    QList<project::MigrationFile> candidates = pending(direction, files, versions);
    switch (strategy) {
    case Strategy::All:
        return candidates;
    case Strategy::Step:
        return candidates.mid(0, int(std::clamp<qint64>(value, 0, candidates.size())));
    case Strategy::To: {
        QList<project::MigrationFile> result;
        for (const project::MigrationFile &file : candidates) {
            if (direction == Direction::Up ? file.version <= value : file.version >= value)
                result.append(file);
        }
        return result;
    }
    }
    return {};
}

} // namespace ectowb::migration
