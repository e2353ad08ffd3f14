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

VirtualPatientSampler::VirtualPatientSampler(const ModelParameters &typical,
                                             const PatientFactors &factors, std::uint64_t seed)
    : m_typical(typical), m_factors(factors), m_seed(seed)
{
    m_correlation.setIdentity();
    m_correlation(Clearance, Kill) = m_correlation(Kill, Clearance) = typical.iivCorrPkKill;
    m_correlation(Homeostasis, Baff) = m_correlation(Baff, Homeostasis) =
        typical.iivCorrHomeostasisBaff;
    const Eigen::LLT<Matrix> llt(m_correlation);
    if (llt.info() != Eigen::Success)
        throw SimulationError(failure::CorrelationNotPositiveDefinite{});
    m_cholesky = llt.matrixL();
}

VirtualPatient VirtualPatientSampler::sample(std::uint64_t index) const
{
    std::mt19937_64 rng(splitMix64(splitMix64(m_seed) ^ splitMix64(index + 1)));
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const ModelParameters &t = m_typical;
    VirtualPatient v{t, m_factors, 1.0, 1.0, VirtualPatient::AdaClass::Typical};
    ModelParameters &p = v.parameters;

    Eigen::Matrix<double, kFactorCount, 1> z;
    for (int i = 0; i < kFactorCount; ++i)
        z(i) = normal(rng);
    const Eigen::Matrix<double, kFactorCount, 1> correlated = m_cholesky * z;

    const double cv[kFactorCount] = {t.iivCvPk, t.iivCvKill, t.iivCvHomeostasis, t.iivCvBaff};
    for (int i = 0; i < kFactorCount; ++i)
        v.multipliers[std::size_t(i)] = logNormal(correlated(i), cv[i]);
    const double clearance = v.multipliers[Clearance];
    p.alemCl *= clearance;
    p.alemVmax *= clearance;
    p.ocreCl *= clearance;
    p.rituxCl *= clearance;
    const double kill = v.multipliers[Kill];
    p.alemKmax *= kill;
    p.cd20Kmax *= kill;
    const double homeostasis = v.multipliers[Homeostasis];
    p.homeoMaxCd4 = std::max(1.0, p.homeoMaxCd4 * homeostasis);
    p.homeoMaxCd8 = std::max(1.0, p.homeoMaxCd8 * homeostasis);
    p.baffGain *= v.multipliers[Baff];

    const double u = uniform(rng);
    const double spread = logNormal(normal(rng), t.iivCvAda);
    if (u < t.adaNeverFraction) {
        v.adaClass = VirtualPatient::AdaClass::Never;
        v.factors.adaPropensity = 0.0;
    } else if (u < t.adaNeverFraction + t.adaStrongFraction) {
        v.adaClass = VirtualPatient::AdaClass::Strong;
        v.factors.adaPropensity *= t.adaStrongMultiplier * spread;
    } else {
        v.factors.adaPropensity *= spread;
    }

    const double variance = t.relapseFrailtyVariance;
    v.relapseFrailty = std::gamma_distribution<double>(1.0 / variance, variance)(rng);
    v.autoimmunityMultiplier = logNormal(normal(rng), t.iivCvAutoimmunity);

    // Drawn after the others so that adding them left every earlier draw as it was.
    v.baselineMultiplier = logNormal(normal(rng), t.iivCvBaseline);
    for (double *count : {&p.bNaive0, &p.bMemory0, &p.cd4Naive0, &p.cd4Memory0, &p.cd80, &p.nk0,
                          &p.thymicCd4, &p.thymicCd8})
        *count *= v.baselineMultiplier;
    v.fingolimodExposure = logNormal(normal(rng), t.iivCvFingolimod);
    p.fingoCss *= v.fingolimodExposure;
    v.factors.reboundPropensity *= logNormal(normal(rng), t.iivCvRebound);
    return v;
}

} // namespace lymph
