#include "models/mismatchmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ectowb;
using models::MismatchModel;
using schema::Mismatch;

namespace {

Mismatch make(Mismatch::Severity severity, const QString &module, const QString &field, const QString &column)
{
    Mismatch m;
    m.severity = severity;
    m.module = module;
    m.table = QStringLiteral("t");
    m.field = field;
    m.column = column;
    m.message = module % u' ' % field % column;
    return m;
}

} // namespace

class TestMismatchModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void errorsComeFirst();
    void whereColumn_data();
    void whereColumn();
};

void TestMismatchModel::errorsComeFirst()
{
    MismatchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMismatches({make(Mismatch::Severity::Info, QStringLiteral("A"), {}, QStringLiteral("x")),
                         make(Mismatch::Severity::Error, QStringLiteral("C"), QStringLiteral("f"), {}),
                         make(Mismatch::Severity::Warning, QStringLiteral("B"), QStringLiteral("g"), {}),
                         make(Mismatch::Severity::Error, QStringLiteral("A"), QStringLiteral("h"), {})});
    QCOMPARE(model.rowCount(), 4);
    QStringList order;
    for (int row = 0; row < model.rowCount(); ++row)
        order << model.index(row, MismatchModel::SchemaColumn).data().toString();
    QCOMPARE(order, (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("A")}));
    QCOMPARE(model.index(0, 0).data(MismatchModel::SeverityRole).toInt(), int(Mismatch::Severity::Error));
    QCOMPARE(model.index(3, 0).data(MismatchModel::SeverityRole).toInt(), int(Mismatch::Severity::Info));
    QCOMPARE(model.index(0, MismatchModel::MessageColumn).data().toString(), QStringLiteral("A h"));
    model.setMismatches({});
    QCOMPARE(model.rowCount(), 0);
}

void TestMismatchModel::whereColumn_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("field only") << "title" << "" << "title";
    QTest::newRow("same column") << "title" << "title" << "title";
    QTest::newRow("renamed column") << "title" << "headline" << "title (headline)";
    QTest::newRow("column only") << "" << "legacy" << "t.legacy";
    QTest::newRow("table only") << "" << "" << "t";
}

void TestMismatchModel::whereColumn()
{
    QFETCH(QString, field);
    QFETCH(QString, column);
    QFETCH(QString, expected);
    MismatchModel model;
    model.setMismatches({make(Mismatch::Severity::Error, QStringLiteral("M"), field, column)});
    QCOMPARE(model.index(0, MismatchModel::WhereColumn).data().toString(), expected);
}

QTEST_GUILESS_MAIN(TestMismatchModel)
#include "tst_mismatchmodel.moc"
