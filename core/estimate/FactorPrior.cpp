#include "estimate/FactorPrior.h"

#include "cohort/IndividualFactors.h"
#include "cohort/VirtualPatient.h"

#include <Eigen/Cholesky>

#include <algorithm>

namespace lymph {

FactorPrior::FactorPrior(const ModelParameters &typical, std::optional<Extra> extra)
{
    const auto factors = individualFactors();
    for (std::size_t i = 0; i < factors.size(); ++i) {
        const double sd = logSpread(factors[i], typical);
        if (factors[i].fittedToLabs && sd > 0.0) {
            m_rows.push_back(i);
            m_sd.push_back(sd);
            m_mean.push_back(0.0);
        }
    }
    if (extra) {
        m_rows.push_back(extra->row);
        m_sd.push_back(extra->logSd);
        m_mean.push_back(extra->logMean);
    }
    std::vector<std::size_t> block;
    const Eigen::MatrixXd correlation = factorCorrelationMatrix(typical, &block);
    const auto blockPosition = [&block](std::size_t row) {
        return Eigen::Index(std::find(block.begin(), block.end(), row) - block.begin());
    };
    const auto k = Eigen::Index(m_rows.size());
    m_covariance = Eigen::MatrixXd::Zero(k, k);
    for (Eigen::Index a = 0; a < k; ++a) {
        for (Eigen::Index b = 0; b < k; ++b) {
            double rho = a == b ? 1.0 : 0.0;
            const Eigen::Index pa = blockPosition(m_rows[std::size_t(a)]);
            const Eigen::Index pb = blockPosition(m_rows[std::size_t(b)]);
            if (a != b && pa < correlation.rows() && pb < correlation.rows())
                rho = correlation(pa, pb);
            m_covariance(a, b) = rho * m_sd[std::size_t(a)] * m_sd[std::size_t(b)];
        }
    }
    // The sampler has checked that the correlations form a valid matrix.
    const Eigen::MatrixXd lower = Eigen::LLT<Eigen::MatrixXd>(m_covariance).matrixL();
    m_whitening = lower.triangularView<Eigen::Lower>().solve(Eigen::MatrixXd::Identity(k, k));
    m_logDeterminant = 2.0 * lower.diagonal().array().log().sum();
}

void FactorPrior::residuals(const std::vector<double> &logValues, double *out) const
{
    const Eigen::Map<const Eigen::VectorXd> theta(logValues.data(), Eigen::Index(logValues.size()));
    const Eigen::Map<const Eigen::VectorXd> mean(m_mean.data(), Eigen::Index(m_mean.size()));
    Eigen::Map<Eigen::VectorXd>(out, Eigen::Index(m_rows.size())) = m_whitening * (theta - mean);
}

} // namespace lymph
