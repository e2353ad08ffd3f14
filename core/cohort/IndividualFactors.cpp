#include "cohort/IndividualFactors.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>

namespace lymph {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// A multiplier far beyond any drawn one (CV 2 at six standard deviations is about 2,000).
constexpr double kMaxMultiplier = 1e4;

enum AdaClass { Never, Typical, Strong };

double adaClass(FactorRandom &random, const ModelParameters &t, const PatientFactors &,
                const FactorValues &)
{
    const double u = random.uniform();
    if (u < t.adaNeverFraction)
        return Never;
    return u < t.adaNeverFraction + t.adaStrongFraction ? Strong : Typical;
}

// Within its class, a patient's ADA response varies log-normally around the scenario's
// propensity (strong responders' around adaStrongMultiplier times it); never: 0.
double adaPropensity(FactorRandom &random, const ModelParameters &t, const PatientFactors &patient,
                     const FactorValues &before)
{
    const double z = random.normal(); // drawn whatever the class: the stream stays the same
    const double cv = t.iivCvAda;
    const double spread = cv <= 0.0 ? 1.0 : std::exp(std::sqrt(std::log1p(cv * cv)) * z);
    const auto cls = static_cast<int>(before[*factorIndex("ada_class")]);
    if (cls == Never)
        return 0.0;
    // In the order the cohort has always multiplied them (the same bits).
    return cls == Strong ? patient.adaPropensity * (t.adaStrongMultiplier * spread)
                         : patient.adaPropensity * spread;
}

// The classes adaPropensity draws from, for a fit to weigh.
std::vector<FactorClass> adaClasses(const ModelParameters &t, const PatientFactors &patient)
{
    const double cv = t.iivCvAda;
    const double sd = cv <= 0.0 ? 0.0 : std::sqrt(std::log1p(cv * cv));
    const double typical = 1.0 - t.adaNeverFraction - t.adaStrongFraction;
    return {{Never, t.adaNeverFraction, 0.0, 0.0},
            {Typical, std::max(0.0, typical), patient.adaPropensity, sd},
            {Strong, t.adaStrongFraction, patient.adaPropensity * t.adaStrongMultiplier, sd}};
}

const std::vector<IndividualFactor> kFactors = {
    {"clearance_factor",
     "multiplies every antibody's clearance (and alemtuzumab's Vmax)",
     FactorDistribution::CorrelatedLogNormal,
     &ModelParameters::iivCvPk,
     {},
     true,
     0.0,
     kMaxMultiplier,
     true,
     nullptr,
     [](double v, IndividualEffects &e) {
         ModelParameters &p = e.parameters;
         p.alemCl *= v;
         p.alemVmax *= v;
         p.ocreCl *= v;
         p.rituxCl *= v;
     }},
    {"kill_factor",
     "multiplies the drugs' maximal kill rates (alemtuzumab, anti-CD20)",
     FactorDistribution::CorrelatedLogNormal,
     &ModelParameters::iivCvKill,
     {},
     true,
     0.0,
     kMaxMultiplier,
     true,
     nullptr,
     [](double v, IndividualEffects &e) {
         e.parameters.alemKmax *= v;
         e.parameters.cd20Kmax *= v;
     }},
    {"homeostasis_factor",
     "multiplies the T cells' maximal homeostatic proliferation (at least 1)",
     FactorDistribution::CorrelatedLogNormal,
     &ModelParameters::iivCvHomeostasis,
     {},
     true,
     0.0,
     kMaxMultiplier,
     true,
     nullptr,
     [](double v, IndividualEffects &e) {
         ModelParameters &p = e.parameters;
         p.homeoMaxCd4 = std::max(1.0, p.homeoMaxCd4 * v);
         p.homeoMaxCd8 = std::max(1.0, p.homeoMaxCd8 * v);
     }},
    {"baff_factor",
     "multiplies the BAFF gain that speeds B-cell repopulation",
     FactorDistribution::CorrelatedLogNormal,
     &ModelParameters::iivCvBaff,
     {},
     true,
     0.0,
     kMaxMultiplier,
     true,
     nullptr,
     [](double v, IndividualEffects &e) { e.parameters.baffGain *= v; }},
    {"ada_class",
     "never, typical or strong anti-drug-antibody responder (a label: the "
     "propensity below is what acts)",
     FactorDistribution::Category,
     nullptr,
     {"never", "typical", "strong"},
     false,
     0.0,
     2.0,
     false,
     adaClass,
     [](double, IndividualEffects &) {}},
    {"ada_propensity",
     "the patient's ADA propensity (replaces the scenario's)",
     FactorDistribution::Custom,
     &ModelParameters::iivCvAda,
     {},
     false,
     0.0,
     kMaxMultiplier,
     false,
     adaPropensity,
     [](double v, IndividualEffects &e) { e.patient.adaPropensity = v; },
     "ada_class",
     adaClasses},
    {"relapse_frailty",
     "multiplies the relapse hazard (gamma, mean 1)",
     FactorDistribution::Gamma,
     &ModelParameters::relapseFrailtyVariance,
     {},
     false,
     0.0,
     kMaxMultiplier,
     false,
     nullptr,
     [](double v, IndividualEffects &e) { e.relapseFrailty = v; }},
    {"autoimmunity_factor",
     "multiplies the secondary-autoimmunity hazards",
     FactorDistribution::LogNormal,
     &ModelParameters::iivCvAutoimmunity,
     {},
     false,
     0.0,
     kMaxMultiplier,
     true,
     nullptr,
     [](double v, IndividualEffects &e) { e.autoimmunityMultiplier = v; }},
    // Drawn after the rows above, so that adding them left every earlier draw as it was.
    {"baseline_factor",
     "multiplies every subset's untreated count and the thymic output",
     FactorDistribution::LogNormal,
     &ModelParameters::iivCvBaseline,
     {},
     true,
     0.0,
     kMaxMultiplier,
     true,
     nullptr,
     [](double v, IndividualEffects &e) {
         ModelParameters &p = e.parameters;
         for (double *count : {&p.bNaive0, &p.bMemory0, &p.cd4Naive0, &p.cd4Memory0, &p.cd80,
                               &p.nk0, &p.thymicCd4, &p.thymicCd8})
             *count *= v;
     }},
    {"fingolimod_factor",
     "multiplies fingolimod-phosphate at steady state",
     FactorDistribution::LogNormal,
     &ModelParameters::iivCvFingolimod,
     {},
     true,
     0.0,
     kMaxMultiplier,
     true,
     nullptr,
     [](double v, IndividualEffects &e) { e.parameters.fingoCss *= v; }},
    {"rebound_factor",
     "multiplies the relapse drive of cells released when fingolimod stops",
     FactorDistribution::LogNormal,
     &ModelParameters::iivCvRebound,
     {},
     false,
     0.0,
     kMaxMultiplier,
     true,
     nullptr,
     [](double v, IndividualEffects &e) { e.patient.reboundPropensity *= v; }},
};

const std::array kCorrelations = {
    FactorCorrelation{"clearance_factor", "kill_factor", &ModelParameters::iivCorrPkKill},
    FactorCorrelation{"homeostasis_factor", "baff_factor",
                      &ModelParameters::iivCorrHomeostasisBaff},
};

} // namespace

std::span<const IndividualFactor> individualFactors()
{
    return kFactors;
}

std::span<const FactorCorrelation> factorCorrelations()
{
    return kCorrelations;
}

std::optional<std::size_t> factorIndex(std::string_view name)
{
    for (std::size_t i = 0; i < kFactors.size(); ++i) {
        if (kFactors[i].name == name)
            return i;
    }
    return std::nullopt;
}

std::vector<std::string_view> factorNames()
{
    std::vector<std::string_view> names;
    for (const IndividualFactor &f : kFactors)
        names.push_back(f.name);
    return names;
}

IndividualEffects applyFactors(const FactorValues &values, const ModelParameters &typical,
                               const PatientFactors &patient)
{
    IndividualEffects effects{typical, patient, std::nullopt, 1.0};
    for (std::size_t i = 0; i < kFactors.size() && i < values.size(); ++i) {
        if (!std::isnan(values[i]))
            kFactors[i].apply(values[i], effects);
    }
    return effects;
}

FactorValues factorValues(const std::map<std::string, double> &individual)
{
    FactorValues values(kFactors.size(), kNaN);
    for (const auto &[name, value] : individual) {
        if (const auto i = factorIndex(name))
            values[*i] = value;
    }
    return values;
}

double logSpread(const IndividualFactor &factor, const ModelParameters &typical)
{
    if (factor.prior != FactorDistribution::CorrelatedLogNormal &&
        factor.prior != FactorDistribution::LogNormal)
        return 0.0;
    const double cv = typical.*factor.spread;
    return cv <= 0.0 ? 0.0 : std::sqrt(std::log1p(cv * cv));
}

std::string factorText(const IndividualFactor &factor, double value)
{
    if (!factor.labels.empty()) {
        const auto i =
            static_cast<std::size_t>(std::clamp(value, 0.0, double(factor.labels.size() - 1)));
        return std::string(factor.labels[i]);
    }
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

} // namespace lymph
