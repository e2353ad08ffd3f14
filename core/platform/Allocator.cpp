#include "platform/Allocator.h"

#include <cstdlib> // defines __GLIBC__ with glibc, which the test below needs

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
#endif

#include <cstdint>

namespace lymph {

void keepFreedMemoryForReuse()
{
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    // Setting either threshold ends glibc's adaptive thresholds, so the mmap one is set too:
    // 1 MB keeps result columns up to 131,072 rows (a daily 50-year horizon is 18,263) in the
    // heap, while a cohort's larger histograms (over 1 MB: daily output beyond about 2.6 years)
    // stay mapped on their own, zeroed by the kernel on first touch for calloc, and returned to
    // the system when freed.
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
}

namespace {

constexpr std::size_t kHugePage = std::size_t(2) << 20;

// Large enough to be worth its own mapping (below it: calloc, from the heap or its own mmap).
bool ownMapping(std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    return bytes >= kHugePage;
#else
    (void)bytes;
    return false;
#endif
}

std::size_t roundedUp(std::size_t bytes)
{
    return (bytes + kHugePage - 1) / kHugePage * kHugePage;
}

} // namespace

void *allocateZeroed(std::size_t bytes)
{
    if (!ownMapping(bytes))
        return std::calloc(bytes, 1);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    // Mapped one huge page too large, then trimmed to a 2 MB-aligned range: only aligned
    // ranges can be backed by huge pages.
    const std::size_t size = roundedUp(bytes);
    void *mapped = mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        return nullptr;
    const auto start = reinterpret_cast<std::uintptr_t>(mapped);
    const std::uintptr_t aligned = (start + kHugePage - 1) / kHugePage * kHugePage;
    if (aligned > start)
        munmap(mapped, aligned - start);
    const std::uintptr_t end = start + size + kHugePage;
    if (end > aligned + size)
        munmap(reinterpret_cast<void *>(aligned + size), end - (aligned + size));
    void *data = reinterpret_cast<void *>(aligned);
    madvise(data, size, MADV_HUGEPAGE); // a request: without it, small pages, still zeroed
    return data;
#else
    return nullptr;
#endif
}

void freeZeroed(void *pointer, std::size_t bytes)
{
    if (!pointer)
        return;
    if (!ownMapping(bytes)) {
        std::free(pointer);
        return;
    }
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    munmap(pointer, roundedUp(bytes));
#endif
}

} // namespace lymph
