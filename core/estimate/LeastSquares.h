#pragma once
// Weighted nonlinear least squares with Ceres Solver (Levenberg–Marquardt, bounds, covariance
// at the optimum). Both the calibration against the literature (log residuals over published
// uncertainty) and the personalised fit (residuals over assay error, plus prior residuals) are
// problems of this shape; docs/model.md ("Estimation") says why Ceres and not NLopt.
// No Ceres in this header: callers see plain values and Eigen.

#include <Eigen/Core>

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace lymph {

struct FreeParameter {
    std::string name;
    double initial = 1.0;            // natural scale
    double lower = 0.0, upper = 0.0; // natural scale; lower<upper enables bounds
    bool logScale = true;            // estimated as log(value)
};

// Fills `residuals` (already sized) for the parameter values (natural scale); false when the
// model cannot be evaluated there (the optimiser then treats the step as unsuccessful).
// With EstimateOptions::threads > 1 it is called from several threads at once (the Jacobian's
// columns are evaluated in parallel): it must then be thread-safe.
using ResidualFunction =
    std::function<bool(const std::vector<double> &values, std::vector<double> &residuals)>;

struct EstimateOptions {
    int maxIterations = 50;
    double functionTolerance = 1e-6; // relative decrease of the cost that ends the search
    // Central differences on the estimation scale: a step of relativeStep in log(value), or
    // relativeStep·|value| on a linear scale (relativeStep itself at 0).
    double relativeStep = 1e-3;
    bool covariance = true;
    int threads = 1; // threads evaluating the Jacobian's columns
};

struct Estimate {
    std::vector<double> values;         // natural scale
    std::vector<double> standardErrors; // on the estimation scale (log for logScale)
    Eigen::MatrixXd correlation;        // empty when the covariance failed
    Eigen::MatrixXd covariance;         // estimation scale
    // False where the Jacobian gives no information (a rank-deficient direction): the
    // covariance is then the pseudo-inverse, and says nothing about that parameter.
    std::vector<bool> identifiable;
    Eigen::MatrixXd jacobian; // of the residuals on the estimation scale, at the optimum
    double initialCost = 0, finalCost = 0; // ½·Σ residual²
    int iterations = 0;
    bool converged = false;
    std::string report; // one-line Ceres summary
};

// Minimises ½·Σ residual² over the free parameters from their initial values. Never throws
// for a model that fails to evaluate (converged is then false and report says why); throws
// std::invalid_argument for an initial value outside its bounds or a non-positive value on a
// log scale.
Estimate estimateLeastSquares(const std::vector<FreeParameter> &parameters,
                              std::size_t residualCount, const ResidualFunction &residuals,
                              const EstimateOptions &options = {});

} // namespace lymph
