// lymphoscope-bench: wall time of the engine on the default scenario over 10 years with a
// daily output grid. Reports medians over repeated runs and the deterministic solver counts.
#include "scenario/ExampleLibrary.h"
#include "scenario/ScenarioIo.h"
#include "cohort/Cohort.h"
#include <thread>
#include "simulate/Simulator.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

using namespace lymph;

namespace {
double medianMs(int repeats, const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    bool quick = false, json = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0)
            quick = true;
        else if (std::strcmp(argv[i], "--json") == 0)
            json = true;
        else {
            std::fprintf(stderr, "usage: lymphoscope-bench [--quick] [--json]\n");
            return 2;
        }
    }
    auto loaded = loadScenario(kDefaultExampleName);
    if (!loaded.ok()) {
        std::fprintf(stderr, "cannot load the default scenario\n");
        return 1;
    }
    Scenario s = *loaded.scenario;
    s.horizonDays = 3652.5;

    Results one;
    const double single = medianMs(quick ? 5 : 51, [&] { one = simulate(s); });
    const int cohortSize = quick ? 100 : 1000;
    const int repeats = quick ? 1 : 5;
    Results cohort;
    CohortOptions oneCore;
    oneCore.patients = cohortSize;
    oneCore.threads = 1;
    CohortOptions allCores = oneCore;
    allCores.threads = 0;
    const double sequential = medianMs(repeats, [&] { cohort = runCohort(s, oneCore); });
    const double parallel = medianMs(repeats, [&] { cohort = runCohort(s, allCores); });

    std::printf("default scenario '%s', 10 years, daily output\n", s.name.c_str());
    std::printf("single patient:               median %8.3f ms  (rhs evaluations %lld, steps %lld, rejected %lld)\n",
                single, static_cast<long long>(one.stats.rhsEvaluations),
                static_cast<long long>(one.stats.steps), static_cast<long long>(one.stats.rejectedSteps));
    std::printf("%d-patient cohort, 1 thread:  median %8.1f ms  (%.3f ms/patient, rhs evaluations/patient %.0f)\n",
                cohortSize, sequential, sequential / cohortSize,
                double(cohort.stats.rhsEvaluations) / cohortSize);
    std::printf("%d-patient cohort, %u threads: median %8.1f ms  (speed-up %.2fx)\n", cohortSize,
                std::max(1u, std::thread::hardware_concurrency()), parallel, sequential / parallel);
    if (json) // one object on the last line, for scripts
        std::printf("{\"single_patient_ms\": %.4f, \"cohort_%d_ms\": %.2f, \"cohort_%d_1core_ms\": %.2f, "
                    "\"rhs_evals_per_patient\": %.1f, \"threads\": %u}\n",
                    single, cohortSize, parallel, cohortSize, sequential,
                    double(cohort.stats.rhsEvaluations) / cohortSize,
                    std::max(1u, std::thread::hardware_concurrency()));
    return 0;
}
