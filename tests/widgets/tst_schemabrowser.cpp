#include "diagramitems.h"
#include "schemabrowser.h"
#include "schemadiagram.h"
#include "schemadock.h"
#include "models/mismatchmodel.h"
#include "models/schematreemodel.h"
#include "project/projectloader.h"
#include "workspace/workspace.h"
#include "schema/diagramlayout.h"
#include "../core/db/sampledatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QWheelEvent>
#include <QTest>
#include <QTreeView>

using namespace ectowb;
using widgets::SchemaBrowser;
using widgets::SchemaDiagram;
using widgets::DiagramEdgeItem;
using widgets::SchemaBoxItem;
using Kind = models::SchemaTreeModel::ItemKind;

namespace {

QString sampleDir()
{
    return QStringLiteral(ECTOWB_SOURCE_DIR "/resources/sample/blog");
}

QStringList topLevel(const QAbstractItemModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data().toString();
    return names;
}

// Schemas whose belongs_to point at earlier ones, like a real project of `count` tables.
QList<schema::Schema> generatedSchemas(int count)
{
    QList<schema::Schema> schemas;
    for (int i = 0; i < count; ++i) {
        schema::Schema s;
        s.module = QStringLiteral("Gen.S%1").arg(i, 3, 10, QLatin1Char('0'));
        s.source = QStringLiteral("s%1").arg(i);
        for (int f = 0; f < 2 + i % 6; ++f) {
            schema::Field field;
            field.name = QStringLiteral("field_%1").arg(f);
            field.type = schema::EctoType::primitive(QStringLiteral("string"));
            s.fields.append(field);
        }
        if (i > 0) {
            schema::Association parent;
            parent.name = QStringLiteral("parent");
            parent.related = QStringLiteral("Gen.S%1").arg((i * 7) % i, 3, 10, QLatin1Char('0'));
            s.associations.append(parent);
        }
        schemas.append(s);
    }
    return schemas;
}

} // namespace

class TestSchemaBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void edgeLabelsSitBesideTheirLines();
    void selectingABoxHighlightsItsAssociations();
    void everySchemaCanBeReached();
    void anEmptyFolderSaysWhy_data();
    void anEmptyFolderSaysWhy();
    void filter_data();
    void filter();
    void associationNavigatesWithHistory();
    void mismatchesAreListedAndMarked();
    void diagramOfSample();
    void diagramHasNoOverlaps_data();
    void diagramHasNoOverlaps();
    void draggingMovesEdges();
    void zoom();
    void exports();
    void dockLoadsAndReportsDatabase();
    void unreachableDatabaseIsReported();
    void chosenDatabaseIsCompared();

private:
    project::Project m_sample;
};

void TestSchemaBrowser::initTestCase()
{
    m_sample = project::ProjectLoader::load(sampleDir());
    QCOMPARE(m_sample.schemas.size(), 7);
}

void TestSchemaBrowser::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    // By module name, or through a field or association of that name.
    QTest::newRow("post") << QStringLiteral("post") << QStringList{QStringLiteral("Blog.Comment"), QStringLiteral("Blog.Post"),
                                                                   QStringLiteral("Blog.PostFilter"), QStringLiteral("Blog.Tag"),
                                                                   QStringLiteral("Blog.User")};
    QTest::newRow("upper case") << QStringLiteral("USER") << QStringList{QStringLiteral("Blog.Comment"), QStringLiteral("Blog.Profile"),
                                                                         QStringLiteral("Blog.User")};
    QTest::newRow("dotted module") << QStringLiteral("Blog.Post") << QStringList{QStringLiteral("Blog.Post"), QStringLiteral("Blog.PostFilter")};
    QTest::newRow("field") << QStringLiteral("view_count") << QStringList{QStringLiteral("Blog.Post")};
    QTest::newRow("field of two") << QStringLiteral("slug") << QStringList{QStringLiteral("Blog.Post"), QStringLiteral("Blog.Tag")};
    QTest::newRow("none") << "nothing" << QStringList{};
    QTest::newRow("empty") << QStringLiteral("") << QStringList{QStringLiteral("Blog.Comment"), QStringLiteral("Blog.Post"), QStringLiteral("Blog.PostFilter"), QStringLiteral("Blog.Profile"),
                                                QStringLiteral("Blog.Signup"), QStringLiteral("Blog.Tag"), QStringLiteral("Blog.User")};
}

void TestSchemaBrowser::filter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    SchemaBrowser browser;
    // The filter proxy is a model too: checked while it filters.
    QAbstractItemModelTester tester(browser.tree()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    browser.setSchemas(m_sample.schemas);
    browser.show();
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    QTest::keySequence(&browser, QKeySequence::Find);
    QTRY_VERIFY(browser.filterEdit()->hasFocus());
    QTest::keyClicks(browser.filterEdit(), text);
    QCOMPARE(topLevel(browser.tree()->model()), expected);
    // A schema keeps all its items when its name matches, only the matching ones otherwise.
    const QAbstractItemModel *model = browser.tree()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex schema = model->index(row, 0);
        const int items = model->rowCount(schema);
        QVERIFY(items > 0);
        if (!schema.data(models::SchemaTreeModel::ModuleRole).toString().contains(text, Qt::CaseInsensitive)) {
            for (int i = 0; i < items; ++i)
                QVERIFY(model->index(i, 0, schema).data(models::SchemaTreeModel::ItemNameRole).toString().contains(text, Qt::CaseInsensitive));
        }
    }
}

void TestSchemaBrowser::associationNavigatesWithHistory()
{
    SchemaBrowser browser;
    browser.setSchemas(m_sample.schemas);
    browser.show();
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    QSignalSpy changed(&browser, &SchemaBrowser::currentSchemaChanged);
    QVERIFY(browser.selectSchema(QStringLiteral("Blog.Post")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last().at(0).toString(), QStringLiteral("Blog.Post"));
    QVERIFY(changed.last().at(1).toString().endsWith(u"/lib/blog/post.ex"));
    QVERIFY(!browser.backAction()->isEnabled());
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(browser.tree()->model());
    QVERIFY(proxy);
    const QModelIndex author = proxy->mapFromSource(browser.model()->indexOfItem(QStringLiteral("Blog.Post"), Kind::Association, QStringLiteral("author")));
    QVERIFY(author.isValid());
    browser.tree()->setCurrentIndex(author);
    browser.tree()->setFocus();
    QTest::keyClick(browser.tree(), Qt::Key_Return);
    QCOMPARE(browser.currentModule(), QStringLiteral("Blog.User"));
    QVERIFY(changed.last().at(1).toString().endsWith(u"/lib/blog/user.ex"));
    QVERIFY(browser.backAction()->isEnabled());
    QTest::keyClick(browser.tree(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(browser.currentModule(), QStringLiteral("Blog.Post"));
    QVERIFY(browser.forwardAction()->isEnabled());
    browser.forwardAction()->trigger();
    QCOMPARE(browser.currentModule(), QStringLiteral("Blog.User"));
    QVERIFY(!browser.forwardAction()->isEnabled());
    // Going somewhere new drops the forward part.
    browser.goBack();
    QVERIFY(browser.selectSchema(QStringLiteral("Blog.Tag")));
    QVERIFY(!browser.forwardAction()->isEnabled());
    QVERIFY(!browser.selectSchema(QStringLiteral("Blog.Nope")));
}

void TestSchemaBrowser::mismatchesAreListedAndMarked()
{
    SchemaBrowser browser;
    browser.setSchemas(m_sample.schemas);
    schema::Mismatch m;
    m.kind = schema::Mismatch::Kind::FieldWithoutColumn;
    m.module = QStringLiteral("Blog.Post");
    m.table = QStringLiteral("posts");
    m.field = QStringLiteral("title");
    m.message = QStringLiteral("posts has no column title");
    browser.setMismatches({m}, QStringLiteral("sqlite:/tmp/x.db"));
    QCOMPARE(browser.mismatchView()->model()->rowCount(), 1);
    QVERIFY(browser.databaseStatus().contains(QStringLiteral("sqlite:/tmp/x.db")));
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(browser.tree()->model());
    const QModelIndex title = proxy->mapFromSource(browser.model()->indexOfItem(m.module, Kind::Field, m.field));
    const QModelIndex body = proxy->mapFromSource(browser.model()->indexOfItem(m.module, Kind::Field, QStringLiteral("body")));
    QVERIFY(title.data(Qt::ForegroundRole).isValid());
    QVERIFY(!title.data(Qt::DecorationRole).isNull());
    QVERIFY(!body.data(Qt::ForegroundRole).isValid());
    // No column is cut off, even after the text grows (the UI zoom).
    browser.resize(520, 600);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QFont bigger = browser.font();
    bigger.setPointSizeF(bigger.pointSizeF() + 6);
    browser.setFont(bigger);
    QTRY_VERIFY(browser.mismatchView()->font().pointSizeF() == bigger.pointSizeF());
    QTableView *view = browser.mismatchView();
    for (int column = 0; column < models::MismatchModel::MessageColumn; ++column)
        QTRY_VERIFY2(view->columnWidth(column) >= static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column), qPrintable(QString::number(column)));
    QVERIFY(view->wordWrap());
}

void TestSchemaBrowser::diagramOfSample()
{
    SchemaDiagram diagram;
    diagram.setSchemas(m_sample.schemas);
    QCOMPARE(diagram.boxCount(), 7);
    int associations = 0;
    for (const schema::Schema &s : std::as_const(m_sample.schemas))
        associations += int(s.associations.size());
    QCOMPARE(diagram.edgeCount(), associations);
    const QStringList labels = diagram.edgeLabels();
    QVERIFY(labels.contains(QStringLiteral("author (1)")));
    QVERIFY(labels.contains(QStringLiteral("comments (*)")));
    QVERIFY(labels.contains(QStringLiteral("tags (*)")));
    QVERIFY(!schema::DiagramLayout::overlaps(diagram.boxRects()));
    // belongs_to: the target is drawn above its owner.
    QVERIFY(diagram.box(QStringLiteral("Blog.User"))->y() < diagram.box(QStringLiteral("Blog.Profile"))->y());
}

void TestSchemaBrowser::diagramHasNoOverlaps_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("shop") << "shop";
    QTest::newRow("umbrella") << "umbrella";
    QTest::newRow("50 generated") << "generated";
}

void TestSchemaBrowser::diagramHasNoOverlaps()
{
    QFETCH(QString, source);
    const QList<schema::Schema> schemas = source == u"generated"
        ? generatedSchemas(50)
        : project::ProjectLoader::load(QStringLiteral(ECTOWB_TEST_DATA "/projects/") % source).schemas;
    QVERIFY(!schemas.isEmpty());
    SchemaDiagram diagram;
    diagram.setSchemas(schemas);
    QCOMPARE(diagram.boxCount(), std::min<int>(int(schemas.size()), SchemaDiagram::MaxBoxes));
    QVERIFY(!schema::DiagramLayout::overlaps(diagram.boxRects()));
}

void TestSchemaBrowser::draggingMovesEdges()
{
    SchemaDiagram diagram;
    diagram.setSchemas(m_sample.schemas);
    QGraphicsScene *scene = diagram.view()->scene();
    const QRectF before = scene->itemsBoundingRect();
    widgets::SchemaBoxItem *user = diagram.box(QStringLiteral("Blog.User"));
    QVERIFY(user);
    QVERIFY(user->flags() & QGraphicsItem::ItemIsMovable);
    QList<QRectF> edgesBefore;
    for (QGraphicsItem *item : scene->items()) {
        if (auto *edge = dynamic_cast<widgets::DiagramEdgeItem *>(item))
            edgesBefore << edge->path().boundingRect();
    }
    user->moveBy(0, -900);
    QVERIFY(scene->itemsBoundingRect().top() < before.top() - 800);
    int moved = 0;
    int i = 0;
    for (QGraphicsItem *item : scene->items()) {
        if (auto *edge = dynamic_cast<widgets::DiagramEdgeItem *>(item))
            moved += edge->path().boundingRect() != edgesBefore.at(i++) ? 1 : 0;
    }
    QVERIFY(moved >= 5); // posts, comments, profile and the three reverse edges
}

void TestSchemaBrowser::zoom()
{
    SchemaDiagram diagram;
    diagram.setSchemas(m_sample.schemas);
    diagram.resize(900, 600);
    diagram.show();
    QVERIFY(QTest::qWaitForWindowActive(&diagram));
    const qreal start = diagram.zoomFactor();
    diagram.zoomIn();
    QVERIFY(diagram.zoomFactor() > start);
    diagram.zoomOut();
    diagram.zoomOut();
    QVERIFY(diagram.zoomFactor() < start);
    // Ctrl++ belongs to the window's zoom of the whole UI (tst_mainwindow checks it
    // from the diagram); the diagram's own is Ctrl+wheel.
    const qreal beforeWheel = diagram.zoomFactor();
    const QPointF at = diagram.view()->viewport()->rect().center();
    QWheelEvent wheel(at, diagram.view()->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(diagram.view()->viewport(), &wheel);
    QVERIFY(diagram.zoomFactor() > beforeWheel);
}

void TestSchemaBrowser::exports()
{
    QTemporaryDir dir;
    SchemaDiagram diagram;
    diagram.setSchemas(m_sample.schemas);
    const QString png = dir.filePath(QStringLiteral("d.png"));
    const QString svg = dir.filePath(QStringLiteral("d.svg"));
    QVERIFY(diagram.exportPng(png));
    QVERIFY(diagram.exportSvg(svg));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 200 && image.height() > 100);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("<?xml"));
    QVERIFY(content.contains("<svg"));
    QVERIFY(!diagram.exportPng(QStringLiteral("/nonexistent/dir/x.png")));
    SchemaDiagram empty;
    QVERIFY(!empty.exportPng(dir.filePath(QStringLiteral("e.png"))));
}

void TestSchemaBrowser::edgeLabelsSitBesideTheirLines()
{
    SchemaDiagram diagram;
    diagram.setSchemas(m_sample.schemas);
    QVERIFY(!diagram.edges().isEmpty());
    const QList<QRectF> boxes = diagram.boxRects();
    if (const QString shots = qEnvironmentVariable("ECTOWB_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(diagram.exportPng(shots + QStringLiteral("/diagram-labels.png")));
    for (const DiagramEdgeItem *edge : diagram.edges()) {
        const QRectF label = edge->labelRect();
        QVERIFY2(!label.contains(edge->labelAnchor()), qPrintable(edge->label()));
        QVERIFY(!label.isEmpty());
        // Clear of every box and of every other label and line.
        for (const QRectF &box : boxes)
            QVERIFY2(!box.intersects(label), qPrintable(edge->label() + QStringLiteral(" %1,%2 %3x%4 box %5,%6 %7x%8").arg(label.x()).arg(label.y()).arg(label.width()).arg(label.height()).arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height())));
        for (const DiagramEdgeItem *other : diagram.edges()) {
            if (other == edge)
                continue;
            QVERIFY2(!other->labelRect().intersects(label), qPrintable(edge->label() + u" / " + other->label()));
            for (int i = 0; i <= 32; ++i) {
                const QPointF p = other->path().pointAtPercent(i / 32.0);
                QVERIFY2(!label.contains(p), qPrintable(edge->label() + u" on the line of " + other->label()));
            }
        }
    }
}

void TestSchemaBrowser::selectingABoxHighlightsItsAssociations()
{
    SchemaDiagram diagram;
    diagram.setSchemas(m_sample.schemas);
    SchemaBoxItem *post = diagram.box(QStringLiteral("Blog.Post"));
    QVERIFY(post);
    post->setSelected(true);
    int highlighted = 0;
    for (const DiagramEdgeItem *edge : diagram.edges()) {
        QCOMPARE(edge->emphasis(), edge->touches(post) ? 1 : -1);
        highlighted += edge->emphasis() > 0 ? 1 : 0;
    }
    QVERIFY(highlighted >= 3); // author, comments, tags
    post->setSelected(false);
    for (const DiagramEdgeItem *edge : diagram.edges())
        QCOMPARE(edge->emphasis(), 0);
}

// More schemas than boxes: search and the picker reach the ones left out.
void TestSchemaBrowser::everySchemaCanBeReached()
{
    QList<schema::Schema> many;
    for (int i = 0; i < SchemaDiagram::MaxBoxes + 17; ++i) {
        schema::Schema s;
        s.module = QStringLiteral("Shop.Thing%1").arg(i, 3, 10, QLatin1Char('0'));
        s.source = QStringLiteral("things_%1").arg(i);
        many << s;
    }
    SchemaDiagram diagram;
    diagram.setSchemas(many);
    QCOMPARE(diagram.boxCount(), int(SchemaDiagram::MaxBoxes));
    QString hidden;
    for (const schema::Schema &s : std::as_const(many)) {
        if (!diagram.box(s.module)) {
            hidden = s.module;
            break;
        }
    }
    QVERIFY(!hidden.isEmpty());
    QVERIFY(diagram.findSchema(hidden.section(u'.', 1)));  // by its last segment
    QVERIFY(diagram.box(hidden));
    QVERIFY(diagram.box(hidden)->isSelected());
    QCOMPARE(diagram.boxCount(), int(SchemaDiagram::MaxBoxes) + 1);
    diagram.setShownModules({many.at(0).module, many.at(1).module});
    QCOMPARE(diagram.boxCount(), 2);
    QVERIFY(!diagram.findSchema(QStringLiteral("Nope")));
}

void TestSchemaBrowser::anEmptyFolderSaysWhy_data()
{
    QTest::addColumn<bool>("mix");
    QTest::addColumn<QString>("says");
    QTest::newRow("no mix.exs") << false << QStringLiteral("mix.exs");
    QTest::newRow("no schemas") << true << QStringLiteral("No Ecto schema");
}

// Instead of an empty tree and an empty diagram.
void TestSchemaBrowser::anEmptyFolderSaysWhy()
{
    QFETCH(bool, mix);
    QFETCH(QString, says);
    QTemporaryDir dir;
    if (mix) {
        QFile file(dir.filePath(QStringLiteral("mix.exs")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("defmodule App.MixProject do\nend\n");
    }
    workspace::Workspace opened;
    widgets::SchemaDock dock(&opened);
    dock.show();
    dock.setProject(project::ProjectLoader::load(dir.path()));
    QVERIFY2(dock.emptyText().contains(says), qPrintable(dock.emptyText()));
    QVERIFY(!dock.browser()->isVisible());
    dock.setProject(m_sample);
    QVERIFY(dock.emptyText().isEmpty());
    QVERIFY(dock.browser()->isVisible());
}

void TestSchemaBrowser::dockLoadsAndReportsDatabase()
{
    workspace::Workspace opened;
    widgets::SchemaDock dock(&opened);
    QSignalSpy loaded(&dock, &widgets::SchemaDock::schemasLoaded);
    QSignalSpy checked(&dock, &widgets::SchemaDock::databaseChecked);
    opened.open(sampleDir());
    QVERIFY(dock.isBusy());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toInt(), 7);
    QCOMPARE(dock.browser()->model()->rowCount(), 7);
    QCOMPARE(dock.diagram()->boxCount(), 7);
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 10000);
    QVERIFY(!dock.isBusy());
    QVERIFY(!dock.browser()->databaseStatus().isEmpty());
    // The migration state was read again (a run, a refresh): the dock compares again.
    checked.clear();
    opened.setMigrationStatus({});
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 10000);
}

void TestSchemaBrowser::unreachableDatabaseIsReported()
{
    // A project whose Repo points at a PostgreSQL port nobody listens on.
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("config"))));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("lib/app"))));
    QFile mix(dir.filePath(QStringLiteral("mix.exs")));
    QVERIFY(mix.open(QIODevice::WriteOnly));
    mix.write("defmodule App.MixProject do\n  use Mix.Project\n  def project, do: [app: :app, version: \"0.1.0\"]\nend\n");
    mix.close();
    QFile config(dir.filePath(QStringLiteral("config/config.exs")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("import Config\nconfig :app, ecto_repos: [App.Repo]\n"
                 "config :app, App.Repo, url: \"ecto://nobody:secret@127.0.0.1:1/none\"\n");
    config.close();
    QFile repo(dir.filePath(QStringLiteral("lib/app/repo.ex")));
    QVERIFY(repo.open(QIODevice::WriteOnly));
    repo.write("defmodule App.Repo do\n  use Ecto.Repo, otp_app: :app, adapter: Ecto.Adapters.Postgres\nend\n");
    repo.close();
    workspace::Workspace opened;
    widgets::SchemaDock dock(&opened);
    QSignalSpy checked(&dock, &widgets::SchemaDock::databaseChecked);
    opened.open(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 20000);
    QCOMPARE(checked.first().first().toBool(), false);
    const QString status = dock.browser()->databaseStatus();
    QVERIFY2(!status.contains(QStringLiteral("secret")), qPrintable(status));
    QCOMPARE(dock.browser()->mismatchView()->model()->rowCount(), 0);
}

// Another database than the project's: its differences are listed; one that does not
// exist is reported, never created.
void TestSchemaBrowser::chosenDatabaseIsCompared()
{
    QTemporaryDir dir;
    db::ConnectionSettings settings = db::ConnectionSettings::sqliteFile(dir.filePath(QStringLiteral("other.db")), false);
    workspace::Workspace opened;
    widgets::SchemaDock dock(&opened);
    QSignalSpy loaded(&dock, &widgets::SchemaDock::schemasLoaded);
    QSignalSpy checked(&dock, &widgets::SchemaDock::databaseChecked);
    dock.setDatabase(settings);
    opened.open(sampleDir());
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 10000);
    QVERIFY2(dock.browser()->databaseStatus().contains(u"does not exist"), qPrintable(dock.browser()->databaseStatus()));
    QVERIFY(!QFile::exists(settings.database));
    {
        settings.createIfMissing = true;
        auto connection = db::Connection::open(settings);
        QVERIFY2(connection, qPrintable(connection.error()));
        QCOMPARE(sampledb::migrateUp(*connection.value()), QString());
        QVERIFY(connection.value()->exec(QStringLiteral("ALTER TABLE comments RENAME COLUMN body TO content")));
    }
    checked.clear();
    dock.compareWithDatabase();
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 10000);
    QVERIFY(checked.first().first().toBool());
    QVERIFY(dock.browser()->databaseStatus().contains(u"other.db"));
    const QAbstractItemModel *mismatches = dock.browser()->mismatchView()->model();
    QStringList fields;
    for (int row = 0; row < mismatches->rowCount(); ++row)
        fields << mismatches->index(row, models::MismatchModel::WhereColumn).data().toString();
    QVERIFY2(fields.contains(u"body") && fields.contains(u"comments.content"), qPrintable(fields.join(u", ")));
}

QTEST_MAIN(TestSchemaBrowser)
#include "tst_schemabrowser.moc"
