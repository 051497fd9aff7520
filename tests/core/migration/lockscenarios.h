#pragma once

// The concurrency and kill -9 scenarios of issue 15, shared by tst_migratorlocks (one
// round) and tst_migratorstress (twenty per database): several `ectowb migrations up
// --all` processes at once on one database, with a @disable_ddl_transaction migration
// that counts how often it ran; and a run killed with SIGKILL half-way.

#include "migratorfixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <memory>
#include <vector>

namespace ectowb::test {

constexpr int TableMigrations = 8;

// counter, then the counting migration outside a transaction, then tables t_1..t_8.
inline QList<MigrationSource> countingMigrations()
{
    QList<MigrationSource> sources{
        {QStringLiteral("20240101000000_create_counter"), QStringLiteral("    create table(:counter) do\n      add :n, :integer\n    end")},
        {QStringLiteral("20240101000001_count_once"),
         QStringLiteral("  @disable_ddl_transaction true\n\n  def up do\n    execute \"INSERT INTO counter (n) VALUES (1)\"\n  end\n\n"
                        "  def down do\n    execute \"DELETE FROM counter\"\n  end\n")}};
    for (int i = 1; i <= TableMigrations; ++i)
        sources.append({QStringLiteral("2024010100%1_create_t_%2").arg(1000 + i).arg(i),
                        QStringLiteral("    create table(:t_%1) do\n      add :title, :string\n      add :n, :integer\n    end\n"
                                       "    create index(:t_%1, [:n])")
                            .arg(i)});
    return sources;
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline QStringList upArguments(const QString &project, const QString &url)
{
    return {QStringLiteral("migrations"), QStringLiteral("up"), QStringLiteral("--all"), QStringLiteral("--project"), project,
            QStringLiteral("--db"), url};
}

// `processes` runs of `ectowb migrations up --all` started together.
inline QList<CliRun> concurrentUps(const QString &project, const QString &url, int processes)
{
    std::vector<std::unique_ptr<QProcess>> running;
    for (int i = 0; i < processes; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(ECTOWB_CLI), upArguments(project, url));
        running.push_back(std::move(p));
    }
    QList<CliRun> runs;
    for (auto &p : running) {
        CliRun r;
        if (p->waitForFinished(120000) && p->exitStatus() == QProcess::NormalExit)
            r.exitCode = p->exitCode();
        r.out = QString::fromUtf8(p->readAllStandardOutput());
        r.err = QString::fromUtf8(p->readAllStandardError());
        runs.append(r);
    }
    return runs;
}

// What went wrong in one concurrent round, or nothing.
inline QString checkConcurrentRound(const QList<CliRun> &runs, db::Connection &c, int migrations)
{
    int loserLines = 0;
    for (const CliRun &r : runs) {
        if (r.exitCode != 0)
            return QStringLiteral("a migrator failed (%1): %2").arg(r.exitCode).arg(r.err);
        loserLines += int(r.out.count(QLatin1String("(another migrator ran it)")));
    }
    const QStringList counted = rowsAsText(c, QStringLiteral("SELECT count(*) FROM counter"));
    if (counted != QStringList{QStringLiteral("1")})
        return QStringLiteral("the counting migration ran %1 times").arg(counted.join(u','));
    const QList<qint64> versions = recordedVersions(c);
    if (versions.size() != migrations)
        return QStringLiteral("%1 versions recorded, expected %2").arg(versions.size()).arg(migrations);
    // Each migration ran in exactly one process; the others said another ran it or
    // had nothing left to do.
    int ran = 0;
    for (const CliRun &r : runs)
        ran += int(r.out.count(QLatin1String("== Migrated ")));
    if (ran != migrations)
        return QStringLiteral("%1 migrations ran in all, expected %2 (%3 'another migrator' lines)").arg(ran).arg(migrations).arg(loserLines);
    return {};
}

// A slow transactional migration after the counter's, so that a kill lands in one.
inline QList<MigrationSource> slowMigrations(bool postgres)
{
    QList<MigrationSource> sources = countingMigrations();
    const QString slow = postgres ? QStringLiteral("SELECT pg_sleep(0.3)")
                                  : QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) "
                                                   "SELECT count(*) FROM c");
    for (int i = 1; i <= 3; ++i)
        sources.append({QStringLiteral("2024010200%1_slow_%2").arg(1000 + i).arg(i),
                        QStringLiteral("    create table(:s_%1) do\n      add :x, :integer\n    end\n    execute \"%2\", \"SELECT 1\"")
                            .arg(i)
                            .arg(slow)});
    return sources;
}

// Kills a run after `afterMs`; then every transactional migration is either recorded
// with its table or absent with it, and a second run finishes the job.
inline QString killAndResume(const QString &project, const QString &url, db::Connection &c, int afterMs, int migrations,
                             bool postgres)
{
    QProcess p;
    p.start(QStringLiteral(ECTOWB_CLI), upArguments(project, url));
    if (!p.waitForStarted())
        return QStringLiteral("could not start the CLI");
    QThread::msleep(afterMs);
    p.kill(); // SIGKILL
    p.waitForFinished();
    const QList<qint64> versions = recordedVersions(c);
    const QString tableQuery = postgres
                                   ? QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = ?")
                                   : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
    for (const MigrationSource &m : slowMigrations(postgres)) {
        const qint64 version = m.first.section(u'_', 0, 0).toLongLong();
        const QString tail = m.first.section(u'_', 2);
        const QString table = m.first.contains(QLatin1String("_slow_")) ? QStringLiteral("s_") + tail : tail;
        if (table == u"once")
            continue; // outside a transaction: Ecto gives no guarantee there
        auto rows = c.exec(tableQuery, {table});
        const bool exists = rows && rows->rows.value(0).value(0).toInt() > 0;
        if (exists != versions.contains(version))
            return QStringLiteral("after kill -9 at %1 ms: table %2 %3 but version %4 %5")
                .arg(afterMs)
                .arg(table, exists ? QStringLiteral("exists") : QStringLiteral("is missing"))
                .arg(version)
                .arg(versions.contains(version) ? QStringLiteral("is recorded") : QStringLiteral("is not"));
    }
    QProcess again;
    again.start(QStringLiteral(ECTOWB_CLI), upArguments(project, url));
    if (!again.waitForFinished(120000) || again.exitCode() != 0)
        return QStringLiteral("the run after the kill failed: ") + QString::fromUtf8(again.readAllStandardError());
    if (recordedVersions(c).size() != migrations)
        return QStringLiteral("the run after the kill left %1 versions").arg(recordedVersions(c).size());
    return {};
}

} // namespace ectowb::test
