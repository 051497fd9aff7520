#pragma once

#include "db/connectionsettings.h"
#include "migration/migrationreader.h"
#include "migration/migrationstatus.h"

#include <QAbstractListModel>
#include <QList>

namespace ectowb::models {

class MigrationBadgeCache;

// One row of the migration timeline: a migration file (or a recorded version without
// one) with its state in the database and what is special about it.
struct MigrationEntry
{
    enum class State { Up, Down, FileNotFound, Unknown }; // Unknown: no database reached

    qint64 version = 0;
    QString name;
    QString path; // empty for FileNotFound
    State state = State::Unknown;
    bool irreversible = false;  // Ecto (or the adapter) refuses to roll it back
    bool noTransaction = false; // @disable_ddl_transaction
    bool opaque = false;        // steps the reader could not evaluate
    bool readsData = false;     // reads rows when applied: what follows depends on the live data
    QString downError;          // why it cannot be rolled back
    QString readError;          // the file could not be read at all
    int worstFinding = -1;      // the reviewer's worst finding (migration::LintSeverity), -1: none
    int findingCount = 0;
    QString worstCheck;         // the check of the first finding that bad
};

// The migrations of a project as a list for the timeline. A thin adapter over a
// snapshot: reset as a whole after each status read or run.
class MigrationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        VersionRole = Qt::UserRole + 1,
        NameRole,
        PathRole,
        StateRole, // MigrationEntry::State as an int
        IrreversibleRole,
        NoTransactionRole,
        OpaqueRole,
        DownErrorRole,
        ReadErrorRole,
        WorstFindingRole, // int: migration::LintSeverity of the worst finding, -1 when none
        FindingCountRole,
        ReadsDataRole,
    };

    explicit MigrationListModel(QObject *parent = nullptr);

    void setSnapshot(const QList<MigrationEntry> &entries);
    const QList<MigrationEntry> &snapshot() const { return m_entries; }
    const MigrationEntry *entry(int row) const;
    int rowOfVersion(qint64 version) const;

    // Reads each file once to find its badges for `dialect`. `status` is what the
    // database says (Migrator::status()); `known` false marks every file Unknown.
    // Badges already in `cache` are taken from there, new ones are kept there (no
    // cache: every file is read). `readFiles` false: only badges read before
    // (warmBadges) are shown, no file is read. Files are read against `environment`
    // (the project whose modules they may call, its migration config), as the
    // migrator reads them.
    static QList<MigrationEntry> entries(const QList<migration::MigrationStatus> &status, db::Dialect dialect,
                                         bool known = true, MigrationBadgeCache *cache = nullptr, bool readFiles = true,
                                         const migration::ReaderEnvironment &environment = {});
    static QString stateText(MigrationEntry::State state);
    // Reads the badges of `files` ahead (on a worker thread), so that entries() finds
    // them ready instead of evaluating every file on the caller's thread.
    static void warmBadges(const QList<project::MigrationFile> &files, db::Dialect dialect, MigrationBadgeCache &cache,
                           const migration::ReaderEnvironment &environment = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString toolTip(const MigrationEntry &entry) const;

    QList<MigrationEntry> m_entries;
};

} // namespace ectowb::models
