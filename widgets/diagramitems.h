#pragma once

#include "schema/schema.h"

#include <QFont>
#include <QGraphicsItem>
#include <QGraphicsPathItem>

namespace ectowb::widgets {

class DiagramEdgeItem;

// One schema as a box: the module on a title bar, then its fields (primary key
// bold and underlined). Movable; the edges attached to it follow.
class SchemaBoxItem : public QGraphicsItem
{
public:
    explicit SchemaBoxItem(const schema::Schema &schema, const QFont &font);

    QString module() const { return m_module; }
    qreal fontPointSize() const { return m_font.pointSizeF(); }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void addEdge(DiagramEdgeItem *edge) { m_edges.append(edge); }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QString m_module;
    bool m_embedded;
    QStringList m_lines;
    QList<bool> m_primary;
    QFont m_font;
    QFont m_titleFont;
    QSizeF m_size;
    QList<DiagramEdgeItem *> m_edges;
};

// An association from one box to another, labelled "name (1)", "name (*)" or
// "name (through)". Parallel edges between the same boxes bend apart.
class DiagramEdgeItem : public QGraphicsPathItem
{
public:
    DiagramEdgeItem(SchemaBoxItem *from, SchemaBoxItem *to, const QString &label, int parallelIndex);

    void updatePath();
    QString label() const { return m_label; }
    // The label is set beside the line, in this font, so it never hides the line.
    void setLabelFont(const QFont &font);
    QRectF labelRect() const;
    QPointF labelAnchor() const { return m_anchor; } // where on the line the label belongs
    // The edges of the selected box stand out; the rest step back.
    void setEmphasis(int emphasis); // 1 highlighted, 0 normal, -1 dimmed
    int emphasis() const { return m_emphasis; }
    bool touches(const SchemaBoxItem *box) const { return m_from == box || m_to == box; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    static QPainterPath curve(const QRectF &a, const QRectF &b, qreal bend);
    static void addArrowHead(QPainterPath &path);
    QPainterPath routeAround(const QRectF &a, const QRectF &b) const;
    void placeLabel(const QPainterPath &path);

    static constexpr int SampleCount = 32;

    SchemaBoxItem *m_from;
    SchemaBoxItem *m_to;
    QString m_label;
    int m_parallelIndex;
    QPointF m_labelPos;
    QPointF m_anchor;
    QFont m_labelFont;
    QList<QPointF> m_samples; // points along the line, which other labels keep clear of
    int m_emphasis = 0;
};

} // namespace ectowb::widgets
