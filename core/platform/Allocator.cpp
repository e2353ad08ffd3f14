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
    // Setting the trim threshold also freezes the mmap threshold at its 128 KB default, so
    // blocks above it stay separately mapped (and zero-filled by the kernel for calloc).
    mallopt(M_MMAP_THRESHOLD, 128 << 10);
#endif
}

} // namespace lymph
