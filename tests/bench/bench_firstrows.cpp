// From "run" to the first rows in the result model, on a 1,000,000-row SQLite table
// of blog posts. Targets: under 200 ms, and a peak memory (VmHWM) under 150 MB for
// the run part (the peak is reset with /proc/self/clear_refs after the table is
// built, so building it does not count).
//   taskset -c 1 bench_firstrows [--rows N] [--rounds N]
// Prints wall times (run -> first rows in the model: cold = a new runner that opens
// its connection, warm = a runner already connected), the process CPU time of the
// warm rounds, and the memory figures.
#include "models/resulttablemodel.h"
#include "runner/statementrunner.h"

#include "db/connection.h"

#include "benchtools.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace ectowb;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 statusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// Realistic posts: titles, slugs, a body of about 300 characters, flags, counts,
// timestamps and an author, built by SQLite itself in one statement.
QString build(const db::ConnectionSettings &settings, int rows)
{
    auto connection = db::Connection::open(settings);
    if (!connection)
        return connection.error();
    const QStringList statements{
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("CREATE TABLE posts (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, body TEXT, "
                       "slug TEXT, published INTEGER DEFAULT false NOT NULL, view_count INTEGER DEFAULT 0 NOT NULL, "
                       "score REAL, published_at TEXT, author_id INTEGER, inserted_at TEXT NOT NULL, "
                       "updated_at TEXT NOT NULL)"),
        QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < %1) "
                       "INSERT INTO posts (title, body, slug, published, view_count, score, published_at, author_id, "
                       "inserted_at, updated_at) SELECT "
                       "'Post number ' || x || ': notes on Ecto queries', "
                       "'Lorem ipsum ' || x || ' dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
                       "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation "
                       "ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit "
                       "in voluptate velit esse.', "
                       "'post-' || x, x % 3 = 0, (x * 7919) % 100000, (x % 1000) / 10.0, "
                       "CASE WHEN x % 3 = 0 THEN strftime('%Y-%m-%dT%H:%M:%S', 1700000000 + x * 60, 'unixepoch') END, "
                       "1 + x % 5000, strftime('%Y-%m-%dT%H:%M:%S', 1690000000 + x * 60, 'unixepoch'), "
                       "strftime('%Y-%m-%dT%H:%M:%S', 1690000000 + x * 90, 'unixepoch') FROM n")
            .arg(rows),
        QStringLiteral("CREATE INDEX posts_author_id_index ON posts (author_id)"),
    };
    for (const QString &sql : statements) {
        const auto done = connection.value()->exec(sql);
        if (!done)
            return done.error();
    }
    const auto count = connection.value()->exec(QStringLiteral("SELECT count(*), max(id) FROM posts"));
    if (!count || count->rows.value(0).value(0).toLongLong() != rows)
        return QStringLiteral("the table does not have %1 rows").arg(rows);
    return QString();
}

struct Timing
{
    double firstRowsMs = 0;
    int rowsShown = 0;
    QString firstTitle;
};

// Starts a run and waits until the model has its first rows.
Timing firstRows(runner::StatementRunner &runner, const QString &sql, std::unique_ptr<runner::QueryRun> &keep)
{
    models::ResultTableModel model;
    QElapsedTimer clock;
    clock.start();
    keep.reset(runner.run(runner::Statement{sql, {}}));
    model.setRun(keep.get());
    while (model.rowCount() == 0 && !keep->isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    Timing t;
    t.firstRowsMs = double(clock.nsecsElapsed()) / 1e6;
    t.rowsShown = model.rowCount();
    t.firstTitle = model.rowCount() && model.columnCount() > 1 ? model.data(model.index(0, 1)).toString()
                                                                : keep->outcome().message;
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int rows = 1000000;
    int rounds = 7;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--rows")
            rows = args.at(i + 1).toInt();
        else if (args.at(i) == u"--rounds")
            rounds = args.at(i + 1).toInt();
    }
    QTemporaryDir dir;
    const auto settings = db::ConnectionSettings::sqliteFile(dir.filePath(QStringLiteral("posts.db")), true);
    QElapsedTimer buildClock;
    buildClock.start();
    if (const QString error = build(settings, rows); !error.isEmpty()) {
        out() << "could not build the table: " << error << Qt::endl;
        return 2;
    }
    out() << "built " << rows << " rows in " << buildClock.elapsed() << " ms (" << QFile(settings.database).size() / 1024 / 1024
          << " MB file)" << Qt::endl;

    const QStringList queries{
        QStringLiteral("SELECT * FROM posts"),
        QStringLiteral("SELECT p0.\"id\", p0.\"title\", p0.\"view_count\" FROM \"posts\" AS p0 WHERE (p0.\"view_count\" > 500) "
                       "ORDER BY p0.\"id\" DESC"),
        QStringLiteral("SELECT p0.\"id\", p0.\"title\", p0.\"published_at\" FROM \"posts\" AS p0 WHERE (p0.\"author_id\" = 42)"),
    };
    // Check the result before timing anything.
    {
        runner::StatementRunner check(settings);
        std::unique_ptr<runner::QueryRun> run;
        const Timing t = firstRows(check, queries.at(0), run);
        if (t.rowsShown != check.firstBatchSize() || t.firstTitle != u"Post number 1: notes on Ecto queries") {
            out() << "wrong first rows: " << t.rowsShown << " " << t.firstTitle << Qt::endl;
            return 2;
        }
    }

    if (!resetPeak()) {
        out() << "cannot reset VmHWM (/proc/self/clear_refs)" << Qt::endl;
        return 2;
    }
    const qint64 baseKb = statusKb("VmRSS:");
    bool pass = true;
    for (const QString &sql : queries) {
        std::unique_ptr<runner::QueryRun> run;
        auto cold = std::make_unique<runner::StatementRunner>(settings);
        const Timing first = firstRows(*cold, sql, run);
        run.reset();
        cold.reset();

        runner::StatementRunner warm(settings);
        std::unique_ptr<runner::QueryRun> warmup;
        firstRows(warm, QStringLiteral("SELECT 1"), warmup);
        std::vector<double> times;
        const double cpuBefore = cpuSeconds();
        int shown = 0;
        for (int round = 0; round < rounds; ++round) {
            const Timing t = firstRows(warm, sql, run);
            times.push_back(t.firstRowsMs);
            shown = t.rowsShown;
        }
        const double cpuMs = (cpuSeconds() - cpuBefore) * 1000.0 / rounds;
        const double warmMs = bench::median(times);
        out() << sql.left(70) << "\n  first " << shown << " rows in the model: cold " << QString::number(first.firstRowsMs, 'f', 1)
              << " ms, warm median " << QString::number(warmMs, 'f', 1) << " ms (min "
              << QString::number(*std::min_element(times.begin(), times.end()), 'f', 1) << "), process CPU "
              << QString::number(cpuMs, 'f', 1) << " ms per run" << Qt::endl;
        pass = pass && first.firstRowsMs < 200 && warmMs < 200;
    }
    const qint64 peakKb = statusKb("VmHWM:");
    out() << "memory: RSS before the runs " << baseKb / 1024 << " MB, peak during the runs (VmHWM) " << peakKb / 1024
          << " MB" << Qt::endl;
    pass = pass && peakKb < 150 * 1024;

    // Not part of the targets. What scrolling costs: memory grows with the rows
    // fetched, and only with them.
    {
        runner::StatementRunner scroll(settings);
        models::ResultTableModel model;
        std::unique_ptr<runner::QueryRun> run(scroll.run(runner::Statement{queries.at(0), {}}));
        model.setRun(run.get());
        const qint64 before = statusKb("VmRSS:");
        QElapsedTimer clock;
        clock.start();
        while (model.rowCount() < 50000 && !run->isFinished()) {
            if (model.canFetchMore({}))
                model.fetchMore({});
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        const qint64 after = statusKb("VmRSS:");
        out() << "scrolling: " << model.rowCount() << " rows fetched in " << clock.elapsed() << " ms, RSS +"
              << (after - before) / 1024 << " MB (about " << (after - before) * 1024 / qMax(1, model.rowCount())
              << " bytes a row of 11 columns)" << Qt::endl;
    }
    // Nor this: a sort on an unindexed column must read every row before the first.
    {
        runner::StatementRunner sorted(settings);
        std::unique_ptr<runner::QueryRun> run;
        const Timing t = firstRows(sorted, QStringLiteral("SELECT * FROM posts ORDER BY view_count DESC"), run);
        out() << "ORDER BY an unindexed column (SQLite sorts all rows first): first rows after "
              << QString::number(t.firstRowsMs, 'f', 0) << " ms" << Qt::endl;
    }
    out() << (pass ? "PASS" : "FAIL") << ": targets first rows < 200 ms, VmHWM < 150 MB" << Qt::endl;
    return pass ? 0 : 1;
}
