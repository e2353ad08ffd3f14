#include "estimate/FiniteDifferenceCost.h"

#include "platform/WorkerThreads.h"

#include <algorithm>
#include <atomic>
#include <cmath>

namespace lymph {

namespace {

// One side of a column's difference: the point, whether it lies within the bounds, and the
// residuals there once evaluated.
struct Probe {
    std::vector<double> theta;
    bool inside = false;
    bool ok = false;
    std::vector<double> residuals;
};

} // namespace

FiniteDifferenceCost::FiniteDifferenceCost(const EstimationScale &scale, std::size_t residualCount,
                                           const ResidualFunction &residuals,
                                           const EstimateOptions &options)
    : m_scale(scale), m_residualCount(residualCount), m_residuals(residuals), m_options(options)
{
    mutable_parameter_block_sizes()->push_back(int(scale.size()));
    set_num_residuals(int(residualCount));
}

bool FiniteDifferenceCost::evaluate(const std::vector<double> &theta,
                                    std::vector<double> &residuals) const
{
    residuals.assign(m_residualCount, 0.0);
    if (!m_residuals(m_scale.natural(theta.data()), residuals))
        return false;
    return std::all_of(residuals.begin(), residuals.end(),
                       [](double r) { return std::isfinite(r); });
}

bool FiniteDifferenceCost::Evaluate(double const *const *parameters, double *residuals,
                                    double **jacobians) const
{
    const double *theta = parameters[0];
    std::vector<double> values(theta, theta + m_scale.size());
    const bool wantJacobian = jacobians != nullptr && jacobians[0] != nullptr;
    if (wantJacobian && values == m_memo.theta) {
        std::copy(m_memo.residuals.begin(), m_memo.residuals.end(), residuals);
        std::copy(m_memo.jacobian.begin(), m_memo.jacobian.end(), jacobians[0]);
        return true;
    }
    std::vector<double> atTheta;
    if (!evaluate(values, atTheta))
        return false;
    std::copy(atTheta.begin(), atTheta.end(), residuals);
    if (!wantJacobian)
        return true;
    if (!jacobian(theta, atTheta, jacobians[0]))
        return false;
    m_memo.theta = std::move(values);
    m_memo.residuals = std::move(atTheta);
    m_memo.jacobian.assign(jacobians[0], jacobians[0] + m_residualCount * m_scale.size());
    return true;
}

bool FiniteDifferenceCost::jacobian(const double *theta, const std::vector<double> &atTheta,
                                    double *jacobian) const
{
    const std::size_t n = m_scale.size();
    std::vector<double> steps(n);
    std::vector<Probe> probes(2 * n); // column j: 2j forward, 2j+1 backward
    for (std::size_t j = 0; j < n; ++j) {
        steps[j] = m_scale.step(j, theta[j], m_options.relativeStep);
        for (int side = 0; side < 2; ++side) {
            Probe &probe = probes[2 * j + std::size_t(side)];
            probe.theta.assign(theta, theta + n);
            probe.theta[j] += side == 0 ? steps[j] : -steps[j];
            const auto lower = m_scale.lower(j), upper = m_scale.upper(j);
            probe.inside =
                (!lower || probe.theta[j] >= *lower) && (!upper || probe.theta[j] <= *upper);
        }
    }
    std::atomic<std::size_t> next{0};
    const unsigned threads = unsigned(
        std::clamp<std::size_t>(std::size_t(std::max(1, m_options.threads)), 1, probes.size()));
    runOnThreads(threads, [&](const std::atomic<bool> &) {
        for (std::size_t k = next++; k < probes.size(); k = next++) {
            if (probes[k].inside)
                probes[k].ok = evaluate(probes[k].theta, probes[k].residuals);
        }
    });
    const std::size_t m = m_residualCount;
    for (std::size_t j = 0; j < n; ++j) {
        const Probe &forward = probes[2 * j], &backward = probes[2 * j + 1];
        // Central where both sides could be evaluated, else one-sided from theta itself.
        const std::vector<double> *plus = forward.ok ? &forward.residuals : &atTheta;
        const std::vector<double> *minus = backward.ok ? &backward.residuals : &atTheta;
        const double width = (forward.ok ? steps[j] : 0.0) + (backward.ok ? steps[j] : 0.0);
        if (width == 0.0)
            return false;
        for (std::size_t i = 0; i < m; ++i)
            jacobian[i * n + j] = ((*plus)[i] - (*minus)[i]) / width;
    }
    return true;
}

} // namespace lymph
