// The executables' allocator setting (platform/Allocator.h), alone in its process.
#include "platform/Allocator.h"

#include <QtTest>
#include <cstdint>
#include <cstdlib>
#include <cstring>
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

    void largeArraysAreZeroAndWholeAtEverySize()
    {
        // Small sizes come from the C heap, large ones from their own mapping, 2 MB-aligned so
        // that huge pages can back them. Every byte must read zero and take a write (the last
        // one too: a mapping cut too short faults), and be given back.
        keepLargeArraysForReuse(0);
        for (std::size_t bytes : {std::size_t(0), std::size_t(1), std::size_t(4096),
                                  (std::size_t(2) << 20) - 1, std::size_t(2) << 20,
                                  (std::size_t(5) << 20) + 3}) {
            for (LargeContents contents : {LargeContents::Zero, LargeContents::Undefined}) {
                auto *p = static_cast<unsigned char *>(allocateLarge(bytes, contents));
                QVERIFY(bytes == 0 || p != nullptr);
                if (contents == LargeContents::Zero) {
                    std::size_t nonZero = 0;
                    for (std::size_t i = 0; i < bytes; ++i)
                        nonZero += p[i] != 0;
                    QCOMPARE(nonZero, std::size_t(0));
                }
                for (std::size_t i = 0; i < bytes; i += 4096)
                    p[i] = 1;
                if (bytes > 0)
                    p[bytes - 1] = 1;
#if defined(__linux__)
                if (bytes >= (std::size_t(2) << 20))
                    QCOMPARE(reinterpret_cast<std::uintptr_t>(p) % (std::uintptr_t(2) << 20),
                             std::uintptr_t(0));
#endif
                freeLarge(p, bytes);
                QCOMPARE(keptLargeBytes(), std::size_t(0));
            }
        }
    }

    void freedLargeArraysServeTheNextOfTheirSize()
    {
#if defined(__linux__)
        // A replot's cohort asks for the sizes the last one freed: it gets that memory back,
        // zeroed again where asked, while other sizes get their own; beyond the limit the
        // oldest go back to the system.
        constexpr std::size_t kFour = std::size_t(4) << 20, kSix = std::size_t(6) << 20;
        keepLargeArraysForReuse(std::size_t(10) << 20);
        auto *first = static_cast<unsigned char *>(allocateLarge(kFour, LargeContents::Zero));
        QVERIFY(first != nullptr);
        std::memset(first, 0xab, kFour);
        freeLarge(first, kFour);
        QCOMPARE(keptLargeBytes(), kFour);

        auto *other = static_cast<unsigned char *>(allocateLarge(kSix, LargeContents::Zero));
        QVERIFY(other != nullptr);
        QCOMPARE(keptLargeBytes(), kFour); // another size: a mapping of its own
        auto *again = static_cast<unsigned char *>(allocateLarge(kFour - 5, LargeContents::Zero));
        QCOMPARE(again, first);
        QCOMPARE(keptLargeBytes(), std::size_t(0));
        std::size_t nonZero = 0;
        for (std::size_t i = 0; i < kFour - 5; ++i)
            nonZero += again[i] != 0;
        QCOMPARE(nonZero, std::size_t(0));

        freeLarge(again, kFour - 5);
        freeLarge(other, kSix); // 4 + 6 MB: both fit
        QCOMPARE(keptLargeBytes(), kFour + kSix);
        auto *third = allocateLarge(kSix + 1, LargeContents::Undefined); // 8 MB mapped
        QVERIFY(third != nullptr);
        freeLarge(third, kSix + 1); // the two older ones go back
        QCOMPARE(keptLargeBytes(), std::size_t(8) << 20);
        keepLargeArraysForReuse(0);
        QCOMPARE(keptLargeBytes(), std::size_t(0));
#else
        QSKIP("Linux's own mappings only");
#endif
    }
};

QTEST_APPLESS_MAIN(CoreAllocator)
#include "tst_core_allocator.moc"
