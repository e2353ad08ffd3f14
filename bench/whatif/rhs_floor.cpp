// The floor of the engine's time with a free right-hand side, for the what-if of
// bench/whatif/README.md: built only against a core with rhs-replay.patch applied.
// Each run is timed twice, interleaved: as it is, and with every evaluation of the model
// replayed from a recording of the same run (the same steps, the same curves bit for bit,
// which it checks). The difference is what the model's evaluations cost.

#include "cohort/Cohort.h"
#include "platform/Allocator.h"
#include "scenario/ExampleLibrary.h"
#include "scenario/ScenarioIo.h"
#include "simulate/PatientRun.h"
#include "simulate/Simulator.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

using namespace lymph;

namespace {

double milliseconds(const std::function<void()> &run)
{
    const auto start = std::chrono::steady_clock::now();
    run();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void replayFrom(std::vector<State> *tape)
{
    whatif::mode = 2;
    whatif::tape = tape;
    whatif::pos = 0;
}

} // namespace

int main()
{
    keepFreedMemoryForReuse(); // as the benchmark does
    const auto loaded = loadScenario(kDefaultExampleName);
    if (!loaded.ok())
        return 1;
    Scenario s = *loaded.scenario;
    s.horizonDays = 3652.5; // the benchmark's ten years, daily output
    bool identical = true;

    constexpr int kCohort = 1000;
    whatif::tapes.resize(kCohort);
    whatif::mode = 1;
    whatif::tape = &whatif::tapes[0];
    const Results single = simulate(s);
    std::vector<double> asIs, replayed;
    for (int i = 0; i < 301; ++i) {
        whatif::mode = 0;
        whatif::tape = nullptr;
        asIs.push_back(milliseconds([&] { simulate(s); }));
        replayFrom(&whatif::tapes[0]);
        Results r;
        replayed.push_back(milliseconds([&] { r = simulate(s); }));
        identical = identical && r.table.columns() == single.table.columns();
    }
    std::printf("one patient (median of 301):       as it is %.4f ms, model replayed %.4f ms\n",
                median(asIs), median(replayed));

    whatif::tape = nullptr;
    whatif::tapes[0].clear();
    CohortOptions cohort;
    cohort.patients = kCohort;
    cohort.seed = 1;
    whatif::mode = 1;
    const Results recorded = runCohort(s, cohort);
    std::size_t evaluations = 0;
    for (const auto &tape : whatif::tapes)
        evaluations += tape.size();
    for (int threads : {2, 1}) {
        cohort.threads = threads;
        asIs.clear();
        replayed.clear();
        for (int i = 0; i < (threads == 2 ? 7 : 3); ++i) {
            whatif::mode = 0;
            asIs.push_back(milliseconds([&] { runCohort(s, cohort); }));
            whatif::mode = 2;
            Results r;
            replayed.push_back(milliseconds([&] { r = runCohort(s, cohort); }));
            identical = identical && r.table.columns() == recorded.table.columns();
        }
        std::printf("%d patients, %d thread%s (median of %zu): as it is %.1f ms, model replayed "
                    "%.1f ms\n",
                    kCohort, threads, threads == 1 ? "" : "s", asIs.size(), median(asIs),
                    median(replayed));
    }
    // What the replay itself costs: the recordings read once, in one thread.
    double sink = 0.0;
    const double reading = milliseconds([&] {
        for (const auto &tape : whatif::tapes)
            for (const State &d : tape)
                sink += d[0] + d[state::kSize - 1];
    });
    std::printf("the recordings: %zu evaluations, %.0f MB, read once in one thread in %.1f ms "
                "(%g)\n",
                evaluations, double(evaluations * sizeof(State)) / 1e6, reading, sink);
    std::printf("replayed curves identical to the recorded run's: %s\n",
                identical ? "yes" : "NO");
    return identical ? 0 : 1;
}
