#pragma once
// The science as a function of values: simulate(Scenario, Parameters) -> Results.

#include "model/ParameterTable.h"
#include "scenario/Scenario.h"
#include "simulate/Results.h"
#include "simulate/SimulationProblem.h"

#include <cstdint>
#include <memory>
#include <stdexcept>

namespace lymph {

struct SimulationOptions {
    double outputStepDays = 1.0; // one result row per step from day 0 to the horizon
    double relativeTolerance = 1e-6;
    // A share of each state's typical size (ImmuneModel::typicalMagnitudes), not an absolute
    // value: 1e-6 of a normal count, about a thousandth of a cell per µL in a blood pool, far
    // below anything measured or drawn.
    double absoluteTolerance = 1e-6;
};

// Thrown for a scenario or option the engine cannot run, or a run that cannot finish:
// problem() says which, for each front end to word; what() says it in English.
class SimulationError : public std::runtime_error {
public:
    explicit SimulationError(SimulationProblem problem);
    const SimulationProblem &problem() const { return *m_problem; }

private:
    // Shared, so that copying the exception cannot throw.
    std::shared_ptr<const SimulationProblem> m_problem;
};

// One typical patient. `parameters` are the defaults with the scenario's overrides applied
// by the caller, or the defaults when null (overrides in scenario.patient are applied here).
Results simulate(const Scenario &scenario, const ParameterTable *parameters = nullptr,
                 const SimulationOptions &options = {});

} // namespace lymph
