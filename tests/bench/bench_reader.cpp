// Reader throughput over a generated ~10 MB Phoenix-style project, on one thread.
//   bench_reader [--mb N] [--rounds N] [--write DIR]
// --write DIR also saves the project, so Elixir's own parser can be timed on the same
// files (tests/bench/elixir_parse_speed.exs).
#include "elixirprojectgenerator.h"
#include "elixir/reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace ectowb;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int megabytes = option(QStringLiteral("--mb"), QStringLiteral("10")).toInt();
    const int rounds = option(QStringLiteral("--rounds"), QStringLiteral("7")).toInt();
    const QString writeDir = option(QStringLiteral("--write"), QString());
    QTextStream out(stdout);

    bench::ElixirProjectGenerator generator;
    const auto files = generator.generateBySize(qint64(megabytes) * 1000 * 1000);
    qint64 bytes = 0;
    for (const QByteArray &content : files)
        bytes += content.size();

    if (!writeDir.isEmpty()) {
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QString path = writeDir + QLatin1Char('/') + it.key();
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size()) {
                QTextStream(stderr) << "cannot write " << path << '\n';
                return 1;
            }
        }
    }

    // Correctness before speed: every generated file must parse into a module, and
    // the same tree again when parsed again (the reader reuses per-thread state).
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const auto result = elixir::Reader::parse(it.value(), it.key());
        if (!result.isValid()) {
            QTextStream(stderr) << "generated file does not parse: " << result.error->toString() << '\n';
            return 1;
        }
        const auto again = elixir::Reader::parse(it.value(), it.key());
        if (!result.ast.isCall(u"defmodule") || !again.isValid() || again.ast != result.ast) {
            QTextStream(stderr) << "unexpected tree for " << it.key() << '\n';
            return 1;
        }
    }

    // CPU time of this thread as well: on a loaded machine the wall clock also
    // counts the time other processes held the core.
    auto threadCpuSeconds = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    };
    std::vector<double> seconds;
    std::vector<double> cpuSeconds;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuSeconds();
        timer.start();
        qsizetype nodesSeen = 0; // files read into a module
        // With the file name, as the project loader reads them.
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            nodesSeen += elixir::Reader::parse(it.value(), it.key()).ast.isCall(u"defmodule") ? 1 : 0;
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
        cpuSeconds.push_back(threadCpuSeconds() - cpuStart);
        if (nodesSeen != files.size())
            return 1;
    }
    std::sort(seconds.begin(), seconds.end());
    std::sort(cpuSeconds.begin(), cpuSeconds.end());
    const double mb = double(bytes) / 1e6;
    out << "files: " << files.size() << ", size: " << QString::number(mb, 'f', 2) << " MB\n";
    out << "best:   " << QString::number(mb / seconds.front(), 'f', 1) << " MB/s ("
        << QString::number(seconds.front() * 1000, 'f', 1) << " ms)\n";
    out << "median: " << QString::number(mb / seconds[seconds.size() / 2], 'f', 1) << " MB/s\n";
    out << "cpu:    " << QString::number(mb / cpuSeconds.front(), 'f', 1) << " MB/s best, "
        << QString::number(mb / cpuSeconds[cpuSeconds.size() / 2], 'f', 1) << " MB/s median (thread CPU time)\n";
    return 0;
}
