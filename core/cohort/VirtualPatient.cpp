#include "cohort/VirtualPatient.h"

#include "simulate/Simulator.h"

#include <Eigen/Cholesky>

#include <algorithm>
#include <cmath>
#include <random>

namespace lymph {

namespace {

std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// Median-preserving log-normal multiplier from a standard normal draw: the typical patient
// is the cohort's median.
double logNormal(double z, double cv)
{
    if (cv <= 0.0)
        return 1.0;
    return std::exp(std::sqrt(std::log1p(cv * cv)) * z);
}

} // namespace

Eigen::MatrixXd factorCorrelationMatrix(const ModelParameters &typical,
                                        std::vector<std::size_t> *rows)
{
    const auto factors = individualFactors();
    std::vector<std::size_t> block;
    for (std::size_t i = 0; i < factors.size(); ++i) {
        if (factors[i].prior == FactorDistribution::CorrelatedLogNormal)
            block.push_back(i);
    }
    const auto position = [&block](std::string_view name) {
        const std::size_t row = *factorIndex(name);
        return Eigen::Index(std::find(block.begin(), block.end(), row) - block.begin());
    };
    Eigen::MatrixXd correlation =
        Eigen::MatrixXd::Identity(Eigen::Index(block.size()), Eigen::Index(block.size()));
    for (const FactorCorrelation &c : factorCorrelations()) {
        const Eigen::Index a = position(c.first), b = position(c.second);
        correlation(a, b) = correlation(b, a) = typical.*c.correlation;
    }
    if (rows)
        *rows = std::move(block);
    return correlation;
}

VirtualPatientSampler::VirtualPatientSampler(const ModelParameters &typical,
                                             const PatientFactors &factors, std::uint64_t seed,
                                             FactorOverride override)
    : m_typical(typical), m_factors(factors), m_seed(seed), m_override(std::move(override))
{
    m_correlation = factorCorrelationMatrix(typical, &m_correlated);
    const Eigen::LLT<Eigen::MatrixXd> llt(m_correlation);
    if (llt.info() != Eigen::Success)
        throw SimulationError(failure::CorrelationNotPositiveDefinite{});
    m_cholesky = llt.matrixL();
}

FactorValues VirtualPatientSampler::draw(std::uint64_t index) const
{
    std::mt19937_64 rng(splitMix64(splitMix64(m_seed) ^ splitMix64(index + 1)));
    FactorRandom random(rng);
    const auto factors = individualFactors();
    FactorValues values(factors.size(), 0.0);

    // The correlated block first: z, then L·z, row by row.
    std::vector<double> z(m_correlated.size());
    for (double &v : z)
        v = random.normal();
    for (std::size_t i = 0; i < m_correlated.size(); ++i) {
        double correlated = 0.0;
        for (std::size_t j = 0; j <= i; ++j)
            correlated += m_cholesky(Eigen::Index(i), Eigen::Index(j)) * z[j];
        const IndividualFactor &f = factors[m_correlated[i]];
        values[m_correlated[i]] = logNormal(correlated, m_typical.*f.spread);
    }
    for (std::size_t i = 0; i < factors.size(); ++i) {
        const IndividualFactor &f = factors[i];
        switch (f.prior) {
        case FactorDistribution::CorrelatedLogNormal: break;
        case FactorDistribution::LogNormal:
            values[i] = logNormal(random.normal(), m_typical.*f.spread);
            break;
        case FactorDistribution::Gamma: {
            const double variance = m_typical.*f.spread;
            values[i] = random.gamma(1.0 / variance, variance);
            break;
        }
        case FactorDistribution::Category:
        case FactorDistribution::Custom:
            values[i] = f.draw(random, m_typical, m_factors, values);
            break;
        }
    }
    return values;
}

VirtualPatient VirtualPatientSampler::patient(FactorValues values) const
{
    IndividualEffects effects = applyFactors(values, m_typical, m_factors);
    VirtualPatient v;
    v.parameters = effects.parameters;
    v.factors = effects.patient;
    v.relapseFrailty = effects.relapseFrailty.value_or(1.0);
    v.autoimmunityMultiplier = effects.autoimmunityMultiplier;
    if (const auto ada = factorIndex("ada_class"); ada && !std::isnan(values[*ada]))
        v.adaClass = static_cast<VirtualPatient::AdaClass>(static_cast<int>(values[*ada]));
    v.values = std::move(values);
    return v;
}

VirtualPatient VirtualPatientSampler::sample(std::uint64_t index) const
{
    FactorValues values = draw(index);
    if (m_override)
        m_override(index, values);
    return patient(std::move(values));
}

} // namespace lymph
