#pragma once
// One patient (typical, or a cohort member) from its model to its results: the table on the
// output grid, and the outcome and infection-risk windows measured on the daily grid whatever
// the output step, so that no printed figure depends on --step.

#include "model/ImmuneModel.h"
#include "simulate/PatientOutcome.h"
#include "simulate/ResultRows.h"
#include "simulate/SimulationSetup.h"

#include <vector>

namespace lymph {

class MarrowTrajectory;

struct PatientSimulation {
    ResultTable table; // on the output grid
    SolverStats stats;
    PatientOutcome outcome;                        // measured on the daily grid
    std::vector<InfectionWindow> infectionWindows; // measured on the daily grid (or skipped)
};

// Whether a run looks for its own infection-risk windows: a cohort finds them in its bands
// instead, and a member's would be thrown away.
enum class OwnInfectionWindows { Find, Skip };

// `storage`: an earlier patient's result columns to write into (ResultRows). `marrow`: one
// trajectory of the marrow shared by patients who have the same (PatientRun.h).
PatientSimulation simulatePatient(const SimulationSetup &setup, const ImmuneModel &model,
                                  const RelapseFrailty &frailty, double autoimmunityMultiplier,
                                  const SimulationOptions &options,
                                  std::vector<std::vector<double>> storage = {},
                                  const MarrowTrajectory *marrow = nullptr,
                                  OwnInfectionWindows windows = OwnInfectionWindows::Find);

} // namespace lymph
