#include "estimate/PersonalFit.h"

#include "cohort/Cohort.h"
#include "cohort/VirtualPatient.h"
#include "estimate/FactorPrior.h"
#include "estimate/FitProblem.h"
#include "estimate/LabResiduals.h"
#include "simulate/SimulationSetup.h"

#include <Eigen/Cholesky>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace lymph {

namespace {

constexpr double kZ90 = 1.6448536269514722; // the standard normal's 95th percentile
// The fitted factors stay within this many prior standard deviations of their prior median.
constexpr double kBoundSds = 6.0;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::uint64_t mix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// A class of the mixture row to fit within, or the whole population when there is none.
struct ClassChoice {
    std::string label;
    double weight = 1.0;
    FactorValues fixed;                      // the class row, a zero value
    std::optional<FactorPrior::Extra> extra; // the mixture row fitted within the class
};

// The mixture row's classes when the results can tell them apart (an antibody in the plan)
// and the scenario does not set the row itself; else the one population.
std::vector<ClassChoice> classChoices(const SimulationSetup &setup, const FactorValues &base)
{
    const auto factors = individualFactors();
    std::vector<ClassChoice> none{{{}, 1.0, base, std::nullopt}};
    if (setup.schedule.antibodies.empty())
        return none;
    for (std::size_t row = 0; row < factors.size(); ++row) {
        const IndividualFactor &f = factors[row];
        const auto classRow = f.classes ? factorIndex(f.classRow) : std::nullopt;
        if (!classRow || !std::isnan(base[row]) || !std::isnan(base[*classRow]))
            continue;
        std::vector<ClassChoice> choices;
        for (const FactorClass &c : f.classes(setup.parameters, setup.patient)) {
            if (!(c.weight > 0.0))
                continue;
            ClassChoice choice{factorText(factors[*classRow], c.classValue), c.weight, base,
                               std::nullopt};
            choice.fixed[*classRow] = c.classValue;
            if (c.median > 0.0 && c.logSd > 0.0)
                choice.extra = FactorPrior::Extra{row, std::log(c.median), c.logSd};
            else
                choice.fixed[row] = c.median; // never: 0; no spread: the median itself
            choices.push_back(std::move(choice));
        }
        return choices.empty() ? none : choices;
    }
    return none;
}

std::vector<QuantityResiduals> residualSummary(const LabResiduals &labs,
                                               const std::vector<double> &residuals)
{
    std::vector<QuantityResiduals> out;
    for (const MeasuredQuantity &q : measuredQuantities()) {
        QuantityResiduals r{q.name};
        double squares = 0.0, logRatio = 0.0;
        for (std::size_t i = 0; i < labs.size(); ++i) {
            if (labs.quantity(i).name != q.name)
                continue;
            ++r.count;
            squares += residuals[i] * residuals[i];
            logRatio += residuals[i] * q.errorCv;
        }
        if (r.count == 0)
            continue;
        r.rms = std::sqrt(squares / double(r.count));
        r.meanLogRatio = logRatio / double(r.count);
        out.push_back(r);
    }
    return out;
}

// The MAP and Laplace posterior within one class; `logEvidence` gets its Laplace evidence
// (up to a constant shared by every class).
struct ClassFit {
    FitComponent component;
    Estimate estimate;
    ResidualFunction residuals;
    double logEvidence = 0.0;
};

ClassFit fitClass(const SimulationSetup &setup, const LabResiduals &labs, const ClassChoice &choice,
                  const FitOptions &options)
{
    const FactorPrior prior(setup.parameters, choice.extra);
    const auto factors = individualFactors();
    const std::size_t m = labs.size(), k = prior.size();
    std::vector<FreeParameter> free;
    for (std::size_t i = 0; i < k; ++i) {
        const double mean = prior.mean(i), sd = prior.standardDeviation(i);
        free.push_back({std::string(factors[prior.rows()[i]].name), std::exp(mean),
                        std::exp(mean - kBoundSds * sd), std::exp(mean + kBoundSds * sd), true});
    }
    ClassFit fit;
    const FactorValues base = choice.fixed;
    const std::vector<std::size_t> rows = prior.rows();
    fit.residuals = [&labs, prior, base, rows, m, k](const std::vector<double> &values,
                                                     std::vector<double> &r) {
        FactorValues patient = base;
        std::vector<double> logValues(k);
        for (std::size_t i = 0; i < k; ++i) {
            patient[rows[i]] = values[i];
            logValues[i] = std::log(values[i]);
        }
        if (!labs(patient, r.data()))
            return false;
        prior.residuals(logValues, r.data() + m);
        return true;
    };
    EstimateOptions estimateOptions;
    estimateOptions.maxIterations = options.maxIterations;
    estimateOptions.threads = options.threads;
    fit.estimate = estimateLeastSquares(free, m + k, fit.residuals, estimateOptions);
    // Out of iterations near an optimum is still an estimate (converged stays false and the
    // report says so); no usable point, or no covariance there, is not.
    if (fit.estimate.covariance.size() == 0)
        throw FitError(fit_failure::NotConverged{fit.estimate.iterations});

    FitComponent &c = fit.component;
    c.label = choice.label;
    c.rows = rows;
    c.fixed = base;
    c.cost = fit.estimate.finalCost;
    c.covariance = fit.estimate.covariance;
    c.mode.resize(Eigen::Index(k));
    for (std::size_t i = 0; i < k; ++i) {
        const double mode = std::log(fit.estimate.values[i]);
        c.mode(Eigen::Index(i)) = mode;
        FittedFactor f;
        f.name = free[i].name;
        f.estimate = fit.estimate.values[i];
        f.priorSd = prior.standardDeviation(i);
        f.posteriorSd = std::sqrt(std::max(0.0, c.covariance(Eigen::Index(i), Eigen::Index(i))));
        f.lower90 = std::exp(mode - kZ90 * f.posteriorSd);
        f.upper90 = std::exp(mode + kZ90 * f.posteriorSd);
        f.priorLower90 = std::exp(prior.mean(i) - kZ90 * f.priorSd);
        f.priorUpper90 = std::exp(prior.mean(i) + kZ90 * f.priorSd);
        f.informed =
            f.posteriorSd <= 0.7 * f.priorSd || std::fabs(mode - prior.mean(i)) > 0.5 * f.priorSd;
        c.factors.push_back(f);
    }
    // Laplace: log ∫ exp(−cost) N(θ; prior) dθ ≈ −cost + ½·log det Σpost − ½·log det Σprior.
    const Eigen::LLT<Eigen::MatrixXd> llt(c.covariance);
    const double logDetPosterior =
        llt.info() == Eigen::Success
            ? 2.0 * Eigen::MatrixXd(llt.matrixL()).diagonal().array().log().sum()
            : prior.logDeterminant();
    fit.logEvidence =
        std::log(choice.weight) - c.cost + 0.5 * (logDetPosterior - prior.logDeterminant());
    return fit;
}

} // namespace

PersonalFit fitPatient(const Scenario &scenario, const ParameterTable *parameters,
                       const FitOptions &options)
{
    const SimulationSetup setup = prepareSimulation(scenario, parameters, options.simulation);
    // Checks the correlations (throws SimulationError) before the prior relies on them.
    (void)VirtualPatientSampler(setup.parameters, setup.patient, 1);
    const LabResiduals labs(setup, scenario.measurements, options.simulation);
    const auto factors = individualFactors();
    // The scenario's own values stay (an ADA propensity set by hand); the fitted ones move.
    const FactorValues base =
        setup.individual.empty() ? FactorValues(factors.size(), kNaN) : setup.individual;

    std::vector<ClassFit> fits;
    for (const ClassChoice &choice : classChoices(setup, base))
        fits.push_back(fitClass(setup, labs, choice, options));
    std::sort(fits.begin(), fits.end(),
              [](const ClassFit &a, const ClassFit &b) { return a.logEvidence > b.logEvidence; });
    double total = 0.0;
    for (const ClassFit &f : fits)
        total += std::exp(f.logEvidence - fits.front().logEvidence);

    PersonalFit fit;
    for (const ClassFit &f : fits) {
        fit.components.push_back(f.component);
        fit.components.back().probability =
            std::exp(f.logEvidence - fits.front().logEvidence) / total;
    }
    const ClassFit &best = fits.front();
    fit.factors = best.component.factors;
    fit.iterations = best.estimate.iterations;
    fit.converged = best.estimate.converged;
    fit.report = best.estimate.report;
    fit.measurementCount = labs.size();
    fit.lastMeasurementDay = labs.lastDay();
    fit.individual = scenario.patient.individual;
    for (std::size_t row = 0; row < factors.size(); ++row) {
        if (!std::isnan(best.component.fixed[row]))
            fit.individual[std::string(factors[row].name)] = best.component.fixed[row];
    }
    for (const FittedFactor &f : fit.factors)
        fit.individual[f.name] = f.estimate;
    std::vector<double> r(labs.size() + best.component.rows.size());
    if (best.residuals(best.estimate.values, r))
        fit.residuals = residualSummary(labs, r);
    return fit;
}

Results forecastPatient(const Scenario &plan, const PersonalFit &fit,
                        const ForecastOptions &options, const ParameterTable *parameters,
                        const SimulationOptions &simulation)
{
    // Each class's Cholesky factor, and where its share of the draws ends.
    std::vector<Eigen::MatrixXd> lower;
    std::vector<double> cumulative;
    double sum = 0.0;
    for (const FitComponent &c : fit.components) {
        const Eigen::LLT<Eigen::MatrixXd> llt(c.covariance);
        lower.push_back(
            llt.info() == Eigen::Success
                ? Eigen::MatrixXd(llt.matrixL())
                : Eigen::MatrixXd(c.covariance.diagonal().cwiseMax(0.0).cwiseSqrt().asDiagonal()));
        sum += c.probability;
        cumulative.push_back(sum);
    }
    const std::uint64_t seed = options.seed;
    CohortOptions cohort;
    cohort.patients = options.draws;
    cohort.seed = seed;
    cohort.threads = options.threads;
    cohort.cancel = options.cancel;
    // Each draw from its own generator (seed, index): any thread order gives the same forecast.
    cohort.override = [&fit, lower, cumulative, seed](std::uint64_t index, FactorValues &values) {
        if (fit.components.empty())
            return;
        std::mt19937_64 rng(mix(mix(seed ^ 0x5EED5EED5EED5EEDull) ^ mix(index + 1)));
        const double u = std::uniform_real_distribution<double>(0.0, cumulative.back())(rng);
        const auto which = std::size_t(std::min<std::ptrdiff_t>(
            std::lower_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin(),
            std::ptrdiff_t(cumulative.size()) - 1));
        const FitComponent &c = fit.components[which];
        std::normal_distribution<double> normal(0.0, 1.0);
        Eigen::VectorXd z(c.mode.size());
        for (Eigen::Index i = 0; i < z.size(); ++i)
            z(i) = normal(rng);
        const Eigen::VectorXd theta = c.mode + lower[which] * z;
        for (std::size_t i = 0; i < c.fixed.size() && i < values.size(); ++i) {
            if (!std::isnan(c.fixed[i]))
                values[i] = c.fixed[i];
        }
        for (std::size_t i = 0; i < c.rows.size(); ++i)
            values[c.rows[i]] = std::exp(theta(Eigen::Index(i)));
    };
    Results results = runCohort(plan, cohort, parameters, simulation);
    results.fittedMeasurements = fit.measurementCount;
    return results;
}

Scenario withFittedPatient(Scenario scenario, const PersonalFit &fit)
{
    scenario.patient.individual = fit.individual;
    return scenario;
}

} // namespace lymph
