#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ectowb::gui {

// What the user asked for on the command line.
struct GuiOptions
{
    QString project;     // empty: the bundled sample
    QString openFile;    // relative to the project folder
    QString screenshot;  // hidden: save a PNG of the window and quit
    QString view;        // a view to show and raise ("migrations")
    QString database;    // a database URL for every view instead of the project's
    QString query;       // Ecto code for the query composer
    bool run = false;    // run that query once the database is ready
    bool present = false; // start in presentation mode (F11)
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // --lang, read before the parser exists so that --help is translated too.
    // Returns nullopt (after telling the user) for a language we do not have.
    static std::optional<QString> language(const QStringList &arguments);
    // Parses the rest; --help and --version print and exit here.
    static GuiOptions parse(const QCoreApplication &app);
    static QString noSuchFolder(const QString &folder);
    static QString unknownView(const QString &view);
};

} // namespace ectowb::gui
