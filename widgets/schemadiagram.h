#pragma once

#include "schema/schema.h"

#include <QGraphicsView>
#include <QSet>
#include <QWidget>

class QGraphicsScene;
class QAction;
class QLabel;
class QLineEdit;
class QStringListModel;
class QToolBar;

namespace ectowb::widgets {

class SchemaBoxItem;
class DiagramEdgeItem;

// The schemas as boxes and their associations as labelled arrows, laid out by
// schema::DiagramLayout. Boxes can be dragged; Ctrl+wheel, Ctrl++/Ctrl+- zoom; the
// picture exports to PNG and SVG. Big projects show their most connected schemas.
class SchemaDiagram : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxBoxes = 60;

    explicit SchemaDiagram(QWidget *parent = nullptr);

    void setSchemas(const QList<schema::Schema> &schemas);
    int boxCount() const { ensureBuilt(); return int(m_boxes.size()); }
    int edgeCount() const { ensureBuilt(); return int(m_edges.size()); }
    QList<QRectF> boxRects() const;
    QStringList edgeLabels() const;
    SchemaBoxItem *box(const QString &module) const;
    const QList<DiagramEdgeItem *> &edges() const { ensureBuilt(); return m_edges; }
    QGraphicsView *view() const { return m_view; }
    qreal zoomFactor() const;
    qreal boxFontPointSize() const; // the text size of the boxes, 0 without boxes

    bool exportPng(const QString &file) const;
    bool exportSvg(const QString &file) const;

    void zoomIn();
    void zoomOut();
    void fitToView();
    // Which schemas have a box: by default the most connected MaxBoxes; any set of them.
    QStringList shownModules() const;
    void setShownModules(const QStringList &modules);
    bool findSchema(const QString &text);
    QLineEdit *searchEdit() const { return m_search; }

Q_SIGNALS:
    void schemaActivated(const QString &module);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void build();
    // The scene is laid out when first seen (or asked about): a project's load never
    // waits for a diagram nobody looks at.
    void ensureBuilt() const;
    void pickSchemas();
    void chooseExportFile();
    QRectF exportRect() const;
    static QString edgeLabel(const schema::Association &association);

    QGraphicsScene *m_scene;
    QGraphicsView *m_view;
    QLabel *m_note;
    QLineEdit *m_search;
    QStringListModel *m_searchModel;
    QAction *m_pick = nullptr;
    QSet<QString> m_shown; // empty: the most connected
    QList<schema::Schema> m_schemas;
    QList<SchemaBoxItem *> m_boxes;
    QList<DiagramEdgeItem *> m_edges;
    // Until the person zooms, the diagram keeps fitting the view as it is resized
    // (it is laid out before the dock has its real size).
    bool m_autoFit = true;
    bool m_dirty = false;
};

// Ctrl+wheel zooms instead of scrolling.
class DiagramView : public QGraphicsView
{
    Q_OBJECT
public:
    using QGraphicsView::QGraphicsView;

Q_SIGNALS:
    void zoomRequested(int steps);
    void resized();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace ectowb::widgets
