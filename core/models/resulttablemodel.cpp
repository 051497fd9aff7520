#include "resulttablemodel.h"

#include "rolenames.h"
#include "runner/valuetext.h"

namespace ectowb::models {

using runner::ValueText;

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ResultTableModel::detach()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
}

void ResultTableModel::setRun(runner::QueryRun *run)
{
    detach();
    beginResetModel();
    m_run = run;
    m_columns = run ? run->columns() : runner::ResultColumns{};
    m_rows.clear();
    m_fetching = run && !run->isFinished();
    endResetModel();
    if (run) {
        m_connections << connect(run, &runner::QueryRun::columnsReady, this, &ResultTableModel::onColumns)
                      << connect(run, &runner::QueryRun::rowsFetched, this, &ResultTableModel::onRows)
                      << connect(run, &runner::QueryRun::finished, this, &ResultTableModel::onFinished)
                      << connect(run, &QObject::destroyed, this, [this] {
                             m_fetching = false;
                             Q_EMIT stateChanged();
                         });
    }
    Q_EMIT stateChanged();
}

bool ResultTableModel::isRunning() const
{
    return m_run && !m_run->isFinished();
}

bool ResultTableModel::hasMoreRows() const
{
    return m_run && !m_run->isFinished() && !m_columns.isEmpty();
}

bool ResultTableModel::exportTo(const QString &path, runner::ExportFormat format)
{
    if (!m_run)
        return false;
    const bool started = m_run->exportTo(path, format, m_rows);
    if (started)
        Q_EMIT stateChanged();
    return started;
}

void ResultTableModel::onColumns(const runner::ResultColumns &columns)
{
    // Nothing is shown before the columns are known, so a reset costs nothing.
    beginResetModel();
    m_columns = columns;
    m_rows.clear();
    endResetModel();
    Q_EMIT stateChanged();
}

void ResultTableModel::onRows(const runner::ResultRows &rows, bool)
{
    m_fetching = false;
    if (!rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
    }
    Q_EMIT stateChanged();
}

void ResultTableModel::onFinished()
{
    m_fetching = false;
    Q_EMIT stateChanged();
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString ResultTableModel::displayText(const QVariant &value)
{
    if (ValueText::isNull(value))
        return QStringLiteral("NULL");
    QString text = ValueText::text(value);
    if (text.size() > DisplayLimit) {
        text.truncate(DisplayLimit);
        text += QChar(0x2026);
    }
    // A cell is one line: breaks show as a return sign instead of cutting the text.
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\u21b5"));
    text.replace(QLatin1Char('\n'), QChar(0x21b5));
    text.replace(QLatin1Char('\r'), QChar(0x21b5));
    return text;
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant &value = m_rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(value);
    case Qt::EditRole:
    case ValueRole:
        return value;
    case Qt::ToolTipRole: {
        if (ValueText::isNull(value))
            return QStringLiteral("NULL");
        const QString text = ValueText::text(value);
        return text.size() > 4 * DisplayLimit ? text.left(4 * DisplayLimit) + QChar(0x2026) : text;
    }
    case IsNullRole:
        return ValueText::isNull(value);
    case Qt::TextAlignmentRole: {
        const bool number = ValueText::isNumeric(value.metaType())
            || (value.metaType().id() == QMetaType::QString && ValueText::isNumeric(m_columns.at(index.column()).type));
        return QVariant::fromValue(Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    default:
        return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows.size())
            return section + 1;
        return {};
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns.at(section).name;
    if (role == Qt::ToolTipRole) {
        const QMetaType type = m_columns.at(section).type;
        return type.isValid() ? m_columns.at(section).name + QStringLiteral(" (") + QString::fromLatin1(type.name())
                + QLatin1Char(')')
                              : m_columns.at(section).name;
    }
    return {};
}

Qt::ItemFlags ResultTableModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

bool ResultTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_run && m_run->canFetchMore();
}

void ResultTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    m_run->fetchMore(0);
    Q_EMIT stateChanged();
}

QHash<int, QByteArray> ResultTableModel::roleNames() const
{
    return withRoleNames(QAbstractTableModel::roleNames(),
                        {{ValueRole, "value"}, {IsNullRole, "isNull"}});
}

} // namespace ectowb::models
