// The composer's step list: every change goes through the model, checked by
// QAbstractItemModelTester, and the problem of the pipeline sits on its row.
#include "models/pipelinemodel.h"
#include "query/pipeline/pipelinereader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ectowb;
using models::PipelineModel;
using query::PipelineStep;
using Kind = PipelineStep::Kind;

class TestPipelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void showsEachStepAsItsClause();
    void editsStepByStep();
    void movesButKeepsFromFirst();
    void marksTheProblemStep();
    void highlightsOneStep();

private:
    std::unique_ptr<PipelineModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPipelineModel::init()
{
    m_model = std::make_unique<PipelineModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto read = query::PipelineReader::read(QStringLiteral(
        "from p in Post, left_join: c in assoc(p, :comments), on: c.is_approved, where: p.published == true, "
        "order_by: [desc: p.inserted_at], limit: 5"));
    QVERIFY(read);
    m_model->setPipeline(*read);
}

void TestPipelineModel::showsEachStepAsItsClause()
{
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->index(0).data().toString(), QStringLiteral("from p in Post"));
    QCOMPARE(m_model->index(1).data().toString(), QStringLiteral("left_join c in assoc(p, :comments), on: c.is_approved"));
    QCOMPARE(m_model->index(2).data().toString(), QStringLiteral("where p.published == true"));
    QCOMPARE(m_model->index(3).data().toString(), QStringLiteral("order_by [desc: p.inserted_at]"));
    QCOMPARE(m_model->index(1).data(PipelineModel::KindRole).toInt(), int(Kind::Join));
    QCOMPARE(m_model->index(1).data(PipelineModel::BindingRole).toString(), QStringLiteral("c"));
    QCOMPARE(m_model->index(2).data(PipelineModel::ExpressionRole).toString(), QStringLiteral("p.published == true"));
}

void TestPipelineModel::editsStepByStep()
{
    QSignalSpy changed(m_model.get(), &PipelineModel::pipelineChanged);
    m_model->insertStep(3, PipelineStep{Kind::Select, {}, {}, {}, {}, QStringLiteral("{p.title, c.body}")});
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->pipeline().steps[3].expression, QStringLiteral("{p.title, c.body}"));
    m_model->replaceStep(2, PipelineStep{Kind::Where, {}, {}, {}, {}, QStringLiteral("p.view_count > 10")});
    QCOMPARE(m_model->index(2).data().toString(), QStringLiteral("where p.view_count > 10"));
    m_model->removeStep(5);
    m_model->removeStep(99); // nothing there: nothing happens
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(changed.size(), 3);
}

void TestPipelineModel::movesButKeepsFromFirst()
{
    QVERIFY(m_model->moveStep(4, 2)); // limit before the where
    QCOMPARE(m_model->index(2).data().toString(), QStringLiteral("limit 5"));
    QCOMPARE(m_model->index(3).data().toString(), QStringLiteral("where p.published == true"));
    QVERIFY(m_model->moveStep(1, 4)); // the join to the end
    QCOMPARE(m_model->pipeline().steps[4].kind, Kind::Join);
    QVERIFY(!m_model->moveStep(0, 2)); // From stays
    QVERIFY(!m_model->moveStep(2, 0)); // nothing goes before it
    QVERIFY(!m_model->moveStep(2, 9));
    QCOMPARE(m_model->pipeline().steps[0].kind, Kind::From);
}

void TestPipelineModel::marksTheProblemStep()
{
    QVERIFY(m_model->index(2).data(PipelineModel::ProblemRole).toString().isEmpty());
    m_model->replaceStep(2, PipelineStep{Kind::Where, {}, {}, {}, {}, QStringLiteral("p.published ==")});
    QVERIFY(!m_model->index(2).data(PipelineModel::ProblemRole).toString().isEmpty());
    QVERIFY(!m_model->index(2).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(m_model->index(3).data(PipelineModel::ProblemRole).toString().isEmpty());
    m_model->removeStep(2);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->index(row).data(PipelineModel::ProblemRole).toString().isEmpty());
    // A problem the renderer found sits on its step until the steps change.
    m_model->setRenderProblem(query::PipelineProblem{1, QStringLiteral("Blog.Post has no association :comment")});
    QCOMPARE(m_model->index(1).data(PipelineModel::ProblemRole).toString(), QStringLiteral("Blog.Post has no association :comment"));
    QCOMPARE(m_model->problem()->step, 1);
    m_model->replaceStep(2, PipelineStep{Kind::Where, {}, {}, {}, {}, QStringLiteral("p.id == 1")});
    QVERIFY(m_model->index(1).data(PipelineModel::ProblemRole).toString().isEmpty());
    QVERIFY(!m_model->problem());
}

void TestPipelineModel::highlightsOneStep()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setHighlightedStep(2);
    QVERIFY(m_model->index(2).data(PipelineModel::HighlightRole).toBool());
    m_model->setHighlightedStep(3);
    QVERIFY(!m_model->index(2).data(PipelineModel::HighlightRole).toBool());
    QVERIFY(m_model->index(3).data(PipelineModel::HighlightRole).toBool());
    QCOMPARE(changed.size(), 3); // on, then off and on
    m_model->setHighlightedStep(-1);
    QCOMPARE(m_model->highlightedStep(), -1);
}

QTEST_GUILESS_MAIN(TestPipelineModel)
#include "tst_pipelinemodel.moc"
