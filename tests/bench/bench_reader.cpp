// Reader throughput over a generated ~10 MB Phoenix-style project, on one thread.
//   bench_reader [--mb N] [--rounds N] [--write DIR]
// Many small files, from disk, as a project load or `ectowb ast --check` reads them:
//   bench_reader --files N [--rounds N]
// writes about N generated files to a temporary folder and times reading them one by
// one (Reader::parseFile) against BatchReader::parseFiles (every core, files read a
// batch at a time, trees kept: a project load) and BatchReader::checkFiles (the same
// with native names and errors only: `ectowb ast --check`). The whole process of
// `ectowb ast --check` also counts its start-up: time it from outside too.
// --write DIR also saves the project, so Elixir's own parser can be timed on the same
// files (tests/bench/elixir_parse_speed.exs).
#include "elixirprojectgenerator.h"
#include "elixir/batchreader.h"
#include "elixir/reader.h"

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

int manyFiles(int count, int rounds)
{
    QTextStream out(stdout);
    // A schema, a context and a migration per entity: three files each.
    const auto files = bench::ElixirProjectGenerator().generate(std::max(1, count / 3), std::max(1, count / 3));
    QTemporaryDir dir;
    QStringList paths;
    qint64 bytes = 0;
    if (!bench::writeFiles(dir.path(), files))
        return 1;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        paths << dir.filePath(it.key());
        bytes += it.value().size();
    }
    // Both ways must read every file into the same tree before either is timed.
    const std::vector<elixir::ParseResult> batch = elixir::BatchReader::parseFiles(paths);
    for (int i = 0; i < paths.size(); ++i) {
        const elixir::ParseResult single = elixir::Reader::parseFile(paths.at(i));
        if (!single.isValid() || !batch[size_t(i)].isValid() || !(single.ast == batch[size_t(i)].ast)) {
            QTextStream(stderr) << "different or broken tree for " << paths.at(i) << '\n';
            return 1;
        }
    }
    const double oneByOne = bench::bestOf(rounds, [&] {
        int ok = 0;
        for (const QString &path : std::as_const(paths))
            ok += elixir::Reader::parseFile(path).isValid() ? 1 : 0;
        return ok == paths.size();
    });
    const double parallel = bench::bestOf(rounds, [&] {
        const auto results = elixir::BatchReader::parseFiles(paths);
        return std::all_of(results.begin(), results.end(), [](const elixir::ParseResult &r) { return r.isValid(); });
    });
    std::vector<QByteArray> names;
    std::vector<const char *> native;
    names.reserve(size_t(paths.size()));
    for (const QString &path : std::as_const(paths))
        native.push_back(names.emplace_back(QFile::encodeName(path)).constData());
    if (!elixir::BatchReader::checkFiles(native.data(), int(native.size()), {}).empty())
        return 1;
    const double check = bench::bestOf(rounds, [&] {
        return elixir::BatchReader::checkFiles(native.data(), int(native.size()), {}).empty();
    });
    const double mb = double(bytes) / 1e6;
    out << "files: " << paths.size() << ", size: " << QString::number(mb, 'f', 2) << " MB, "
        << QString::number(double(bytes) / paths.size() / 1024, 'f', 1) << " KiB a file\n";
    out << "one by one:   " << QString::number(oneByOne * 1000, 'f', 1) << " ms, "
        << QString::number(mb / oneByOne, 'f', 1) << " MB/s, " << QString::number(paths.size() / oneByOne, 'f', 0) << " files/s\n";
    out << "BatchReader:  " << QString::number(parallel * 1000, 'f', 1) << " ms, "
        << QString::number(mb / parallel, 'f', 1) << " MB/s, " << QString::number(paths.size() / parallel, 'f', 0) << " files/s ("
        << QString::number(oneByOne / parallel, 'f', 2) << "x)\n";
    out << "checkFiles:   " << QString::number(check * 1000, 'f', 1) << " ms, "
        << QString::number(mb / check, 'f', 1) << " MB/s, " << QString::number(paths.size() / check, 'f', 0) << " files/s ("
        << QString::number(oneByOne / check, 'f', 2) << "x)\n";
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int megabytes = bench::option(args, QStringLiteral("--mb"), QStringLiteral("10")).toInt();
    const int rounds = bench::option(args, QStringLiteral("--rounds"), QStringLiteral("7")).toInt();
    const QString writeDir = bench::option(args, QStringLiteral("--write"), QString());
    const int fileCount = bench::option(args, QStringLiteral("--files"), QStringLiteral("0")).toInt();
    if (fileCount > 0)
        return manyFiles(fileCount, rounds);
    QTextStream out(stdout);

    bench::ElixirProjectGenerator generator;
    const auto files = generator.generateBySize(qint64(megabytes) * 1000 * 1000);
    qint64 bytes = 0;
    for (const QByteArray &content : files)
        bytes += content.size();

    if (!writeDir.isEmpty() && !bench::writeFiles(writeDir, files)) {
        QTextStream(stderr) << "cannot write the files to " << writeDir << '\n';
        return 1;
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
    std::vector<double> seconds;
    std::vector<double> cpuSeconds;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        const double cpuStart = bench::threadCpuSeconds();
        timer.start();
        qsizetype nodesSeen = 0; // files read into a module
        // With the file name, as the project loader reads them.
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            nodesSeen += elixir::Reader::parse(it.value(), it.key()).ast.isCall(u"defmodule") ? 1 : 0;
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
        cpuSeconds.push_back(bench::threadCpuSeconds() - cpuStart);
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
