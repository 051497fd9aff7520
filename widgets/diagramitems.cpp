#include "diagramitems.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>
#include <QtMath>

namespace ectowb::widgets {

namespace {

constexpr qreal Padding = 6;
constexpr qreal MaxLines = 14; // long schemas are cut, the tree lists them all

// Where the line from the box centre towards `towards` leaves the box.
QPointF borderPoint(const QRectF &box, QPointF towards)
{
    const QPointF c = box.center();
    const QPointF d = towards - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : (box.width() / 2) / qAbs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : (box.height() / 2) / qAbs(d.y());
    return c + d * std::min(sx, sy);
}

} // namespace

SchemaBoxItem::SchemaBoxItem(const schema::Schema &schema, const QFont &font)
    : m_module(schema.module)
    , m_embedded(schema.embedded)
    , m_font(font)
    , m_titleFont(font)
{
    m_titleFont.setBold(true);
    for (const schema::Field &field : schema.fields) {
        if (m_lines.size() >= MaxLines) {
            m_lines << QStringLiteral("\u2026");
            m_primary << false;
            break;
        }
        m_lines << field.name % u"  " % field.type.toElixir();
        m_primary << (field.primaryKey || schema.primaryKey.contains(field.name));
    }
    const QFontMetricsF body(m_font);
    const QFontMetricsF title(m_titleFont);
    qreal width = title.horizontalAdvance(m_module);
    for (const QString &line : std::as_const(m_lines))
        width = std::max(width, title.horizontalAdvance(line)); // bold: primary keys
    m_size = QSizeF(width + 2 * Padding, title.height() + 2 * Padding + m_lines.size() * body.height() + Padding);
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setToolTip(schema.file);
    setZValue(1);
}

QRectF SchemaBoxItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size);
}

void SchemaBoxItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF box = boundingRect().adjusted(0.5, 0.5, -0.5, -0.5);
    const QFontMetricsF title(m_titleFont);
    const QFontMetricsF body(m_font);
    const qreal titleHeight = title.height() + 2 * Padding;
    painter->setPen(QPen(isSelected() ? QColor(0x1e, 0x63, 0xc7) : QColor(0x55, 0x55, 0x55), isSelected() ? 2 : 1));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(box, 4, 4);
    // Embedded schemas have no table: a paler title bar tells them apart.
    painter->setBrush(m_embedded ? QColor(0xe8, 0xee, 0xe0) : QColor(0xdc, 0xe6, 0xf5));
    painter->drawRoundedRect(QRectF(box.topLeft(), QSizeF(box.width(), titleHeight)), 4, 4);
    painter->setPen(Qt::black);
    painter->setFont(m_titleFont);
    painter->drawText(QPointF(Padding, Padding + title.ascent()), m_module);
    painter->setFont(m_font);
    qreal y = titleHeight + Padding / 2 + body.ascent();
    // Primary keys are bold and underlined, as in entity-relationship diagrams.
    QFont keyFont = m_titleFont;
    keyFont.setUnderline(true);
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        painter->setFont(m_primary.at(i) ? keyFont : m_font);
        painter->drawText(QPointF(Padding, y), m_lines.at(i));
        y += body.height();
    }
}

QVariant SchemaBoxItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (DiagramEdgeItem *edge : std::as_const(m_edges))
            edge->updatePath();
    }
    return QGraphicsItem::itemChange(change, value);
}

DiagramEdgeItem::DiagramEdgeItem(SchemaBoxItem *from, SchemaBoxItem *to, const QString &label, int parallelIndex)
    : m_from(from)
    , m_to(to)
    , m_label(label)
    , m_parallelIndex(parallelIndex)
{
    setPen(QPen(QColor(0x60, 0x70, 0x80), 1.2));
    setZValue(0);
    from->addEdge(this);
    if (to != from)
        to->addEdge(this);
    updatePath();
}

void DiagramEdgeItem::updatePath()
{
    prepareGeometryChange();
    const QRectF a = m_from->sceneBoundingRect();
    const QRectF b = m_to->sceneBoundingRect();
    QPainterPath path;
    if (m_from == m_to) {
        // A schema pointing at itself: a loop on its right side.
        const QPointF start(a.right(), a.top() + 20 + 12 * m_parallelIndex);
        path.moveTo(start);
        path.cubicTo(start + QPointF(50, -20), start + QPointF(50, 30), start + QPointF(0, 10));
        m_labelPos = start + QPointF(44 + labelRect().width() / 2, 0);
        m_anchor = start + QPointF(37, 0);
    } else {
        path = routeAround(a, b);
        placeLabel(path);
        addArrowHead(path);
    }
    setPath(path);
    m_samples.clear();
    for (int i = 0; i <= SampleCount; ++i)
        m_samples.append(path.pointAtPercent(qreal(i) / SampleCount));
}

// The label sits near the owning schema, so an association and its reverse
// (belongs_to and has_many) label opposite ends, and beside its line, not on it. Of
// the places along the line and on either side, the first that is clear of every box,
// every other label and every other line wins: a label on a box or a line reads as
// part of it.
void DiagramEdgeItem::placeLabel(const QPainterPath &path)
{
    QList<QRectF> boxes;
    QList<const DiagramEdgeItem *> others;
    if (const QGraphicsScene *s = scene()) {
        for (QGraphicsItem *item : s->items()) {
            if (auto *box = dynamic_cast<SchemaBoxItem *>(item))
                boxes.append(box->sceneBoundingRect().adjusted(-3, -3, 3, 3));
            else if (auto *edge = dynamic_cast<DiagramEdgeItem *>(item); edge && edge != this)
                others.append(edge);
        }
    }
    // How badly a place collides: a box worst, then another label, then each point of
    // another line it covers. Zero is clear.
    const auto collisions = [&](const QRectF &rect) {
        int cost = 0;
        for (const QRectF &box : std::as_const(boxes))
            cost += box.intersects(rect) ? 10000 : 0;
        for (const DiagramEdgeItem *edge : std::as_const(others)) {
            cost += edge->labelRect().intersects(rect) ? 100 : 0;
            for (const QPointF &p : edge->m_samples)
                cost += rect.contains(p) ? 1 : 0;
        }
        return cost;
    };
    const QSizeF size = labelRect().size();
    int best = -1;
    // Nearest the owning end first, then further along, then further out from the line;
    // the first clear place wins, else the least crowded one.
    for (const qreal extra : {0.0, 10.0, 22.0, 36.0}) {
        for (const qreal t : {0.3, 0.25, 0.35, 0.4, 0.2, 0.45, 0.5, 0.15, 0.55, 0.6, 0.1, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9}) {
            const QPointF anchor = path.pointAtPercent(t);
            const qreal angle = qDegreesToRadians(path.angleAtPercent(t));
            const QPointF normal(-std::sin(angle), -std::cos(angle));
            // Far enough along the normal that the label's box clears the line.
            const qreal clearance = std::abs(normal.x()) * size.width() / 2 + std::abs(normal.y()) * size.height() / 2 + 3 + extra;
            for (const qreal side : {1.0, -1.0}) {
                const QPointF centre = anchor + normal * clearance * side;
                const int cost = collisions(QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size).adjusted(-2, -2, 2, 2));
                if (best < 0 || cost < best) {
                    best = cost;
                    m_anchor = anchor;
                    m_labelPos = centre;
                }
                if (cost == 0)
                    return;
            }
        }
    }
}

QPainterPath DiagramEdgeItem::curve(const QRectF &a, const QRectF &b, qreal bend)
{
    const QPointF start = borderPoint(a, b.center());
    const QPointF end = borderPoint(b, a.center());
    const QPointF d = end - start;
    const qreal length = std::max<qreal>(1, qSqrt(d.x() * d.x() + d.y() * d.y()));
    const QPointF normal(-d.y() / length, d.x() / length);
    QPainterPath path(start);
    path.quadTo((start + end) / 2 + normal * bend, end);
    return path;
}

// A curve that avoids the other boxes where a modest bend can: a line hidden behind a
// box reads as if it ended there.
QPainterPath DiagramEdgeItem::routeAround(const QRectF &a, const QRectF &b) const
{
    // Alternate sides so that e.g. belongs_to and its has_many do not cover each other.
    const qreal side = m_parallelIndex % 2 == 0 ? 1 : -1;
    const qreal base = (m_parallelIndex + 1) / 2 * 28.0 * side;
    QList<QRectF> obstacles;
    if (const QGraphicsScene *s = scene()) {
        for (QGraphicsItem *item : s->items()) {
            auto *box = dynamic_cast<SchemaBoxItem *>(item);
            if (box && box != m_from && box != m_to)
                obstacles.append(box->sceneBoundingRect().adjusted(-4, -4, 4, 4));
        }
    }
    const auto blocked = [&obstacles](const QPainterPath &path) {
        for (int i = 1; i < 24; ++i) {
            const QPointF p = path.pointAtPercent(i / 24.0);
            for (const QRectF &r : obstacles) {
                if (r.contains(p))
                    return true;
            }
        }
        return false;
    };
    for (int step = 0; step <= 12; ++step) {
        for (qreal sign : {side, -side}) {
            const QPainterPath path = curve(a, b, base + sign * step * 60.0);
            if (!blocked(path))
                return path;
            if (step == 0)
                break;
        }
    }
    return curve(a, b, base);
}

void DiagramEdgeItem::addArrowHead(QPainterPath &path)
{
    const QPointF tip = path.currentPosition();
    const QPointF back = path.pointAtPercent(0.97);
    const QPointF dir = tip - back;
    const qreal len = std::max<qreal>(0.001, qSqrt(dir.x() * dir.x() + dir.y() * dir.y()));
    const QPointF u = dir / len;
    const QPointF n(-u.y(), u.x());
    path.moveTo(tip);
    path.lineTo(tip - u * 9 + n * 4);
    path.moveTo(tip);
    path.lineTo(tip - u * 9 - n * 4);
}

void DiagramEdgeItem::setLabelFont(const QFont &font)
{
    m_labelFont = font;
    updatePath();
}

QRectF DiagramEdgeItem::labelRect() const
{
    const QFontMetricsF metrics(m_labelFont);
    const QSizeF size(metrics.horizontalAdvance(m_label) + 6, metrics.height());
    return QRectF(m_labelPos - QPointF(size.width() / 2, size.height() / 2), size);
}

void DiagramEdgeItem::setEmphasis(int emphasis)
{
    m_emphasis = emphasis;
    QColor colour = emphasis > 0 ? QColor(0x00, 0x5f, 0xb8) : QColor(0x60, 0x70, 0x80);
    if (emphasis < 0)
        colour.setAlpha(70);
    setPen(QPen(colour, emphasis > 0 ? 2.6 : 1.2));
    setZValue(emphasis > 0 ? 1 : 0);
    update();
}

QRectF DiagramEdgeItem::boundingRect() const
{
    return QGraphicsPathItem::boundingRect().united(labelRect().adjusted(-2, -2, 2, 2));
}

void DiagramEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    QGraphicsPathItem::paint(painter, option, widget);
    const QRectF labelBox = labelRect();
    painter->setFont(m_labelFont);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, m_emphasis < 0 ? 120 : 220));
    painter->drawRect(labelBox);
    QColor text = m_emphasis > 0 ? QColor(0x00, 0x3d, 0x80) : QColor(0x30, 0x40, 0x50);
    if (m_emphasis < 0)
        text.setAlpha(110);
    painter->setPen(text);
    painter->drawText(labelBox, Qt::AlignCenter, m_label);
}

} // namespace ectowb::widgets
