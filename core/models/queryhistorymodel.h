#pragma once

#include "runner/queryhistory.h"

#include <QAbstractTableModel>

namespace ectowb::models {

// A project's query history as a table, newest first: when, the query's first
// line, the database, and how it went. Reset as a whole from a snapshot.
class QueryHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, SourceColumn, DatabaseColumn, ResultColumn, ColumnCount };
    enum Role {
        SourceRole = Qt::UserRole + 1, // the whole source text
        SqlRole,
        OkRole,   // bool
        TimeRole, // QDateTime (UTC)
    };

    explicit QueryHistoryModel(QObject *parent = nullptr);

    void setSnapshot(const QList<runner::HistoryEntry> &entries);
    const QList<runner::HistoryEntry> &snapshot() const { return m_entries; }
    const runner::HistoryEntry *entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString resultText(const runner::HistoryEntry &entry) const;

private:
    QList<runner::HistoryEntry> m_entries;
};

} // namespace ectowb::models
