// ectowb: the headless face of Ecto Workbench. Every subcommand is a thin layer over
// ectowb_core; errors go to stderr and make the exit status non-zero.
#include "clicommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <clocale>
#include <cstring>

using namespace ectowb::cli;

namespace {

QString usage()
{
    QString text = QStringLiteral(
        "Usage: ectowb <command> [options]\n"
        "\n"
        "The command-line interface of Ecto Workbench, for scripts and CI.\n"
        "\n"
        "Commands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1%2\n").arg(command.name, -14).arg(command.summary);
    text += QStringLiteral(
        "\n"
        "Options:\n"
        "  -h, --help     Show this help, or a command's help with `ectowb <command> --help`\n"
        "  -v, --version  Show the version\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    // A syntax check of a whole tree can name ten thousand files: they go to the
    // reader as the system spells them, without a QString each (that alone cost
    // more than reading most of the files). It needs no QCoreApplication either, only
    // the locale it would set (system error messages come in the user's language).
    if (argc > 3 && std::strcmp(argv[1], "ast") == 0 && std::strcmp(argv[2], "--check") == 0) {
        std::setlocale(LC_ALL, "");
        return runAstCheck(argv + 3, argc - 3);
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ectowb"));
    QCoreApplication::setOrganizationName(QStringLiteral("ecto-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ECTOWB_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (args.isEmpty()) {
        err << usage();
        return 2;
    }
    const QString first = args.first();
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        out << usage();
        return 0;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out << "ectowb " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    for (const Command &command : commands()) {
        if (command.name == first) {
            args.removeFirst();
            return command.run(args);
        }
    }
    err << "ectowb: unknown command '" << first << "'. Run `ectowb --help` for the list.\n";
    return 2;
}
