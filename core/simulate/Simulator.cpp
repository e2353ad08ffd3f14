#include "simulate/Simulator.h"

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

SimulationSetup prepareSimulation(const Scenario &scenario, const ParameterTable *parameters,
                                  const SimulationOptions &options)
{
    const auto errors = validateScenario(scenario, parameters);
    if (!errors.empty()) {
        std::string message = "the scenario is not valid:";
        for (const auto &e : errors)
            message += "\n  " + e.toString();
        throw SimulationError(message);
    }
    if (!(options.outputStepDays > 0.0) || !std::isfinite(options.outputStepDays))
        throw SimulationError("--step: the output step must be a positive number of days");
    if (scenario.horizonDays / options.outputStepDays > double(kMaxOutputRows))
        throw SimulationError("--step: an output step of " + std::to_string(options.outputStepDays) +
                              " days gives more than 2,000,000 rows; choose a larger step");
    if (!(options.relativeTolerance > 0.0) || !(options.absoluteTolerance > 0.0))
        throw SimulationError("solver tolerances must be positive");

    SimulationSetup setup;
    setup.table = parameters ? *parameters : ParameterTable::defaults();
    for (const auto &[id, value] : scenario.patient.parameters) {
        if (auto error = setup.table.set(id, value))
            throw SimulationError("patient.parameters." + id + ": " + *error);
    }
    setup.parameters = ModelParameters::fromTable(setup.table);
    setup.schedule = buildDoseSchedule(scenario, setup.parameters);
    setup.patient.baselineArr = scenario.patient.baselineArr;
    setup.patient.adaPropensity = scenario.patient.adaPropensity;
    setup.patient.ageYears = scenario.patient.ageYears;
    setup.patient.ocrelizumabFirstDay = setup.schedule.ocrelizumabFirstDay;
    setup.patient.antibodyGiven = {false, false, false};
    for (Therapy t : setup.schedule.antibodies)
        setup.patient.antibodyGiven[antibodyIndex(t)] = true;
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
    const std::string problem = ImmuneModel(setup.parameters, setup.patient).steadyStateProblem();
    if (!problem.empty())
        throw SimulationError("patient: " + problem);
    return setup;
}

Results simulate(const Scenario &scenario, const ParameterTable *parameters,
                 const SimulationOptions &options)
{
    const SimulationSetup setup = prepareSimulation(scenario, parameters, options);
    const ImmuneModel model(setup.parameters, setup.patient);
    PatientSimulation run = simulatePatient(
        setup, model, {std::nullopt, setup.parameters.relapseFrailtyVariance}, 1.0, options);
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
