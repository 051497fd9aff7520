#include "hugepagememory.h"

#include <QtGlobal>

#include <cstdint>
#include <cstdlib>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace ectowb::elixir {

void *HugePageMemory::allocate(size_t bytes, size_t &mapped)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    if (bytes >= HugePageBytes / 2) {
        // Map one huge page more than needed and trim both ends, so that the
        // region starts on a 2 MiB boundary: only aligned ranges become huge pages.
        const size_t size = (bytes + HugePageBytes - 1) & ~(HugePageBytes - 1);
        const size_t span = size + HugePageBytes;
        void *raw = ::mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (raw != MAP_FAILED) {
            const auto start = reinterpret_cast<std::uintptr_t>(raw);
            const std::uintptr_t aligned = (start + HugePageBytes - 1) & ~std::uintptr_t(HugePageBytes - 1);
            if (aligned > start)
                ::munmap(raw, aligned - start);
            const std::uintptr_t end = start + span;
            if (end > aligned + size)
                ::munmap(reinterpret_cast<void *>(aligned + size), end - (aligned + size));
            void *memory = reinterpret_cast<void *>(aligned);
            ::madvise(memory, size, MADV_HUGEPAGE); // advice only: without it, small pages
            mapped = size;
            return memory;
        }
    }
#endif
    void *memory = std::calloc(1, bytes);
    if (!memory)
        std::abort(); // as operator new would, without exceptions
    mapped = 0; // 0: from the heap
    return memory;
}

void HugePageMemory::release(void *memory, size_t mapped)
{
    if (!memory)
        return;
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    if (mapped > 0) {
        ::munmap(memory, mapped);
        return;
    }
#endif
    std::free(memory);
}

} // namespace ectowb::elixir
