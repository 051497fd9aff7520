// The step list of the changeset preview over real runs of the fixture project:
// reset from each run's snapshot, checked by QAbstractItemModelTester.
#include "changeset/changesetrunner.h"
#include "value/termjson.h"
#include "models/pipelinestepmodel.h"
#include "project/projectloader.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ectowb;
using changeset::PipelineStep;
using value::Term;
using models::PipelineStepModel;

class TestPipelineStepModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data();
    void rows();
    void helperRows();
    void branchAndRaisedRows_data();
    void branchAndRaisedRows();
};

void TestPipelineStepModel::rows_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<int>("notEvaluated");
    QTest::addColumn<QString>("lastErrors");
    QTest::newRow("valid") << QByteArray(R"({"name": "Ada"})") << 2 << "";
    QTest::newRow("too long, unknown module") << QByteArray(R"({"name": "Ada Augusta King Lovelace", "nickname": "x"})") << 3
                                              << "1";
}

void TestPipelineStepModel::rows()
{
    QFETCH(QByteArray, params);
    QFETCH(int, notEvaluated);
    QFETCH(QString, lastErrors);
    changeset::ChangesetRunner runner(project::ProjectLoader::load(QStringLiteral(ECTOWB_TEST_DATA "/projects/changesets")));
    Result<changeset::Changeset> cs = runner.run(QStringLiteral("Steps.Account"), QStringLiteral("external_changeset"),
                                                 Term::nil(), *value::TermJson::parse(params));
    QVERIFY2(cs, qPrintable(cs.error()));

    PipelineStepModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setSnapshot(cs->steps);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(PipelineStepModel::ColumnCount));
    int skipped = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto status = PipelineStep::Status(model.index(row, 0).data(PipelineStepModel::StatusRole).toInt());
        QCOMPARE(model.index(row, PipelineStepModel::StatusColumn).data().toString(), PipelineStepModel::statusText(status));
        QVERIFY(model.index(row, 0).data(PipelineStepModel::LineRole).toInt() > 0);
        if (status == PipelineStep::Status::NotEvaluated) {
            ++skipped;
            QVERIFY(!model.index(row, 0).data(PipelineStepModel::ReasonRole).toString().isEmpty());
            QVERIFY(model.index(row, 0).data(Qt::ToolTipRole).toString().contains(
                model.index(row, 0).data(PipelineStepModel::ReasonRole).toString()));
        }
    }
    QCOMPARE(skipped, notEvaluated);
    QCOMPARE(model.index(2, PipelineStepModel::SourceColumn).data().toString(), QStringLiteral("check_blocklist()"));
    QCOMPARE(model.index(5, PipelineStepModel::ErrorsColumn).data().toString(), lastErrors);
    QCOMPARE(model.headerData(PipelineStepModel::SourceColumn, Qt::Horizontal).toString(), QStringLiteral("Source"));
    model.setSnapshot({});
    QCOMPARE(model.rowCount(), 0);
}

void TestPipelineStepModel::helperRows()
{
    changeset::ChangesetRunner runner(project::ProjectLoader::load(QStringLiteral(ECTOWB_TEST_DATA "/projects/changesets")));
    Result<changeset::Changeset> cs = runner.run(QStringLiteral("Steps.Account"), QStringLiteral("contact_changeset"),
                                                 Term::nil(), Term::map({}));
    QVERIFY2(cs, qPrintable(cs.error()));
    PipelineStepModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(cs->steps);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(1, PipelineStepModel::StatusColumn).data().toString(), QStringLiteral("helper"));
    QCOMPARE(model.index(1, 0).data(PipelineStepModel::DepthRole).toInt(), 0);
    QCOMPARE(model.index(2, 0).data(PipelineStepModel::DepthRole).toInt(), 1);
    // Inside the helper, indented under it.
    QCOMPARE(model.index(2, PipelineStepModel::StepColumn).data().toString(), QStringLiteral("   Changeset.validate_required"));
    QCOMPARE(model.index(1, PipelineStepModel::ErrorsColumn).data().toInt(), 1);
}

// A skipped branch step and a raising step: their state and why in the row, and
// no errors counted for either.
void TestPipelineStepModel::branchAndRaisedRows_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<bool>("raise");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");
    QTest::newRow("skipped branch") << QByteArray(R"({"email": "a@b"})") << false << "skipped" << "name";
    QTest::newRow("raised") << QByteArray(R"({"name": "Ada"})") << true << "raised" << "** (ArgumentError) boom";
}

void TestPipelineStepModel::branchAndRaisedRows()
{
    QFETCH(QByteArray, params);
    QFETCH(bool, raise);
    QFETCH(QString, text);
    QFETCH(QString, why);
    changeset::ChangesetRunner runner(project::ProjectLoader::load(QStringLiteral(ECTOWB_TEST_DATA "/projects/changesets")));
    Result<changeset::Changeset> cs = runner.run(QStringLiteral("Steps.Account"), QStringLiteral("changeset"), Term::nil(),
                                                 *value::TermJson::parse(params));
    QVERIFY2(cs, qPrintable(cs.error()));
    std::vector<PipelineStep> steps = cs->steps;
    auto status = PipelineStep::Status::Skipped;
    if (raise) {
        // What the runner keeps when a step raises: that step last, with the error.
        PipelineStep raised = steps.back();
        raised.status = status = PipelineStep::Status::Raised;
        raised.reason = why;
        raised.errorsAdded = 2;
        steps.push_back(raised);
    }
    PipelineStepModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(steps);
    int found = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(PipelineStepModel::StatusRole).toInt() == int(status))
            found = row;
    }
    QVERIFY(found >= 0);
    QCOMPARE(model.index(found, PipelineStepModel::StatusColumn).data().toString(), text);
    QCOMPARE(model.index(found, 0).data(PipelineStepModel::ReasonRole).toString(), why);
    QVERIFY(model.index(found, 0).data(Qt::ToolTipRole).toString().contains(why));
    QVERIFY(model.index(found, PipelineStepModel::ErrorsColumn).data().isNull());
}

QTEST_GUILESS_MAIN(TestPipelineStepModel)
#include "tst_pipelinestepmodel.moc"
