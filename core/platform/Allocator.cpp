#include "platform/Allocator.h"

#include <cstdlib> // defines __GLIBC__ with glibc, which the test below needs

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
#endif

#include <cstdint>
#include <cstring>
#include <deque>
#include <mutex>
#include <utility>

namespace lymph {

void keepFreedMemoryForReuse()
{
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    // Setting either threshold ends glibc's adaptive thresholds, so the mmap one is set too:
    // 1 MB keeps result columns up to 131,072 rows (a daily 50-year horizon is 18,263) in the
    // heap, while larger blocks stay mapped on their own.
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
    keepLargeArraysForReuse(kKeptLargeBytes);
}

namespace {

constexpr std::size_t kHugePage = std::size_t(2) << 20;

// Large enough to be worth its own mapping (below it: the C heap).
bool ownMapping(std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    return bytes >= kHugePage;
#else
    (void)bytes;
    return false;
#endif
}

// Freed mappings kept for reuse, oldest first, and what they hold in all.
struct KeptMappings {
    std::mutex mutex;
    std::size_t limit = 0;
    std::size_t held = 0;
    std::deque<std::pair<void *, std::size_t>> mappings; // (start, mapped bytes)
};

KeptMappings &kept()
{
    static KeptMappings *mappings = new KeptMappings; // never destroyed: frees may come late
    return *mappings;
}

#if defined(__linux__) && defined(MADV_HUGEPAGE)
std::size_t roundedUp(std::size_t bytes)
{
    return (bytes + kHugePage - 1) / kHugePage * kHugePage;
}

void *takeKept(std::size_t size)
{
    KeptMappings &k = kept();
    const std::lock_guard lock(k.mutex);
    for (auto it = k.mappings.rbegin(); it != k.mappings.rend(); ++it) { // newest first
        if (it->second == size) {
            void *data = it->first;
            k.held -= size;
            k.mappings.erase(std::next(it).base());
            return data;
        }
    }
    return nullptr;
}

void *mapAligned(std::size_t size)
{
    // Mapped one huge page too large, then trimmed to a 2 MB-aligned range: only aligned
    // ranges can be backed by huge pages.
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
}
#endif

using Mappings = std::deque<std::pair<void *, std::size_t>>;

// Moves the oldest kept mappings into `released` until the rest fit the limit (k locked).
void trimToLimit(KeptMappings &k, Mappings &released)
{
    while (k.held > k.limit) {
        released.push_back(k.mappings.front());
        k.held -= k.mappings.front().second;
        k.mappings.pop_front();
    }
}

void unmapAll(const Mappings &released)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    for (const auto &[data, size] : released)
        munmap(data, size);
#else
    (void)released;
#endif
}

// Gives every kept mapping back; the limit stays.
[[maybe_unused]] void releaseKept()
{
    Mappings released;
    {
        KeptMappings &k = kept();
        const std::lock_guard lock(k.mutex);
        released.swap(k.mappings);
        k.held = 0;
    }
    unmapAll(released);
}

} // namespace

void keepLargeArraysForReuse(std::size_t bytes)
{
    Mappings released;
    {
        KeptMappings &k = kept();
        const std::lock_guard lock(k.mutex);
        k.limit = bytes;
        trimToLimit(k, released);
    }
    unmapAll(released);
}

std::size_t keptLargeBytes()
{
    KeptMappings &k = kept();
    const std::lock_guard lock(k.mutex);
    return k.held;
}

void *allocateLarge(std::size_t bytes, LargeContents contents)
{
    if (!ownMapping(bytes))
        return contents == LargeContents::Zero ? std::calloc(bytes, 1) : std::malloc(bytes);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const std::size_t size = roundedUp(bytes);
    if (void *reused = takeKept(size)) {
        if (contents == LargeContents::Zero)
            std::memset(reused, 0, bytes);
        return reused;
    }
    // Fresh pages, which the kernel zeroes on first touch. When the system has none left,
    // the kept mappings (of other sizes) go back first.
    if (void *fresh = mapAligned(size))
        return fresh;
    releaseKept();
    return mapAligned(size);
#else
    return nullptr;
#endif
}

void freeLarge(void *pointer, std::size_t bytes)
{
    if (!pointer)
        return;
    if (!ownMapping(bytes)) {
        std::free(pointer);
        return;
    }
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const std::size_t size = roundedUp(bytes);
    Mappings released{{pointer, size}};
    {
        KeptMappings &k = kept();
        const std::lock_guard lock(k.mutex);
        if (size <= k.limit) {
            released.clear();
            k.mappings.emplace_back(pointer, size);
            k.held += size;
            trimToLimit(k, released); // the oldest go back first
        }
    }
    unmapAll(released);
#endif
}

} // namespace lymph
