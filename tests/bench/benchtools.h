#pragma once

// What every benchmark needs around the work it times: its command line options,
// the generated project on disk, CPU time beside the wall clock, and the median.
#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <type_traits>
#include <vector>

namespace ectowb::bench {

// The value after `name` on the command line, or `fallback`.
QString option(const QStringList &args, const QString &name, const QString &fallback);
int intOption(const QStringList &args, const QString &name, int fallback);

// Writes `files` (path relative to `root` -> content) below `root`; false when one
// cannot be written, so a benchmark never times a half-written project.
bool writeFiles(const QString &root, const QMap<QString, QByteArray> &files);

// CPU time of the calling thread: on a shared machine the wall clock also counts the
// time other processes held the core.
double threadCpuSeconds();

// Seconds on the wall clock since some fixed point, for differences only.
inline double wallSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// The least disturbed of `rounds` runs of `work`, in seconds of `clock` (wall or
// threadCpuSeconds): on a shared machine the best round is closest to the cost.
// -1 as soon as a `work` returning bool returns false: a wrong result is no time.
template<typename Work>
double bestOf(int rounds, Work work, double (*clock)() = wallSeconds)
{
    double best = 1e18;
    for (int round = 0; round < rounds; ++round) {
        const double start = clock();
        if constexpr (std::is_same_v<std::invoke_result_t<Work>, bool>) {
            if (!work())
                return -1;
        } else {
            work();
        }
        best = std::min(best, clock() - start);
    }
    return best;
}

// The middle value (0 for none): less disturbed by one slow round than the mean.
double median(std::vector<double> values);

} // namespace ectowb::bench
