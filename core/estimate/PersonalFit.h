#pragma once
// Personalised forecasts: the model fitted to one patient's own lab results (the scenario's
// measurements) by Bayesian MAP with the population as the prior, the posterior by the Laplace
// approximation at the MAP, and the posterior predictive over any plan (docs/model.md §11).

#include "cohort/IndividualFactors.h"
#include "estimate/LeastSquares.h"
#include "model/ParameterTable.h"
#include "scenario/Scenario.h"
#include "simulate/Results.h"
#include "simulate/Simulator.h"

#include <Eigen/Core>

#include <atomic>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace lymph {

struct FitOptions {
    int maxIterations = 50;
    int threads = 2; // threads evaluating the Jacobian's columns
    SimulationOptions simulation = {};
};

// One fitted factor: the MAP and the 90% interval of its posterior beside the population's.
struct FittedFactor {
    std::string name;
    double estimate = 1.0;               // MAP (natural scale)
    double lower90 = 1.0, upper90 = 1.0; // posterior (Laplace, log-normal)
    double priorLower90 = 1.0, priorUpper90 = 1.0;
    double priorSd = 0.0, posteriorSd = 0.0; // of log(value)
    // The data moved it: the posterior is at most 70% as wide as the prior, or its MAP lies
    // more than half a prior standard deviation from the typical value.
    bool informed = false;
};

// How well the fit matches one quantity's results.
struct QuantityResiduals {
    std::string quantity;
    std::size_t count = 0;
    double rms = 0.0;          // of the standardised residuals (about 1 when the error model fits)
    double meanLogRatio = 0.0; // mean log(result/model): a bias (0.1 is 10% above the model)
};

// The fit within one class of a mixture factor (never, typical or strong ADA responders),
// or the only one when no mixture is fitted: its posterior probability and its Laplace
// approximation.
struct FitComponent {
    std::string label;             // the class's label; empty without a mixture
    double probability = 1.0;      // of the class, given the results
    std::vector<std::size_t> rows; // the fitted factors' rows in the factor table
    Eigen::VectorXd mode;          // log values at the MAP
    Eigen::MatrixXd covariance;    // Laplace posterior covariance of the log values
    FactorValues fixed;            // what every patient of the class has (NaN elsewhere)
    std::vector<FittedFactor> factors;
    double cost = 0.0; // ½·Σ residual² at the MAP (results and prior)
};

struct PersonalFit {
    // Most probable first; the forecast draws each class by its probability.
    std::vector<FitComponent> components;
    // The most probable class's MAP, its factors and how well it matches each quantity.
    std::vector<FittedFactor> factors;
    std::vector<QuantityResiduals> residuals;
    // patient.individual with that MAP: the scenario's own values, the fitted ones replaced.
    std::map<std::string, double> individual;
    std::size_t measurementCount = 0;
    double lastMeasurementDay = 0.0;
    int iterations = 0;
    bool converged = false;
    std::string report; // the optimiser's one-line summary (of the most probable class)
};

// Throws FitError for results a fit cannot use or a fit that fails, SimulationError for a
// scenario the engine refuses.
PersonalFit fitPatient(const Scenario &scenario, const ParameterTable *parameters = nullptr,
                       const FitOptions &options = {});

struct ForecastOptions {
    int draws = 200;
    std::uint64_t seed = 1;
    int threads = 0; // 0: every hardware thread
    const std::atomic<bool> *cancel = nullptr;
};

// The posterior predictive over `plan` (the fitted scenario, or an alternative plan for the
// same patient): `draws` patients, each of a class drawn by its posterior probability, its
// fitted factors from that class's Laplace posterior and its other factors (relapse frailty,
// autoimmunity) from the population, as a cohort: medians with _p05…_p95 bands and
// probabilities as means.
Results forecastPatient(const Scenario &plan, const PersonalFit &fit,
                        const ForecastOptions &options = {},
                        const ParameterTable *parameters = nullptr,
                        const SimulationOptions &simulation = {});

// `scenario` with patient.individual set to the fit's MAP: simulate() then gives the fitted
// patient's curve.
Scenario withFittedPatient(Scenario scenario, const PersonalFit &fit);

} // namespace lymph
