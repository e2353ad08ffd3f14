#include "simulate/SimulationProblem.h"

#include "scenario/MessageText.h"

namespace lymph {

namespace {

using namespace failure;

std::string number(double value) { return formatNumber(value); }

const char *subsetName(Subset subset)
{
    static const char *const names[kSubsetCount] = {"naive B", "memory B", "naive CD4",
                                                    "memory CD4", "CD8", "NK"};
    return subset < kSubsetCount ? names[subset] : "?";
}

// One function per code: a code without one does not compile.
struct English {
    std::string operator()(const InvalidScenario &c) const
    {
        std::string text = "the scenario is not valid:";
        for (const ScenarioError &error : c.errors)
            text += "\n  " + error.toString();
        return text;
    }
    std::string operator()(const OutputStepNotPositive &) const
    {
        return "the output step must be a positive number of days";
    }
    std::string operator()(const TooManyOutputRows &c) const
    {
        return "an output step of " + number(c.step) + " days over " + number(c.horizonDays) +
               " days gives more than " + std::to_string(c.maxRows) +
               " rows; choose a larger step";
    }
    std::string operator()(const TolerancesNotPositive &) const
    {
        return "the solver tolerances must be positive";
    }
    std::string operator()(const NoSteadyState &c) const
    {
        return std::string("with these parameters the ") + subsetName(c.subset) +
               " source (thymus or conversion, scaled by age) exceeds the subset's turnover, so "
               "untreated counts would drift upwards: lower the source or raise the death rate";
    }
    std::string operator()(const TooStiff &c) const
    {
        return "the solver needed more than " + std::to_string(c.evaluations) +
               " evaluations of the model by day " +
               std::to_string(static_cast<long long>(c.day)) +
               "; the patient's parameters make it too stiff to simulate";
    }
    std::string operator()(const StepSizeUnderflow &c) const
    {
        return "internal error: the solver's step size fell to zero on day " + number(c.day);
    }
    std::string operator()(const StateNotFinite &c) const
    {
        return "internal error: state " + std::to_string(c.state) + " became non-finite on day " +
               number(c.day);
    }
    std::string operator()(const CorrelationNotPositiveDefinite &) const
    {
        return "the correlation matrix of the cohort variation (iiv_corr_*) is not positive "
               "definite";
    }
    std::string operator()(const CohortSize &c) const
    {
        return "the cohort size must be between 1 and " + std::to_string(c.max) + ", not " +
               std::to_string(c.patients);
    }
    std::string operator()(const CohortMemory &c) const
    {
        return "not enough memory for " + std::to_string(c.patients) + " patients × " +
               std::to_string(static_cast<long long>(c.horizonDays)) + " days";
    }
};

} // namespace

std::string englishText(const SimulationProblem &problem)
{
    return std::visit(English{}, problem);
}

} // namespace lymph
