#include "calibration/CalibrationFit.h"

#include <algorithm>
#include <cmath>

namespace lymph {

namespace {

double flooredLog(double value, double floor) { return std::log(std::max(value, floor)); }

} // namespace

std::optional<double> calibrationResidual(const TargetResult &result)
{
    const AcceptedInterval &a = result.interval;
    if (!a.tested || !result.target)
        return std::nullopt;
    if (!result.model)
        return kMissingResidual;
    const CalibrationTarget &t = *result.target;
    const double model = *result.model;
    const bool lowFinite = std::isfinite(a.low) && a.low > 0.0;
    const bool highFinite = std::isfinite(a.high) && a.high > 0.0;
    const double floor = lowFinite ? 0.1 * a.low : 0.01 * std::max(std::fabs(t.value), 1e-9);
    if (lowFinite && highFinite && t.value > 0.0) {
        const double z = t.uncertainty.kind == PublishedUncertainty::Kind::Ci90 ? kZ90 : kZ95;
        const double sigma = (std::log(a.high) - std::log(a.low)) / (2.0 * z);
        if (!(sigma > 0.0))
            return std::nullopt;
        return (flooredLog(model, floor) - std::log(t.value)) / sigma;
    }
    if (highFinite && !lowFinite) { // at most a bound
        const double past = flooredLog(model, floor) - std::log(a.high);
        return std::max(0.0, past) / kBoundSpread;
    }
    if (lowFinite && !highFinite) { // at least a bound
        const double past = flooredLog(model, floor) - std::log(a.low);
        return std::min(0.0, past) / kBoundSpread;
    }
    return std::nullopt;
}

CalibrationFitResult fitCalibration(const TargetSet &set, const ParameterTable &start,
                                    const CalibrationFitOptions &options)
{
    if (options.parameters.empty())
        throw CalibrationFitError("no parameter to fit");
    std::vector<FreeParameter> free;
    for (const std::string &id : options.parameters) {
        const Parameter *p = start.find(id);
        if (!p)
            throw CalibrationFitError("'" + id + "' is not a parameter id");
        if (!(p->value > 0.0) || p->max <= 0.0)
            throw CalibrationFitError("'" + id +
                                      "' cannot be fitted on the log scale: its value or range "
                                      "is not positive");
        free.push_back({id, p->value, p->min, p->max, true});
    }
    // The tested targets among those chosen.
    std::vector<std::string> targets;
    for (const CalibrationTarget &t : set.targets) {
        const bool chosen = options.targets.empty() ||
                            std::find(options.targets.begin(), options.targets.end(), t.id) !=
                                options.targets.end();
        if (chosen && acceptedInterval(t).tested)
            targets.push_back(t.id);
    }
    for (const std::string &id : options.targets) {
        if (std::none_of(set.targets.begin(), set.targets.end(),
                         [&](const CalibrationTarget &t) { return t.id == id; }))
            throw CalibrationFitError("'" + id + "' is not a target id");
    }
    if (targets.empty())
        throw CalibrationFitError("none of the chosen targets is tested (each needs a published "
                                  "uncertainty)");

    const CalibrationRun run(set, options.cohortShare);
    auto evaluateAt = [&](const std::vector<double> &values) {
        ParameterTable table = start;
        for (std::size_t i = 0; i < values.size(); ++i)
            table.set(options.parameters[i], values[i]);
        return run.evaluate(table, targets);
    };
    const ResidualFunction residuals = [&](const std::vector<double> &values,
                                           std::vector<double> &out) {
        const std::vector<TargetResult> results = evaluateAt(values);
        for (std::size_t i = 0; i < results.size(); ++i)
            out[i] = calibrationResidual(results[i]).value_or(0.0);
        return std::all_of(out.begin(), out.end(), [](double r) { return std::isfinite(r); });
    };

    CalibrationFitResult fit;
    fit.parameters = options.parameters;
    for (const FreeParameter &p : free)
        fit.initial.push_back(p.initial);
    fit.before = evaluateAt(fit.initial);

    EstimateOptions estimateOptions;
    estimateOptions.maxIterations = options.maxIterations;
    estimateOptions.relativeStep = options.relativeStep;
    estimateOptions.functionTolerance = 1e-4;
    fit.estimate = estimateLeastSquares(free, targets.size(), residuals, estimateOptions);
    fit.after = evaluateAt(fit.estimate.values);
    return fit;
}

} // namespace lymph
