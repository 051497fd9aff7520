// What a person waits for when the workbench opens a big project:
//   bench_startup [--schemas N] [--migrations N] [--rounds N] [--keep DIR]
// Generates a Phoenix-style project (default 500 schemas, 500 contexts and 500
// migrations: about 1,500 files), then, offscreen, builds the main window, shows it
// and opens the project, timing from the window's construction to
//   first paint        the window painted at all (no black window),
//   schemas shown      the schema tree painted with every schema in it (target < 1 s),
//   migrations listed  the timeline lists every migration.
// Each round is a new window; the best round is reported with the median.
#include "elixirprojectgenerator.h"
#include "mainwindow.h"
#include "migrationtimeline.h"
#include "schemabrowser.h"
#include "schemadock.h"
#include "models/migrationlistmodel.h"
#include "models/schematreemodel.h"

#include "benchtools.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QListView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <vector>

using namespace ectowb;

namespace {

// Notes the first paint of a widget after a condition holds.
class PaintProbe : public QObject
{
public:
    PaintProbe(QWidget *target, const QElapsedTimer &clock, std::function<bool()> ready)
        : m_clock(clock), m_ready(std::move(ready))
    {
        target->installEventFilter(this);
    }
    double ms = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && ms < 0 && m_ready())
            ms = m_clock.nsecsElapsed() / 1e6;
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    std::function<bool()> m_ready;
};

struct Round
{
    double firstPaint = -1;
    double schemasShown = -1;
    double migrationsListed = -1;
};

Round measure(const QString &root, int schemas, int migrations)
{
    Round round;
    QElapsedTimer clock;
    clock.start();
    widgets::MainWindow window;
    PaintProbe painted(&window, clock, [] { return true; });
    widgets::SchemaBrowser *browser = window.schemaDock()->browser();
    PaintProbe schemasPainted(browser->tree()->viewport(), clock, [browser, schemas] {
        return browser->model()->snapshot().size() >= schemas;
    });
    models::MigrationListModel *list = window.migrationTimeline()->model();
    QObject::connect(list, &QAbstractItemModel::modelReset, &window, [&] {
        if (round.migrationsListed < 0 && list->rowCount() >= migrations)
            round.migrationsListed = clock.nsecsElapsed() / 1e6;
    });
    window.show();
    window.showView(QStringLiteral("schemas"));
    window.openProject(root);
    QElapsedTimer limit;
    limit.start();
    while ((painted.ms < 0 || schemasPainted.ms < 0 || round.migrationsListed < 0) && limit.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    round.firstPaint = painted.ms;
    round.schemasShown = schemasPainted.ms;
    return round;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // no saved window state or zoom
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int schemaCount = bench::option(args, QStringLiteral("--schemas"), QStringLiteral("500")).toInt();
    const int migrationCount = bench::option(args, QStringLiteral("--migrations"), QStringLiteral("500")).toInt();
    const int rounds = std::max(1, bench::option(args, QStringLiteral("--rounds"), QStringLiteral("3")).toInt());
    QTextStream out(stdout);
    QTemporaryDir temp;
    const QString root = bench::option(args, QStringLiteral("--keep"), temp.path());
    const auto files = bench::ElixirProjectGenerator().generate(schemaCount, migrationCount);
    if (!bench::writeFiles(root, files)) {
        out << "cannot write the project to " << root << '\n';
        return 1;
    }
    std::vector<Round> results;
    for (int i = 0; i < rounds; ++i) {
        results.push_back(measure(root, schemaCount, migrationCount));
        const Round &r = results.back();
        if (r.firstPaint < 0 || r.schemasShown < 0 || r.migrationsListed < 0) {
            out << "round " << i << " did not finish within 30 s: paint " << r.firstPaint << ", schemas "
                << r.schemasShown << ", migrations " << r.migrationsListed << '\n';
            return 1;
        }
    }
    const auto report = [&](const char *name, double Round::*field, const char *target) {
        std::vector<double> values;
        for (const Round &r : results)
            values.push_back(r.*field);
        std::sort(values.begin(), values.end());
        out << QStringLiteral("%1 best %2 ms, median %3 ms%4\n")
                   .arg(QString::fromLatin1(name), -18)
                   .arg(values.front(), 0, 'f', 1)
                   .arg(values[values.size() / 2], 0, 'f', 1)
                   .arg(QString::fromLatin1(target));
    };
    out << "project: " << files.size() << " files, " << schemaCount << " schemas, " << migrationCount
        << " migrations; " << rounds << " rounds\n";
    report("first paint:", &Round::firstPaint, "");
    report("schemas shown:", &Round::schemasShown, " (target < 1000)");
    report("migrations listed:", &Round::migrationsListed, "");
    return 0;
}
