// Times what opening a big project costs the schema views:
//   bench_project [--schemas N] [--migrations N] [--rounds N] [--keep DIR]
// Generates a Phoenix-style project (default 2,000 schemas, 2,000 migrations) into a
// temporary folder, checks what loads, then times ProjectLoader::load (target < 0.5 s),
// the diagram layout of the 50 most connected schemas (target < 1 s), and the schema
// browser offscreen: model reset and a scroll through the whole expanded tree.
#include "elixirprojectgenerator.h"
#include "project/projectloader.h"
#include "schema/diagramlayout.h"
#include "schemabrowser.h"
#include "schemadiagram.h"

#include "benchtools.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>

using namespace ectowb;

namespace {

// Best of `rounds`, in milliseconds.
template<typename Work>
double best(int rounds, Work work)
{
    return bench::bestOf(rounds, work) * 1e3;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int schemaCount = bench::option(args, QStringLiteral("--schemas"), QStringLiteral("2000")).toInt();
    const int migrationCount = bench::option(args, QStringLiteral("--migrations"), QStringLiteral("2000")).toInt();
    const int rounds = std::max(1, bench::option(args, QStringLiteral("--rounds"), QStringLiteral("3")).toInt());
    QTextStream out(stdout);
    QTemporaryDir temp;
    const QString root = bench::option(args, QStringLiteral("--keep"), temp.path());
    if (!bench::writeFiles(root, bench::ElixirProjectGenerator().generate(schemaCount, migrationCount))) {
        out << "cannot write the project to " << root << '\n';
        return 1;
    }

    // Check first: a fast loader that drops schemas would be no result at all.
    project::Project project = project::ProjectLoader::load(root);
    if (project.schemas.size() != schemaCount || project.migrations.size() != migrationCount) {
        out << "loaded " << project.schemas.size() << " schemas and " << project.migrations.size()
            << " migrations, expected " << schemaCount << " and " << migrationCount << '\n';
        return 1;
    }
    const double loadMs = best(rounds, [&] { project = project::ProjectLoader::load(root); });

    const QList<int> top = schema::DiagramLayout::mostConnected(project.schemas, 50);
    QList<schema::Schema> subset;
    for (int index : top)
        subset.append(project.schemas.at(index));
    QList<QSizeF> sizes;
    for (const schema::Schema &s : std::as_const(subset))
        sizes.append(QSizeF(160 + 6 * s.module.size(), 40 + 16 * s.fields.size()));
    const QList<schema::DiagramLayout::Edge> edges = schema::DiagramLayout::associationEdges(subset);
    QList<QPointF> positions;
    const double layoutMs = best(rounds, [&] { positions = schema::DiagramLayout::layout(sizes, edges); });
    QList<QRectF> boxes;
    for (qsizetype i = 0; i < positions.size(); ++i)
        boxes.append(QRectF(positions.at(i), sizes.at(i)));
    if (subset.size() != 50 || schema::DiagramLayout::overlaps(boxes)) {
        out << "layout of " << subset.size() << " boxes overlaps or is short\n";
        return 1;
    }
    widgets::SchemaDiagram diagram;
    const double diagramMs = best(1, [&] { diagram.setSchemas(project.schemas); });

    widgets::SchemaBrowser browser;
    browser.resize(900, 700);
    browser.show();
    const double resetMs = best(rounds, [&] {
        browser.setSchemas(project.schemas);
        QCoreApplication::processEvents();
    });
    const double expandMs = best(1, [&] {
        browser.tree()->expandAll();
        QCoreApplication::processEvents();
    });
    // A stall is one slow frame: time every page of the scroll, report the worst.
    int pages = 0;
    double worstPageMs = 0;
    double totalPageMs = 0;
    QScrollBar *bar = browser.tree()->verticalScrollBar();
    for (int value = 0; value <= bar->maximum(); value += std::max(1, bar->pageStep())) {
        const double pageMs = best(1, [&] {
            bar->setValue(value);
            browser.tree()->viewport()->repaint();
        });
        worstPageMs = std::max(worstPageMs, pageMs);
        totalPageMs += pageMs;
        ++pages;
    }

    out << "project: " << project.schemas.size() << " schemas, " << project.migrations.size() << " migrations, "
        << project.sourceFiles.size() << " files\n";
    out << QStringLiteral("load:            %1 ms (target < 500)\n").arg(loadMs, 0, 'f', 1);
    out << QStringLiteral("layout of 50:    %1 ms (target < 1000), %2 edges\n").arg(layoutMs, 0, 'f', 2).arg(edges.size());
    out << QStringLiteral("diagram scene:   %1 ms (%2 boxes, %3 edges)\n").arg(diagramMs, 0, 'f', 1).arg(diagram.boxCount()).arg(diagram.edgeCount());
    out << QStringLiteral("browser reset:   %1 ms\n").arg(resetMs, 0, 'f', 1);
    out << QStringLiteral("expand all:      %1 ms\n").arg(expandMs, 0, 'f', 1);
    out << QStringLiteral("scroll:          %1 pages, %2 ms per page, worst %3 ms (a frame is 16 ms)\n")
               .arg(pages).arg(totalPageMs / std::max(1, pages), 0, 'f', 2).arg(worstPageMs, 0, 'f', 2);
    return loadMs < 500 && layoutMs < 1000 ? 0 : 2;
}
