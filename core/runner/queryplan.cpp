#include "queryplan.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>

namespace ectowb::runner {

namespace {

// The conditions and keys text EXPLAIN prints under a node, in its order.
const char *const DetailKeys[] = {"Index Cond", "Recheck Cond", "TID Cond", "Hash Cond", "Merge Cond",
                                  "Join Filter", "Filter", "One-Time Filter", "Sort Key", "Presorted Key",
                                  "Group Key", "Cache Key"};

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &element : value.toArray())
            parts << valueText(element);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

// The node's name as text EXPLAIN writes it: "Hash Left Join", "HashAggregate",
// "Index Scan using posts_pkey on posts p0".
QString postgresLabel(const QJsonObject &plan)
{
    QString label = plan.value(u"Node Type").toString();
    const QString strategy = plan.value(u"Strategy").toString();
    if (label == u"Aggregate" && strategy != u"Plain" && !strategy.isEmpty()) {
        static const QHash<QString, QString> aggregates{{QStringLiteral("Sorted"), QStringLiteral("GroupAggregate")},
                                                        {QStringLiteral("Hashed"), QStringLiteral("HashAggregate")},
                                                        {QStringLiteral("Mixed"), QStringLiteral("MixedAggregate")}};
        label = aggregates.value(strategy, label);
    }
    const QString joinType = plan.value(u"Join Type").toString();
    if (!joinType.isEmpty() && joinType != u"Inner") {
        if (label.endsWith(u" Join"))
            label.insert(label.size() - 4, joinType + QLatin1Char(' '));
        else
            label += QLatin1Char(' ') + joinType + QStringLiteral(" Join");
    }
    // A bitmap index scan names only its index, "on" it; other index scans use one.
    if (plan.contains(u"Index Name"))
        label += (label == u"Bitmap Index Scan" ? QStringLiteral(" on ") : QStringLiteral(" using "))
            + plan.value(u"Index Name").toString();
    QString target = plan.value(u"Relation Name").toString();
    if (target.isEmpty())
        target = plan.value(u"CTE Name").toString();
    if (target.isEmpty())
        target = plan.value(u"Function Name").toString();
    const QString alias = plan.value(u"Alias").toString();
    if (!target.isEmpty()) {
        label += QStringLiteral(" on ") + target;
        if (!alias.isEmpty() && alias != target)
            label += QLatin1Char(' ') + alias;
    } else if (!alias.isEmpty()) {
        label += QStringLiteral(" on ") + alias;
    }
    return label;
}

std::optional<double> number(const QJsonObject &plan, QStringView key)
{
    const QJsonValue value = plan.value(key);
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

PlanNode postgresNode(const QJsonObject &plan)
{
    PlanNode node;
    node.label = postgresLabel(plan);
    node.startupCost = number(plan, u"Startup Cost");
    node.totalCost = number(plan, u"Total Cost");
    node.rows = number(plan, u"Plan Rows");
    node.width = number(plan, u"Plan Width");
    QStringList details;
    for (const char *key : DetailKeys) {
        const QString name = QString::fromLatin1(key);
        if (plan.contains(name))
            details << name + QStringLiteral(": ") + valueText(plan.value(name));
    }
    node.detail = details.join(QStringLiteral("; "));
    // QJsonObject sorts its keys; EXPLAIN's own order is lost, so the properties
    // come alphabetically.
    for (auto it = plan.begin(); it != plan.end(); ++it) {
        if (it.key() != u"Plans")
            node.properties.append({it.key(), valueText(it.value())});
    }
    return node;
}

QString costText(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

QString QueryPlan::explainSql(db::Dialect dialect, const QString &sql)
{
    return dialect == db::Dialect::Sqlite ? QStringLiteral("EXPLAIN QUERY PLAN ") + sql
                                          : QStringLiteral("EXPLAIN (FORMAT JSON) ") + sql;
}

int QueryPlan::add(PlanNode node, int parent)
{
    const int index = int(m_nodes.size());
    node.parent = parent;
    if (parent < 0) {
        node.row = int(m_roots.size());
        m_roots.append(index);
    } else {
        node.row = int(m_nodes[std::size_t(parent)].children.size());
        m_nodes[std::size_t(parent)].children.append(index);
    }
    m_nodes.push_back(std::move(node));
    return index;
}

Result<QueryPlan> QueryPlan::fromPostgresJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{QStringLiteral("the plan is not JSON: ") + error.errorString()};
    if (!document.isArray())
        return Error{QStringLiteral("the plan is not a JSON array")};
    QueryPlan plan;
    // Depth-first, parents before their children, as the model expects.
    std::vector<std::pair<QJsonObject, int>> pending;
    const QJsonArray statements = document.array();
    for (qsizetype i = statements.size() - 1; i >= 0; --i) {
        const QJsonObject statement = statements.at(i).toObject();
        if (!statement.value(u"Plan").isObject())
            return Error{QStringLiteral("the plan has no \"Plan\" object")};
        pending.emplace_back(statement.value(u"Plan").toObject(), -1);
    }
    while (!pending.empty()) {
        auto [object, parent] = std::move(pending.back());
        pending.pop_back();
        const int index = plan.add(postgresNode(object), parent);
        const QJsonArray children = object.value(u"Plans").toArray();
        for (qsizetype i = children.size() - 1; i >= 0; --i)
            pending.emplace_back(children.at(i).toObject(), index);
    }
    return plan;
}

QueryPlan QueryPlan::fromSqliteRows(const QList<QVariantList> &rows)
{
    QueryPlan plan;
    QHash<qint64, int> byId;
    for (const QVariantList &row : rows) {
        if (row.size() < 4)
            continue;
        PlanNode node;
        node.label = row.at(3).toString();
        node.properties = {{QStringLiteral("id"), row.at(0).toString()},
                           {QStringLiteral("parent"), row.at(1).toString()},
                           {QStringLiteral("detail"), node.label}};
        // Parent 0 is the top; a parent not seen yet (never in SQLite's output)
        // makes a root rather than losing the line.
        const int parent = byId.value(row.at(1).toLongLong(), -1);
        byId.insert(row.at(0).toLongLong(), plan.add(std::move(node), parent));
    }
    return plan;
}

QString QueryPlan::text() const
{
    QStringList lines;
    std::vector<std::pair<int, int>> pending; // node, depth
    for (auto it = m_roots.rbegin(); it != m_roots.rend(); ++it)
        pending.emplace_back(*it, 0);
    while (!pending.empty()) {
        const auto [index, depth] = pending.back();
        pending.pop_back();
        const PlanNode &node = m_nodes[std::size_t(index)];
        QString line = QString(depth * 2, QLatin1Char(' ')) + node.label;
        if (node.startupCost && node.totalCost)
            line += QStringLiteral("  (cost=%1..%2").arg(costText(*node.startupCost), costText(*node.totalCost))
                + (node.rows ? QStringLiteral(" rows=%1").arg(qint64(*node.rows)) : QString())
                + (node.width ? QStringLiteral(" width=%1").arg(qint64(*node.width)) : QString()) + QLatin1Char(')');
        if (!node.detail.isEmpty())
            line += QStringLiteral("  ") + node.detail;
        lines << line;
        for (auto it = node.children.rbegin(); it != node.children.rend(); ++it)
            pending.emplace_back(*it, depth + 1);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ectowb::runner
