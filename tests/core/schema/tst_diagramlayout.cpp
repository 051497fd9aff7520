#include "schema/diagramlayout.h"

#include <QTest>

using ectowb::schema::DiagramLayout;
using Edges = QList<DiagramLayout::Edge>;

Q_DECLARE_METATYPE(Edges)

namespace {

QList<QSizeF> sizes(int count)
{
    QList<QSizeF> result;
    for (int i = 0; i < count; ++i)
        result.append(QSizeF(120 + (i * 37) % 90, 60 + (i * 53) % 140)); // varied, like real boxes
    return result;
}

// A tree-ish graph with extra cross links, like belongs_to chains of a real project.
Edges generated(int count)
{
    Edges edges;
    for (int i = 1; i < count; ++i) {
        edges.append({(i * 7) % i, i});
        if (i % 3 == 0)
            edges.append({(i * 13) % i, i});
    }
    return edges;
}

QList<QRectF> rects(const QList<QPointF> &positions, const QList<QSizeF> &boxes)
{
    QList<QRectF> result;
    for (qsizetype i = 0; i < positions.size(); ++i)
        result.append(QRectF(positions.at(i), boxes.at(i)));
    return result;
}

} // namespace

class TestDiagramLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layout_data();
    void layout();
    void isDeterministic();
    void overlapsDetectsIntersection();
    void wideLayersWrap();
};

void TestDiagramLayout::layout_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<Edges>("edges");
    QTest::addColumn<bool>("acyclic");
    QTest::newRow("empty") << 0 << Edges{} << true;
    QTest::newRow("single") << 1 << Edges{} << true;
    QTest::newRow("chain") << 4 << Edges{{0, 1}, {1, 2}, {2, 3}} << true;
    QTest::newRow("diamond") << 4 << Edges{{0, 1}, {0, 2}, {1, 3}, {2, 3}} << true;
    QTest::newRow("unconnected") << 6 << Edges{} << true;
    QTest::newRow("cycle") << 3 << Edges{{0, 1}, {1, 2}, {2, 0}} << false;
    QTest::newRow("self reference") << 2 << Edges{{0, 0}, {0, 1}} << false;
    QTest::newRow("out of range ignored") << 2 << Edges{{0, 5}, {-1, 1}, {0, 1}} << false;
    QTest::newRow("50 generated") << 50 << generated(50) << true;
    QTest::newRow("300 generated") << 300 << generated(300) << true;
}

void TestDiagramLayout::layout()
{
    QFETCH(int, count);
    QFETCH(Edges, edges);
    QFETCH(bool, acyclic);
    const QList<QSizeF> boxes = sizes(count);
    const QList<QPointF> positions = DiagramLayout::layout(boxes, edges);
    QCOMPARE(positions.size(), count);
    QVERIFY(!DiagramLayout::overlaps(rects(positions, boxes)));
    for (const QPointF &p : positions)
        QVERIFY(p.x() >= 0 && p.y() >= 0);
    if (!acyclic)
        return;
    // In a graph without cycles every edge points downwards.
    for (const DiagramLayout::Edge &edge : edges)
        QVERIFY2(positions.at(edge.upper).y() < positions.at(edge.lower).y(),
                 qPrintable(QStringLiteral("%1 -> %2").arg(edge.upper).arg(edge.lower)));
}

void TestDiagramLayout::isDeterministic()
{
    const QList<QSizeF> boxes = sizes(80);
    const Edges edges = generated(80);
    QCOMPARE(DiagramLayout::layout(boxes, edges), DiagramLayout::layout(boxes, edges));
}

void TestDiagramLayout::overlapsDetectsIntersection()
{
    QVERIFY(DiagramLayout::overlaps({QRectF(0, 0, 10, 10), QRectF(50, 50, 5, 5), QRectF(9, 9, 10, 10)}));
    QVERIFY(!DiagramLayout::overlaps({QRectF(0, 0, 10, 10), QRectF(10, 0, 10, 10), QRectF(0, 10, 10, 10)}));
}

void TestDiagramLayout::wideLayersWrap()
{
    DiagramLayout::Options options;
    options.maxPerRow = 5;
    const QList<QSizeF> boxes = sizes(12); // no edges: one layer of 12
    const QList<QPointF> positions = DiagramLayout::layout(boxes, {}, options);
    QList<qreal> rows;
    for (const QPointF &p : positions) {
        if (!rows.contains(p.y()))
            rows.append(p.y());
    }
    QCOMPARE(rows.size(), 3);
    QVERIFY(!DiagramLayout::overlaps(rects(positions, boxes)));
}

QTEST_GUILESS_MAIN(TestDiagramLayout)
#include "tst_diagramlayout.moc"
