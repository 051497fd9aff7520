// Every model's roleNames(): Qt's own names kept, each of the model's roles named,
// and no name given twice (QML and the tests look roles up by name, so a copied
// name would hide a role).
#include "models/migrationlistmodel.h"
#include "models/pipelinemodel.h"
#include "models/plantreemodel.h"
#include "models/projectfilesmodel.h"
#include "models/queryhistorymodel.h"
#include "models/resulttablemodel.h"
#include "models/rolenames.h"
#include "models/schematreemodel.h"

#include <QSet>
#include <QTest>

#include <functional>
#include <memory>

using namespace ectowb::models;

using ModelFactory = std::function<std::unique_ptr<QAbstractItemModel>()>;
Q_DECLARE_METATYPE(ModelFactory)

class TestModelRoleNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withRoleNamesKeepsQtsNames();
    void everyRoleHasItsOwnName_data();
    void everyRoleHasItsOwnName();
};

void TestModelRoleNames::withRoleNamesKeepsQtsNames()
{
    const QHash<int, QByteArray> names = withRoleNames({{Qt::DisplayRole, "display"}}, {{Qt::UserRole + 1, "kind"}});
    QCOMPARE(names.size(), 2);
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
    QCOMPARE(names.value(Qt::UserRole + 1), QByteArray("kind"));
}

template<typename Model>
ModelFactory factory()
{
    return [] { return std::unique_ptr<QAbstractItemModel>(new Model); };
}

void TestModelRoleNames::everyRoleHasItsOwnName_data()
{
    QTest::addColumn<ModelFactory>("make");
    QTest::addColumn<int>("lastRole"); // the model's own roles run from Qt::UserRole + 1 to here
    QTest::newRow("migrations") << factory<MigrationListModel>() << int(MigrationListModel::ReadsDataRole);
    QTest::newRow("pipeline") << factory<PipelineModel>() << int(PipelineModel::HighlightRole);
    QTest::newRow("plan") << factory<PlanTreeModel>() << int(PlanTreeModel::StartupCostRole);
    QTest::newRow("project files") << factory<ProjectFilesModel>() << int(ProjectFilesModel::IsDirectoryRole);
    QTest::newRow("query history") << factory<QueryHistoryModel>() << int(QueryHistoryModel::TimeRole);
    QTest::newRow("result table") << factory<ResultTableModel>() << int(ResultTableModel::IsNullRole);
    QTest::newRow("schema tree") << factory<SchemaTreeModel>() << int(SchemaTreeModel::MismatchTextRole);
}

void TestModelRoleNames::everyRoleHasItsOwnName()
{
    QFETCH(ModelFactory, make);
    QFETCH(int, lastRole);
    const std::unique_ptr<QAbstractItemModel> model = make();
    const QHash<int, QByteArray> names = model->roleNames();
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
    for (int role = Qt::UserRole + 1; role <= lastRole; ++role)
        QVERIFY2(names.contains(role), qPrintable(QString::number(role - Qt::UserRole)));
    const QList<QByteArray> values = names.values();
    QCOMPARE(QSet<QByteArray>(values.begin(), values.end()).size(), values.size());
}

QTEST_GUILESS_MAIN(TestModelRoleNames)
#include "tst_modelrolenames.moc"
