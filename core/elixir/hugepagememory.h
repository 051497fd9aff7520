#pragma once

#include <cstddef>

namespace ectowb::elixir {

// Zeroed memory for the reader's large, long-lived tables (the atom table and its
// pool of atoms), backed by 2 MiB pages where the kernel allows it. Touching a
// fresh 4 KiB page costs a page fault, and on a virtual machine one fault can cost
// as much as reading a small file; a 2 MiB page is one fault for 512 of them.
// Elsewhere it is plain zeroed heap memory.
class HugePageMemory
{
public:
    // At least `bytes` zeroed bytes; `mapped` receives the size to give back.
    static void *allocate(size_t bytes, size_t &mapped);
    static void release(void *memory, size_t mapped);

    // One huge page; a request of at least half of one gets huge pages.
    static constexpr size_t HugePageBytes = size_t(2) * 1024 * 1024;
};

} // namespace ectowb::elixir
