#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ectowb::cli {

// Reads `args` for `ectowb <name>`. On a bad option: what `failed` returns for the
// parser's message (each command reports in its own format, text or JSON); after
// printing --help: 0; nullopt when the command goes on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &name, const QStringList &args,
                                    const std::function<int(const QString &)> &failed);

// Why `dir` cannot be the --project folder, or nullopt when it can.
std::optional<QString> projectFolderProblem(const QString &dir);

} // namespace ectowb::cli
