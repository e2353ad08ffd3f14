// lymphoscope-bench: wall time of the engine on the default scenario over 10 years with a
// daily output grid. Reports medians over repeated runs, the deterministic solver counts, and
// the same patients run by the SciPy LSODA peer (bench/peer/lsoda_peer.py).
#include "PeerComparison.h"

#include "cohort/Cohort.h"
#include "platform/Allocator.h"
#include "scenario/ExampleLibrary.h"
#include "scenario/ScenarioIo.h"
#include "simulate/Simulator.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <thread>
#include <vector>

using namespace lymph;

namespace {

double medianMs(int repeats, const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                               start)
                         .count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

int usage()
{
    std::fprintf(stderr,
                 "usage: lymphoscope-bench [--quick] [--json] [--no-peer] [--peer-patients N]\n"
                 "       lymphoscope-bench --peer-check N      (the SciPy peer on N patients only;\n"
                 "                                              exit 1 if the curves disagree)\n"
                 "       lymphoscope-bench --export-patients N FILE.json\n");
    return 2;
}

std::string jsonNumber(double v, const char *format)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, v);
    return buffer;
}

void printPeer(const bench::PeerResult &peer)
{
    std::printf("SciPy LSODA peer, %d patients: %.1f ms/patient (rhs evaluations/patient %.0f); "
                "C++ the same patients on 1 thread: %.3f ms/patient; speed-up %.0fx\n",
                peer.patients, peer.scipyMsPerPatient, peer.scipyRhsEvalsPerPatient,
                peer.cppMsPerPatient, peer.scipyMsPerPatient / peer.cppMsPerPatient);
    std::printf("  largest deviation from the C++ curves (max |a-b| / curve range), tolerance %g:\n",
                bench::kPeerTolerance);
    for (const auto &[column, deviation] : peer.maxRelativeDeviation)
        std::printf("    %-26s %.2e%s\n", column.c_str(), deviation,
                    deviation <= bench::kPeerTolerance ? "" : "  ** above tolerance **");
}

} // namespace

int main(int argc, char **argv)
{
    lymph::keepFreedMemoryForReuse(); // as the window and the command-line tool do
    bool quick = false, json = false, peerWanted = true;
    int peerPatients = -1, peerCheck = 0, exportCount = 0;
    std::string exportPath;
    for (int i = 1; i < argc; ++i) {
        const auto count = [&](int &into) {
            if (i + 1 >= argc || std::atoi(argv[i + 1]) < 1)
                return false;
            into = std::atoi(argv[++i]);
            return true;
        };
        if (std::strcmp(argv[i], "--quick") == 0)
            quick = true;
        else if (std::strcmp(argv[i], "--json") == 0)
            json = true;
        else if (std::strcmp(argv[i], "--no-peer") == 0)
            peerWanted = false;
        else if (std::strcmp(argv[i], "--peer-patients") == 0 && count(peerPatients))
            continue;
        else if (std::strcmp(argv[i], "--peer-check") == 0 && count(peerCheck))
            continue;
        else if (std::strcmp(argv[i], "--export-patients") == 0 && count(exportCount) &&
                 i + 1 < argc)
            exportPath = argv[++i];
        else
            return usage();
    }
    auto loaded = loadScenario(kDefaultExampleName);
    if (!loaded.ok()) {
        std::fprintf(stderr, "cannot load the default scenario\n");
        return 1;
    }
    Scenario s = *loaded.scenario;
    s.horizonDays = 3652.5;
    constexpr std::uint64_t kSeed = 1;

    if (exportCount > 0) {
        if (const auto problem = bench::exportPatients(s, exportCount, kSeed, exportPath)) {
            std::fprintf(stderr, "lymphoscope-bench: %s\n", problem->c_str());
            return 1;
        }
        return 0;
    }
    if (peerCheck > 0) {
        std::string error;
        const auto peer = bench::runPeer(s, peerCheck, kSeed, &error);
        if (!peer) {
            std::fprintf(stderr, "lymphoscope-bench: SciPy peer not run: %s\n", error.c_str());
            return 1;
        }
        printPeer(*peer);
        return peer->worstDeviation() <= bench::kPeerTolerance ? 0 : 1;
    }

    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    Results one;
    const double single = medianMs(quick ? 5 : 201, [&] { one = simulate(s); });
    const int cohortSize = quick ? 100 : 1000;
    const int largeSize = quick ? 1000 : 10000;
    const int repeats = quick ? 1 : 5;
    Results cohort;
    CohortOptions oneCore;
    oneCore.patients = cohortSize;
    oneCore.seed = kSeed;
    oneCore.threads = 1;
    CohortOptions allCores = oneCore;
    allCores.threads = 0;
    CohortOptions large = allCores;
    large.patients = largeSize;
    const double sequential = medianMs(repeats, [&] { cohort = runCohort(s, oneCore); });
    const double parallel = medianMs(repeats, [&] { cohort = runCohort(s, allCores); });
    const double perPatientEvals = double(cohort.stats.rhsEvaluations) / cohortSize;
    const double largeMs = medianMs(quick ? 1 : 3, [&] { runCohort(s, large); });

    std::printf("default scenario '%s', 10 years, daily output\n", s.name.c_str());
    std::printf("single patient:                 median %8.3f ms  (rhs evaluations %lld, steps "
                "%lld, rejected %lld)\n",
                single, static_cast<long long>(one.stats.rhsEvaluations),
                static_cast<long long>(one.stats.steps),
                static_cast<long long>(one.stats.rejectedSteps));
    std::printf("%d-patient cohort, 1 thread:    median %8.1f ms  (%.3f ms/patient, rhs "
                "evaluations/patient %.0f)\n",
                cohortSize, sequential, sequential / cohortSize, perPatientEvals);
    std::printf("%d-patient cohort, %u threads:  median %8.1f ms  (speed-up %.2fx)\n", cohortSize,
                threads, parallel, sequential / parallel);
    std::printf("%d-patient cohort, %u threads: median %8.1f ms  (streaming quantiles)\n",
                largeSize, threads, largeMs);

    std::optional<bench::PeerResult> peer;
    if (peerWanted) {
        std::string error;
        peer = bench::runPeer(s, peerPatients > 0 ? peerPatients : (quick ? 5 : 100), kSeed,
                              &error);
        if (peer)
            printPeer(*peer);
        else
            std::printf("SciPy peer not run: %s\n", error.c_str());
    } else {
        std::printf("SciPy peer not run (--no-peer)\n");
    }

    if (json) { // one object on the last line, for scripts
        const std::string scipy = peer ? jsonNumber(peer->scipyMsPerPatient, "%.2f") : "null";
        const std::string speedup =
            peer ? jsonNumber(peer->scipyMsPerPatient / peer->cppMsPerPatient, "%.1f") : "null";
        const std::string deviation = peer ? jsonNumber(peer->worstDeviation(), "%.3e") : "null";
        std::printf("{\"single_patient_ms\": %.4f, \"cohort_%d_ms\": %.2f, "
                    "\"cohort_%d_1core_ms\": %.2f, \"cohort_%d_ms\": %.2f, "
                    "\"rhs_evals_per_patient\": %.1f, \"scipy_ms_per_patient\": %s, "
                    "\"speedup_vs_scipy\": %s, \"scipy_max_rel_dev\": %s, \"threads\": %u}\n",
                    single, cohortSize, parallel, cohortSize, sequential, largeSize, largeMs,
                    perPatientEvals, scipy.c_str(), speedup.c_str(), deviation.c_str(), threads);
    }
    if (peer && peer->worstDeviation() > bench::kPeerTolerance) {
        std::fprintf(stderr, "lymphoscope-bench: the SciPy peer's curves disagree with the "
                             "engine's beyond the tolerance\n");
        return 1;
    }
    return 0;
}
