#pragma once

#include "reader.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace ectowb::elixir {

// Reads many source files at once, on every core: a project or `ectowb ast --check`.
// Each thread reads its files a batch at a time (BulkFileReader) into buffers it
// reuses, and parses them with the reader's per-thread storage, so a small file
// costs little more than its bytes.
class BatchReader
{
public:
    struct Options
    {
        int threads = 0; // 0: one per core
        // Called with (done, total) as files finish, from the worker threads.
        std::function<void(int, int)> progress;
        const std::atomic_bool *cancel = nullptr; // stops early; unread files stay empty
        // Only the errors are wanted (a syntax check): each tree is dropped as soon as
        // it is built, so thousands of files never sit in memory at once.
        bool errorsOnly = false;
    };

    // One result per path, in the order of `paths`. A file that cannot be read gives a
    // SyntaxError that says so, like Reader::parseFile.
    static std::vector<ParseResult> parseFiles(const QStringList &paths, const Options &options);
    static std::vector<ParseResult> parseFiles(const QStringList &paths) { return parseFiles(paths, Options()); }

    // A syntax check of `count` files named as the system gives them (argv): the
    // errors only, in the order of `paths`. Thousands of names are never turned into
    // QStrings, nor thousands of empty results kept.
    static std::vector<SyntaxError> checkFiles(const char *const *paths, int count, const Options &options);
};

} // namespace ectowb::elixir
