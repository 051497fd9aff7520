#include "models/schematreemodel.h"
#include "project/projectloader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace ectowb;
using models::SchemaTreeModel;
using Kind = SchemaTreeModel::ItemKind;

namespace {

QString projectDir(const QString &name)
{
    if (name == u"sample")
        return QStringLiteral(ECTOWB_SOURCE_DIR "/resources/sample/blog");
    return QStringLiteral(ECTOWB_TEST_DATA "/projects/") % name;
}

int itemCount(const schema::Schema &s)
{
    return int(s.fields.size() + s.virtualFields.size() + s.associations.size() + s.embeds.size() + s.unresolved.size());
}

} // namespace

class TestSchemaTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mirrorsProject_data();
    void mirrorsProject();
    void associationRoles_data();
    void associationRoles();
    void fieldDetails_data();
    void fieldDetails();
    void mismatchesMarkSchemaAndField();
    void recursiveFilterKeepsParents();
};

void TestSchemaTreeModel::mirrorsProject_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<int>("minimumSchemas");
    QTest::newRow("sample") << "sample" << 7;
    QTest::newRow("shop") << "shop" << 3;
    QTest::newRow("umbrella") << "umbrella" << 2;
    QTest::newRow("with_deps") << "with_deps" << 1;
}

void TestSchemaTreeModel::mirrorsProject()
{
    QFETCH(QString, project);
    QFETCH(int, minimumSchemas);
    const project::Project loaded = project::ProjectLoader::load(projectDir(project));
    QVERIFY(loaded.schemas.size() >= minimumSchemas);
    SchemaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setSnapshot(loaded.schemas);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), loaded.schemas.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const schema::Schema &s = loaded.schemas.at(row);
        const QModelIndex index = model.index(row, 0);
        QCOMPARE(index.data().toString(), s.module);
        QCOMPARE(model.rowCount(index), itemCount(s));
        QCOMPARE(index.data(SchemaTreeModel::KindRole).toInt(), int(s.embedded ? Kind::EmbeddedSchema : Kind::Schema));
        QCOMPARE(model.indexOfSchema(s.module), index);
        for (int child = 0; child < model.rowCount(index); ++child) {
            const QModelIndex item = model.index(child, 0, index);
            QCOMPARE(model.parent(item), index);
            QCOMPARE(item.data(SchemaTreeModel::ModuleRole).toString(), s.module);
            QVERIFY(!item.data().toString().isEmpty());
        }
    }
    // A second snapshot (fewer schemas) stays consistent under the tester.
    model.setSnapshot(loaded.schemas.mid(1));
    QCOMPARE(model.rowCount(), loaded.schemas.size() - 1);
}

void TestSchemaTreeModel::associationRoles_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("detailStart");
    QTest::newRow("post author") << "Blog.Post" << "author" << "Blog.User" << "belongs_to Blog.User";
    QTest::newRow("post comments") << "Blog.Post" << "comments" << "Blog.Comment" << "has_many Blog.Comment";
    QTest::newRow("post tags") << "Blog.Post" << "tags" << "Blog.Tag" << "many_to_many Blog.Tag";
    QTest::newRow("user profile") << "Blog.User" << "profile" << "Blog.Profile" << "has_one Blog.Profile";
}

void TestSchemaTreeModel::associationRoles()
{
    QFETCH(QString, module);
    QFETCH(QString, name);
    QFETCH(QString, target);
    QFETCH(QString, detailStart);
    SchemaTreeModel model;
    model.setSnapshot(project::ProjectLoader::load(projectDir(QStringLiteral("sample"))).schemas);
    const QModelIndex item = model.indexOfItem(module, Kind::Association, name);
    QVERIFY(item.isValid());
    QCOMPARE(item.data(SchemaTreeModel::TargetModuleRole).toString(), target);
    QCOMPARE(item.data(SchemaTreeModel::KindRole).toInt(), int(Kind::Association));
    const QString detail = item.siblingAtColumn(SchemaTreeModel::DetailColumn).data().toString();
    QVERIFY2(detail.startsWith(detailStart), qPrintable(detail));
    QVERIFY(model.indexOfSchema(target).isValid());
}

void TestSchemaTreeModel::fieldDetails_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("contains");
    QTest::newRow("primary key") << "Blog.Post" << "id" << int(Kind::Field) << "primary_key";
    QTest::newRow("foreign key") << "Blog.Post" << "author_id" << int(Kind::Field) << ":id";
    QTest::newRow("timestamp") << "Blog.Post" << "inserted_at" << int(Kind::Field) << ":naive_datetime";
}

void TestSchemaTreeModel::fieldDetails()
{
    QFETCH(QString, module);
    QFETCH(QString, field);
    QFETCH(int, kind);
    QFETCH(QString, contains);
    SchemaTreeModel model;
    model.setSnapshot(project::ProjectLoader::load(projectDir(QStringLiteral("sample"))).schemas);
    const QModelIndex item = model.indexOfItem(module, Kind(kind), field);
    QVERIFY(item.isValid());
    const QString detail = item.siblingAtColumn(SchemaTreeModel::DetailColumn).data().toString();
    QVERIFY2(detail.contains(contains), qPrintable(detail));
}

void TestSchemaTreeModel::mismatchesMarkSchemaAndField()
{
    SchemaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(project::ProjectLoader::load(projectDir(QStringLiteral("sample"))).schemas);
    schema::Mismatch missing;
    missing.kind = schema::Mismatch::Kind::FieldWithoutColumn;
    missing.severity = schema::Mismatch::Severity::Error;
    missing.module = QStringLiteral("Blog.Post");
    missing.table = QStringLiteral("posts");
    missing.field = QStringLiteral("title");
    missing.message = QStringLiteral("no column title");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setMismatches({missing});
    QVERIFY(!changed.isEmpty());
    const QModelIndex post = model.indexOfSchema(QStringLiteral("Blog.Post"));
    const QModelIndex title = model.indexOfItem(QStringLiteral("Blog.Post"), Kind::Field, QStringLiteral("title"));
    const QModelIndex body = model.indexOfItem(QStringLiteral("Blog.Post"), Kind::Field, QStringLiteral("body"));
    const QModelIndex user = model.indexOfSchema(QStringLiteral("Blog.User"));
    QCOMPARE(post.data(SchemaTreeModel::MismatchSeverityRole).toInt(), int(schema::Mismatch::Severity::Error));
    QCOMPARE(title.data(SchemaTreeModel::MismatchSeverityRole).toInt(), int(schema::Mismatch::Severity::Error));
    QCOMPARE(title.data(SchemaTreeModel::MismatchTextRole).toString(), missing.message);
    QVERIFY(title.data(Qt::ToolTipRole).toString().contains(missing.message));
    QCOMPARE(body.data(SchemaTreeModel::MismatchSeverityRole).toInt(), -1);
    QCOMPARE(user.data(SchemaTreeModel::MismatchSeverityRole).toInt(), -1);
    model.setMismatches({});
    QCOMPARE(post.data(SchemaTreeModel::MismatchSeverityRole).toInt(), -1);
}

void TestSchemaTreeModel::recursiveFilterKeepsParents()
{
    SchemaTreeModel model;
    model.setSnapshot(project::ProjectLoader::load(projectDir(QStringLiteral("sample"))).schemas);
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("birth_date"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Blog.Profile"));
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
}

QTEST_GUILESS_MAIN(TestSchemaTreeModel)
#include "tst_schematreemodel.moc"
