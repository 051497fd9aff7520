#pragma once

#include "common/result.h"
#include "db/connectionsettings.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantList>

#include <optional>
#include <utility>
#include <vector>

namespace ectowb::runner {

// One step of a plan. PostgreSQL gives costs, row and width estimates and many
// properties; SQLite only the detail line of EXPLAIN QUERY PLAN (the label here).
struct PlanNode
{
    QString label;  // "Seq Scan on posts p0", "SEARCH p0 USING INTEGER PRIMARY KEY (rowid=?)"
    QString detail; // the node's conditions and keys: "Filter: (view_count > 100)"
    std::optional<double> startupCost;
    std::optional<double> totalCost;
    std::optional<double> rows;
    std::optional<double> width;
    // Every property of the node as the database named it, in its order.
    QList<std::pair<QString, QString>> properties;
    int parent = -1; // index into QueryPlan::nodes(), -1 for a root
    int row = 0;     // position among its parent's children
    QList<int> children;
};

// A statement's plan as a tree, parsed from what the database's EXPLAIN returns.
// Nodes live in one vector and point at each other by index, which is what a tree
// model needs for its internal ids.
class QueryPlan
{
public:
    // SQLite: EXPLAIN QUERY PLAN before the statement. PostgreSQL, for a statement
    // without parameters: EXPLAIN (FORMAT JSON) before it (the runner explains one
    // with parameters through a prepared statement, see StatementRunner).
    static QString explainSql(db::Dialect dialect, const QString &sql);
    // The one text value of EXPLAIN (FORMAT JSON).
    static Result<QueryPlan> fromPostgresJson(const QByteArray &json);
    // The rows of EXPLAIN QUERY PLAN: id, parent, notused, detail.
    static QueryPlan fromSqliteRows(const QList<QVariantList> &rows);

    const std::vector<PlanNode> &nodes() const { return m_nodes; }
    const QList<int> &roots() const { return m_roots; }
    bool isEmpty() const { return m_nodes.empty(); }
    // The tree as indented lines, "label  (cost=a..b rows=n width=w)  detail".
    QString text() const;

private:
    int add(PlanNode node, int parent);

    std::vector<PlanNode> m_nodes;
    QList<int> m_roots;
};

} // namespace ectowb::runner

Q_DECLARE_METATYPE(ectowb::runner::QueryPlan)
