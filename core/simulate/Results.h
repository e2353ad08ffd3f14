#pragma once
// What one simulation (a patient or a cohort summary) returns: values, not objects to ask.

#include "model/ParameterTable.h"
#include "scenario/Scenario.h"
#include "simulate/PatientOutcome.h"
#include "simulate/ResultTable.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace lymph {

// Periods when infections are more likely (docs/model.md, "Infection-risk windows").
struct InfectionWindow {
    enum class Kind { Lymphocytes500, Lymphocytes200, Neutrophils500 };
    Kind kind = Kind::Lymphocytes500;
    double startDay = 0.0;
    double endDay = 0.0;
};
std::string_view infectionWindowLabel(InfectionWindow::Kind kind);

// Deterministic integrator work counters (the same input gives the same counts).
struct SolverStats {
    std::int64_t rhsEvaluations = 0;
    std::int64_t steps = 0;
    std::int64_t rejectedSteps = 0;
    // The marrow and its neutrophils, integrated apart (simulate/MarrowTrajectory.h): three
    // equations an evaluation, against the whole model's 49.
    std::int64_t marrowEvaluations = 0;
    std::int64_t marrowSteps = 0;
};

struct Results {
    ResultTable table;
    std::vector<Therapy> antibodies; // antibodies present in the scenario, column order
    std::vector<InfectionWindow> infectionWindows;
    SolverStats stats;
    int cohortSize = 0; // 0 for a single (typical) patient
    // A personalised forecast (estimate/PersonalFit.h): the number of the patient's lab results
    // it was fitted to, its cohort the posterior draws; 0 otherwise.
    std::size_t fittedMeasurements = 0;
    // Cohort runs: one entry per virtual patient, in patient order (empty for one patient).
    std::vector<PatientOutcome> patients;
    // A single patient's outcome, measured on the daily grid whatever the output step (unset
    // for a cohort, whose members' outcomes are in `patients`).
    std::optional<PatientOutcome> outcome;
    // The parameters the simulation used: the defaults with the scenario's overrides, so that
    // every view draws the same lower limits of normal and thresholds the columns used.
    ParameterTable parameters = ParameterTable::defaults();
};

} // namespace lymph
