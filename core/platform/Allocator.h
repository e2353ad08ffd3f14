#pragma once
// Process-wide allocator settings for the executables (a library should not change them), and
// the engine's own allocation of large arrays.

#include <cstddef>

namespace lymph {

// glibc gives freed memory at the top of its heap back to the system as soon as more than
// 128 KB is free there, and the next run then page-faults it in again, a replot's result
// columns every time (docs/performance.md). With glibc, keeps up to 64 MB of the heap for
// reuse instead (blocks over 1 MB are still mapped on their own); on Linux, also keeps up to
// kKeptLargeBytes of freed large arrays (keepLargeArraysForReuse).
void keepFreedMemoryForReuse();

// Large, short-lived arrays that worker threads fill at random (a cohort's histograms and
// samples). Arrays of 2 MB or more get a mapping of their own, in 2 MB pages where the system
// allows them (Linux transparent huge pages, on request): this VM took about 4 µs a fault,
// and a 1,000-patient cohort's histograms are some 14,000 small pages. Null when out of
// memory. Free with freeLarge(pointer, bytes), the same bytes.
enum class LargeContents {
    Zero,     // every byte zero
    Undefined // whatever is there: the caller writes every element before reading it
};
void *allocateLarge(std::size_t bytes, LargeContents contents);
void freeLarge(void *pointer, std::size_t bytes);

// Freed large mappings are kept, up to `bytes` in all (the oldest go back first), and given
// to the next allocateLarge of the same size: a replot's cohort then writes into memory the
// previous one had faulted in, rather than having the kernel zero fresh pages again (a tenth
// of a 1,000-patient cohort's time on this VM, docs/performance.md). 0 (the default for a
// library) gives every mapping back as it is freed. When the system refuses a new mapping, the
// kept ones are given back and it is asked once more.
void keepLargeArraysForReuse(std::size_t bytes);
constexpr std::size_t kKeptLargeBytes = std::size_t(160) << 20;
// Bytes of freed mappings held now (for tests).
std::size_t keptLargeBytes();

} // namespace lymph
