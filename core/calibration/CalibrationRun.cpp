#include "calibration/CalibrationRun.h"

#include "calibration/PatientMeasure.h"
#include "cohort/Cohort.h"
#include "simulate/Simulator.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace lymph {

namespace {

using Across = ModelMeasure::Statistic;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// One number to read from a design: a target's measure, or the denominator of a rate ratio.
struct Request {
    std::size_t target;
    bool denominator = false;
    ModelMeasure measure;
};

double statisticOf(std::vector<double> values, Across statistic)
{
    std::erase_if(values, [](double v) { return std::isnan(v); });
    if (values.empty())
        return kNaN;
    switch (statistic) {
    case Across::Typical:
    case Across::Mean: {
        double sum = 0.0;
        for (double v : values)
            sum += v;
        return sum / double(values.size());
    }
    case Across::Median: {
        // Type 7; censored values (+∞) sort last, so a median reached by half the patients is
        // still read.
        std::sort(values.begin(), values.end());
        const double position = 0.5 * double(values.size() - 1);
        const auto lo = std::size_t(position);
        const std::size_t hi = std::min(lo + 1, values.size() - 1);
        if (std::isinf(values[hi]))
            return position == double(lo) ? values[lo] : values[hi];
        return values[lo] + (position - double(lo)) * (values[hi] - values[lo]);
    }
    case Across::GeometricMean: {
        double sum = 0.0;
        for (double v : values) {
            if (!(v > 0.0))
                return kNaN;
            sum += std::log(v);
        }
        return std::exp(sum / double(values.size()));
    }
    case Across::CumulativeHazard: {
        double sum = 0.0;
        for (double v : values) {
            if (!(v >= 0.0 && v <= 1.0))
                return kNaN;
            sum += v;
        }
        // Of the cohort, not a mean of each patient's: a study's hazard ratio is estimated
        // across people whose susceptibilities it cannot see. None when everyone is certain.
        const double mean = sum / double(values.size());
        return mean < 1.0 ? -std::log1p(-mean) : kNaN;
    }
    }
    return kNaN;
}

} // namespace

int passedCount(const std::vector<TargetResult> &results)
{
    return int(std::count_if(results.begin(), results.end(),
                             [](const TargetResult &r) { return r.passed; }));
}

CalibrationRun::CalibrationRun(const TargetSet &set, double cohortShare)
    : m_set(set), m_cohortShare(cohortShare)
{
}

std::vector<TargetResult> CalibrationRun::evaluate(const ParameterTable &parameters,
                                                   const std::vector<std::string> &only) const
{
    std::vector<TargetResult> results;
    for (const CalibrationTarget &t : m_set.targets) {
        if (only.empty() || std::find(only.begin(), only.end(), t.id) != only.end())
            results.push_back({&t, std::nullopt, acceptedInterval(t), false, {}});
    }
    // What to read from each design.
    std::map<std::string, std::vector<Request>> requests;
    for (std::size_t i = 0; i < results.size(); ++i) {
        const CalibrationTarget &t = *results[i].target;
        requests[t.design].push_back({i, false, t.model});
        if (!t.model.otherDesign.empty()) {
            ModelMeasure other = t.model;
            other.day = t.model.otherDay;
            other.fromDay = t.model.otherFromDay;
            other.toDay = t.model.otherToDay;
            requests[t.model.otherDesign].push_back({i, true, other});
        }
    }
    std::vector<double> numerator(results.size(), kNaN), denominator(results.size(), kNaN);
    for (const auto &entry : requests) {
        // Named, not a structured binding: clang 14 cannot capture bindings in lambdas.
        const std::string &designId = entry.first;
        const std::vector<Request> &wanted = entry.second;
        const CalibrationDesign &design = m_set.designs.at(designId);
        const bool cohort = design.cohort > 0;
        std::vector<std::vector<double>> perPatient(wanted.size());
        try {
            const bool anyAcross = std::any_of(wanted.begin(), wanted.end(), [](const Request &r) {
                return r.measure.statistic != Across::Typical;
            });
            if (cohort && anyAcross) {
                CohortOptions options;
                options.patients =
                    std::max(20, int(std::lround(design.cohort * m_cohortShare)));
                options.seed = design.seed;
                for (auto &values : perPatient)
                    values.assign(std::size_t(options.patients), kNaN);
                visitCohort(design.scenario, options,
                            [&](std::size_t index, const ResultTable &table, const PatientOutcome &) {
                                for (std::size_t r = 0; r < wanted.size(); ++r)
                                    perPatient[r][index] =
                                        patientMeasure(wanted[r].measure, table, parameters);
                            },
                            &parameters);
            }
            const bool typicalWanted =
                std::any_of(wanted.begin(), wanted.end(), [](const Request &r) {
                    return r.measure.statistic == Across::Typical;
                });
            std::optional<Results> typical;
            if (typicalWanted)
                typical = simulate(design.scenario, &parameters);
            for (std::size_t r = 0; r < wanted.size(); ++r) {
                const Request &request = wanted[r];
                const Across statistic = request.measure.statistic;
                const double value =
                    statistic == Across::Typical
                        ? patientMeasure(request.measure, typical->table, parameters)
                        : statisticOf(perPatient[r], statistic);
                (request.denominator ? denominator : numerator)[request.target] = value;
            }
        } catch (const std::exception &e) {
            for (const Request &request : wanted)
                results[request.target].problem = "design '" + designId + "': " + e.what();
        }
    }
    for (std::size_t i = 0; i < results.size(); ++i) {
        TargetResult &r = results[i];
        if (!r.problem.empty())
            continue;
        const ModelMeasure &m = r.target->model;
        double value = numerator[i];
        if (!m.otherDesign.empty())
            value = denominator[i] > 0.0 ? numerator[i] / denominator[i] : kNaN;
        if (std::isnan(value)) {
            r.problem = "the measure does not apply to the simulated curves";
            continue;
        }
        if (std::isinf(value)) {
            r.problem = "not reached within the simulated time";
            continue;
        }
        r.model = value * m.scale;
        r.passed = r.interval.tested && *r.model >= r.interval.low && *r.model <= r.interval.high;
    }
    return results;
}

} // namespace lymph
