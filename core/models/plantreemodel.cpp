#include "plantreemodel.h"
#include "columntitles.h"
#include "rolenames.h"

#include <QLocale>

#include <algorithm>

namespace ectowb::models {

namespace {
QString estimate(const std::optional<double> &value, int decimals)
{
    return value ? QLocale().toString(*value, 'f', decimals) : QString();
}
} // namespace

PlanTreeModel::PlanTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void PlanTreeModel::setPlan(const runner::QueryPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_estimates = std::any_of(plan.nodes().begin(), plan.nodes().end(),
                              [](const runner::PlanNode &n) { return n.totalCost.has_value(); });
    endResetModel();
}

// Internal ids are node index + 1, so 0 never names a node.
const runner::PlanNode *PlanTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const quintptr id = index.internalId();
    return id >= 1 && id <= m_plan.nodes().size() ? &m_plan.nodes()[id - 1] : nullptr;
}

const QList<int> &PlanTreeModel::childrenOf(const QModelIndex &parent) const
{
    if (const runner::PlanNode *n = node(parent))
        return n->children;
    return m_plan.roots();
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= columnCount(parent) || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> &children = childrenOf(parent);
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)) + 1);
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    const runner::PlanNode *n = node(child);
    if (!n || n->parent < 0)
        return {};
    const runner::PlanNode &up = m_plan.nodes()[std::size_t(n->parent)];
    return createIndex(up.row, 0, quintptr(n->parent) + 1);
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return m_estimates ? ColumnCount : 1;
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    const runner::PlanNode *n = node(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NodeColumn:
            return n->label;
        case CostColumn:
            return n->startupCost && n->totalCost ? estimate(n->startupCost, 2) + QStringLiteral("..")
                    + estimate(n->totalCost, 2)
                                                  : QString();
        case RowsColumn:
            return estimate(n->rows, 0);
        case WidthColumn:
            return estimate(n->width, 0);
        case DetailColumn:
            return n->detail;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines{n->label};
        for (const auto &[key, value] : n->properties)
            lines << key + QStringLiteral(": ") + value;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == CostColumn || index.column() == RowsColumn || index.column() == WidthColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case PropertiesRole: {
        QStringList properties;
        for (const auto &[key, value] : n->properties)
            properties << key + QStringLiteral(": ") + value;
        return properties;
    }
    case TotalCostRole:
        return n->totalCost ? QVariant(*n->totalCost) : QVariant();
    case StartupCostRole:
        return n->startupCost ? QVariant(*n->startupCost) : QVariant();
    default:
        return {};
    }
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle({tr("Plan"), tr("Cost"), tr("Rows"), tr("Width"), tr("Conditions")}, section, orientation, role);
}

QHash<int, QByteArray> PlanTreeModel::roleNames() const
{
    return withRoleNames(QAbstractItemModel::roleNames(),
                        {{PropertiesRole, "properties"}, {TotalCostRole, "totalCost"},
                         {StartupCostRole, "startupCost"}});
}

} // namespace ectowb::models
