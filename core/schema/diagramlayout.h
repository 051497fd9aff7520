#pragma once

#include "schema.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace ectowb::schema {

// Places the boxes of a schema diagram: layered by edge direction (an edge goes from
// the box drawn above to the one below, e.g. the belongs_to target above its owner),
// boxes ordered inside a layer by the barycentre of their neighbours so edges cross
// less, wide layers wrapped into several rows. Deterministic (no randomness), and no
// two boxes overlap by construction. QtCore only, so it runs headless in tests.
class DiagramLayout
{
public:
    struct Edge
    {
        int upper = 0;
        int lower = 0;
    };
    struct Options
    {
        qreal horizontalGap = 40;
        qreal verticalGap = 60;
        int maxPerRow = 8; // wider layers wrap so that the picture stays readable
        int sweeps = 4;    // barycentre passes (down then up)
    };

    // Top-left corners, one per size, in the same order.
    static QList<QPointF> layout(const QList<QSizeF> &sizes, const QList<Edge> &edges, const Options &options);
    static QList<QPointF> layout(const QList<QSizeF> &sizes, const QList<Edge> &edges)
    {
        return layout(sizes, edges, Options());
    }
    // One edge per association whose target is among `schemas` (by index): the
    // belongs_to target above its owner, the owner of has_*/many_to_many above the target.
    static QList<Edge> associationEdges(const QList<Schema> &schemas);
    // Indices of the `count` schemas with the most associations (either end), in
    // their original order: what a diagram of a big project starts with.
    static QList<int> mostConnected(const QList<Schema> &schemas, int count);
    // Whether any two of the rectangles intersect (for tests and the benchmark).
    static bool overlaps(const QList<QRectF> &boxes);

private:
    static QList<int> layers(int count, const QList<Edge> &edges);
    static QList<QList<int>> orderLayers(const QList<int> &layerOf, const QList<Edge> &edges, int sweeps);
    static QList<QPointF> place(const QList<QList<int>> &rows, const QList<QSizeF> &sizes, const Options &options);
};

} // namespace ectowb::schema
