// A seeded virtual cohort run one patient after another (the parallel cohort is a later step).
#include "cohort/Cohort.h"
#include "cohort/CohortSummary.h"
#include "cohort/VirtualPatient.h"
#include "simulate/PatientRun.h"
#include "simulate/ResultBuilder.h"
#include "simulate/SimulationSetup.h"

namespace lymph {

Results simulateCohort(const Scenario &scenario, int patients, std::uint64_t seed,
                       const ParameterTable *parameters, const SimulationOptions &options)
{
    if (patients < 1 || patients > 100000)
        throw SimulationError("--cohort: the cohort size must be between 1 and 100000");
    const SimulationSetup setup = prepareSimulation(scenario, parameters, options);
    // Every patient's curves are kept until the quantiles are taken (streaming quantiles are
    // a later step): about 16 quantile columns of 4-byte values per row and patient.
    constexpr double kMaxStoredValues = 150e6; // ~600 MB
    if (double(patients) * double(setup.grid.size()) * 16.0 > kMaxStoredValues)
        throw SimulationError("--cohort: " + std::to_string(patients) + " patients × " +
                              std::to_string(setup.grid.size()) +
                              " output rows is too large for one run; use a larger --step or a "
                              "smaller cohort");
    CohortSummary summary{static_cast<std::size_t>(patients)};
    Results results;
    for (int i = 0; i < patients; ++i) {
        const VirtualPatient v =
            sampleVirtualPatient(setup.parameters, setup.patient, seed, std::uint64_t(i));
        const ImmuneModel model(v.parameters, v.factors);
        const PatientTrajectory trajectory =
            integratePatient(model, setup.schedule, setup.grid, options.relativeTolerance,
                             options.absoluteTolerance);
        summary.add(buildResultTable(model, setup.schedule, trajectory,
                                     {v.relapseFrailty, setup.parameters.relapseFrailtyVariance},
                                     v.autoimmunityMultiplier));
        results.stats.rhsEvaluations += trajectory.stats.rhsEvaluations;
        results.stats.steps += trajectory.stats.steps;
        results.stats.rejectedSteps += trajectory.stats.rejectedSteps;
    }
    results.table = summary.finish();
    results.antibodies = setup.schedule.antibodies;
    results.infectionWindows = findInfectionWindows(results.table, setup.schedule.hasAhsct);
    results.cohortSize = patients;
    return results;
}

} // namespace lymph
