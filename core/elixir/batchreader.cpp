#include "batchreader.h"

#include "bulkfilereader.h"

#include <algorithm>
#include <thread>

namespace ectowb::elixir {

std::vector<ParseResult> BatchReader::parseFiles(const QStringList &paths, const Options &options)
{
    std::vector<ParseResult> out(size_t(paths.size()));
    std::atomic_int next{0};
    std::atomic_int done{0};
    const int total = int(paths.size());
    const auto worker = [&] {
        // Files are taken a batch at a time: one batch is read with a few system
        // calls, and the two threads stay within a batch of each other at the end.
        BulkFileReader files;
        constexpr int Batch = BulkFileReader::BatchSize;
        for (int first = next.fetch_add(Batch); first < total; first = next.fetch_add(Batch)) {
            if (options.cancel && options.cancel->load())
                return;
            const int count = std::min(Batch, total - first);
            files.read(paths.constData() + first, count);
            for (int k = 0; k < count; ++k) {
                const int i = first + k;
                if (files.ok(k)) {
                    ParseResult result = Reader::parse(files.contents(k), paths[i]);
                    if (options.errorsOnly)
                        result.ast = {};
                    out[size_t(i)] = std::move(result);
                } else {
                    out[size_t(i)].error =
                        SyntaxError{paths[i], 0, 0, QStringLiteral("cannot read file: %1").arg(files.error(k))};
                }
                const int finished = ++done;
                if (options.progress)
                    options.progress(finished, total);
            }
        }
    };
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const int threads = std::clamp(options.threads > 0 ? options.threads : cores, 1,
                                   std::max(1, (total + BulkFileReader::BatchSize - 1) / BulkFileReader::BatchSize));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &t : pool)
        t.join();
    return out;
}

} // namespace ectowb::elixir
