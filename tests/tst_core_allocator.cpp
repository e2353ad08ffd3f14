// The executables' allocator setting (platform/Allocator.h), alone in its process.
#include "platform/Allocator.h"

#include <QtTest>
#include <cstdint>
#include <cstdlib>
#include <utility>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace lymph;

class CoreAllocator : public QObject {
    Q_OBJECT
private slots:
    void freedMemoryIsKeptForReuse()
    {
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
        // 4 MB in 64 KB blocks (below the mmap threshold: from the heap), then all freed:
        // first at glibc's default 128 KB trim threshold, where most goes back to the system
        // (the control), then with the executables' setting, where it stays. A process of its
        // own, so that no earlier test's allocations leave gaps the blocks could fill.
        const auto heapAfterFreeing = [] {
            std::vector<void *> blocks;
            blocks.reserve(64); // nothing small allocated between the blocks
            for (int i = 0; i < 64; ++i)
                blocks.push_back(std::malloc(64 << 10));
            const std::size_t grown = mallinfo2().arena;
            for (void *block : blocks)
                std::free(block);
            return std::pair{grown, std::size_t(mallinfo2().arena)};
        };
        mallopt(M_TRIM_THRESHOLD, 128 << 10);
        const auto [grownByDefault, keptByDefault] = heapAfterFreeing();
        QVERIFY2(keptByDefault + (2 << 20) < grownByDefault,
                 qPrintable(QStringLiteral("default: heap %1 -> %2 bytes")
                                .arg(grownByDefault)
                                .arg(keptByDefault)));
        keepFreedMemoryForReuse();
        const auto [grown, kept] = heapAfterFreeing();
        QVERIFY2(kept >= grown, qPrintable(QStringLiteral("heap %1 -> %2 bytes").arg(grown).arg(kept)));
#else
        QSKIP("glibc's allocator only (a sanitizer brings its own)");
#endif
    }

    void zeroedMemoryIsZeroAndWholeAtEverySize()
    {
        // Small sizes come from calloc, large ones from their own mapping, 2 MB-aligned so
        // that huge pages can back them. Every byte must read zero and take a write (the last
        // one too: a mapping cut too short faults), and be given back.
        for (std::size_t bytes : {std::size_t(0), std::size_t(1), std::size_t(4096),
                                  (std::size_t(2) << 20) - 1, std::size_t(2) << 20,
                                  (std::size_t(5) << 20) + 3}) {
            auto *p = static_cast<unsigned char *>(allocateZeroed(bytes));
            QVERIFY(bytes == 0 || p != nullptr);
            std::size_t nonZero = 0;
            for (std::size_t i = 0; i < bytes; ++i)
                nonZero += p[i] != 0;
            QCOMPARE(nonZero, std::size_t(0));
            for (std::size_t i = 0; i < bytes; i += 4096)
                p[i] = 1;
            if (bytes > 0)
                p[bytes - 1] = 1;
#if defined(__linux__)
            if (bytes >= (std::size_t(2) << 20))
                QCOMPARE(reinterpret_cast<std::uintptr_t>(p) % (std::uintptr_t(2) << 20),
                         std::uintptr_t(0));
#endif
            freeZeroed(p, bytes);
        }
    }
};

QTEST_APPLESS_MAIN(CoreAllocator)
#include "tst_core_allocator.moc"
