#include "batchreader.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <thread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ectowb::elixir {

namespace {

// Reads `path` into `buffer` (reused across files); false with `error` set on failure.
// On Unix this is open/fstat/read: QFile's engine costs more than a small file's bytes.
bool readInto(const QString &path, QByteArray &buffer, QString &error)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = QString::fromLocal8Bit(strerror(errno));
        return false;
    }
    struct stat info = {};
    bool ok = ::fstat(fd, &info) == 0 && !S_ISDIR(info.st_mode);
    qsizetype size = 0;
    if (ok) {
        buffer.resize(qsizetype(info.st_size));
        while (size < buffer.size()) {
            const ssize_t got = ::read(fd, buffer.data() + size, size_t(buffer.size() - size));
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0)
                break; // the file shrank meanwhile: parse what is there
            size += got;
        }
        buffer.resize(size);
    }
    if (!ok)
        error = QStringLiteral("not a regular file");
    ::close(fd);
    return ok;
#else
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = f.errorString();
        return false;
    }
    buffer = f.readAll();
    return true;
#endif
}

} // namespace

std::vector<ParseResult> BatchReader::parseFiles(const QStringList &paths, const Options &options)
{
    std::vector<ParseResult> out(size_t(paths.size()));
    std::atomic_int next{0};
    std::atomic_int done{0};
    const int total = int(paths.size());
    const auto worker = [&] {
        QByteArray buffer;
        QString error;
        for (int i = next++; i < total; i = next++) {
            if (options.cancel && options.cancel->load())
                return;
            if (readInto(paths[i], buffer, error)) {
                ParseResult result = Reader::parse(buffer, paths[i]);
                if (options.errorsOnly)
                    result.ast = {};
                out[size_t(i)] = std::move(result);
            } else {
                out[size_t(i)].error = SyntaxError{paths[i], 0, 0, QStringLiteral("cannot read file: %1").arg(error)};
            }
            const int finished = ++done;
            if (options.progress)
                options.progress(finished, total);
        }
    };
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const int threads = std::clamp(options.threads > 0 ? options.threads : cores, 1, std::max(1, total / 4));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &t : pool)
        t.join();
    return out;
}

} // namespace ectowb::elixir
