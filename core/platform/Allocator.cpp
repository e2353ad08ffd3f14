#include "platform/Allocator.h"

#include <cstdlib> // defines __GLIBC__ with glibc, which the test below needs

#if defined(__GLIBC__)
#include <malloc.h>
#endif

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

} // namespace lymph
