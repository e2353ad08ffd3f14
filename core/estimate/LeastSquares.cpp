#include "estimate/LeastSquares.h"

#include "estimate/EstimationScale.h"
#include "estimate/FiniteDifferenceCost.h"

#include <ceres/covariance.h>
#include <ceres/problem.h>
#include <ceres/solver.h>

#include <Eigen/SVD>
#include <glog/logging.h>

#include <cmath>
#include <mutex>

namespace lymph {

namespace {

// A direction of the parameters whose singular value is below this share of the largest
// changes no residual: the data cannot tell it apart (the reciprocal condition number of JᵀJ
// is its square).
constexpr double kRankTolerance = 1e-6;
// A parameter takes part in such a direction when its component exceeds this.
constexpr double kNullComponent = 0.1;

std::vector<bool> identifiableParameters(const Eigen::MatrixXd &jacobian)
{
    const auto n = jacobian.cols();
    std::vector<bool> identifiable(std::size_t(n), true);
    if (jacobian.rows() == 0 || n == 0)
        return std::vector<bool>(std::size_t(n), false);
    const Eigen::JacobiSVD<Eigen::MatrixXd> svd(jacobian, Eigen::ComputeFullV);
    const Eigen::VectorXd &s = svd.singularValues();
    const double largest = s.size() > 0 ? s(0) : 0.0;
    for (Eigen::Index k = 0; k < n; ++k) {
        // Fewer residuals than parameters: the missing singular values are zero.
        const double value = k < s.size() ? s(k) : 0.0;
        if (largest > 0.0 && value > kRankTolerance * largest)
            continue;
        for (Eigen::Index i = 0; i < n; ++i) {
            if (std::fabs(svd.matrixV()(i, k)) > kNullComponent)
                identifiable[std::size_t(i)] = false;
        }
    }
    return identifiable;
}

// (JᵀJ)⁻¹ by Ceres; the Moore–Penrose pseudo-inverse (dense SVD, rank-revealing) when some
// direction is not identifiable. Empty when it cannot be computed.
Eigen::MatrixXd covarianceAt(ceres::Problem &problem, double *block, std::size_t n,
                             bool rankDeficient)
{
    ceres::Covariance::Options options;
    options.algorithm_type = ceres::DENSE_SVD;
    options.null_space_rank = rankDeficient ? -1 : 0;
    options.min_reciprocal_condition_number = kRankTolerance * kRankTolerance;
    options.apply_loss_function = false;
    ceres::Covariance covariance(options);
    const std::vector<std::pair<const double *, const double *>> blocks = {{block, block}};
    if (!covariance.Compute(blocks, &problem))
        return {};
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> c(n, n);
    if (!covariance.GetCovarianceBlock(block, block, c.data()))
        return {};
    return c;
}

Eigen::MatrixXd correlationOf(const Eigen::MatrixXd &covariance)
{
    const Eigen::Index n = covariance.rows();
    Eigen::MatrixXd correlation = Eigen::MatrixXd::Zero(n, n);
    for (Eigen::Index i = 0; i < n; ++i) {
        for (Eigen::Index j = 0; j < n; ++j) {
            const double scale = std::sqrt(covariance(i, i) * covariance(j, j));
            correlation(i, j) = i == j ? 1.0 : scale > 0.0 ? covariance(i, j) / scale : 0.0;
        }
    }
    return correlation;
}

// Ceres reports through glog, to standard error, e.g. when the model refuses the starting
// point; the estimate's report says the same, and the front ends word it. Only fatal errors
// are left to glog.
void quietCeres()
{
    static std::once_flag once;
    std::call_once(once, [] { FLAGS_minloglevel = google::GLOG_FATAL; });
}

} // namespace

Estimate estimateLeastSquares(const std::vector<FreeParameter> &parameters,
                              std::size_t residualCount, const ResidualFunction &residuals,
                              const EstimateOptions &options)
{
    quietCeres();
    const EstimationScale scale(parameters);
    const std::size_t n = scale.size();
    std::vector<double> theta = scale.initial();
    Estimate estimate;
    estimate.values = scale.natural(theta.data());
    if (n == 0 || residualCount == 0) {
        estimate.report = "nothing to estimate";
        return estimate;
    }

    FiniteDifferenceCost *cost = new FiniteDifferenceCost(scale, residualCount, residuals, options);
    ceres::Problem problem; // owns the cost function
    problem.AddResidualBlock(cost, nullptr, theta.data());
    for (std::size_t i = 0; i < n; ++i) {
        if (const auto lower = scale.lower(i))
            problem.SetParameterLowerBound(theta.data(), int(i), *lower);
        if (const auto upper = scale.upper(i))
            problem.SetParameterUpperBound(theta.data(), int(i), *upper);
    }

    ceres::Solver::Options solverOptions;
    solverOptions.trust_region_strategy_type = ceres::LEVENBERG_MARQUARDT;
    solverOptions.linear_solver_type = ceres::DENSE_QR;
    solverOptions.max_num_iterations = options.maxIterations;
    solverOptions.function_tolerance = options.functionTolerance;
    solverOptions.num_threads = 1; // one residual block; its columns run in parallel instead
    solverOptions.logging_type = ceres::SILENT;
    solverOptions.minimizer_progress_to_stdout = false;
    ceres::Solver::Summary summary;
    ceres::Solve(solverOptions, &problem, &summary);

    estimate.values = scale.natural(theta.data());
    estimate.initialCost = summary.initial_cost;
    estimate.finalCost = summary.final_cost;
    estimate.iterations = summary.num_successful_steps + summary.num_unsuccessful_steps;
    estimate.converged = summary.termination_type == ceres::CONVERGENCE;
    estimate.report = summary.BriefReport();
    if (!summary.IsSolutionUsable())
        return estimate;

    // The Jacobian at the optimum (the solver's last one when it was taken there).
    std::vector<double> r(residualCount);
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> j(residualCount, n);
    const double *blocks[] = {theta.data()};
    double *jacobians[] = {j.data()};
    if (!cost->Evaluate(blocks, r.data(), jacobians))
        return estimate;
    estimate.jacobian = j;
    estimate.identifiable = identifiableParameters(estimate.jacobian);
    if (!options.covariance)
        return estimate;
    bool rankDeficient = false;
    for (bool ok : estimate.identifiable)
        rankDeficient = rankDeficient || !ok;
    estimate.covariance = covarianceAt(problem, theta.data(), n, rankDeficient);
    if (estimate.covariance.size() == 0)
        return estimate;
    for (std::size_t i = 0; i < n; ++i)
        estimate.standardErrors.push_back(std::sqrt(std::max(0.0, estimate.covariance(i, i))));
    estimate.correlation = correlationOf(estimate.covariance);
    return estimate;
}

} // namespace lymph
