// A cohort that runs out of memory ends in one CohortMemoryError after every thread has
// stopped, wherever the allocation fails: in the summary, a worker's batch, a patient's
// columns or a thread's start. This executable replaces operator new with one that fails on
// the N-th allocation once armed, and tries N across the whole run.

#include "ScenarioBuilders.h"
#include "cohort/Cohort.h"

#include <QtTest>

#include <atomic>
#include <cstdlib>
#include <new>

namespace {
// Allocations left before one fails; negative: never.
std::atomic<long> g_allocationsLeft{-1};
std::atomic<long> g_allocations{0};
} // namespace

void *operator new(std::size_t size)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (g_allocationsLeft.load(std::memory_order_relaxed) >= 0 &&
        g_allocationsLeft.fetch_sub(1, std::memory_order_relaxed) == 0)
        throw std::bad_alloc();
    if (void *p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void *p) noexcept { std::free(p); }
void operator delete(void *p, std::size_t) noexcept { std::free(p); }

using namespace lymph;
using namespace lymph::test;

class CoreCohortMemory : public QObject {
    Q_OBJECT

private slots:
    void everyAllocationFailureEndsInOneError();
};

void CoreCohortMemory::everyAllocationFailureEndsInOneError()
{
    const Scenario s = scenario(120, {alemtuzumabCourse(0, 5), ocrelizumabFrom(60, 120)});
    CohortOptions options;
    options.patients = 12;
    options.threads = 3;
    options.seed = 7;
    SimulationOptions daily;

    g_allocations = 0;
    const Results reference = runCohort(s, options, nullptr, daily);
    const long total = g_allocations.load();
    QVERIFY2(total > 100, "the run allocates (else nothing is tested)");

    int failures = 0, successes = 0;
    // Every allocation among the first 400, then a spread across the rest of the run.
    for (long n = 0; n < total; n += n < 400 ? 1 : std::max(1L, total / 400)) {
        g_allocationsLeft = n;
        try {
            const Results r = runCohort(s, options, nullptr, daily);
            g_allocationsLeft = -1;
            QCOMPARE(r.table.columns(), reference.table.columns()); // untouched by the attempt
            ++successes;
        } catch (const CohortMemoryError &e) {
            g_allocationsLeft = -1;
            QCOMPARE(e.patients(), options.patients);
            ++failures;
        } catch (const std::exception &e) {
            g_allocationsLeft = -1;
            QFAIL(qPrintable(QStringLiteral("allocation %1 failed as \"%2\", not as "
                                            "CohortMemoryError")
                                 .arg(n)
                                 .arg(QString::fromUtf8(e.what()))));
        }
    }
    qInfo("%ld allocations per run; %d injected failures ended in CohortMemoryError, %d runs "
          "never reached theirs",
          total, failures, successes);
    QVERIFY(failures > 300);
}

QTEST_GUILESS_MAIN(CoreCohortMemory)
#include "tst_core_cohort_memory.moc"
