#include "migrationstatus.h"

#include <QSet>

#include <algorithm>

namespace ectowb::migration {

QString MigrationStatus::stateName(State state)
{
    switch (state) {
    case State::Up: return QStringLiteral("up");
    case State::Down: return QStringLiteral("down");
    case State::FileNotFound: return QStringLiteral("file_not_found");
    }
    return {};
}

QList<MigrationStatus> MigrationStatus::collect(const QList<project::MigrationFile> &files, const QList<qint64> &versions)
{
    const QSet<qint64> recorded(versions.cbegin(), versions.cend());
    QSet<qint64> withFile;
    QList<MigrationStatus> rows;
    for (const project::MigrationFile &file : files) {
        withFile.insert(file.version);
        rows.append({file.version, file.name, recorded.contains(file.version) ? State::Up : State::Down, file.path});
    }
    for (qint64 version : recorded) {
        if (!withFile.contains(version))
            rows.append({version, fileNotFoundName(), State::FileNotFound, QString()});
    }
    // Stable, so two files claiming one version keep their file order.
    std::stable_sort(rows.begin(), rows.end(), [](const MigrationStatus &a, const MigrationStatus &b) { return a.version < b.version; });
    return rows;
}

} // namespace ectowb::migration
