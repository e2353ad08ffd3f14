#pragma once
// Process-wide allocator settings for the executables (a library should not change them), and
// the engine's own allocation of large zeroed arrays.

#include <cstddef>

namespace lymph {

// glibc gives freed memory at the top of its heap back to the system as soon as more than
// 128 KB is free there, and the next run then page-faults it in again, a replot's result
// columns every time (docs/performance.md).
// Keeps up to 64 MB for reuse instead. Blocks over 1 MB (the cohort's histograms) are
// still mapped on their own and returned when freed. Does nothing on other C libraries.
void keepFreedMemoryForReuse();

// Zero-filled memory for large, short-lived arrays that worker threads fill at random (a
// cohort's histograms): fresh pages the kernel zeroes on first touch, in 2 MB pages where the
// system allows them (Linux transparent huge pages, on request), since this VM took about 4 µs
// a fault and a 1,000-patient cohort's histograms are some 14,000 small pages. Null when out of
// memory. Free with freeZeroed(pointer, bytes), the same bytes.
void *allocateZeroed(std::size_t bytes);
void freeZeroed(void *pointer, std::size_t bytes);

} // namespace lymph
