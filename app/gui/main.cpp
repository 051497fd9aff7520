#include "commandline.h"
#include "mainwindow.h"
#include "migrationtimeline.h"
#include "querycomposer.h"
#include "queryrunpanel.h"
#include "schemadock.h"
#include "db/databaseurl.h"
#include "project/sampleproject.h"
#include "workspace/workspace.h"
#include "translationloader.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

using namespace ectowb;

namespace {

// Grabs the window once the project is shown (and the migration timeline has read
// its database, when that is the view asked for), for the README and for tests.
void scheduleScreenshot(widgets::MainWindow &window, const QString &file, bool waitForMigrations, bool waitForRun)
{
    auto grab = [&window, file] {
        QTimer::singleShot(500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            if (!saved)
                std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    if (waitForRun)
        QObject::connect(window.queryComposer()->runPanel(), &widgets::QueryRunPanel::runFinished, &window, grab,
                         Qt::SingleShotConnection);
    else if (waitForMigrations)
        QObject::connect(window.migrationTimeline(), &widgets::MigrationTimeline::refreshed, &window, grab,
                         Qt::SingleShotConnection);
    else
        QObject::connect(&window, &widgets::MainWindow::projectLoaded, &window, grab, Qt::SingleShotConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ecto-workbench"));
    QApplication::setOrganizationName(QStringLiteral("ecto-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Ecto Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(ECTOWB_VERSION));

    const std::optional<QString> language = gui::CommandLine::language(QApplication::arguments());
    if (!language)
        return 2;
    widgets::TranslationLoader::install(&app, *language);
    const gui::GuiOptions options = gui::CommandLine::parse(app);

    // The sample's throwaway database lives here; the migration timeline creates the file.
    project::SampleProject::ensureDataFolder();
    widgets::MainWindow window;
    if (!options.openFile.isEmpty()) {
        QObject::connect(&window, &widgets::MainWindow::projectLoaded, &window,
                         [&window, file = options.openFile](bool ok) { if (ok) window.openProjectFile(file); });
    }
    if (!options.screenshot.isEmpty())
        scheduleScreenshot(window, options.screenshot, options.view == u"migrations", options.run && !options.query.isEmpty());
    if (!options.query.isEmpty()) {
        // Connected after the window's own: the composer has the project by then. The
        // database is ready once the timeline has read it (the sample's is made on
        // first start).
        QObject::connect(window.workspace(), &workspace::Workspace::projectLoaded, &window,
                         [&window, source = options.query] { window.queryComposer()->setSource(source); },
                         Qt::SingleShotConnection);
        if (options.run)
            QObject::connect(window.migrationTimeline(), &widgets::MigrationTimeline::refreshed, &window,
                             [&window] { QTimer::singleShot(100, &window, [&window] { window.queryComposer()->runQuery(); }); },
                             Qt::SingleShotConnection);
    }
    window.show();
    if (options.present)
        window.setPresenting(true);
    const QString project = options.project.isEmpty() ? project::SampleProject::folder() : options.project;
    if (!window.openProject(project) && !options.project.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(gui::CommandLine::noSuchFolder(project)));
        return 1;
    }
    if (!options.database.isEmpty()) {
        const auto settings = db::DatabaseUrl::parse(options.database);
        if (!settings) {
            std::fprintf(stderr, "%s\n", qPrintable(settings.error()));
            return 1;
        }
        window.setDatabase(*settings);
    }
    if (!options.view.isEmpty() && !window.showView(options.view)) {
        std::fprintf(stderr, "%s\n", qPrintable(gui::CommandLine::unknownView(options.view)));
        return 1;
    }
    return app.exec();
}
