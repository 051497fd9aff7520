#include "mismatchmodel.h"
#include "columntitles.h"

#include <algorithm>

namespace ectowb::models {

using schema::Mismatch;

MismatchModel::MismatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MismatchModel::setMismatches(const QList<Mismatch> &mismatches)
{
    beginResetModel();
    m_mismatches = mismatches;
    // Errors first: they break queries; then warnings and hints, by schema.
    std::stable_sort(m_mismatches.begin(), m_mismatches.end(), [](const Mismatch &a, const Mismatch &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.module < b.module;
    });
    endResetModel();
}

QString MismatchModel::severityText(Mismatch::Severity severity)
{
    switch (severity) {
    case Mismatch::Severity::Error:
        return tr("Error");
    case Mismatch::Severity::Warning:
        return tr("Warning");
    case Mismatch::Severity::Info:
        break;
    }
    return tr("Hint");
}

QString MismatchModel::where(const Mismatch &mismatch)
{
    if (!mismatch.field.isEmpty())
        return mismatch.column.isEmpty() || mismatch.column == mismatch.field ? mismatch.field
                                                                               : mismatch.field % u" (" % mismatch.column % u')';
    if (!mismatch.column.isEmpty())
        return mismatch.table % u'.' % mismatch.column;
    return mismatch.table;
}

int MismatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mismatches.size());
}

int MismatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MismatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Mismatch &mismatch = m_mismatches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(mismatch.severity);
        case SchemaColumn:
            return mismatch.module;
        case WhereColumn:
            return where(mismatch);
        default:
            return mismatch.message;
        }
    case Qt::ToolTipRole:
        return mismatch.message;
    case SeverityRole:
        return int(mismatch.severity);
    case ModuleRole:
        return mismatch.module;
    case FieldRole:
        return mismatch.field;
    case KindNameRole:
        return Mismatch::kindName(mismatch.kind);
    default:
        return {};
    }
}

QVariant MismatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle({tr("Severity"), tr("Schema"), tr("Field or column"), tr("Problem")}, section, orientation, role);
}

} // namespace ectowb::models
