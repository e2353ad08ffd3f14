#pragma once
// The population as the prior of a personalised fit: the log-normal factors of the cohort's
// table that lab results depend on (IndividualFactor::fittedToLabs), with the cohort's own
// spreads and correlations, so that a fit and a cohort describe the same population.

#include "model/ModelParameters.h"

#include <Eigen/Core>

#include <cstddef>
#include <optional>
#include <vector>

namespace lymph {

class FactorPrior {
public:
    // One more fitted row beyond the log-normal ones, independent of them: a mixture row within
    // one of its classes (log(value) normal with this mean and standard deviation).
    struct Extra {
        std::size_t row;
        double logMean;
        double logSd;
    };

    explicit FactorPrior(const ModelParameters &typical, std::optional<Extra> extra = {});

    // The fitted factors' rows in the table, in table order.
    const std::vector<std::size_t> &rows() const { return m_rows; }
    std::size_t size() const { return m_rows.size(); }
    // log(value) is normal with this mean (0, a median of 1, but for the extra row) and
    // covariance.
    double mean(std::size_t i) const { return m_mean[i]; }
    const Eigen::MatrixXd &covariance() const { return m_covariance; }
    double standardDeviation(std::size_t i) const { return m_sd[i]; }
    // log det of the covariance (the Laplace evidence of a mixture class needs it).
    double logDeterminant() const { return m_logDeterminant; }
    // The whitened prior residuals L⁻¹·(log(value) − mean) (Σ = L·Lᵀ): their squares sum to the
    // prior's −2·log density up to a constant.
    void residuals(const std::vector<double> &logValues, double *out) const;

private:
    std::vector<std::size_t> m_rows;
    std::vector<double> m_sd;
    std::vector<double> m_mean;
    Eigen::MatrixXd m_covariance;
    double m_logDeterminant = 0.0;
    Eigen::MatrixXd m_whitening; // L⁻¹
};

} // namespace lymph
