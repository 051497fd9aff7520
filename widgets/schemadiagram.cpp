#include "schemadiagram.h"

#include "diagramitems.h"
#include "schema/diagramlayout.h"

#include <QAction>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QStringListModel>
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
    , m_search(new QLineEdit(this))
    , m_searchModel(new QStringListModel(this))
{
    setObjectName(QStringLiteral("schemaDiagram"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setDragMode(QGraphicsView::RubberBandDrag);
    m_view->setBackgroundBrush(QColor(0xf7, 0xf8, 0xfa));
    auto *toolBar = new QToolBar(this);
    // No keys of their own: Ctrl++, Ctrl+- and Ctrl+0 belong to the window's zoom of the
    // whole UI (two owners of one key make Qt drop it as ambiguous). Ctrl+wheel scales.
    toolBar->addAction(tr("Zoom In"), this, &SchemaDiagram::zoomIn);
    toolBar->addAction(tr("Zoom Out"), this, &SchemaDiagram::zoomOut);
    toolBar->addAction(tr("Fit"), this, &SchemaDiagram::fitToView);
    toolBar->addSeparator();
    toolBar->addAction(tr("Export\u2026"), this, &SchemaDiagram::chooseExportFile);
    toolBar->addSeparator();
    // Every schema can be reached, not only those the diagram picked to show.
    m_search->setPlaceholderText(tr("Find a schema"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(220);
    m_search->setCompleter(new QCompleter(m_searchModel, m_search));
    m_search->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_search->completer()->setFilterMode(Qt::MatchContains);
    toolBar->addWidget(m_search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findSchema(m_search->text()); });
    connect(m_search->completer(), qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &module) { findSchema(module); });
    m_pick = toolBar->addAction(tr("Schemas\u2026"), this, &SchemaDiagram::pickSchemas);
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
        QList<const SchemaBoxItem *> boxes;
        for (QGraphicsItem *item : selected) {
            if (const auto *box = dynamic_cast<const SchemaBoxItem *>(item))
                boxes.append(box);
        }
        // The selected box's associations stand out; the others step back.
        for (DiagramEdgeItem *edge : std::as_const(m_edges)) {
            const bool touches = std::any_of(boxes.cbegin(), boxes.cend(), [edge](const SchemaBoxItem *b) { return edge->touches(b); });
            edge->setEmphasis(boxes.isEmpty() ? 0 : (touches ? 1 : -1));
        }
        if (boxes.size() == 1 && selected.size() == 1)
            Q_EMIT schemaActivated(boxes.first()->module());
    });
}

QString SchemaDiagram::edgeLabel(const Association &association)
{
    if (association.kind == Association::Kind::HasThrough)
        return association.name % u" (through)";
    return association.name % (association.cardinalityMany() ? u" (*)" : u" (1)");
}

// The boxes are drawn in the widget's font: when the UI zooms, they are built again
// in the new size and keep the view's scale, so their text grows like every pane's.
void SchemaDiagram::ensureBuilt() const
{
    if (m_dirty)
        const_cast<SchemaDiagram *>(this)->build();
}

void SchemaDiagram::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureBuilt();
}

void SchemaDiagram::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && !m_schemas.isEmpty() && !isVisible()) {
        m_dirty = true; // built again in the new size when shown
    } else if (event->type() == QEvent::FontChange && !m_schemas.isEmpty()) {
        const QTransform transform = m_view->transform();
        const bool autoFit = m_autoFit;
        build();
        if (!autoFit) {
            m_autoFit = false;
            m_view->setTransform(transform);
        }
    }
}

qreal SchemaDiagram::boxFontPointSize() const
{
    ensureBuilt();
    return m_boxes.isEmpty() ? 0 : m_boxes.first()->fontPointSize();
}

void SchemaDiagram::setSchemas(const QList<Schema> &schemas)
{
    m_schemas = schemas;
    m_shown.clear();
    QStringList modules;
    for (const Schema &s : schemas)
        modules << s.module;
    m_searchModel->setStringList(modules);
    m_dirty = true;
    if (isVisible())
        build();
}

QStringList SchemaDiagram::shownModules() const
{
    ensureBuilt();
    QStringList modules;
    for (const SchemaBoxItem *box : m_boxes)
        modules << box->module();
    return modules;
}

void SchemaDiagram::setShownModules(const QStringList &modules)
{
    m_shown = QSet<QString>(modules.cbegin(), modules.cend());
    m_dirty = true;
    if (isVisible())
        build();
}

// Selects and centres the schema whose module is or ends with `text`; one the diagram
// did not show joins it first.
bool SchemaDiagram::findSchema(const QString &text)
{
    const QString wanted = text.trimmed();
    QString module;
    for (const Schema &s : std::as_const(m_schemas)) {
        if (s.module.compare(wanted, Qt::CaseInsensitive) == 0) {
            module = s.module;
            break;
        }
        if (module.isEmpty() && s.module.endsWith(u'.' + wanted, Qt::CaseInsensitive))
            module = s.module;
    }
    if (module.isEmpty())
        return false;
    if (!box(module)) {
        QStringList shown = shownModules();
        shown << module;
        setShownModules(shown);
    }
    SchemaBoxItem *found = box(module);
    if (!found)
        return false;
    m_scene->clearSelection();
    found->setSelected(true);
    m_view->centerOn(found);
    return true;
}

void SchemaDiagram::pickSchemas()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Schemas in the Diagram"));
    auto *filter = new QLineEdit(&dialog);
    filter->setPlaceholderText(tr("Filter"));
    filter->setClearButtonEnabled(true);
    auto *list = new QListWidget(&dialog);
    const QStringList shown = shownModules();
    for (const Schema &s : std::as_const(m_schemas)) {
        auto *item = new QListWidgetItem(s.module, list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(shown.contains(s.module) ? Qt::Checked : Qt::Unchecked);
    }
    connect(filter, &QLineEdit::textChanged, list, [list](const QString &text) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setHidden(!list->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(filter);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog.resize(420, 520);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList chosen;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            chosen << list->item(i)->text();
    }
    if (!chosen.isEmpty())
        setShownModules(chosen);
}

void SchemaDiagram::build()
{
    m_dirty = false;
    const QList<Schema> &schemas = m_schemas;
    m_scene->clear();
    m_boxes.clear();
    m_edges.clear();
    QList<Schema> subset;
    if (m_shown.isEmpty()) {
        for (int index : DiagramLayout::mostConnected(schemas, MaxBoxes))
            subset.append(schemas.at(index));
    } else {
        for (const Schema &s : schemas) {
            if (m_shown.contains(s.module))
                subset.append(s);
        }
    }
    m_note->setText(subset.size() < schemas.size()
                        ? (m_shown.isEmpty() ? tr("  Showing the %1 most connected of %2 schemas.")
                                             : tr("  Showing %1 of %2 schemas."))
                              .arg(subset.size()).arg(schemas.size())
                        : QString());
    m_pick->setVisible(schemas.size() > 1);
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
            edge->setLabelFont(font()); // routes again, now that it can see the boxes to go around
            m_edges.append(edge);
        }
    }
    // Once every line exists, each label is placed again, now clear of all of them.
    for (DiagramEdgeItem *edge : std::as_const(m_edges))
        edge->updatePath();
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-40, -40, 40, 40));
    m_autoFit = true;
    fitToView();
}

QList<QRectF> SchemaDiagram::boxRects() const
{
    ensureBuilt();
    QList<QRectF> rects;
    for (const SchemaBoxItem *box : m_boxes)
        rects.append(box->sceneBoundingRect());
    return rects;
}

QStringList SchemaDiagram::edgeLabels() const
{
    ensureBuilt();
    QStringList labels;
    for (const DiagramEdgeItem *edge : m_edges)
        labels.append(edge->label());
    return labels;
}

SchemaBoxItem *SchemaDiagram::box(const QString &module) const
{
    ensureBuilt();
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
    ensureBuilt();
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
