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

// Where a row of the merged grid goes (PatientSimulation.h).
struct GridUse {
    bool output = false;
    bool daily = false;
};

struct SimulationSetup {
    ParameterTable table;
    ModelParameters parameters;
    PatientFactors patient;
    DoseSchedule schedule;
    // The scenario's patient.individual in the factor table's order (NaN: not given); empty
    // when it gives none.
    std::vector<double> individual;
    std::vector<double> grid; // the output grid
    // When the output grid is not the daily grid: the daily grid, on which outcomes and
    // infection windows are measured, and both grids merged for the integrator. Empty
    // otherwise.
    std::vector<double> dailyGrid;
    std::vector<double> mergedGrid;
    std::vector<GridUse> mergedGridUse;
};

// Throws SimulationError naming the field for an invalid scenario or option.
SimulationSetup prepareSimulation(const Scenario &scenario, const ParameterTable *parameters,
                                  const SimulationOptions &options);

} // namespace lymph
