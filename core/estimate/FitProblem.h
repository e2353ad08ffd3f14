#pragma once
// Why a personalised fit was refused or failed, as a code and its facts: each front end words
// it (ui/FitProblemText); englishText() gives the English of FitError::what(). Refusals say
// what is missing rather than fall back to the population silently.

#include "scenario/Scenario.h"

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <variant>

namespace lymph {

namespace fit_failure {

struct NoMeasurements {};
// Fewer results than a fit needs.
struct TooFewMeasurements {
    std::size_t count = 0;
    std::size_t needed = 0;
};
// Every result on one day: nothing about how the patient changes over time.
struct AllOnOneDay {
    double day = 0.0;
};
// A drug level or ADA titre of an antibody the plan never gives.
struct QuantityNotInPlan {
    std::string quantity = {};
    Therapy therapy = Therapy::Alemtuzumab;
};
// Two results of one quantity on one day that no assay error explains.
struct ContradictoryMeasurements {
    std::string quantity = {};
    double day = 0.0;
    double first = 0.0;
    double second = 0.0;
};
// The optimiser stopped without an optimum (a model that cannot be evaluated near the data).
struct NotConverged {
    int iterations = 0;
};

} // namespace fit_failure

using FitProblem = std::variant<fit_failure::NoMeasurements, fit_failure::TooFewMeasurements,
                                fit_failure::AllOnOneDay, fit_failure::QuantityNotInPlan,
                                fit_failure::ContradictoryMeasurements, fit_failure::NotConverged>;

std::string englishText(const FitProblem &problem);

class FitError : public std::runtime_error {
public:
    explicit FitError(FitProblem problem);
    const FitProblem &problem() const { return *m_problem; }

private:
    std::shared_ptr<const FitProblem> m_problem; // copying the exception cannot throw
};

} // namespace lymph
