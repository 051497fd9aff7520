#include "batchreader.h"

#include "astatomtable.h"
#include "bulkfilereader.h"

#include <QFile>

#include <algorithm>
#include <array>
#include <mutex>
#include <thread>

namespace ectowb::elixir {

namespace {

constexpr int Batch = BulkFileReader::BatchSize;

// File names given as QStrings (a project): encoded for the system a batch at a time.
struct QStringPaths
{
    const QStringList &list;
    const char *native(int i, QByteArray &scratch) const
    {
        scratch = QFile::encodeName(list[i]);
        return scratch.constData();
    }
    QString name(int i) const { return list[i]; }
};

// File names as the system gave them (a command line): used as they are, and
// decoded only for a file that has something to report.
struct NativePaths
{
    const char *const *paths;
    const char *native(int i, QByteArray &) const { return paths[i]; }
    QString name(int i) const { return QFile::decodeName(paths[i]); }
};

// Reads and parses files 0..total) on every core and hands each result to
// sink(index, result, paths) from the thread that read it. Files are taken a
// batch at a time: one batch is read with a few system calls, and the threads
// finish within a batch of each other.
template<typename Paths, typename Sink>
void readAll(const Paths &paths, int total, const BatchReader::Options &options, bool namesInTrees, Sink sink)
{
    std::atomic_int next{0};
    std::atomic_int done{0};
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const int threads = std::clamp(options.threads > 0 ? options.threads : cores, 1, std::max(1, (total + Batch - 1) / Batch));
    const auto worker = [&] {
        BulkFileReader files;
        // Generated and real projects alike bring a few new names a file.
        AstAtomTable::local().reserve(size_t(total / threads + 1) * 4);
        std::array<QByteArray, Batch> scratch;
        std::array<const char *, Batch> native = {};
        for (int first = next.fetch_add(Batch); first < total; first = next.fetch_add(Batch)) {
            if (options.cancel && options.cancel->load())
                return;
            const int count = std::min(Batch, total - first);
            for (int k = 0; k < count; ++k)
                native[size_t(k)] = paths.native(first + k, scratch[size_t(k)]);
            files.read(native.data(), count);
            for (int k = 0; k < count; ++k) {
                const int i = first + k;
                ParseResult result;
                if (files.ok(k)) {
                    // The name only goes into an error: a check fills it in afterwards.
                    result = Reader::parse(files.contents(k), namesInTrees ? paths.name(i) : QString());
                    if (!result.isValid() && !namesInTrees)
                        result.error->file = paths.name(i);
                } else {
                    result.error = SyntaxError{paths.name(i), 0, 0, QStringLiteral("cannot read file: %1").arg(files.error(k))};
                }
                sink(i, std::move(result));
                const int finished = ++done;
                if (options.progress)
                    options.progress(finished, total);
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &t : pool)
        t.join();
}

} // namespace

std::vector<ParseResult> BatchReader::parseFiles(const QStringList &paths, const Options &options)
{
    std::vector<ParseResult> out(size_t(paths.size()));
    readAll(QStringPaths{paths}, int(paths.size()), options, true, [&](int i, ParseResult &&result) {
        if (options.errorsOnly)
            result.ast = {};
        out[size_t(i)] = std::move(result);
    });
    return out;
}

std::vector<SyntaxError> BatchReader::checkFiles(const char *const *paths, int count, const Options &options)
{
    // Only the few errors are kept, not a result per file.
    std::mutex lock;
    std::vector<std::pair<int, SyntaxError>> found;
    readAll(NativePaths{paths}, count, options, false, [&](int i, ParseResult &&result) {
        if (result.isValid())
            return;
        const std::lock_guard<std::mutex> guard(lock);
        found.emplace_back(i, std::move(*result.error));
    });
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<SyntaxError> errors;
    errors.reserve(found.size());
    for (auto &entry : found)
        errors.push_back(std::move(entry.second));
    return errors;
}

} // namespace ectowb::elixir
