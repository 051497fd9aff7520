#include "commandline.h"

#include <QFileInfo>
#include <QTextStream>

namespace ectowb::cli {

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &name, const QStringList &args,
                                    const std::function<int(const QString &)> &failed)
{
    if (!parser.parse(QStringList{QStringLiteral("ectowb ") + name} + args))
        return failed(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

std::optional<QString> projectFolderProblem(const QString &dir)
{
    if (dir.isEmpty())
        return QStringLiteral("--project must name a project folder");
    if (!QFileInfo(dir).isDir())
        return QStringLiteral("--project must name a project folder (not found: %1)").arg(dir);
    return std::nullopt;
}

} // namespace ectowb::cli
