#pragma once
// Why the engine refused or stopped a run, as a code and its facts, without words and without
// naming any front end's options or files: the command line and the window word each code
// themselves; englishText() gives the English of SimulationError::what().

#include "model/StateLayout.h"
#include "scenario/ScenarioIo.h"

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

namespace lymph {

namespace failure {

// The scenario breaks the format's rules (the same ones the reader applies).
struct InvalidScenario {
    std::vector<ScenarioError> errors = {};
};
struct OutputStepNotPositive {
    double step = 0.0;
};
struct TooManyOutputRows {
    double step = 0.0;
    double horizonDays = 0.0;
    std::size_t maxRows = 0;
};
struct TolerancesNotPositive {
    double relative = 0.0;
    double absolute = 0.0;
};
// The subset's source (thymus or conversion, scaled by age) exceeds its turnover, so the
// untreated counts would drift upwards instead of staying at their normal values.
struct NoSteadyState {
    Subset subset = BNaive;
};
struct TooStiff {
    double day = 0.0;
    long long evaluations = 0; // the limit the solver reached
};
struct StepSizeUnderflow { // an internal error
    double day = 0.0;
};
struct StateNotFinite { // an internal error
    std::size_t state = 0;
    double day = 0.0;
};
// The cohort variation's correlations (iiv_corr_*) do not form a valid correlation matrix.
struct CorrelationNotPositiveDefinite {};
struct CohortSize {
    int patients = 0;
    int max = 0;
};
struct CohortMemory {
    int patients = 0;
    double horizonDays = 0.0;
};

} // namespace failure

using SimulationProblem =
    std::variant<failure::InvalidScenario, failure::OutputStepNotPositive,
                 failure::TooManyOutputRows, failure::TolerancesNotPositive,
                 failure::NoSteadyState, failure::TooStiff, failure::StepSizeUnderflow,
                 failure::StateNotFinite, failure::CorrelationNotPositiveDefinite,
                 failure::CohortSize, failure::CohortMemory>;

// The problem in English ("the solver needed more than 20000000 evaluations …").
std::string englishText(const SimulationProblem &problem);

} // namespace lymph
