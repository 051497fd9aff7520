#pragma once

#include <QByteArray>
#include <QString>

#include <array>

namespace ectowb::elixir {

// Reads the bytes of a few files at a time with as few system calls as it can: a
// project's files are small, and opening, reading and closing each one cost more
// than reading its bytes (four system calls a file were a third of `ast --check`).
// On Linux one io_uring submission opens, reads and closes a whole batch; elsewhere,
// or where io_uring is refused, each file is opened and read in turn. One reader
// belongs to one thread; its buffers are reused from batch to batch.
class BulkFileReader
{
public:
    static constexpr int BatchSize = 32;

    // `useRing` false reads every file alone, as where there is no io_uring.
    explicit BulkFileReader(bool useRing = true);
    ~BulkFileReader();
    BulkFileReader(const BulkFileReader &) = delete;
    BulkFileReader &operator=(const BulkFileReader &) = delete;

    // Reads paths[0..count), count <= BatchSize, file names as the system spells
    // them (QFile::encodeName); then contents(i) or error(i) tell how each went,
    // until the next call. The names must stay valid during the call.
    void read(const char *const *paths, int count);
    bool ok(int i) const { return m_ok[size_t(i)]; }
    const QByteArray &contents(int i) const { return m_buffers[size_t(i)]; }
    const QString &error(int i) const { return m_errors[size_t(i)]; }

    // One file, without the ring: the way every file is read where there is none,
    // and the one that speaks for a file the ring could not read whole.
    static bool readFile(const char *path, QByteArray &buffer, QString &error);

private:
    struct Ring;

    // Reads the batch through the ring; false for a file means "read it alone".
    void readWithRing(const char *const *paths, int count);

    Ring *m_ring = nullptr; // null: no io_uring here
    std::array<QByteArray, BatchSize> m_buffers;
    std::array<QString, BatchSize> m_errors;
    std::array<bool, BatchSize> m_ok = {};
};

} // namespace ectowb::elixir
