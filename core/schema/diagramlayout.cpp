#include "diagramlayout.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace ectowb::schema {

namespace {

// Edges that close a cycle (self references such as a comment replying to a comment,
// or two schemas pointing at each other) are dropped before layering: found by an
// iterative depth-first search in index order, so the result is deterministic.
QList<QList<int>> acyclicSuccessors(int count, const QList<DiagramLayout::Edge> &edges)
{
    QList<QList<int>> successors(count);
    for (const DiagramLayout::Edge &edge : edges) {
        if (edge.upper >= 0 && edge.upper < count && edge.lower >= 0 && edge.lower < count && edge.upper != edge.lower)
            successors[edge.upper].append(edge.lower);
    }
    enum State : quint8 { Unvisited, OnStack, Done };
    QList<State> state(count, Unvisited);
    QList<QList<int>> kept(count);
    for (int root = 0; root < count; ++root) {
        if (state.at(root) != Unvisited)
            continue;
        QList<QPair<int, int>> stack{{root, 0}};
        state[root] = OnStack;
        while (!stack.isEmpty()) {
            auto &[node, next] = stack.last();
            if (next >= successors.at(node).size()) {
                state[node] = Done;
                stack.removeLast();
                continue;
            }
            const int target = successors.at(node).at(next++);
            if (state.at(target) == OnStack)
                continue; // back edge: would make a cycle
            kept[node].append(target);
            if (state.at(target) == Unvisited) {
                state[target] = OnStack;
                stack.append({target, 0});
            }
        }
    }
    return kept;
}

} // namespace

QList<int> DiagramLayout::layers(int count, const QList<Edge> &edges)
{
    const QList<QList<int>> successors = acyclicSuccessors(count, edges);
    QList<int> indegree(count, 0);
    for (const QList<int> &targets : successors) {
        for (int target : targets)
            ++indegree[target];
    }
    // Longest path from a source: a box sits one layer below its lowest upper neighbour.
    QList<int> layerOf(count, 0);
    QList<int> ready;
    for (int i = 0; i < count; ++i) {
        if (indegree.at(i) == 0)
            ready.append(i);
    }
    for (qsizetype head = 0; head < ready.size(); ++head) {
        const int node = ready.at(head);
        for (int target : successors.at(node)) {
            layerOf[target] = std::max(layerOf.at(target), layerOf.at(node) + 1);
            if (--indegree[target] == 0)
                ready.append(target);
        }
    }
    return layerOf;
}

QList<QList<int>> DiagramLayout::orderLayers(const QList<int> &layerOf, const QList<Edge> &edges, int sweeps)
{
    const int layerCount = layerOf.isEmpty() ? 0 : *std::max_element(layerOf.cbegin(), layerOf.cend()) + 1;
    QList<QList<int>> result(layerCount);
    for (int i = 0; i < layerOf.size(); ++i)
        result[layerOf.at(i)].append(i);
    QList<QList<int>> neighbours(layerOf.size());
    for (const Edge &edge : edges) {
        if (edge.upper < 0 || edge.upper >= layerOf.size() || edge.lower < 0 || edge.lower >= layerOf.size())
            continue;
        neighbours[edge.upper].append(edge.lower);
        neighbours[edge.lower].append(edge.upper);
    }
    QList<qreal> position(layerOf.size(), 0);
    const auto number = [&](const QList<int> &layer) {
        for (int i = 0; i < layer.size(); ++i)
            position[layer.at(i)] = i;
    };
    for (const QList<int> &layer : std::as_const(result))
        number(layer);
    // Barycentre heuristic: alternately order each layer by the mean position of its
    // neighbours in the layer above (downward pass) or below (upward pass).
    for (int sweep = 0; sweep < sweeps; ++sweep) {
        const bool down = sweep % 2 == 0;
        for (int step = 1; step < layerCount; ++step) {
            const int l = down ? step : layerCount - 1 - step;
            const int reference = down ? l - 1 : l + 1;
            QList<int> &layer = result[l];
            QList<qreal> key(layerOf.size(), 0);
            for (int node : std::as_const(layer)) {
                qreal sum = 0;
                int n = 0;
                for (int other : neighbours.at(node)) {
                    if (layerOf.at(other) == reference) {
                        sum += position.at(other);
                        ++n;
                    }
                }
                key[node] = n > 0 ? sum / n : position.at(node);
            }
            std::stable_sort(layer.begin(), layer.end(), [&](int a, int b) { return key.at(a) < key.at(b); });
            number(layer);
        }
    }
    return result;
}

QList<QPointF> DiagramLayout::place(const QList<QList<int>> &layers, const QList<QSizeF> &sizes, const Options &options)
{
    const int perRow = std::max(1, options.maxPerRow);
    QList<QList<int>> rows;
    for (const QList<int> &layer : layers) {
        for (qsizetype start = 0; start < layer.size(); start += perRow)
            rows.append(layer.mid(start, perRow));
    }
    QList<qreal> widths;
    qreal widest = 0;
    for (const QList<int> &row : std::as_const(rows)) {
        qreal width = 0;
        for (int node : row)
            width += sizes.at(node).width();
        width += options.horizontalGap * std::max<qsizetype>(0, row.size() - 1);
        widths.append(width);
        widest = std::max(widest, width);
    }
    QList<QPointF> positions(sizes.size());
    qreal y = 0;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        // Rows are centred on the widest one; that keeps edges between layers short.
        qreal x = (widest - widths.at(r)) / 2;
        qreal height = 0;
        for (int node : rows.at(r)) {
            positions[node] = QPointF(x, y);
            x += sizes.at(node).width() + options.horizontalGap;
            height = std::max(height, sizes.at(node).height());
        }
        y += height + options.verticalGap;
    }
    return positions;
}

QList<QPointF> DiagramLayout::layout(const QList<QSizeF> &sizes, const QList<Edge> &edges, const Options &options)
{
    const QList<int> layerOf = layers(int(sizes.size()), edges);
    return place(orderLayers(layerOf, edges, options.sweeps), sizes, options);
}

QList<DiagramLayout::Edge> DiagramLayout::associationEdges(const QList<Schema> &schemas)
{
    QHash<QString, int> indexOf;
    for (int i = 0; i < schemas.size(); ++i)
        indexOf.insert(schemas.at(i).module, i);
    QList<Edge> edges;
    for (int i = 0; i < schemas.size(); ++i) {
        for (const Association &association : schemas.at(i).associations) {
            const int target = indexOf.value(association.related, -1);
            if (target < 0)
                continue;
            if (association.kind == Association::Kind::BelongsTo)
                edges.append({target, i});
            else
                edges.append({i, target});
        }
    }
    return edges;
}

QList<int> DiagramLayout::mostConnected(const QList<Schema> &schemas, int count)
{
    QList<int> degree(schemas.size(), 0);
    for (const Edge &edge : associationEdges(schemas)) {
        ++degree[edge.upper];
        ++degree[edge.lower];
    }
    QList<int> order(schemas.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return degree.at(a) > degree.at(b); });
    order.resize(std::min<qsizetype>(std::max(count, 0), order.size()));
    std::sort(order.begin(), order.end());
    return order;
}

bool DiagramLayout::overlaps(const QList<QRectF> &boxes)
{
    // Sweep along x so that 2,000 boxes do not need four million comparisons.
    QList<int> order(boxes.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return boxes.at(a).left() < boxes.at(b).left(); });
    for (qsizetype i = 0; i < order.size(); ++i) {
        const QRectF &box = boxes.at(order.at(i));
        for (qsizetype j = i + 1; j < order.size(); ++j) {
            const QRectF &other = boxes.at(order.at(j));
            if (other.left() >= box.right())
                break;
            if (box.intersects(other))
                return true;
        }
    }
    return false;
}

} // namespace ectowb::schema
