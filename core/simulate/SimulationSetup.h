#pragma once
// Everything a run needs that is derived once from the scenario: checked, with the patient's
// parameter overrides applied, and the dose schedule built.

#include "model/ImmuneModel.h"
#include "model/ModelParameters.h"
#include "model/ParameterTable.h"
#include "simulate/DoseSchedule.h"
#include "simulate/Simulator.h"

#include <vector>

namespace lymph {

struct SimulationSetup {
    ParameterTable table;
    ModelParameters parameters;
    PatientFactors patient;
    DoseSchedule schedule;
    std::vector<double> grid;
};

// Throws SimulationError naming the field for an invalid scenario or option.
SimulationSetup prepareSimulation(const Scenario &scenario, const ParameterTable *parameters,
                                  const SimulationOptions &options);

} // namespace lymph
