#pragma once
// Integrates one patient through a dose schedule (Dormand–Prince 5(4) with dense output,
// restarted at every breakpoint) and records the state on the output grid.

#include "model/ImmuneModel.h"
#include "simulate/DoseSchedule.h"
#include "simulate/Results.h"

#include <cstdint>
#include <vector>

namespace lymph {

struct PatientTrajectory {
    std::vector<double> days;
    std::vector<State> states;
    SolverStats stats;
};

std::vector<double> outputGrid(double horizonDays, double stepDays);

// About two seconds of one core, and several thousand times what a 50-year scenario needs (the
// most absurd dosing in tst_core_engine stays under 3 million): reaching it means a stiff
// corner of the parameter space, reported instead of running on for minutes.
inline constexpr std::int64_t kMaxSolverEvaluations = 20'000'000;

// The solver's absolute tolerance per state: `share` of ImmuneModel::typicalMagnitudes.
State absoluteTolerances(const ImmuneModel &model, double share);

// Receives the state on each output row, in grid order, as the integrator reaches it.
class OutputRows {
public:
    virtual ~OutputRows() = default;
    // Called from the solver's loop, which is noexcept (platform/HotPath.h): it must not throw.
    virtual void add(const State &row) noexcept = 0;
};

class MarrowTrajectory;

// absoluteToleranceShare: the absolute tolerance as a share of each state's typical size.
// `marrow`: the marrow's trajectory when already integrated for another patient with the same
// marrow (MarrowTrajectory::fits); it is integrated here otherwise, and counted in the stats.
SolverStats integratePatient(const ImmuneModel &model, const DoseSchedule &schedule,
                             const std::vector<double> &grid, double relativeTolerance,
                             double absoluteToleranceShare, OutputRows &rows,
                             const MarrowTrajectory *marrow = nullptr);

// Every state on every row (the tests compare integrators on it).
PatientTrajectory integratePatient(const ImmuneModel &model, const DoseSchedule &schedule,
                                   const std::vector<double> &grid, double relativeTolerance,
                                   double absoluteToleranceShare);

} // namespace lymph
