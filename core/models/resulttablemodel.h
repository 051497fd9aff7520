#pragma once

#include "runner/exportformat.h"
#include "runner/queryrun.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace ectowb::models {

// The rows of one QueryRun as a table, fetched lazily: it starts with the batch the
// run sends first, and asks for the next batch when a view scrolls to its end
// (canFetchMore/fetchMore). Rows arrive later, by signal; no count of the whole
// result is ever asked for, and memory holds only the rows fetched.
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // the value as the driver gave it (an invalid or null QVariant for NULL)
        IsNullRole,                   // bool
    };
    // Characters of a value shown in a cell; the tooltip and ValueRole have it all.
    static constexpr int DisplayLimit = 300;

    explicit ResultTableModel(QObject *parent = nullptr);

    // Shows `run` (not owned; may be null to clear), from its first row.
    void setRun(runner::QueryRun *run);
    runner::QueryRun *run() const { return m_run; }

    const runner::ResultColumns &columns() const { return m_columns; }
    const runner::ResultRows &rows() const { return m_rows; }
    bool isRunning() const;  // the run has not finished yet
    bool hasMoreRows() const; // the run's result has rows not fetched yet
    bool isFetching() const { return m_fetching; }
    // Writes every row of the result to `path`: those fetched, then the rest,
    // straight from the database (see QueryRun::exportTo).
    bool exportTo(const QString &path, runner::ExportFormat format);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    static QString displayText(const QVariant &value);

Q_SIGNALS:
    // Rows came, the run finished, or a fetch started: for status lines.
    void stateChanged();

private:
    void onColumns(const runner::ResultColumns &columns);
    void onRows(const runner::ResultRows &rows, bool atEnd);
    void onFinished();
    void detach();

    QPointer<runner::QueryRun> m_run;
    QList<QMetaObject::Connection> m_connections;
    runner::ResultColumns m_columns;
    runner::ResultRows m_rows;
    bool m_fetching = false;
};

} // namespace ectowb::models
