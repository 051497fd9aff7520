// The query composer: steps and code kept as one, edits through the form, code that
// is more than a pipeline, problems marked on their step, and the step-through.
// The SQL comes from a stand-in renderer here; the real one is checked against Ecto
// in the query core's conformance test and wired in through setRenderer.
#include "codeview.h"
#include "querycomposer.h"
#include "orderbyeditor.h"
#include "stepeditor.h"
#include "addremovebuttons.h"
#include "models/pipelinemodel.h"
#include "planview.h"
#include "queryrunpanel.h"
#include "resultgridview.h"
#include "screenshot.h"
#include "db/connection.h"
#include "models/plantreemodel.h"
#include "models/resulttablemodel.h"
#include "project/projectloader.h"
#include "runner/queryhistory.h"
#include "../core/db/sampledatabase.h"

#include <QListWidget>
#include <QTableView>
#include <QToolButton>
#include <QTemporaryDir>

#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QTest>

using namespace ectowb;
using widgets::QueryComposer;
using Kind = query::PipelineStep::Kind;

namespace {

// Stands in for the renderer: one "statement" per source, the source's code in upper
// case, failing on sources that mention :nope, with the pins as parameters.
QueryComposer::Rendering fakeRender(const QString &source, db::Dialect dialect)
{
    QueryComposer::Rendering out;
    if (source.contains(u":nope")) {
        out.error = QStringLiteral("Blog.Post has no association :nope");
        return out;
    }
    QStringList params;
    for (const QString &word : source.split(u' ')) {
        if (word.startsWith(u'^'))
            params << word.mid(1);
    }
    QString sql = source.toUpper();
    sql.replace(u'\n', u' ');
    out.statements.append({(dialect == db::Dialect::Postgres ? QStringLiteral("PG ") : QStringLiteral("LITE ")) + sql, params, {}});
    return out;
}

QStringList rows(const QueryComposer &composer)
{
    QStringList out;
    for (int row = 0; row < composer.model()->rowCount(); ++row)
        out << composer.model()->index(row).data().toString();
    return out;
}

} // namespace

class TestQueryComposer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void startsFromAProjectTable();
    void codeBecomesSteps();
    void syntaxSwitchRewritesTheCode();
    void formEditsWriteTheCode();
    void orderByHasAFieldPicker();
    void addRemoveAndMoveSteps();
    void codeThatIsMoreThanAPipelineStaysCode();
    void renderProblemIsMarkedOnItsStep();
    void stepThroughMarksWhatAStepAdded();
    void rendersWhatEctoSends();
    void openParametersAreFilledIn();
    void runsExplainsAndRemembers();
    void writesAreConfirmed();
    void closingTheResultLetsWritersIn();
    void stepEditsUndoAndRedo();
    void aNewSourceRenamesTheDefaultBinding();
    void explainKeyWorksFromEveryField_data();
    void explainKeyWorksFromEveryField();

private:
    project::Project m_sample;
};

void TestQueryComposer::initTestCase()
{
    m_sample = project::ProjectLoader::load(QStringLiteral(ECTOWB_SOURCE_DIR "/resources/sample/blog"));
    QCOMPARE(m_sample.schemas.size(), 7);
}

void TestQueryComposer::startsFromAProjectTable()
{
    QueryComposer composer;
    composer.setRenderer(fakeRender);
    composer.setProject(m_sample);
    QCOMPARE(composer.source(), QStringLiteral("from c in Comment"));
    QCOMPARE(rows(composer), QStringList{QStringLiteral("from c in Comment")});
    QVERIFY(composer.sqlText().startsWith(u"PG FROM C IN COMMENT"));
}

void TestQueryComposer::codeBecomesSteps()
{
    QueryComposer composer;
    composer.setRenderer(fakeRender);
    composer.setProject(m_sample);
    composer.setSource(QStringLiteral("from p in Post, where: p.view_count > ^min, select: p.title"));
    QCOMPARE(rows(composer), (QStringList{QStringLiteral("from p in Post"), QStringLiteral("where p.view_count > ^min"),
                                          QStringLiteral("select p.title")}));
    QVERIFY(composer.codeProblem().isEmpty());
    QCOMPARE(composer.parameterLines(), QStringList{QStringLiteral("$1 = min,")});
    composer.setDialect(db::Dialect::Sqlite);
    QVERIFY(composer.sqlText().startsWith(u"LITE "));
    QCOMPARE(composer.parameterLines(), QStringList{QStringLiteral("?1 = min,")});
    // Typing goes through the same reader once the typing pauses.
    composer.codeEditor()->selectAll();
    QTest::keyClicks(composer.codeEditor(), QStringLiteral("from u in User, limit: 3"));
    QTRY_COMPARE(rows(composer), (QStringList{QStringLiteral("from u in User"), QStringLiteral("limit 3")}));
}

void TestQueryComposer::syntaxSwitchRewritesTheCode()
{
    QueryComposer composer;
    composer.setRenderer(fakeRender);
    composer.setProject(m_sample);
    composer.setSource(QStringLiteral("from p in Post, join: c in assoc(p, :comments), where: c.is_approved"));
    composer.setSyntax(query::QuerySyntax::Pipe);
    QCOMPARE(composer.source(),
             QStringLiteral("from(p in Post) |> join(:inner, [p], c in assoc(p, :comments)) |> where([p, c], c.is_approved)"));
    QCOMPARE(composer.model()->rowCount(), 3);
    composer.setSyntax(query::QuerySyntax::Keyword);
    QCOMPARE(composer.source(), QStringLiteral("from p in Post, join: c in assoc(p, :comments), where: c.is_approved"));
}

void TestQueryComposer::formEditsWriteTheCode()
{
    QueryComposer composer;
    composer.setRenderer(fakeRender);
    composer.setProject(m_sample);
    composer.show();
    composer.setSource(QStringLiteral("from p in Post, where: p.published == true"));
    composer.stepList()->setCurrentIndex(composer.model()->index(1));
    widgets::StepEditor *editor = composer.stepEditor();
    QCOMPARE(editor->fieldCombo()->currentText(), QStringLiteral("published"));
    QVERIFY(editor->fieldCombo()->findText(QStringLiteral("view_count")) >= 0); // the schema's fields
    editor->fieldCombo()->setCurrentText(QStringLiteral("view_count"));
    editor->operatorCombo()->setCurrentText(QStringLiteral(">="));
    editor->valueEdit()->clear();
    QTest::keyClicks(editor->valueEdit(), QStringLiteral("min_views"));
    editor->parameterCheck()->setChecked(true);
    QCOMPARE(composer.source(), QStringLiteral("from p in Post, where: p.view_count >= ^min_views"));
    // The code field of the step feeds the form back.
    editor->expressionEdit()->clear();
    QTest::keyClicks(editor->expressionEdit(), QStringLiteral("is_nil(p.published_at)"));
    QCOMPARE(editor->operatorCombo()->currentText(), QStringLiteral("is_nil"));
    QCOMPARE(composer.source(), QStringLiteral("from p in Post, where: is_nil(p.published_at)"));
}

void TestQueryComposer::orderByHasAFieldPicker()
{
    QueryComposer composer;
    composer.setRenderer(fakeRender);
    composer.setProject(m_sample);
    composer.show();
    composer.setSource(QStringLiteral("from p in Post, join: c in assoc(p, :comments), order_by: [desc: p.inserted_at]"));
    composer.stepList()->setCurrentIndex(composer.model()->index(2));
    widgets::OrderByEditor *order = composer.stepEditor()->orderEditor();
    QVERIFY(order->isVisible());
    QCOMPARE(order->termList()->count(), 1);
    QCOMPARE(order->directionCombo()->currentText(), QStringLiteral("desc"));
    QCOMPARE(order->fieldCombo()->currentText(), QStringLiteral("inserted_at"));
    QVERIFY(order->fieldCombo()->findText(QStringLiteral("view_count")) >= 0); // the schema's fields
    order->directionCombo()->setCurrentText(QStringLiteral("asc_nulls_last"));
    QCOMPARE(composer.source().simplified(), QStringLiteral("from p in Post, join: c in assoc(p, :comments), "
                                               "order_by: [asc_nulls_last: p.inserted_at]"));
    // A second term, on the joined binding's fields.
    order->buttons()->addButton()->click();
    QCOMPARE(order->termList()->count(), 2);
    order->bindingCombo()->setCurrentText(QStringLiteral("c"));
    QVERIFY(order->fieldCombo()->findText(QStringLiteral("body")) >= 0);
    order->fieldCombo()->setCurrentText(QStringLiteral("body"));
    QCOMPARE(composer.source().simplified(), QStringLiteral("from p in Post, join: c in assoc(p, :comments), "
                                               "order_by: [asc_nulls_last: p.inserted_at, asc: c.body]"));
    composer.resize(1100, 700);
    screenshot::grabAndCheck(composer, QStringLiteral("query-order-by"));
    order->termList()->setCurrentRow(0);
    order->buttons()->removeButton()->click();
    QCOMPARE(composer.source().simplified(), QStringLiteral("from p in Post, join: c in assoc(p, :comments), order_by: [asc: c.body]"));
    // Code the form cannot show stays code, and the picker says so.
    composer.stepEditor()->expressionEdit()->clear();
    QTest::keyClicks(composer.stepEditor()->expressionEdit(), QStringLiteral("[desc: fragment(\"lower(?)\", p.title)]"));
    QVERIFY(!order->termList()->isEnabled());
}

void TestQueryComposer::addRemoveAndMoveSteps()
{
    QueryComposer composer;
    composer.setRenderer(fakeRender);
    composer.setProject(m_sample);
    composer.show();
    QVERIFY(QTest::qWaitForWindowActive(&composer));
    composer.setSource(QStringLiteral("from p in Post"));
    composer.stepList()->setCurrentIndex(composer.model()->index(0));
    composer.addStepAction()->menu()->actions().at(0)->trigger(); // join
    QCOMPARE(rows(composer).value(1), QStringLiteral("join a in assoc(p, :author)"));
    composer.addStepAction()->menu()->actions().at(9)->trigger(); // limit
    QCOMPARE(rows(composer).value(2), QStringLiteral("limit 10"));
    QCOMPARE(composer.source(), QStringLiteral("from p in Post, join: a in assoc(p, :author), limit: 10"));
    composer.stepList()->setFocus();
    composer.stepList()->setCurrentIndex(composer.model()->index(2));
    QTest::keyClick(composer.stepList(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(rows(composer).value(1), QStringLiteral("limit 10"));
    QTest::keyClick(composer.stepList(), Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(composer.model()->rowCount(), 2);
    QCOMPARE(composer.source(), QStringLiteral("from p in Post, join: a in assoc(p, :author)"));
    // The From step cannot be removed.
    composer.stepList()->setCurrentIndex(composer.model()->index(0));
    QTest::keyClick(composer.stepList(), Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(composer.model()->rowCount(), 2);
}

void TestQueryComposer::codeThatIsMoreThanAPipelineStaysCode()
{
    QueryComposer composer;
    composer.setRenderer(fakeRender);
    composer.setProject(m_sample);
    composer.setSource(QStringLiteral("from p in Post, limit: 1"));
    composer.setSource(QStringLiteral("ids = [1, 2]\nfrom p in Post, where: p.id in ^ids"));
    QVERIFY(!composer.codeProblem().isEmpty());
    QVERIFY(!composer.stepList()->isEnabled());
    QCOMPARE(composer.model()->rowCount(), 2); // the steps as they were
    QVERIFY(composer.sqlText().contains(u"IDS = [1, 2]")); // rendered from the code itself
    // a syntax error carries its position; the composer shows it before the words
    composer.setSource(QStringLiteral("from p in Post,\n  where: p.id =="));
    QVERIFY2(composer.codeProblem().startsWith(QLatin1String("line 2, column ")), qPrintable(composer.codeProblem()));
    composer.setSource(QStringLiteral("from p in Post"));
    QVERIFY(composer.codeProblem().isEmpty());
    QVERIFY(composer.stepList()->isEnabled());
}

void TestQueryComposer::renderProblemIsMarkedOnItsStep()
{
    QueryComposer composer;
    composer.setRenderer(fakeRender);
    composer.setProject(m_sample);
    composer.setSource(QStringLiteral("from p in Post, where: p.id > 1, join: x in assoc(p, :nope), select: p"));
    QCOMPARE(composer.model()->problem()->step, 2);
    QCOMPARE(composer.model()->index(2).data(models::PipelineModel::ProblemRole).toString(),
             QStringLiteral("Blog.Post has no association :nope"));
    QVERIFY(composer.model()->index(1).data(models::PipelineModel::ProblemRole).toString().isEmpty());
}

void TestQueryComposer::stepThroughMarksWhatAStepAdded()
{
    QueryComposer composer;
    composer.setRenderer(fakeRender);
    composer.setProject(m_sample);
    composer.setSource(QStringLiteral("from p in Post, where: p.published, limit: 5"));
    composer.setStepThrough(true);
    composer.stepList()->setCurrentIndex(composer.model()->index(1));
    QVERIFY(composer.model()->index(1).data(models::PipelineModel::HighlightRole).toBool());
    QCOMPARE(composer.sqlText(), QStringLiteral("PG FROM P IN POST, WHERE: P.PUBLISHED"));
    QCOMPARE(composer.addedSqlParts(), QStringList{QStringLiteral(", WHERE: P.PUBLISHED")});
    composer.stepList()->setCurrentIndex(composer.model()->index(2));
    QCOMPARE(composer.addedSqlParts(), QStringList{QStringLiteral(", LIMIT: 5")});
    // ECTOWB_SHOTS=DIR keeps a picture of the view, to look at it.
    if (const QString dir = qEnvironmentVariable("ECTOWB_SHOTS"); !dir.isEmpty()) {
        composer.resize(1100, 700);
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        QVERIFY(composer.grab().save(dir + QStringLiteral("/composer-fake.png")));
    }
    composer.setStepThrough(false);
    QCOMPARE(composer.model()->highlightedStep(), -1);
    QVERIFY(composer.addedSqlParts().isEmpty());
}

// With the query core as renderer: Ecto's SQL (conformance case q001), errors with
// their position, and preloads as the queries Ecto runs afterwards.
void TestQueryComposer::rendersWhatEctoSends()
{
    QueryComposer composer;
    composer.setProject(m_sample);
    composer.setSource(QStringLiteral("from p in Post, where: p.published == true, select: p.title"));
    QCOMPARE(composer.sqlText(), QStringLiteral("SELECT p0.\"title\" FROM \"posts\" AS p0 WHERE (p0.\"published\" = TRUE)"));
    composer.setDialect(db::Dialect::Sqlite);
    QCOMPARE(composer.sqlText(), QStringLiteral("SELECT p0.\"title\" FROM \"posts\" AS p0 WHERE (p0.\"published\" = 1)"));
    composer.setSource(QStringLiteral("from p in Post, join: c in assoc(p, :nope), select: p.id"));
    QCOMPARE(composer.model()->problem()->step, 1);
    QVERIFY(composer.sqlText().isEmpty());
    composer.setSource(QStringLiteral("from p in Post, preload: [:comments]"));
    QVERIFY2(composer.runPanel()->findChild<widgets::CodeView *>(QStringLiteral("composerPreloads"))->toPlainText()
                 .contains(u"FROM \"comments\""), "the preload query of the comments");
    // Step-through on the real SQL.
    composer.setSource(QStringLiteral("from p in Post, where: p.published == true, select: p.title"));
    composer.setStepThrough(true);
    composer.stepList()->setCurrentIndex(composer.model()->index(1));
    QCOMPARE(composer.addedSqlParts(), QStringList{QStringLiteral("WHERE (p0.\"published\" = 1)")});
}

void TestQueryComposer::openParametersAreFilledIn()
{
    QueryComposer composer;
    composer.setProject(m_sample);
    composer.setSource(QStringLiteral("from p in Post, where: p.view_count > ^min and p.title == ^title"));
    QCOMPARE(composer.openParameters()->parameters().size(), 2);
    QVERIFY(!composer.runAction()->isEnabled());
    QLineEdit *min = composer.openParameters()->editor(QStringLiteral("min"));
    QLineEdit *title = composer.openParameters()->editor(QStringLiteral("title"));
    QVERIFY(min && title);
    QTest::keyClicks(min, QStringLiteral("10"));
    QVERIFY(composer.parameterLines().join(u' ').contains(u"^title")); // still waits for a value
    QTest::keyClicks(title, QStringLiteral("\"Ecto's; DROP TABLE posts\""));
    QCOMPARE(composer.parameterLines(), (QStringList{QStringLiteral("$1 = 10"), QStringLiteral("$2 = \"Ecto's; DROP TABLE posts\"")}));
    QVERIFY(composer.sqlText().contains(u"$2"));
    QVERIFY(composer.runAction()->isEnabled());
    // What is not a literal is left out, and the run waits for it.
    min->clear();
    QTest::keyClicks(min, QStringLiteral("String.to_integer(x)"));
    QVERIFY(!composer.runAction()->isEnabled());
}

void TestQueryComposer::runsExplainsAndRemembers()
{
    QTemporaryDir dir;
    const auto settings = db::ConnectionSettings::sqliteFile(dir.filePath(QStringLiteral("blog.db")), true);
    {
        auto connection = db::Connection::open(settings);
        QVERIFY2(connection, qPrintable(connection.error()));
        QCOMPARE(sampledb::migrateUp(*connection.value()), QString());
        QVERIFY(connection.value()->exec(QStringLiteral("INSERT INTO users (name, email, inserted_at, updated_at) VALUES ('Ada', 'ada@example.com', '2024-01-01', '2024-01-01')")));
        for (int i = 0; i < 3; ++i)
            QVERIFY(connection.value()->exec(QStringLiteral("INSERT INTO posts (title, slug, published, view_count, author_id, inserted_at, updated_at) "
                                                            "VALUES (?, ?, 1, ?, 1, '2024-01-01', '2024-01-01')"),
                                             {QStringLiteral("Post %1").arg(i), QStringLiteral("post-%1").arg(i), i * 10}));
    }
    QueryComposer composer;
    composer.setProject(m_sample);
    composer.setDatabase(settings);
    composer.setHistoryFile(dir.filePath(QStringLiteral("history.json")));
    QCOMPARE(composer.dialect(), db::Dialect::Sqlite);
    composer.setSource(QStringLiteral("from p in Post, where: p.view_count >= 10, order_by: p.id, select: {p.id, p.title}"));
    composer.setDialect(db::Dialect::Postgres); // shown for another database than the one it runs on
    QVERIFY(composer.runQuery());
    QCOMPARE(composer.dialect(), db::Dialect::Sqlite); // running shows what runs
    QVERIFY(!composer.sqlText().contains(u"$1"));
    auto *grid = composer.runPanel()->grid();
    QTRY_COMPARE(grid->model()->rowCount(), 2);
    QCOMPARE(grid->model()->index(0, 1).data().toString(), QStringLiteral("Post 1"));
    QTRY_COMPARE(composer.runPanel()->history()->entries().size(), 1);
    QVERIFY(composer.runPanel()->history()->entries().first().ok);
    // Which database it ran on, not only which kind.
    QCOMPARE(composer.runPanel()->history()->entries().first().database, settings.redacted());
    QVERIFY(composer.runPanel()->historyView()->model()->index(0, 2).data().toString().contains(u"blog.db"));
    QVERIFY(!composer.runPanel()->isStale());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("history.json"))));
    QVERIFY(composer.explainQuery());
    QTRY_VERIFY(composer.runPanel()->plan()->model()->rowCount() > 0);
    // A history entry brings its query back.
    composer.setSource(QStringLiteral("from u in User"));
    QVERIFY(composer.runPanel()->isStale()); // the rows below are another query's
    composer.runPanel()->historyView()->setCurrentIndex(composer.runPanel()->historyView()->model()->index(0, 0));
    Q_EMIT composer.runPanel()->historyView()->activated(composer.runPanel()->historyView()->model()->index(0, 0));
    QVERIFY(composer.source().contains(u"p.view_count >= 10"));
    QVERIFY(!composer.runPanel()->isStale()); // the same query again
    // In a step-through, History keeps what ran: the query up to the step shown.
    composer.setStepThrough(true);
    composer.stepList()->setCurrentIndex(composer.model()->index(1));
    QVERIFY(composer.runQuery());
    QTRY_COMPARE(composer.runPanel()->history()->entries().size(), 2);
    const QString ran = composer.runPanel()->history()->entries().first().source;
    QVERIFY2(ran.contains(u"view_count") && !ran.contains(u"order_by") && !ran.contains(u"select"), qPrintable(ran));
    composer.setStepThrough(false);
    if (const QString shots = qEnvironmentVariable("ECTOWB_SHOTS"); !shots.isEmpty()) {
        QVERIFY(composer.runQuery());
        QTRY_COMPARE(grid->model()->rowCount(), 2);
        composer.resize(1200, 800);
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        QVERIFY(composer.grab().save(shots + QStringLiteral("/composer-real.png")));
        QVERIFY(composer.explainQuery());
        QTRY_VERIFY(composer.runPanel()->plan()->model()->rowCount() > 0);
        QVERIFY(composer.grab().save(shots + QStringLiteral("/composer-plan.png")));
    }
}

void TestQueryComposer::writesAreConfirmed()
{
    QueryComposer composer;
    composer.setProject(m_sample);
    db::ConnectionSettings settings;
    settings.dialect = db::Dialect::Sqlite;
    settings.database = QStringLiteral("/nonexistent/never.db");
    composer.setDatabase(settings);
    QStringList asked;
    composer.setConfirmation([&asked](const QString &, const QString &text) {
        asked << text;
        return false;
    });
    composer.setSource(QStringLiteral("Repo.delete_all(from p in Post, where: p.view_count == 0)"));
    QVERIFY(composer.sqlText().startsWith(u"DELETE FROM \"posts\""));
    QVERIFY(!composer.runQuery());
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().contains(u"DELETE FROM"));
}

// A result read only in part holds SQLite's read lock; the timeline closes it before
// migrating, and after that a writer gets in at once.
void TestQueryComposer::closingTheResultLetsWritersIn()
{
    QTemporaryDir dir;
    const auto settings = db::ConnectionSettings::sqliteFile(dir.filePath(QStringLiteral("big.db")), true);
    auto writer = db::Connection::open(settings);
    QVERIFY2(writer, qPrintable(writer.error()));
    QCOMPARE(sampledb::migrateUp(*writer.value()), QString());
    QVERIFY(writer.value()->exec(QStringLiteral("INSERT INTO tags (name, slug) SELECT 't' || value, 't' || value FROM json_each('[' || (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) SELECT group_concat(i) FROM n) || ']')")));
    QueryComposer composer;
    composer.setProject(m_sample);
    composer.setDatabase(settings);
    composer.setSource(QStringLiteral("from t in Tag, select: t.name"));
    QVERIFY(composer.runQuery());
    auto *grid = composer.runPanel()->grid();
    QTRY_VERIFY(grid->model()->rowCount() > 0);
    QVERIFY(grid->model()->rowCount() < 5000); // read in part: the rest waits
    composer.runPanel()->closeResult();
    QTRY_VERIFY(!composer.runPanel()->isRunning());
    QVERIFY(writer.value()->exec(QStringLiteral("PRAGMA busy_timeout = 0")));
    const auto written = writer.value()->exec(QStringLiteral("INSERT INTO tags (name, slug) VALUES ('late', 'late')"));
    QVERIFY2(written, qPrintable(written.error()));
}

void TestQueryComposer::stepEditsUndoAndRedo()
{
    QueryComposer composer;
    composer.setProject(m_sample);
    const QString original = QStringLiteral("from p in Post, where: p.view_count > 1, select: p.title");
    composer.setSource(original);
    const QString written = composer.source();
    QVERIFY(!composer.undoAction()->isEnabled());
    composer.stepList()->setCurrentIndex(composer.model()->index(1));
    composer.removeStepAction()->trigger();
    QCOMPARE(composer.model()->rowCount(), 2);
    QVERIFY(composer.undoAction()->isEnabled());
    // The key, from the step list.
    composer.show();
    QVERIFY(QTest::qWaitForWindowActive(&composer));
    composer.stepList()->setFocus();
    QTRY_VERIFY(composer.stepList()->hasFocus());
    QTest::keySequence(composer.stepList(), QKeySequence::Undo);
    QCOMPARE(composer.model()->rowCount(), 3);
    QCOMPARE(composer.source(), written);
    QVERIFY(composer.redo());
    QCOMPARE(composer.model()->rowCount(), 2);
    QVERIFY(!composer.redo());
    QVERIFY(composer.undo());
    QVERIFY(!composer.undo());
    QCOMPARE(composer.source(), written);
}

void TestQueryComposer::aNewSourceRenamesTheDefaultBinding()
{
    QCOMPARE(query::PipelineStep::defaultBinding(QStringLiteral("Blog.Post")), QStringLiteral("p"));
    QCOMPARE(query::PipelineStep::defaultBinding(QStringLiteral("\"users\"")), QStringLiteral("u"));
    QueryComposer composer;
    composer.setProject(m_sample);
    composer.setSource(QStringLiteral("from p in Post, where: p.id > 1, select: p.id"));
    composer.stepList()->setCurrentIndex(composer.model()->index(0));
    QComboBox *source = composer.stepEditor()->sourceCombo();
    const int user = source->findText(QStringLiteral("User"), Qt::MatchEndsWith);
    QVERIFY(user >= 0);
    source->setCurrentIndex(user);
    QCOMPARE(composer.stepEditor()->bindingEdit()->text(), QStringLiteral("u"));
    QVERIFY2(composer.source().contains(u"from u in") && composer.source().contains(u"u.id > 1")
                 && !composer.source().contains(u"p.id"), qPrintable(composer.source()));
    // A binding named by hand stays.
    composer.stepEditor()->bindingEdit()->setText(QStringLiteral("usr"));
    Q_EMIT composer.stepEditor()->bindingEdit()->textEdited(QStringLiteral("usr"));
    source->setCurrentIndex(source->findText(QStringLiteral("Post"), Qt::MatchEndsWith));
    QCOMPARE(composer.stepEditor()->bindingEdit()->text(), QStringLiteral("usr"));
    QVERIFY2(composer.source().contains(u"usr.id > 1"), qPrintable(composer.source()));
}

void TestQueryComposer::explainKeyWorksFromEveryField_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("condition value") << QStringLiteral("value");
    QTest::newRow("expression") << QStringLiteral("expression");
    QTest::newRow("step list") << QStringLiteral("steps");
}

// A line edit takes Ctrl+E for "end of line" unless the composer says otherwise.
void TestQueryComposer::explainKeyWorksFromEveryField()
{
    QFETCH(QString, field);
    QueryComposer composer;
    composer.setProject(m_sample);
    composer.setSource(QStringLiteral("from p in Post, where: p.view_count > 1, select: p.title"));
    composer.show();
    QVERIFY(QTest::qWaitForWindowActive(&composer));
    composer.stepList()->setCurrentIndex(composer.model()->index(field == u"expression" ? 2 : 1));
    QWidget *target = composer.stepList();
    if (field == u"value")
        target = composer.stepEditor()->valueEdit();
    else if (field == u"expression")
        target = composer.stepEditor()->expressionEdit();
    QVERIFY(target->isVisible());
    target->setFocus();
    QTRY_VERIFY(target->hasFocus());
    QSignalSpy explained(composer.explainAction(), &QAction::triggered);
    QTest::keyClick(target, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(explained.count(), 1);
}

QTEST_MAIN(TestQueryComposer)
#include "tst_querycomposer.moc"
