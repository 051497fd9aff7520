#include "migrationlistmodel.h"
#include "columntitles.h"
#include "rolenames.h"

#include "migrationbadgecache.h"

#include "migration/migrationlinter.h"
#include "migration/migrationplanner.h"
#include "migration/migrationreader.h"
#include "migration/migrator.h"

#include <QFile>

#include <algorithm>

namespace ectowb::models {

namespace {

bool readsRows(const migration::Command &command)
{
    const auto *data = std::get_if<migration::DataStatement>(&command);
    return data && data->readsRows;
}

// A step the reader could not evaluate before any read. One after a read may only
// have lacked the rows (a match on what an empty table returned): applied, the
// migrator gives it the live rows, so it is not opaque but reads data.
bool hasOpaque(const std::optional<migration::CommandList> &commands)
{
    if (!commands)
        return false;
    for (const migration::Command &command : *commands) {
        if (readsRows(command))
            return false;
        if (std::holds_alternative<migration::Opaque>(command))
            return true;
    }
    return false;
}

bool readsData(const std::optional<migration::CommandList> &commands)
{
    return commands && std::any_of(commands->begin(), commands->end(), readsRows);
}

// The badges come from the file as the migrator would read it, so the timeline
// warns about exactly what a rollback would refuse.
void readBadgesFromFile(MigrationEntry &entry, const migration::DdlRenderer &ddl, const migration::MigrationLinter &linter,
                        const migration::ReaderEnvironment &environment);

// The badges of `entry`'s file, from `cache` when read before; else read now (unless
// `readFiles` is false) and kept there.
void readBadges(MigrationEntry &entry, const migration::DdlRenderer &ddl, const migration::MigrationLinter &linter,
                db::Dialect dialect, MigrationBadgeCache *cache, bool readFiles, const migration::ReaderEnvironment &environment)
{
    if (cache) {
        if (const std::optional<MigrationEntry> cached = cache->find(entry.path, dialect)) {
            entry.noTransaction = cached->noTransaction;
            entry.opaque = cached->opaque;
            entry.readsData = cached->readsData;
            entry.irreversible = cached->irreversible;
            entry.downError = cached->downError;
            entry.readError = cached->readError;
            entry.findingCount = cached->findingCount;
            entry.worstFinding = cached->worstFinding;
            entry.worstCheck = cached->worstCheck;
            return;
        }
    }
    if (!readFiles)
        return;
    readBadgesFromFile(entry, ddl, linter, environment);
    if (cache)
        cache->insert(entry.path, dialect, entry);
}

void readBadgesFromFile(MigrationEntry &entry, const migration::DdlRenderer &ddl, const migration::MigrationLinter &linter,
                        const migration::ReaderEnvironment &environment)
{
    QFile file(entry.path);
    if (!file.open(QIODevice::ReadOnly)) {
        entry.readError = file.errorString();
        return;
    }
    const QByteArray source = file.readAll();
    const migration::MigrationReview review = linter.review(source, entry.path);
    entry.findingCount = int(review.findings.size());
    if (const auto worst = review.worst()) {
        entry.worstFinding = int(*worst);
        for (const migration::LintFinding &f : review.findings)
            if (f.severity == *worst && entry.worstCheck.isEmpty())
                entry.worstCheck = f.check;
    }
    const migration::Migration read = migration::MigrationReader::fromSource(source, entry.path, environment);
    if (read.error) {
        entry.readError = migration::MigrationStatements::errorText(*read.error);
        return;
    }
    entry.noTransaction = read.disableDdlTransaction;
    entry.opaque = hasOpaque(read.change) || hasOpaque(read.up) || hasOpaque(read.down);
    entry.readsData = readsData(read.change) || readsData(read.up) || readsData(read.down);
    const migration::MigrationStatements down = migration::MigrationPlanner::down(read, ddl);
    if (down.error) {
        entry.irreversible = true;
        entry.downError = migration::MigrationStatements::errorText(*down.error);
    }
}

MigrationEntry::State stateOf(migration::MigrationStatus::State state)
{
    switch (state) {
    case migration::MigrationStatus::State::Up:
        return MigrationEntry::State::Up;
    case migration::MigrationStatus::State::Down:
        return MigrationEntry::State::Down;
    case migration::MigrationStatus::State::FileNotFound:
        return MigrationEntry::State::FileNotFound;
    }
    return MigrationEntry::State::Unknown;
}

} // namespace

MigrationListModel::MigrationListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void MigrationListModel::setSnapshot(const QList<MigrationEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const MigrationEntry *MigrationListModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int MigrationListModel::rowOfVersion(qint64 version) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).version == version)
            return row;
    }
    return -1;
}

QList<MigrationEntry> MigrationListModel::entries(const QList<migration::MigrationStatus> &status, db::Dialect dialect,
                                                  bool known, MigrationBadgeCache *cache, bool readFiles,
                                                  const migration::ReaderEnvironment &environment)
{
    const auto ddl = migration::Migrator::renderer(dialect);
    const migration::MigrationLinter linter(dialect);
    QList<MigrationEntry> result;
    result.reserve(status.size());
    for (const migration::MigrationStatus &row : status) {
        MigrationEntry entry;
        entry.version = row.version;
        entry.name = row.name;
        entry.path = row.path;
        entry.state = known ? stateOf(row.state) : MigrationEntry::State::Unknown;
        if (!entry.path.isEmpty())
            readBadges(entry, *ddl, linter, dialect, cache, readFiles, environment);
        result.append(entry);
    }
    return result;
}

void MigrationListModel::warmBadges(const QList<project::MigrationFile> &files, db::Dialect dialect,
                                    MigrationBadgeCache &cache, const migration::ReaderEnvironment &environment)
{
    const auto ddl = migration::Migrator::renderer(dialect);
    const migration::MigrationLinter linter(dialect);
    for (const project::MigrationFile &file : files) {
        MigrationEntry entry;
        entry.path = file.path;
        readBadges(entry, *ddl, linter, dialect, &cache, true, environment);
    }
}

QString MigrationListModel::stateText(MigrationEntry::State state)
{
    switch (state) {
    case MigrationEntry::State::Up:
        return tr("up");
    case MigrationEntry::State::Down:
        return tr("down");
    case MigrationEntry::State::FileNotFound:
        return tr("file not found");
    case MigrationEntry::State::Unknown:
        break;
    }
    return tr("unknown");
}

int MigrationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant MigrationListModel::data(const QModelIndex &index, int role) const
{
    const MigrationEntry *e = index.isValid() && !index.parent().isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QString(QString::number(e->version) % u"  " % e->name);
    case Qt::ToolTipRole:
        return toolTip(*e);
    case VersionRole:
        return e->version;
    case NameRole:
        return e->name;
    case PathRole:
        return e->path;
    case StateRole:
        return int(e->state);
    case IrreversibleRole:
        return e->irreversible;
    case NoTransactionRole:
        return e->noTransaction;
    case OpaqueRole:
        return e->opaque;
    case ReadsDataRole:
        return e->readsData;
    case DownErrorRole:
        return e->downError;
    case ReadErrorRole:
        return e->readError;
    case WorstFindingRole:
        return e->worstFinding;
    case FindingCountRole:
        return e->findingCount;
    default:
        return {};
    }
}

QString MigrationListModel::toolTip(const MigrationEntry &entry) const
{
    QStringList lines{tr("%1 (%2)").arg(entry.name, stateText(entry.state))};
    if (!entry.readError.isEmpty())
        lines.append(tr("Cannot read the file: %1").arg(entry.readError));
    if (entry.irreversible)
        lines.append(tr("Cannot be rolled back: %1").arg(entry.downError));
    if (entry.noTransaction)
        lines.append(tr("Runs outside a transaction (@disable_ddl_transaction)."));
    if (entry.opaque)
        lines.append(tr("Has steps that cannot be read ahead (code run by Elixir)."));
    if (entry.readsData)
        lines.append(tr("Reads rows when applied: what it sends after a read depends on the live data."));
    if (entry.findingCount > 0)
        lines.append(tr("Review: %n finding(s), the worst: %1", nullptr, entry.findingCount).arg(entry.worstCheck));
    return lines.join(u'\n');
}

QVariant MigrationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle({tr("Migration")}, section, orientation, role);
}

QHash<int, QByteArray> MigrationListModel::roleNames() const
{
    return withRoleNames(QAbstractListModel::roleNames(),
                        {{VersionRole, "version"}, {NameRole, "name"}, {PathRole, "path"}, {StateRole, "state"},
                         {IrreversibleRole, "irreversible"}, {NoTransactionRole, "noTransaction"},
                         {OpaqueRole, "opaque"}, {ReadsDataRole, "readsData"}, {DownErrorRole, "downError"},
                         {ReadErrorRole, "readError"}, {WorstFindingRole, "worstFinding"},
                         {FindingCountRole, "findingCount"}});
}

} // namespace ectowb::models
