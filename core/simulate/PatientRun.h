#pragma once
// Integrates one patient through a dose schedule (Dormand–Prince 5(4) with dense output,
// restarted at every breakpoint) and records the state on the output grid.

#include "model/ImmuneModel.h"
#include "simulate/DoseSchedule.h"
#include "simulate/Results.h"

#include <vector>

namespace lymph {

struct PatientTrajectory {
    std::vector<double> days;
    std::vector<State> states;
    SolverStats stats;
};

std::vector<double> outputGrid(double horizonDays, double stepDays);

// The solver's absolute tolerance per state: `share` of ImmuneModel::typicalMagnitudes.
State absoluteTolerances(const ImmuneModel &model, double share);

// Receives the state on each output row, in grid order, as the integrator reaches it.
class OutputRows {
public:
    virtual ~OutputRows() = default;
    // Called from the solver's loop, which is noexcept (platform/HotPath.h): it must not throw.
    virtual void add(const State &row) noexcept = 0;
};

// absoluteToleranceShare: the absolute tolerance as a share of each state's typical size.
SolverStats integratePatient(const ImmuneModel &model, const DoseSchedule &schedule,
                             const std::vector<double> &grid, double relativeTolerance,
                             double absoluteToleranceShare, OutputRows &rows);

// Every state on every row (the tests compare integrators on it).
PatientTrajectory integratePatient(const ImmuneModel &model, const DoseSchedule &schedule,
                                   const std::vector<double> &grid, double relativeTolerance,
                                   double absoluteToleranceShare);

} // namespace lymph
