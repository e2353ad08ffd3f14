#include "cohort/Cohort.h"
#include "cohort/CohortSummary.h"
#include "cohort/VirtualPatient.h"
#include "platform/WorkerThreads.h"
#include "simulate/InfectionWindows.h"
#include "simulate/MarrowTrajectory.h"
#include "simulate/PatientSimulation.h"
#include "simulate/ResultRows.h"
#include "simulate/SimulationSetup.h"

#include <cmath>
#include <mutex>
#include <thread>
#include <vector>

namespace lymph {

namespace {

// The quantile histograms grow with the output rows (about 80 MB for the default scenario
// over 10 years, daily); far finer grids are refused rather than exhausting memory.
constexpr double kMaxSummaryBytes = 1.0e9;

using MemberRun = PatientSimulation;

const char *adaClassName(VirtualPatient::AdaClass c)
{
    switch (c) {
    case VirtualPatient::AdaClass::Never: return "never";
    case VirtualPatient::AdaClass::Strong: return "strong";
    case VirtualPatient::AdaClass::Typical: break;
    }
    return "typical";
}

// `storage`: an earlier member's result columns to write into (ResultRows). `marrow`: the
// members' shared marrow trajectory (sharedMarrow); a member whose marrow differs, or a
// member run on its own, integrates its own, with the same result. `windows`: a member shown
// on its own has infection-risk windows of its own; in a cohort, the bands have them.
MemberRun simulateMember(const SimulationSetup &setup, const VirtualPatientSampler &sampler,
                         std::size_t index, const SimulationOptions &options,
                         std::vector<std::vector<double>> storage,
                         const MarrowTrajectory *marrow, OwnInfectionWindows windows)
{
    const VirtualPatient v = sampler.sample(index);
    const ImmuneModel model(v.parameters, v.factors);
    MemberRun run = simulatePatient(setup, model,
                                    {v.relapseFrailty, setup.parameters.relapseFrailtyVariance},
                                    v.autoimmunityMultiplier, options, std::move(storage), marrow,
                                    windows);
    PatientOutcome &o = run.outcome;
    o.index = index;
    o.factors = v.values;
    o.adaClass = adaClassName(v.adaClass);
    return run;
}

// The marrow and its neutrophils depend on no factor a cohort samples, so its members share
// one trajectory of them, integrated once (simulate/MarrowTrajectory.h).
MarrowTrajectory sharedMarrow(const SimulationSetup &setup, const SimulationOptions &options)
{
    return MarrowTrajectory(ImmuneModel(setup.parameters, setup.patient), setup.schedule,
                            options.relativeTolerance, options.absoluteTolerance);
}

// The caller asked to stop (the window's schedule changed): checked between members.
bool cancelled(const CohortOptions &cohort) { return cohort.cancel && cohort.cancel->load(); }

// Threads for `members`: as many as asked, else one per core, never more than the members.
unsigned threadsFor(std::size_t members, int requested)
{
    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    return unsigned(std::min<std::size_t>(members, requested > 0 ? std::size_t(requested) : hardware));
}

void addStats(SolverStats &total, const SolverStats &one)
{
    total.rhsEvaluations += one.rhsEvaluations;
    total.steps += one.steps;
    total.rejectedSteps += one.rejectedSteps;
    total.marrowEvaluations += one.marrowEvaluations;
    total.marrowSteps += one.marrowSteps;
}

// The cohort's patients on every thread, summarised as they finish.
Results runMembers(const SimulationSetup &setup, const CohortOptions &cohort,
                   const SimulationOptions &options)
{
    const VirtualPatientSampler sampler = cohortSampler(setup, cohort.seed, cohort.override);
    const auto patients = static_cast<std::size_t>(cohort.patients);

    // Patient 0 runs first: its table fixes the columns. The summary's memory grows with the
    // columns and rows (and the bins of its histograms), not with the cohort size.
    const MarrowTrajectory marrow = sharedMarrow(setup, options);
    MemberRun first =
        simulateMember(setup, sampler, 0, options, {}, &marrow, OwnInfectionWindows::Skip);
    if (double(CohortSummary::plannedBytes(first.table, patients)) > kMaxSummaryBytes)
        throw CohortMemoryError(cohort.patients, setup.grid.back());
    CohortSummary summary(first.table, patients);
    summary.add(0, first.table);
    std::vector<PatientOutcome> outcomes(patients); // one slot per patient
    outcomes.at(0) = std::move(first.outcome);
    SolverStats totalStats = first.stats; // integer sums: the same in any order
    totalStats.marrowEvaluations += marrow.evaluations(); // once, for every member
    totalStats.marrowSteps += marrow.steps();
    if (cohort.progress)
        cohort.progress(1, cohort.patients);

    std::atomic<std::size_t> next{1};
    std::atomic<int> done{1};
    std::mutex mutex;
    const unsigned threads = threadsFor(patients - 1, cohort.threads);
    runOnThreads(threads, [&](const std::atomic<bool> &failed) {
        SolverStats workerStats;
        const auto batch = summary.newBatch();
        std::vector<std::vector<double>> columns; // the last member's, written again
        for (std::size_t i = next++; i < patients && !failed.load() && !cancelled(cohort);
             i = next++) {
            MemberRun run = simulateMember(setup, sampler, i, options, std::move(columns),
                                           &marrow, OwnInfectionWindows::Skip);
            summary.add(*batch, i, run.table);
            outcomes[i] = std::move(run.outcome);
            addStats(workerStats, run.stats);
            columns = run.table.takeColumns();
            const int finished = ++done;
            if (cohort.progress)
                cohort.progress(finished, cohort.patients);
        }
        summary.flush(*batch);
        const std::lock_guard lock(mutex);
        addStats(totalStats, workerStats);
    });
    if (cancelled(cohort))
        throw CohortCancelled();

    Results results;
    results.stats = totalStats;
    results.table = summary.finish(std::max(1u, threads));
    results.antibodies = setup.schedule.antibodies;
    results.infectionWindows = findInfectionWindows(results.table, setup.schedule.hasAhsct);
    results.cohortSize = cohort.patients;
    results.patients = std::move(outcomes);
    results.parameters = setup.table;
    return results;
}

} // namespace

VirtualPatientSampler cohortSampler(const SimulationSetup &setup, std::uint64_t seed,
                                    const FactorOverride &override)
{
    if (setup.individual.empty() && !override)
        return VirtualPatientSampler(setup.parameters, setup.patient, seed);
    return VirtualPatientSampler(
        setup.parameters, setup.patient, seed,
        [fixed = setup.individual, override](std::uint64_t index, FactorValues &values) {
            for (std::size_t i = 0; i < fixed.size() && i < values.size(); ++i) {
                if (!std::isnan(fixed[i]))
                    values[i] = fixed[i];
            }
            if (override)
                override(index, values);
        });
}

Results runCohort(const Scenario &scenario, const CohortOptions &cohort,
                  const ParameterTable *parameters, const SimulationOptions &options)
{
    if (cohort.patients < 1 || cohort.patients > kMaxCohortPatients)
        throw CohortSizeError(cohort.patients);
    // Memory can run out anywhere (the summary, a worker's batch, a thread): every allocation
    // failure ends as one error that says what did not fit, after every thread has stopped.
    try {
        return runMembers(prepareSimulation(scenario, parameters, options), cohort, options);
    } catch (const std::bad_alloc &) {
        throw CohortMemoryError(cohort.patients, scenario.horizonDays);
    }
}

Results simulateCohortMember(const Scenario &scenario, std::uint64_t seed, std::size_t index,
                             const ParameterTable *parameters, const SimulationOptions &options,
                             const FactorOverride &override)
{
    const SimulationSetup setup = prepareSimulation(scenario, parameters, options);
    const VirtualPatientSampler sampler = cohortSampler(setup, seed, override);
    MemberRun run =
        simulateMember(setup, sampler, index, options, {}, nullptr, OwnInfectionWindows::Find);
    Results results;
    results.infectionWindows = std::move(run.infectionWindows);
    results.table = std::move(run.table);
    results.antibodies = setup.schedule.antibodies;
    results.stats = run.stats;
    results.patients.push_back(std::move(run.outcome));
    results.parameters = setup.table;
    return results;
}

void visitCohort(const Scenario &scenario, const CohortOptions &cohort, const CohortVisitor &visit,
                 const ParameterTable *parameters, const SimulationOptions &options)
{
    if (cohort.patients < 1 || cohort.patients > kMaxCohortPatients)
        throw CohortSizeError(cohort.patients);
    const SimulationSetup setup = prepareSimulation(scenario, parameters, options);
    const VirtualPatientSampler sampler = cohortSampler(setup, cohort.seed, cohort.override);
    const auto patients = static_cast<std::size_t>(cohort.patients);
    const unsigned threads = threadsFor(patients, cohort.threads);
    const MarrowTrajectory marrow = sharedMarrow(setup, options);
    std::atomic<std::size_t> next{0};
    runOnThreads(threads, [&](const std::atomic<bool> &failed) {
        for (std::size_t i = next++; i < patients && !failed.load() && !cancelled(cohort);
             i = next++) {
            const MemberRun run = simulateMember(setup, sampler, i, options, {}, &marrow,
                                                 OwnInfectionWindows::Skip);
            visit(i, run.table, run.outcome);
        }
    });
    if (cancelled(cohort))
        throw CohortCancelled();
}

Results simulateCohort(const Scenario &scenario, int patients, std::uint64_t seed,
                       const ParameterTable *parameters, const SimulationOptions &options)
{
    CohortOptions cohort;
    cohort.patients = patients;
    cohort.seed = seed;
    return runCohort(scenario, cohort, parameters, options);
}

} // namespace lymph
