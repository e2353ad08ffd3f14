#include "simulate/Simulator.h"

#include "cohort/IndividualFactors.h"
#include "model/ImmuneModel.h"
#include "scenario/ScenarioIo.h"
#include "simulate/DoseSchedule.h"
#include "simulate/PatientRun.h"
#include "simulate/PatientSimulation.h"
#include "simulate/SimulationSetup.h"

#include <cmath>

namespace lymph {

namespace {
constexpr std::size_t kMaxOutputRows = 2'000'000;
}

SimulationError::SimulationError(SimulationProblem problem)
    : std::runtime_error(englishText(problem)),
      m_problem(std::make_shared<const SimulationProblem>(std::move(problem)))
{
}

SimulationSetup prepareSimulation(const Scenario &scenario, const ParameterTable *parameters,
                                  const SimulationOptions &options)
{
    if (auto errors = validateScenario(scenario, parameters); !errors.empty())
        throw SimulationError(failure::InvalidScenario{std::move(errors)});
    if (!(options.outputStepDays > 0.0) || !std::isfinite(options.outputStepDays))
        throw SimulationError(failure::OutputStepNotPositive{options.outputStepDays});
    if (scenario.horizonDays / options.outputStepDays > double(kMaxOutputRows))
        throw SimulationError(failure::TooManyOutputRows{options.outputStepDays,
                                                         scenario.horizonDays, kMaxOutputRows});
    if (!(options.relativeTolerance > 0.0) || !(options.absoluteTolerance > 0.0))
        throw SimulationError(failure::TolerancesNotPositive{options.relativeTolerance,
                                                             options.absoluteTolerance});

    SimulationSetup setup;
    setup.table = parameters ? *parameters : ParameterTable::defaults();
    // validateScenario checked every override against this same table.
    for (const auto &[id, value] : scenario.patient.parameters)
        setup.table.set(id, value);
    setup.parameters = ModelParameters::fromTable(setup.table);
    setup.schedule = buildDoseSchedule(scenario, setup.parameters);
    setup.patient.baselineArr = scenario.patient.baselineArr;
    setup.patient.adaPropensity = scenario.patient.adaPropensity;
    setup.patient.ageYears = scenario.patient.ageYears;
    setup.patient.weightKg = scenario.patient.weightKg;
    setup.patient.ocrelizumabFirstDay = setup.schedule.ocrelizumabFirstDay;
    setup.patient.antibodyGiven = {false, false, false};
    for (Therapy t : setup.schedule.antibodies)
        setup.patient.antibodyGiven[antibodyIndex(t)] = true;
    if (!scenario.patient.individual.empty())
        setup.individual = factorValues(scenario.patient.individual);
    setup.grid = outputGrid(scenario.horizonDays, options.outputStepDays);
    if (std::vector<double> daily = outputGrid(scenario.horizonDays, 1.0); daily != setup.grid) {
        // Merge the two sorted grids, a day both share taken once.
        std::size_t a = 0, b = 0;
        while (a < setup.grid.size() || b < daily.size()) {
            const bool takeOutput = b == daily.size() || (a < setup.grid.size() && setup.grid[a] <= daily[b]);
            const bool takeDaily = a == setup.grid.size() || (b < daily.size() && daily[b] <= setup.grid[a]);
            setup.mergedGrid.push_back(takeOutput ? setup.grid[a] : daily[b]);
            setup.mergedGridUse.push_back({takeOutput, takeDaily});
            a += takeOutput ? 1 : 0;
            b += takeDaily ? 1 : 0;
        }
        setup.dailyGrid = std::move(daily);
    }
    if (const auto subset = ImmuneModel(setup.parameters, setup.patient).subsetWithoutSteadyState())
        throw SimulationError(failure::NoSteadyState{*subset});
    return setup;
}

Results simulate(const Scenario &scenario, const ParameterTable *parameters,
                 const SimulationOptions &options)
{
    const SimulationSetup setup = prepareSimulation(scenario, parameters, options);
    // The typical patient, or this patient with its own factors where the scenario gives them.
    const IndividualEffects patient =
        applyFactors(setup.individual, setup.parameters, setup.patient);
    const ImmuneModel model(patient.parameters, patient.patient);
    PatientSimulation run = simulatePatient(
        setup, model, {patient.relapseFrailty, setup.parameters.relapseFrailtyVariance},
        patient.autoimmunityMultiplier, options);
    Results results;
    results.stats = run.stats;
    results.table = std::move(run.table);
    results.antibodies = setup.schedule.antibodies;
    results.infectionWindows = std::move(run.infectionWindows);
    results.outcome = std::move(run.outcome);
    results.parameters = setup.table;
    return results;
}

} // namespace lymph
