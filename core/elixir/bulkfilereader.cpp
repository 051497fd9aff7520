#include "bulkfilereader.h"

#include <QFile>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

// io_uring with direct descriptors and linked files (Linux 5.17, checked when the
// ring is set up); IORING_FILE_INDEX_ALLOC came with headers a little newer, so
// headers that have it describe everything used here.
#if defined(Q_OS_LINUX) && __has_include(<linux/io_uring.h>)
#include <linux/io_uring.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#ifdef IORING_FILE_INDEX_ALLOC
#define ECTOWB_HAVE_IO_URING 1
#endif
#endif

namespace ectowb::elixir {

namespace {

// A file's bytes must fit one slot for the ring to read it whole; a bigger file is
// read again alone. Project sources are rarely more than a few KiB.
constexpr unsigned SlotBytes = 64 * 1024;

} // namespace

#ifdef ECTOWB_HAVE_IO_URING

// The kernel's submission and completion queues, mapped into this process. Each file
// is three linked requests: open into a direct descriptor (no entry in the process's
// file table), read from it into the file's slot, close it. The read is hard-linked
// so that a short read (the usual case: the slot is bigger than the file) still
// closes the file.
struct BulkFileReader::Ring
{
    static constexpr unsigned Entries = 128;
    static_assert(Entries >= 3 * BulkFileReader::BatchSize);

    int fd = -1;
    void *sqMap = MAP_FAILED;
    size_t sqMapSize = 0;
    void *cqMap = MAP_FAILED;
    size_t cqMapSize = 0;
    io_uring_sqe *sqes = static_cast<io_uring_sqe *>(MAP_FAILED);
    size_t sqesSize = 0;
    unsigned *sqTail = nullptr;
    unsigned sqMask = 0;
    unsigned *sqArray = nullptr;
    unsigned *cqHead = nullptr;
    unsigned *cqTail = nullptr;
    unsigned cqMask = 0;
    io_uring_cqe *cqes = nullptr;
    // Folders of recent files, opened once: a file is then opened by its last name
    // under its folder, and the kernel walks one path component instead of all.
    struct Folder
    {
        QByteArray path;
        int fd = -1;
    };
    std::array<Folder, 8> folders;
    size_t nextFolder = 0;

    static Ring *create();
    // The descriptor of the folder path[0..length), or -1.
    int folder(const char *path, size_t length)
    {
        const QByteArrayView wanted(path, qsizetype(length));
        for (const Folder &f : folders) {
            if (f.fd >= 0 && f.path == wanted)
                return f.fd;
        }
        Folder &f = folders[nextFolder++ % folders.size()];
        if (f.fd >= 0)
            ::close(f.fd);
        f.path = wanted.toByteArray();
        f.fd = ::open(f.path.constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
        return f.fd;
    }
    ~Ring();
    static int enter(int fd, unsigned submit, unsigned wait, unsigned flags)
    {
        return int(::syscall(__NR_io_uring_enter, fd, submit, wait, flags, nullptr, 0));
    }
    io_uring_sqe *push(unsigned &tail)
    {
        const unsigned index = tail & sqMask;
        io_uring_sqe *sqe = sqes + index;
        std::memset(sqe, 0, sizeof(*sqe));
        sqArray[index] = index;
        ++tail;
        return sqe;
    }
};

BulkFileReader::Ring *BulkFileReader::Ring::create()
{
    io_uring_params params = {};
    const int fd = int(::syscall(__NR_io_uring_setup, Entries, &params));
    if (fd < 0)
        return nullptr; // no io_uring (old kernel, seccomp, io_uring_disabled): read alone
    // Opening into and closing a direct descriptor needs Linux 5.15, and a read
    // linked to the open that fills its slot 5.17 (IORING_FEAT_LINKED_FILE); an
    // older kernel would ignore the slot and leak, or close descriptor 0.
    if (!(params.features & IORING_FEAT_LINKED_FILE) || !(params.features & IORING_FEAT_CQE_SKIP)) {
        ::close(fd);
        return nullptr;
    }
    auto *ring = new Ring;
    ring->fd = fd;
    ring->sqMapSize = params.sq_off.array + params.sq_entries * sizeof(unsigned);
    ring->cqMapSize = params.cq_off.cqes + params.cq_entries * sizeof(io_uring_cqe);
    ring->sqesSize = params.sq_entries * sizeof(io_uring_sqe);
    ring->sqMap = ::mmap(nullptr, ring->sqMapSize, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, fd, IORING_OFF_SQ_RING);
    ring->cqMap = ::mmap(nullptr, ring->cqMapSize, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, fd, IORING_OFF_CQ_RING);
    ring->sqes = static_cast<io_uring_sqe *>(
        ::mmap(nullptr, ring->sqesSize, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, fd, IORING_OFF_SQES));
    if (ring->sqMap == MAP_FAILED || ring->cqMap == MAP_FAILED || ring->sqes == MAP_FAILED) {
        delete ring;
        return nullptr;
    }
    char *sq = static_cast<char *>(ring->sqMap);
    char *cq = static_cast<char *>(ring->cqMap);
    ring->sqTail = reinterpret_cast<unsigned *>(sq + params.sq_off.tail);
    ring->sqMask = *reinterpret_cast<unsigned *>(sq + params.sq_off.ring_mask);
    ring->sqArray = reinterpret_cast<unsigned *>(sq + params.sq_off.array);
    ring->cqHead = reinterpret_cast<unsigned *>(cq + params.cq_off.head);
    ring->cqTail = reinterpret_cast<unsigned *>(cq + params.cq_off.tail);
    ring->cqMask = *reinterpret_cast<unsigned *>(cq + params.cq_off.ring_mask);
    ring->cqes = reinterpret_cast<io_uring_cqe *>(cq + params.cq_off.cqes);
    // One empty direct-descriptor slot per file of a batch.
    int empty[BatchSize];
    std::fill(std::begin(empty), std::end(empty), -1);
    if (::syscall(__NR_io_uring_register, fd, IORING_REGISTER_FILES, empty, BatchSize) < 0) {
        delete ring;
        return nullptr;
    }
    return ring;
}

BulkFileReader::Ring::~Ring()
{
    for (const Folder &f : folders) {
        if (f.fd >= 0)
            ::close(f.fd);
    }
    if (sqes != MAP_FAILED)
        ::munmap(sqes, sqesSize);
    if (cqMap != MAP_FAILED)
        ::munmap(cqMap, cqMapSize);
    if (sqMap != MAP_FAILED)
        ::munmap(sqMap, sqMapSize);
    if (fd >= 0)
        ::close(fd);
}

void BulkFileReader::readWithRing(const char *const *paths, int count)
{
    Ring &ring = *m_ring;
    enum Op : quint64 { Open, Read, Close };
    unsigned tail = *ring.sqTail; // only this thread writes it
    for (int i = 0; i < count; ++i) {
        QByteArray &buffer = m_buffers[size_t(i)];
        buffer.resize(SlotBytes); // its capacity is kept from batch to batch
        io_uring_sqe *open = ring.push(tail);
        open->opcode = IORING_OP_OPENAT;
        const char *name = paths[i];
        const char *slash = std::strrchr(name, '/');
        const int folder = slash && slash != name ? ring.folder(name, size_t(slash - name)) : -1;
        open->fd = folder >= 0 ? folder : AT_FDCWD;
        open->addr = quint64(quintptr(folder >= 0 ? slash + 1 : name));
        open->open_flags = O_RDONLY; // O_CLOEXEC is refused for a direct descriptor, and means nothing there
        open->file_index = unsigned(i) + 1; // slot i, counted from 1
        open->flags = IOSQE_IO_LINK;
        open->user_data = quint64(i) * 4 + Open;
        io_uring_sqe *read = ring.push(tail);
        read->opcode = IORING_OP_READ;
        read->fd = i; // the slot, with IOSQE_FIXED_FILE
        read->addr = quint64(quintptr(buffer.data()));
        read->len = SlotBytes;
        read->off = 0;
        read->flags = IOSQE_FIXED_FILE | IOSQE_IO_HARDLINK;
        read->user_data = quint64(i) * 4 + Read;
        io_uring_sqe *close = ring.push(tail);
        close->opcode = IORING_OP_CLOSE;
        close->file_index = unsigned(i) + 1;
        close->user_data = quint64(i) * 4 + Close;
    }
    std::atomic_ref<unsigned>(*ring.sqTail).store(tail, std::memory_order_release);

    unsigned unsubmitted = unsigned(count) * 3;
    unsigned submitted = 0;
    unsigned reaped = 0;
    int refusedOpens = 0;
    bool broken = false;
    while (!broken && (unsubmitted > 0 || reaped < submitted)) {
        // Submit and wait in one call; wait only for what was submitted before, so a
        // request the kernel did not take can never leave this waiting forever.
        const int got = Ring::enter(ring.fd, unsubmitted, submitted - reaped, IORING_ENTER_GETEVENTS);
        if (got < 0 && errno != EINTR)
            broken = true;
        if (got > 0) {
            unsubmitted -= unsigned(got);
            submitted += unsigned(got);
        } else if (got == 0 && unsubmitted > 0 && submitted == reaped) {
            broken = true; // nothing taken and nothing to wait for
        }
        unsigned head = *ring.cqHead;
        const unsigned cqTail = std::atomic_ref<unsigned>(*ring.cqTail).load(std::memory_order_acquire);
        for (; head != cqTail; ++head, ++reaped) {
            const io_uring_cqe &cqe = ring.cqes[head & ring.cqMask];
            const size_t i = size_t(cqe.user_data / 4);
            switch (Op(cqe.user_data % 4)) {
            case Open:
                if (cqe.res == -EINVAL)
                    ++refusedOpens;
                break;
            case Read:
                // A full slot may be a bigger file: read it alone then.
                m_ok[i] = cqe.res >= 0 && unsigned(cqe.res) < SlotBytes;
                if (m_ok[i])
                    m_buffers[i].resize(cqe.res);
                break;
            case Close:
                break;
            }
        }
        std::atomic_ref<unsigned>(*ring.cqHead).store(head, std::memory_order_release);
    }
    // A kernel that takes the ring but not these requests (no direct descriptors)
    // refuses every open: stop using the ring. Its files are read alone below.
    if (broken || refusedOpens == count) {
        if (reaped != submitted) {
            // Requests still in the kernel may yet write into these buffers: they
            // are left to it, never freed. (The kernel copies each name when it
            // takes the request.)
            new std::array<QByteArray, BatchSize>(std::move(m_buffers));
            m_buffers = {};
            m_ok.fill(false); // every file of the batch is read again alone
        }
        delete m_ring;
        m_ring = nullptr;
    }
}

#else

struct BulkFileReader::Ring
{
    static Ring *create() { return nullptr; }
};

void BulkFileReader::readWithRing(const char *const *, int) {}

#endif

BulkFileReader::BulkFileReader(bool useRing)
    : m_ring(useRing ? Ring::create() : nullptr)
{
}

BulkFileReader::~BulkFileReader()
{
    delete m_ring;
}

void BulkFileReader::read(const char *const *paths, int count)
{
    Q_ASSERT(count >= 0 && count <= BatchSize);
    m_ok.fill(false);
    if (m_ring)
        readWithRing(paths, count);
    // Whatever the ring did not read whole, and every error, comes from reading the
    // file alone: the same bytes and the same messages as without the ring.
    for (int i = 0; i < count; ++i) {
        if (!m_ok[size_t(i)])
            m_ok[size_t(i)] = readFile(paths[i], m_buffers[size_t(i)], m_errors[size_t(i)]);
    }
}

bool BulkFileReader::readFile(const char *path, QByteArray &buffer, QString &error)
{
#ifdef Q_OS_UNIX
    // open/fstat/read: QFile's engine costs more than a small file's bytes.
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
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
    QFile f(QFile::decodeName(path));
    if (!f.open(QIODevice::ReadOnly)) {
        error = f.errorString();
        return false;
    }
    buffer = f.readAll();
    return true;
#endif
}

} // namespace ectowb::elixir
