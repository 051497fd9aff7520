#include "commandline.h"
#include "mainwindow.h"

#include "translationloader.h"

#include <QCommandLineParser>
#include <QDir>

#include <cstdio>

namespace ectowb::gui {

std::optional<QString> CommandLine::language(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--lang" && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (argument.startsWith(u"--lang="))
            language = argument.mid(7);
    }
    const QStringList supported = widgets::TranslationLoader::supportedLanguages();
    if (language.isEmpty() || supported.contains(language))
        return language;
    const QString message = tr("Unknown language \"%1\"; use one of: %2").arg(language, supported.join(u", "));
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return std::nullopt;
}

GuiOptions CommandLine::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A desktop workbench for Ecto, the database toolkit of Elixir."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption project(QStringLiteral("project"),
        tr("Open the project in <folder> (default: the bundled blog sample)."), tr("folder"));
    const QCommandLineOption open(QStringLiteral("open"),
        tr("Show <file> of the project, a path relative to its folder."), tr("file"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        tr("Use the language <code>: en, de or fr (default: the system's)."), tr("code"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        tr("Save a picture of the window to <png> and quit."), tr("png"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption view(QStringLiteral("view"), tr("Show the view <name>: schemas, diagram, mismatches, query, changesets or migrations."), tr("name"));
    const QCommandLineOption database(QStringLiteral("database"),
        tr("Work on the database at <url> instead of the project's."), tr("url"));
    const QCommandLineOption query(QStringLiteral("query"),
        tr("Put the Ecto query <code> in the query composer."), tr("code"));
    const QCommandLineOption run(QStringLiteral("run"), tr("Run that query once the database is ready."));
    const QCommandLineOption present(QStringLiteral("present"),
        tr("Start in presentation mode (F11): full screen, large fonts, high contrast."));
    parser.addOptions({project, open, lang, screenshot, view, database, query, run, present});
    parser.process(app);
    return {parser.value(project), QDir::fromNativeSeparators(parser.value(open)), parser.value(screenshot),
            parser.value(view), parser.value(database), parser.value(query), parser.isSet(run), parser.isSet(present)};
}

QString CommandLine::noSuchFolder(const QString &folder)
{
    return tr("No such project folder: %1").arg(QDir::toNativeSeparators(folder));
}

QString CommandLine::unknownView(const QString &view)
{
    return tr("Unknown view \"%1\"; use one of: %2").arg(view, widgets::MainWindow::viewNames().join(u", "));
}

} // namespace ectowb::gui
