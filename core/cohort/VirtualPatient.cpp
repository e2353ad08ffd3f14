#include "cohort/VirtualPatient.h"

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

// Median-preserving log-normal multiplier: the typical patient is the cohort's median.
double logNormal(std::mt19937_64 &rng, double cv)
{
    if (cv <= 0.0)
        return 1.0;
    const double sigma = std::sqrt(std::log1p(cv * cv));
    return std::exp(sigma * std::normal_distribution<double>(0.0, 1.0)(rng));
}

} // namespace

VirtualPatient sampleVirtualPatient(const ModelParameters &typical, const PatientFactors &factors,
                                    std::uint64_t seed, std::uint64_t index)
{
    std::mt19937_64 rng(splitMix64(splitMix64(seed) ^ splitMix64(index + 1)));
    VirtualPatient v{typical, factors, 1.0, 1.0, VirtualPatient::AdaClass::Typical};
    ModelParameters &p = v.parameters;

    const double pk = logNormal(rng, typical.iivCvPk);
    p.alemCl *= pk;
    p.alemVmax *= pk;
    p.ocreCl *= pk;
    p.rituxCl *= pk;
    const double kill = logNormal(rng, typical.iivCvKill);
    p.alemKmax *= kill;
    p.cd20Kmax *= kill;
    const double homeostasis = logNormal(rng, typical.iivCvHomeostasis);
    p.homeoMaxCd4 = std::max(1.0, p.homeoMaxCd4 * homeostasis);
    p.homeoMaxCd8 = std::max(1.0, p.homeoMaxCd8 * homeostasis);
    p.baffGain *= logNormal(rng, typical.iivCvBaff);

    const double u = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
    const double spread = logNormal(rng, typical.iivCvAda);
    if (u < typical.adaNeverFraction) {
        v.adaClass = VirtualPatient::AdaClass::Never;
        v.factors.adaPropensity = 0.0;
    } else if (u < typical.adaNeverFraction + typical.adaStrongFraction) {
        v.adaClass = VirtualPatient::AdaClass::Strong;
        v.factors.adaPropensity *= typical.adaStrongMultiplier * spread;
    } else {
        v.factors.adaPropensity *= spread;
    }

    const double variance = typical.relapseFrailtyVariance;
    v.relapseFrailty = std::gamma_distribution<double>(1.0 / variance, variance)(rng);
    v.autoimmunityMultiplier = logNormal(rng, typical.iivCvAutoimmunity);
    return v;
}

} // namespace lymph
