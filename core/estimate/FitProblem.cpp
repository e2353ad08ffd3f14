#include "estimate/FitProblem.h"

#include "scenario/MessageText.h"

namespace lymph {

namespace {

using namespace fit_failure;

struct English {
    std::string operator()(const NoMeasurements &) const
    {
        return "the scenario has no measurements to fit: add the patient's lab results "
               "(at least 2, on at least 2 days)";
    }
    std::string operator()(const TooFewMeasurements &c) const
    {
        return "a fit needs at least " + std::to_string(c.needed) + " measurements, got " +
               std::to_string(c.count);
    }
    std::string operator()(const AllOnOneDay &c) const
    {
        return "every measurement is on day " + formatNumber(c.day) +
               ": a fit needs results from at least 2 days";
    }
    std::string operator()(const QuantityNotInPlan &c) const
    {
        return "measured " + c.quantity + ", but the plan gives no " +
               std::string(therapyId(c.therapy));
    }
    std::string operator()(const ContradictoryMeasurements &c) const
    {
        return "two results of " + c.quantity + " on day " + formatNumber(c.day) + " (" +
               formatNumber(c.first) + " and " + formatNumber(c.second) +
               ") differ by far more than the assay error: check them";
    }
    std::string operator()(const NotConverged &c) const
    {
        return "the fit found no optimum after " + std::to_string(c.iterations) + " iterations";
    }
};

} // namespace

std::string englishText(const FitProblem &problem)
{
    return std::visit(English{}, problem);
}

FitError::FitError(FitProblem problem)
    : std::runtime_error(englishText(problem)),
      m_problem(std::make_shared<const FitProblem>(std::move(problem)))
{
}

} // namespace lymph
