#include "estimate/SyntheticStudy.h"

#include "cohort/Cohort.h"
#include "cohort/VirtualPatient.h"
#include "estimate/FitProblem.h"
#include "estimate/MeasuredQuantities.h"
#include "estimate/PersonalFit.h"
#include "simulate/SimulationSetup.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>

namespace lymph {

namespace {

double logError(double x, double truth, double floor)
{
    return std::log((std::max(0.0, x) + floor) / (std::max(0.0, truth) + floor));
}

std::map<std::string, double> asIndividual(const FactorValues &values)
{
    std::map<std::string, double> individual;
    const auto factors = individualFactors();
    for (std::size_t i = 0; i < factors.size(); ++i)
        individual[std::string(factors[i].name)] = values[i];
    return individual;
}

} // namespace

std::vector<Measurement> syntheticMeasurements(const Scenario &patient,
                                               const std::vector<std::string> &quantities,
                                               const std::vector<double> &days, std::uint64_t seed)
{
    const Results truth = simulate(patient);
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<Measurement> out;
    for (double day : days) {
        for (const std::string &name : quantities) {
            const MeasuredQuantity *q = measuredQuantity(name);
            const double value = truth.table.valueAt(q->column, day);
            const double noisy =
                std::exp(std::log(value + q->floor) + q->errorCv * normal(rng)) - q->floor;
            out.push_back({day, name, std::max(0.0, noisy)});
        }
    }
    return out;
}

StudyResult runSyntheticStudy(const StudyDesign &design)
{
    Scenario plan = design.plan;
    plan.measurements.clear();
    plan.patient.individual.clear();
    const SimulationSetup setup = prepareSimulation(plan, nullptr, {});
    const VirtualPatientSampler population(setup.parameters, setup.patient, design.seed);
    const Results typical = simulate(plan);

    StudyResult result;
    for (const std::string &name : design.assessed)
        result.quantities.push_back({name});
    std::vector<double> fitMs;
    for (int p = 0; p < design.patients; ++p) {
        const FactorValues truthValues = population.draw(std::uint64_t(p));
        Scenario truthScenario = plan;
        truthScenario.patient.individual = asIndividual(truthValues);
        const Results truth = simulate(truthScenario);

        Scenario observed = plan;
        observed.measurements = syntheticMeasurements(truthScenario, design.measured, design.days,
                                                      design.seed * 1000003u + std::uint64_t(p));
        PersonalFit fit;
        const auto start = std::chrono::steady_clock::now();
        try {
            fit = fitPatient(observed);
        } catch (const FitError &) {
            ++result.refused;
            continue;
        }
        fitMs.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
        ++result.fitted;
        ForecastOptions forecastOptions;
        forecastOptions.draws = design.draws;
        forecastOptions.seed = design.seed + std::uint64_t(p);
        forecastOptions.threads = design.threads;
        const Results forecast = forecastPatient(observed, fit, forecastOptions);

        for (const FittedFactor &f : fit.factors) {
            const double trueValue = truthValues[*factorIndex(f.name)];
            if (!(trueValue > 0.0))
                continue; // a never-responder's ADA propensity of 0 has no log
            auto found = std::find_if(result.factors.begin(), result.factors.end(),
                                      [&f](const FactorRecovery &r) { return r.name == f.name; });
            if (found == result.factors.end()) {
                result.factors.push_back({f.name});
                found = result.factors.end() - 1;
            }
            const double truthLog = std::log(trueValue);
            found->mapRms += std::pow(std::log(f.estimate) - truthLog, 2);
            found->priorRms +=
                std::pow(std::log(std::sqrt(f.priorLower90 * f.priorUpper90)) - truthLog, 2);
            found->meanShrinkage += f.posteriorSd / f.priorSd;
            found->covered += std::log(f.lower90) <= truthLog && truthLog <= std::log(f.upper90);
            ++found->count;
        }

        for (QuantityAccuracy &a : result.quantities) {
            const MeasuredQuantity *q = measuredQuantity(a.quantity);
            const ColumnKey key = q->column;
            double squaresForecast = 0.0, squaresTypical = 0.0;
            std::size_t n = 0;
            for (double day = fit.lastMeasurementDay + design.checkEveryDays;
                 day <= plan.horizonDays; day += design.checkEveryDays) {
                const double t = truth.table.valueAt(key, day);
                const double median = forecast.table.valueAt(key, day);
                squaresForecast += std::pow(logError(median, t, q->floor), 2);
                squaresTypical +=
                    std::pow(logError(typical.table.valueAt(key, day), t, q->floor), 2);
                const double low = forecast.table.valueAt(key.with(Statistic::P05), day);
                const double high = forecast.table.valueAt(key.with(Statistic::P95), day);
                a.covered += low <= t && t <= high;
                ++n;
            }
            a.checked += n;
            a.forecastRms += squaresForecast;
            a.typicalRms += squaresTypical;
        }
    }
    for (QuantityAccuracy &a : result.quantities) {
        if (a.checked > 0) {
            a.forecastRms = std::sqrt(a.forecastRms / double(a.checked));
            a.typicalRms = std::sqrt(a.typicalRms / double(a.checked));
        }
    }
    for (FactorRecovery &f : result.factors) {
        const double n = double(std::max<std::size_t>(1, f.count));
        f.mapRms = std::sqrt(f.mapRms / n);
        f.priorRms = std::sqrt(f.priorRms / n);
        f.meanShrinkage /= n;
    }
    if (!fitMs.empty()) {
        std::sort(fitMs.begin(), fitMs.end());
        result.medianFitMs = fitMs[fitMs.size() / 2];
    }
    return result;
}

} // namespace lymph
