#pragma once
// Process-wide allocator settings for the executables (a library should not change them).

namespace lymph {

// glibc gives freed memory at the top of its heap back to the system as soon as more than
// 128 KB is free there, and the next run then page-faults it in again, a replot's result
// columns every time (docs/performance.md).
// Keeps up to 64 MB for reuse instead. Blocks over 1 MB (the cohort's histograms) are
// still mapped on their own and returned when freed. Does nothing on other C libraries.
void keepFreedMemoryForReuse();

} // namespace lymph
