#pragma once

#include "common/result.h"
#include "db/connectionsettings.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ectowb::runner {

// One run as the history keeps it.
struct HistoryEntry
{
    QString source;     // what the user wrote (the Ecto query)
    QString sql;        // the statement that ran, if known
    db::Dialect dialect = db::Dialect::Sqlite;
    QDateTime time;     // when it ran, UTC
    bool ok = true;
    QString error;      // the database's message when !ok
    qint64 rows = -1;   // rows read, or affected; -1 when unknown
    QString database;   // which one it ran on, without a password ("sqlite:/x.db", "postgres://me@h/db")

    bool operator==(const HistoryEntry &o) const
    {
        return source == o.source && sql == o.sql && dialect == o.dialect && time == o.time && ok == o.ok
            && error == o.error && rows == o.rows && database == o.database;
    }
};

// The queries a project ran, newest first, at most `capacity` of them, kept in a
// JSON file whose path the caller chooses (one per project). No global state: two
// histories are two files. Writes replace the file atomically (QSaveFile).
class QueryHistory
{
public:
    static constexpr int DefaultCapacity = 500;

    explicit QueryHistory(QString path, int capacity = DefaultCapacity);

    const QString &path() const { return m_path; }
    int capacity() const { return m_capacity; }
    const QList<HistoryEntry> &entries() const { return m_entries; }

    // A missing file is an empty history; an unreadable one an error (and empty).
    Result<bool> load();
    Result<bool> save() const;
    // Puts `entry` first, drops the oldest beyond the capacity.
    void add(const HistoryEntry &entry);
    // add() and save().
    Result<bool> record(const HistoryEntry &entry);
    void clear() { m_entries.clear(); }

private:
    QString m_path;
    int m_capacity;
    QList<HistoryEntry> m_entries;
};

} // namespace ectowb::runner
