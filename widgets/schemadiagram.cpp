#include "schemadiagram.h"

#include "diagramitems.h"
#include "schema/diagramlayout.h"

#include <QAction>
#include <QFileDialog>
#include <QGraphicsScene>
#include <QHash>
#include <QLabel>
#include <QPainter>
#include <QResizeEvent>
#include <QSvgGenerator>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace ectowb::widgets {

using schema::Association;
using schema::DiagramLayout;
using schema::Schema;

namespace {

constexpr qreal ZoomStep = 1.2;
constexpr qreal ExportMargin = 20;

} // namespace

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        Q_EMIT zoomRequested(event->angleDelta().y() > 0 ? 1 : -1);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    Q_EMIT resized();
}

SchemaDiagram::SchemaDiagram(QWidget *parent)
    : QWidget(parent)
    , m_scene(new QGraphicsScene(this))
    , m_view(new DiagramView(m_scene, this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("schemaDiagram"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setDragMode(QGraphicsView::RubberBandDrag);
    m_view->setBackgroundBrush(QColor(0xf7, 0xf8, 0xfa));
    auto *toolBar = new QToolBar(this);
    QAction *in = toolBar->addAction(tr("Zoom In"), this, &SchemaDiagram::zoomIn);
    in->setShortcut(QKeySequence::ZoomIn);
    QAction *out = toolBar->addAction(tr("Zoom Out"), this, &SchemaDiagram::zoomOut);
    out->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = toolBar->addAction(tr("Fit"), this, &SchemaDiagram::fitToView);
    fit->setShortcut(Qt::CTRL | Qt::Key_0);
    toolBar->addSeparator();
    toolBar->addAction(tr("Export\u2026"), this, &SchemaDiagram::chooseExportFile);
    // Added to the diagram itself too: a toolbar action's shortcut would otherwise
    // only fire while the toolbar has focus.
    for (QAction *action : {in, out, fit}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    toolBar->addWidget(m_note);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view);
    connect(static_cast<DiagramView *>(m_view), &DiagramView::zoomRequested, this,
            [this](int steps) { steps > 0 ? zoomIn() : zoomOut(); });
    connect(static_cast<DiagramView *>(m_view), &DiagramView::resized, this, [this] {
        if (m_autoFit)
            fitToView();
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const QList<QGraphicsItem *> selected = m_scene->selectedItems();
        if (selected.size() == 1) {
            if (const auto *box = dynamic_cast<const SchemaBoxItem *>(selected.first()))
                Q_EMIT schemaActivated(box->module());
        }
    });
}

QString SchemaDiagram::edgeLabel(const Association &association)
{
    if (association.kind == Association::Kind::HasThrough)
        return association.name % u" (through)";
    return association.name % (association.cardinalityMany() ? u" (*)" : u" (1)");
}

void SchemaDiagram::setSchemas(const QList<Schema> &schemas)
{
    m_scene->clear();
    m_boxes.clear();
    m_edges.clear();
    const QList<int> shown = DiagramLayout::mostConnected(schemas, MaxBoxes);
    QList<Schema> subset;
    for (int index : shown)
        subset.append(schemas.at(index));
    m_note->setText(subset.size() < schemas.size()
                        ? tr("  Showing the %1 most connected of %2 schemas.").arg(subset.size()).arg(schemas.size())
                        : QString());
    QHash<QString, SchemaBoxItem *> byModule;
    QList<QSizeF> sizes;
    for (const Schema &s : std::as_const(subset)) {
        auto *box = new SchemaBoxItem(s, font());
        m_scene->addItem(box);
        m_boxes.append(box);
        byModule.insert(s.module, box);
        sizes.append(box->boundingRect().size());
    }
    const QList<QPointF> positions = DiagramLayout::layout(sizes, DiagramLayout::associationEdges(subset));
    for (qsizetype i = 0; i < m_boxes.size(); ++i)
        m_boxes.at(i)->setPos(positions.at(i));
    QHash<QPair<SchemaBoxItem *, SchemaBoxItem *>, int> parallel;
    for (const Schema &s : std::as_const(subset)) {
        SchemaBoxItem *from = byModule.value(s.module);
        for (const Association &association : s.associations) {
            SchemaBoxItem *to = byModule.value(association.related);
            if (!to)
                continue;
            // Count edges between the same two boxes in either direction, so each bends its own way.
            const auto key = from < to ? qMakePair(from, to) : qMakePair(to, from);
            auto *edge = new DiagramEdgeItem(from, to, edgeLabel(association), parallel[key]++);
            m_scene->addItem(edge);
            edge->updatePath(); // again, now that it can see the boxes to route around
            m_edges.append(edge);
        }
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-40, -40, 40, 40));
    m_autoFit = true;
    fitToView();
}

QList<QRectF> SchemaDiagram::boxRects() const
{
    QList<QRectF> rects;
    for (const SchemaBoxItem *box : m_boxes)
        rects.append(box->sceneBoundingRect());
    return rects;
}

QStringList SchemaDiagram::edgeLabels() const
{
    QStringList labels;
    for (const DiagramEdgeItem *edge : m_edges)
        labels.append(edge->label());
    return labels;
}

SchemaBoxItem *SchemaDiagram::box(const QString &module) const
{
    for (SchemaBoxItem *box : m_boxes) {
        if (box->module() == module)
            return box;
    }
    return nullptr;
}

qreal SchemaDiagram::zoomFactor() const
{
    return m_view->transform().m11();
}

void SchemaDiagram::zoomIn()
{
    m_autoFit = false;
    if (zoomFactor() < 8)
        m_view->scale(ZoomStep, ZoomStep);
}

void SchemaDiagram::zoomOut()
{
    m_autoFit = false;
    if (zoomFactor() > 0.05)
        m_view->scale(1 / ZoomStep, 1 / ZoomStep);
}

void SchemaDiagram::fitToView()
{
    const QRectF items = m_scene->itemsBoundingRect();
    if (items.isEmpty())
        return;
    m_view->fitInView(items.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    // Never blow a small diagram up beyond its natural size.
    if (zoomFactor() > 1)
        m_view->setTransform(QTransform());
}

QRectF SchemaDiagram::exportRect() const
{
    const QRectF items = m_scene->itemsBoundingRect();
    if (items.isEmpty())
        return {}; // nothing to draw: refuse rather than write a blank picture
    return items.adjusted(-ExportMargin, -ExportMargin, ExportMargin, ExportMargin);
}

bool SchemaDiagram::exportPng(const QString &file) const
{
    const QRectF source = exportRect();
    if (source.isEmpty())
        return false;
    QImage image(source.size().toSize() * 2, QImage::Format_ARGB32);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return image.save(file, "PNG");
}

bool SchemaDiagram::exportSvg(const QString &file) const
{
    const QRectF source = exportRect();
    if (source.isEmpty())
        return false;
    QSvgGenerator generator;
    generator.setFileName(file);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(tr("Schema diagram"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    return painter.end();
}

void SchemaDiagram::chooseExportFile()
{
    QString selected;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the Diagram"), QString(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"), &selected);
    if (file.isEmpty())
        return;
    if (file.endsWith(u".svg", Qt::CaseInsensitive))
        exportSvg(file);
    else
        exportPng(file.endsWith(u".png", Qt::CaseInsensitive) ? file : file % u".png");
}

} // namespace ectowb::widgets
