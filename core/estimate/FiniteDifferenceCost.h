#pragma once
// A Ceres cost function around a ResidualFunction, differentiated by central differences on
// the estimation scale. Ceres's own numeric differentiation evaluates the columns one after
// another; here they run on several threads (each is a whole simulation), and a step that would
// cross a bound becomes one-sided, so the model is never evaluated outside its bounds.

#include "estimate/EstimationScale.h"
#include "estimate/LeastSquares.h"

#include <ceres/cost_function.h>

namespace lymph {

class FiniteDifferenceCost final : public ceres::CostFunction {
public:
    FiniteDifferenceCost(const EstimationScale &scale, std::size_t residualCount,
                         const ResidualFunction &residuals, const EstimateOptions &options);

    bool Evaluate(double const *const *parameters, double *residuals,
                  double **jacobians) const override;

private:
    // The last point with a Jacobian, kept: the covariance asks again for the Jacobian at the
    // optimum the solver has just evaluated, and each costs 2n simulations. Ceres calls a
    // single cost function from one thread.
    struct Memo {
        std::vector<double> theta, residuals, jacobian;
    };

    bool evaluate(const std::vector<double> &theta, std::vector<double> &residuals) const;
    bool jacobian(const double *theta, const std::vector<double> &atTheta, double *jacobian) const;

    const EstimationScale &m_scale;
    std::size_t m_residualCount;
    const ResidualFunction &m_residuals;
    EstimateOptions m_options;
    mutable Memo m_memo;
};

} // namespace lymph
