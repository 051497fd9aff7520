#include "models/projectfilesmodel.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <optional>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ectowb;
using models::ProjectFilesModel;
using project::FileKind;
using project::ProjectFiles;

namespace {

void touch(const QString &root, const QString &relativePath)
{
    const QString path = root % u'/' % relativePath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
}

// The tree as indented lines, read through the model API only.
void dump(const QAbstractItemModel &model, const QModelIndex &parent, int depth, QStringList &lines)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        lines << QString(depth * 2, u' ') % index.data().toString();
        dump(model, index, depth + 1, lines);
    }
}

QString sampleDir()
{
    return QStringLiteral(ECTOWB_SOURCE_DIR "/resources/sample/blog");
}

} // namespace

class TestProjectFilesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void treeHidesBuildFoldersAndSortsFoldersFirst();
    void kindOf_data();
    void kindOf();
    void samplePathsResolve();
    void resetKeepsModelConsistent();
    void missingFolderIsInvalid();
    void limitTruncates();
    void asyncScanMatchesSyncScan();

private:
    QTemporaryDir m_dir;
};

void TestProjectFilesModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString root = m_dir.path();
    for (const char *path : {"mix.exs", "README.md", "lib/app.ex", "lib/app/repo.ex", "config/dev.exs",
                             "_build/dev/x.beam", "deps/ecto/mix.exs", ".git/HEAD", "node_modules/a.js",
                             ".formatter.exs", "priv/repo/migrations/1_init.exs", "assets/Zeta.txt"})
        touch(root, QString::fromLatin1(path));
}

void TestProjectFilesModel::treeHidesBuildFoldersAndSortsFoldersFirst()
{
    ProjectFilesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(ProjectFiles::scan(m_dir.path()));
    QStringList lines;
    dump(model, {}, 0, lines);
    const QStringList expected = {
        QStringLiteral("assets"), QStringLiteral("  Zeta.txt"),
        QStringLiteral("config"), QStringLiteral("  dev.exs"),
        QStringLiteral("lib"), QStringLiteral("  app"), QStringLiteral("    repo.ex"), QStringLiteral("  app.ex"),
        QStringLiteral("priv"), QStringLiteral("  repo"), QStringLiteral("    migrations"),
        QStringLiteral("      1_init.exs"),
        QStringLiteral(".formatter.exs"), QStringLiteral("mix.exs"), QStringLiteral("README.md"),
    };
    QCOMPARE(lines, expected);
}

void TestProjectFilesModel::kindOf_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::newRow("ex") << QStringLiteral("post.ex") << int(FileKind::ElixirSource);
    QTest::newRow("exs") << QStringLiteral("mix.exs") << int(FileKind::ElixirScript);
    QTest::newRow("heex") << QStringLiteral("index.html.heex") << int(FileKind::Template);
    QTest::newRow("sql") << QStringLiteral("structure.SQL") << int(FileKind::Sql);
    QTest::newRow("markdown") << QStringLiteral("README.md") << int(FileKind::Other);
    QTest::newRow("ex inside name") << QStringLiteral("index.exe") << int(FileKind::Other);
}

void TestProjectFilesModel::kindOf()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QCOMPARE(int(ProjectFiles::kindOf(name)), kind);
}

void TestProjectFilesModel::samplePathsResolve()
{
    ProjectFilesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(ProjectFiles::scan(sampleDir()));
    const QModelIndex post = model.indexForPath(QStringLiteral("lib/blog/post.ex"));
    QVERIFY(post.isValid());
    QCOMPARE(post.data().toString(), QStringLiteral("post.ex"));
    QCOMPARE(post.data(ProjectFilesModel::KindRole).toInt(), int(FileKind::ElixirSource));
    QVERIFY(QFileInfo(post.data(ProjectFilesModel::AbsolutePathRole).toString()).isFile());
    QCOMPARE(post.parent().data().toString(), QStringLiteral("blog"));
    QCOMPARE(post.parent().parent().data().toString(), QStringLiteral("lib"));
    QVERIFY(!post.parent().parent().parent().isValid());
    QVERIFY(post.parent().data(ProjectFilesModel::IsDirectoryRole).toBool());
    QVERIFY(!model.indexForPath(QStringLiteral("lib/blog/nope.ex")).isValid());
}

void TestProjectFilesModel::resetKeepsModelConsistent()
{
    ProjectFilesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);
    model.setSnapshot(ProjectFiles::scan(sampleDir()));
    const int sampleRows = model.rowCount();
    QVERIFY(sampleRows > 3);
    model.setSnapshot(ProjectFiles::scan(m_dir.path()));
    QCOMPARE(model.rowCount(), 7);
    model.setSnapshot(ProjectFiles());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 3);
}

void TestProjectFilesModel::missingFolderIsInvalid()
{
    const ProjectFiles files = ProjectFiles::scan(m_dir.path() % u"/does-not-exist");
    QVERIFY(!files.isValid());
    QCOMPARE(files.nodeCount(), 0);
}

void TestProjectFilesModel::limitTruncates()
{
    const ProjectFiles all = ProjectFiles::scan(m_dir.path());
    QVERIFY(!all.isTruncated());
    QCOMPARE(all.fileCount(), 8);  // the 12 made minus the 4 in hidden and build folders
    const ProjectFiles few = ProjectFiles::scan(m_dir.path(), 3);
    QVERIFY(few.isTruncated());
    QVERIFY(few.nodeCount() < all.nodeCount());
    QVERIFY(few.nodeCount() <= 4);
}

void TestProjectFilesModel::asyncScanMatchesSyncScan()
{
    // As the project dock scans: on the workspace's pool, the answer on this thread.
    workspace::Workspace workspace;
    std::optional<ProjectFiles> answer;
    workspace.run<ProjectFiles>(&workspace, [] { return ProjectFiles::scan(sampleDir()); },
                                [&](const ProjectFiles &files) { answer = files; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
    const ProjectFiles async = *answer;
    const ProjectFiles sync = ProjectFiles::scan(sampleDir());
    QCOMPARE(async.nodeCount(), sync.nodeCount());
    QVERIFY(async.find(u"lib/blog/post.ex") > 0);
    QCOMPARE(async.rootPath(), sync.rootPath());
}

QTEST_GUILESS_MAIN(TestProjectFilesModel)
#include "tst_projectfilesmodel.moc"
