// The timeline's review: a badge per migration with its worst finding, the Review
// pane (a click shows the line in the source), lock marks in the SQL panes, Plan
// before Apply, and rollback buttons that say why Ecto would refuse.
#include "codeview.h"
#include "migrationdelegate.h"
#include "migrationreviewpane.h"
#include "migrationsqlpanel.h"
#include "migrationtimeline.h"
#include "workspace/workspace.h"
#include "models/migrationlistmodel.h"
#include "screenshot.h"

#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace ectowb;
using models::MigrationListModel;
using widgets::MigrationTimeline;

namespace {

// A migration that shows most of what the reviewer knows on PostgreSQL.
const QByteArray kRisky = "defmodule Blog.Repo.Migrations.TightenPosts do\n"
                          "  use Ecto.Migration\n"
                          "\n"
                          "  def change do\n"
                          "    alter table(:posts) do\n"
                          "      modify :view_count, :bigint, null: false\n"
                          "    end\n"
                          "\n"
                          "    alter table(:posts) do\n"
                          "      add :uid, :uuid, default: fragment(\"gen_random_uuid()\")\n"
                          "    end\n"
                          "\n"
                          "    create index(:posts, [:title], concurrently: true)\n"
                          "    execute \"UPDATE posts SET title = trim(title)\"\n"
                          "  end\n"
                          "end\n";

} // namespace

class TestMigrationReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        // A copy of the bundled sample, so runs write a temporary blog_dev.db beside it.
        QVERIFY(testsupport::copyTree(testsupport::sampleProjectDir(), m_project));
        QFile risky(m_project + QStringLiteral("/priv/repo/migrations/20240401000000_tighten_posts.exs"));
        QVERIFY(risky.open(QIODevice::WriteOnly));
        risky.write(kRisky);
    }

    void badgesReviewPaneAndLockMarks()
    {
        workspace::Workspace opened;
        MigrationTimeline timeline(&opened);
        timeline.resize(1400, 900);
        QSignalSpy refreshed(&timeline, &MigrationTimeline::refreshed);
        opened.open(m_project);
        QVERIFY(refreshed.wait(30000));
        timeline.setDialect(db::Dialect::Postgres); // the project's database is SQLite
        QAbstractItemModelTester tester(timeline.model());
        MigrationListModel *model = timeline.model();
        QCOMPARE(model->rowCount(), 9);
        // Badges: the worst finding of each migration.
        const QModelIndex first = model->index(0);
        const QModelIndex risky = model->index(8);
        QCOMPARE(model->data(first, MigrationListModel::WorstFindingRole).toInt(), int(migration::LintSeverity::Info));
        QCOMPARE(model->data(risky, MigrationListModel::WorstFindingRole).toInt(), int(migration::LintSeverity::Error));
        QVERIFY(widgets::MigrationDelegate::findingBadge(risky).startsWith(u"error"));

        timeline.list()->setCurrentIndex(risky);
        widgets::MigrationSqlPanel *panel = timeline.sqlPanel();
        const QString up = panel->upText();
        QVERIFY2(up.contains(u"-- lock: ACCESS EXCLUSIVE, rewrite on posts"), qPrintable(up));
        QVERIFY2(up.contains(u"-- lock: SHARE UPDATE EXCLUSIVE, concurrently on posts"), qPrintable(up));
        QVERIFY2(up.contains(u"-- lock: ROW EXCLUSIVE on posts"), qPrintable(up));
        QVERIFY(!panel->upView()->extraSelections().isEmpty());

        // The Review pane lists the findings; a click shows the line in the source.
        QTreeWidget *tree = panel->reviewPane()->tree();
        QVERIFY(tree->topLevelItemCount() >= 5);
        QTreeWidgetItem *volatileDefault = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(2) == QLatin1String("column_volatile_default"))
                volatileDefault = tree->topLevelItem(i);
        QVERIFY(volatileDefault);
        QCOMPARE(volatileDefault->text(1), QStringLiteral("10"));
        Q_EMIT tree->itemClicked(volatileDefault, 0);
        QCOMPARE(panel->currentSourceLine(), 10);
        screenshot::grabAndCheck(timeline, QStringLiteral("migration-review"));
    }

    void planBeforeApply()
    {
        workspace::Workspace opened;
        MigrationTimeline timeline(&opened);
        QSignalSpy refreshed(&timeline, &MigrationTimeline::refreshed);
        opened.open(m_project);
        QVERIFY(refreshed.wait(30000));
        timeline.setDialect(db::Dialect::Postgres);
        QVERIFY(timeline.action(MigrationTimeline::Action::Plan)->isEnabled());
        const QString plan = timeline.planMarkdown();
        QVERIFY2(plan.contains(u"9 pending migration(s)"), qPrintable(plan));
        QVERIFY(plan.contains(u"### 20240401000000 Blog.Repo.Migrations.TightenPosts"));
        QVERIFY(plan.contains(u"ACCESS EXCLUSIVE, rewrite"));
        QVERIFY(plan.contains(u"reversible: no: "));
        QTextBrowser browser; // what Plan... shows
        browser.setMarkdown(plan);
        browser.resize(1000, 700);
        browser.show();
        QCoreApplication::processEvents();
        // The risky migration, at the end of the plan.
        browser.verticalScrollBar()->setValue(browser.verticalScrollBar()->maximum());
        screenshot::grabAndCheck(browser, QStringLiteral("migration-plan"));
    }

    // After Apply All, the newest migration cannot be reversed (modify without from:):
    // the rollback button says so, and pressing it runs nothing.
    void rollbackSaysWhyBeforeRunning()
    {
        // SQLite cannot run the PostgreSQL-only risky migration: use one it can run.
        QFile risky(m_project + QStringLiteral("/priv/repo/migrations/20240401000000_tighten_posts.exs"));
        QVERIFY(risky.open(QIODevice::WriteOnly | QIODevice::Truncate));
        risky.write("defmodule Blog.Repo.Migrations.Backfill do\n  use Ecto.Migration\n\n  def change do\n"
                    "    execute \"UPDATE posts SET title = trim(title)\"\n  end\nend\n");
        risky.close();
        workspace::Workspace opened;
        MigrationTimeline timeline(&opened);
        QStringList asked;
        timeline.setConfirmation([&](const QString &title, const QString &) {
            asked << title;
            return true;
        });
        QSignalSpy refreshed(&timeline, &MigrationTimeline::refreshed);
        opened.open(m_project);
        QVERIFY(refreshed.wait(30000));
        QSignalSpy finished(&timeline, &MigrationTimeline::runFinished);
        timeline.action(MigrationTimeline::Action::ApplyAll)->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().toBool());
        QAction *rollBack = timeline.action(MigrationTimeline::Action::RollBack);
        QTRY_VERIFY_WITH_TIMEOUT(rollBack->isEnabled() && rollBack->text().contains(u"irreversible"), 30000);
        QVERIFY2(rollBack->toolTip().contains(u"execute"), qPrintable(rollBack->toolTip()));
        finished.clear();
        rollBack->trigger();
        QCOMPARE(asked, QStringList{QStringLiteral("Cannot Roll Back")});
        QVERIFY(!finished.wait(300)); // nothing ran
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
};

QTEST_MAIN(TestMigrationReview)
#include "tst_migrationreview.moc"
