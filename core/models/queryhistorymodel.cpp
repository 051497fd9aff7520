#include "queryhistorymodel.h"
#include "columntitles.h"
#include "rolenames.h"

#include <QLocale>

namespace ectowb::models {

QueryHistoryModel::QueryHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QueryHistoryModel::setSnapshot(const QList<runner::HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const runner::HistoryEntry *QueryHistoryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int QueryHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int QueryHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QueryHistoryModel::resultText(const runner::HistoryEntry &entry) const
{
    if (!entry.ok)
        return tr("error");
    if (entry.rows < 0)
        return tr("ok");
    return tr("%n row(s)", nullptr, int(qMin<qint64>(entry.rows, INT_MAX)));
}

QVariant QueryHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const runner::HistoryEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
        case SourceColumn: {
            const QString line = e.source.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
            return e.source.trimmed().contains(QLatin1Char('\n')) ? line + QStringLiteral(" \u2026") : line;
        }
        case DatabaseColumn:
            // Which database, so that a query run on staging is not taken for a local one.
            return e.database.isEmpty() ? db::dialectTitle(e.dialect) : e.database;
        case ResultColumn:
            return resultText(e);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == ResultColumn && !e.ok ? e.error : e.source;
    case SourceRole:
        return e.source;
    case SqlRole:
        return e.sql;
    case OkRole:
        return e.ok;
    case TimeRole:
        return e.time;
    default:
        return {};
    }
}

QVariant QueryHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle({tr("Time"), tr("Query"), tr("Database"), tr("Result")}, section, orientation, role);
}

QHash<int, QByteArray> QueryHistoryModel::roleNames() const
{
    return withRoleNames(QAbstractTableModel::roleNames(),
                        {{SourceRole, "source"}, {SqlRole, "sql"}, {OkRole, "ok"}, {TimeRole, "time"}});
}

} // namespace ectowb::models
