// lymphoscope-bench: wall time of the engine on the default scenario over 10 years with a
// daily output grid. Reports medians over repeated runs, the deterministic solver counts, and
// the same patients run by the SciPy LSODA peer (bench/peer/lsoda_peer.py), by SUNDIALS CVODE
// and, where R is installed, by deSolve's lsoda (a tolerance sweep of all against a tight
// reference; docs/performance.md).
#include "CvodeComparison.h"
#include "FitBenchmark.h"
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
#include <optional>
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
                 "                         [--cvode-patients N] [--no-desolve]\n"
                 "       lymphoscope-bench --peer-check N      (the SciPy peer on N patients only;\n"
                 "                                              exit 1 if the curves disagree)\n"
                 "       lymphoscope-bench --cvode-check N     (CVODE BDF and Adams on N patients\n"
                 "                                              only; exit 1 if the curves disagree)\n"
                 "       lymphoscope-bench --cvode-sweep N     (only the tolerance sweep, N patients)\n"
                 "       lymphoscope-bench --fit-study N       (personalised forecasts on N synthetic\n"
                 "                                              patients: error, coverage, recovery)\n"
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

const char *tolerancePrint(double v)
{
    static char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.0e", v);
    return buffer;
}

void printSweep(const bench::ToleranceSweep &sweep)
{
    std::printf("tolerance sweep, %d patients (cohort seed 1), one thread, median of %d runs; "
                "deviation from the engine at rtol %.0e (max |a-b| / curve range, worst key "
                "column and patient; CVODE BDF at %.0e is %.1e from it):\n",
                sweep.patients, sweep.repeats, bench::kReferenceTolerance,
                bench::kReferenceTolerance, sweep.referenceCheck);
    std::printf("  %-14s %6s %11s %10s %7s %9s %7s  %s\n", "integrator", "rtol", "ms/patient",
                "rhs evals", "steps", "Jacobians", "LUs", "deviation (column)");
    for (const bench::SweepRow &row : sweep.rows) {
        std::printf("  %-14s %6s", bench::integratorName(row.integrator),
                    tolerancePrint(row.tolerance));
        if (!row.error.empty()) {
            std::printf("  failed: %s\n", row.error.c_str());
            continue;
        }
        const auto [column, deviation] = bench::worstColumn(row.deviation);
        std::printf(" %11.3f %10.0f %7.0f %9.0f %7.0f  %.1e (%s)%s\n", row.msPerPatient,
                    row.rhsEvaluations, row.steps, row.jacobians, row.factorisations, deviation,
                    column.c_str(), &row == sweep.productionRow() ? "  <- production" : "");
    }
    const bench::SweepRow *engine = sweep.productionRow();
    const bench::SweepRow *matched = sweep.matchedRow();
    if (engine && matched)
        std::printf("matched accuracy: %s at rtol %s, %.3f ms/patient (deviation %.1e <= the "
                    "engine's %.1e): the engine is %.1fx faster\n",
                    bench::integratorName(matched->integrator), tolerancePrint(matched->tolerance),
                    matched->msPerPatient, matched->worstDeviation(), engine->worstDeviation(),
                    matched->msPerPatient / engine->msPerPatient);
    else
        std::printf("matched accuracy: no CVODE setting of the sweep reaches the engine's "
                    "production accuracy\n");
    const bench::SweepRow *desolve = sweep.productionRow(bench::Integrator::DesolveLsoda);
    if (engine && desolve)
        std::printf("deSolve lsoda from R at the production tolerance: %.3f ms/patient, the "
                    "engine is %.1fx faster\n",
                    desolve->msPerPatient, desolve->msPerPatient / engine->msPerPatient);
    else
        std::printf("deSolve peer not run: %s\n", sweep.desolveNote.c_str());
}

void printCvodeCheck(const bench::CvodeCheck &check)
{
    std::printf("CVODE at the production tolerances, %d patients, largest deviation from the "
                "engine's curves (max |a-b| / curve range), tolerance %g:\n",
                check.patients, bench::kPeerTolerance);
    for (const bench::CvodeCheck::Method &method : check.methods) {
        const bench::CvodeStats &c = method.stats;
        const double n = check.patients;
        std::printf("  %s, per patient: %.0f rhs evaluations (%.0f for Jacobians), %.0f steps, "
                    "%.0f error-test failures, %.0f Jacobians, %.0f LU factorisations, %.0f "
                    "nonlinear iterations, %.0f nonlinear convergence failures\n",
                    bench::integratorName(method.integrator), double(c.rhsEvaluations) / n,
                    double(c.jacobianRhsEvaluations) / n, double(c.steps) / n,
                    double(c.errorTestFailures) / n, double(c.jacobianEvaluations) / n,
                    double(c.linearSolverSetups) / n, double(c.nonlinearIterations) / n,
                    double(c.nonlinearConvergenceFailures) / n);
        for (const auto &[column, deviation] : method.deviation)
            std::printf("    %-26s %.2e%s\n", column.c_str(), deviation,
                        deviation <= bench::kPeerTolerance ? "" : "  ** above tolerance **");
    }
    if (!check.error.empty())
        std::printf("  failed: %s\n", check.error.c_str());
    if (check.expectedFailure.empty())
        std::printf("  ** a run at tolerance 1e-300 did not report a failure **\n");
    else
        std::printf("  a run at tolerance 1e-300 is reported: %s\n",
                    check.expectedFailure.c_str());
}

// The peers' rows at the production tolerance, within the peers' tolerance of the reference.
bool peersAgree(const bench::ToleranceSweep &sweep)
{
    for (const bench::SweepRow &row : sweep.rows) {
        if (row.integrator != bench::Integrator::EngineDopri5 &&
            row.tolerance == SimulationOptions{}.relativeTolerance &&
            (!row.error.empty() || row.worstDeviation() > bench::kPeerTolerance))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    lymph::keepFreedMemoryForReuse(); // as the window and the command-line tool do
    bool quick = false, json = false, peerWanted = true, desolveWanted = true;
    int peerPatients = -1, peerCheck = 0, exportCount = 0, cvodePatients = -1, cvodeCheck = 0,
        cvodeSweep = 0, fitStudy = 0;
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
        else if (std::strcmp(argv[i], "--no-desolve") == 0)
            desolveWanted = false;
        else if (std::strcmp(argv[i], "--peer-patients") == 0 && count(peerPatients))
            continue;
        else if (std::strcmp(argv[i], "--peer-check") == 0 && count(peerCheck))
            continue;
        else if (std::strcmp(argv[i], "--cvode-patients") == 0 && count(cvodePatients))
            continue;
        else if (std::strcmp(argv[i], "--cvode-check") == 0 && count(cvodeCheck))
            continue;
        else if (std::strcmp(argv[i], "--cvode-sweep") == 0 && count(cvodeSweep))
            continue;
        else if (std::strcmp(argv[i], "--fit-study") == 0 && count(fitStudy))
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

    if (fitStudy > 0)
        return bench::runFitStudy(fitStudy);
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
    if (cvodeCheck > 0) {
        const bench::CvodeCheck check = bench::runCvodeCheck(s, cvodeCheck, kSeed);
        printCvodeCheck(check);
        return check.passed(bench::kPeerTolerance) ? 0 : 1;
    }
    if (cvodeSweep > 0) {
        const bench::ToleranceSweep sweep =
            bench::runToleranceSweep(s, cvodeSweep, kSeed, 5, desolveWanted);
        printSweep(sweep);
        return peersAgree(sweep) ? 0 : 1;
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
    const double fitMs = bench::fitMilliseconds(s, quick ? 3 : 11);

    std::printf("default scenario '%s', 10 years, daily output\n", s.name.c_str());
    std::printf("single patient:                 median %8.3f ms  (rhs evaluations %lld, steps "
                "%lld, rejected %lld; the marrow apart: %lld evaluations of 3 equations, %lld "
                "steps)\n",
                single, static_cast<long long>(one.stats.rhsEvaluations),
                static_cast<long long>(one.stats.steps),
                static_cast<long long>(one.stats.rejectedSteps),
                static_cast<long long>(one.stats.marrowEvaluations),
                static_cast<long long>(one.stats.marrowSteps));
    std::printf("%d-patient cohort, 1 thread:    median %8.1f ms  (%.3f ms/patient, rhs "
                "evaluations/patient %.0f)\n",
                cohortSize, sequential, sequential / cohortSize, perPatientEvals);
    std::printf("%d-patient cohort, %u threads:  median %8.1f ms  (speed-up %.2fx)\n", cohortSize,
                threads, parallel, sequential / parallel);
    std::printf("%d-patient cohort, %u threads: median %8.1f ms  (streaming quantiles)\n",
                largeSize, threads, largeMs);
    std::printf("personalised fit, 10 results, + 200-draw forecast: median %8.1f ms\n", fitMs);

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

    std::optional<bench::ToleranceSweep> sweep;
    if (peerWanted) {
        sweep = bench::runToleranceSweep(s, cvodePatients > 0 ? cvodePatients : (quick ? 3 : 10),
                                         kSeed, quick ? 3 : 5, desolveWanted);
        printSweep(*sweep);
    } else {
        std::printf("CVODE peer not run (--no-peer)\n");
    }
    const bench::SweepRow *matched = sweep ? sweep->matchedRow() : nullptr;
    const bench::SweepRow *production = sweep ? sweep->productionRow() : nullptr;

    if (json) { // one object on the last line, for scripts
        const std::string scipy = peer ? jsonNumber(peer->scipyMsPerPatient, "%.2f") : "null";
        const std::string speedup =
            peer ? jsonNumber(peer->scipyMsPerPatient / peer->cppMsPerPatient, "%.1f") : "null";
        const std::string deviation = peer ? jsonNumber(peer->worstDeviation(), "%.3e") : "null";
        // The CVODE setting matched to the engine's production accuracy (printSweep), and
        // the engine on the sweep's patients; null when the sweep did not run or found none.
        std::string cvodeMs = "null", cvodeSpeedup = "null", cvodeDeviation = "null",
                    cvodeMethod = "null", cvodeRtol = "null", cvodeEvals = "null",
                    sweepEngineMs = "null", engineDeviation = "null", desolveMs = "null",
                    desolveSpeedup = "null", desolveDeviation = "null";
        if (production) {
            sweepEngineMs = jsonNumber(production->msPerPatient, "%.4f");
            engineDeviation = jsonNumber(production->worstDeviation(), "%.3e");
        }
        if (production && matched) {
            cvodeMs = jsonNumber(matched->msPerPatient, "%.3f");
            cvodeSpeedup = jsonNumber(matched->msPerPatient / production->msPerPatient, "%.1f");
            cvodeDeviation = jsonNumber(matched->worstDeviation(), "%.3e");
            cvodeMethod =
                matched->integrator == bench::Integrator::CvodeBdf ? "\"BDF\"" : "\"Adams\"";
            cvodeRtol = jsonNumber(matched->tolerance, "%.0e");
            cvodeEvals = jsonNumber(matched->rhsEvaluations, "%.1f");
        }
        // deSolve at the production tolerance, as the SciPy peer runs LSODA.
        const bench::SweepRow *desolve =
            sweep ? sweep->productionRow(bench::Integrator::DesolveLsoda) : nullptr;
        if (production && desolve) {
            desolveMs = jsonNumber(desolve->msPerPatient, "%.3f");
            desolveSpeedup = jsonNumber(desolve->msPerPatient / production->msPerPatient, "%.1f");
            desolveDeviation = jsonNumber(desolve->worstDeviation(), "%.3e");
        }
        std::printf("{\"single_patient_ms\": %.4f, \"cohort_%d_ms\": %.2f, "
                    "\"cohort_%d_1core_ms\": %.2f, \"cohort_%d_ms\": %.2f, "
                    "\"rhs_evals_per_patient\": %.1f, \"scipy_ms_per_patient\": %s, "
                    "\"speedup_vs_scipy\": %s, \"scipy_max_rel_dev\": %s, "
                    "\"cvode_ms_per_patient\": %s, \"speedup_vs_cvode\": %s, "
                    "\"cvode_max_rel_dev\": %s, \"cvode_method\": %s, \"cvode_rtol\": %s, "
                    "\"cvode_rhs_evals_per_patient\": %s, \"sweep_engine_ms_per_patient\": %s, "
                    "\"engine_max_rel_dev\": %s, \"desolve_ms_per_patient\": %s, "
                    "\"speedup_vs_desolve\": %s, \"desolve_max_rel_dev\": %s, \"fit_ms\": %.1f, "
                    "\"threads\": %u}\n",
                    single, cohortSize, parallel, cohortSize, sequential, largeSize, largeMs,
                    perPatientEvals, scipy.c_str(), speedup.c_str(), deviation.c_str(),
                    cvodeMs.c_str(), cvodeSpeedup.c_str(), cvodeDeviation.c_str(),
                    cvodeMethod.c_str(), cvodeRtol.c_str(), cvodeEvals.c_str(),
                    sweepEngineMs.c_str(), engineDeviation.c_str(), desolveMs.c_str(),
                    desolveSpeedup.c_str(), desolveDeviation.c_str(), fitMs, threads);
    }
    if (peer && peer->worstDeviation() > bench::kPeerTolerance) {
        std::fprintf(stderr, "lymphoscope-bench: the SciPy peer's curves disagree with the "
                             "engine's beyond the tolerance\n");
        return 1;
    }
    if (sweep && !peersAgree(*sweep)) {
        std::fprintf(stderr, "lymphoscope-bench: a peer at the production tolerance failed or "
                             "is further than the tolerance from the reference\n");
        return 1;
    }
    return 0;
}
