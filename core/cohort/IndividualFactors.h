#pragma once
// The one table of what makes a patient differ from the typical one: every factor a virtual
// cohort samples, by name. The name is the scenario's `patient.individual` key and the
// `--patients-csv` column; each row says how the population varies (the cohort's draw and the
// personalised fit's prior) and how a value changes the model. A new factor is a new row here
// and nothing else (docs/model.md §9 and §11).

#include "model/ImmuneModel.h"
#include "model/ModelParameters.h"

#include <cstddef>
#include <map>
#include <optional>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lymph {

// Where a patient's factor values end up.
struct IndividualEffects {
    ModelParameters parameters;
    PatientFactors patient;
    std::optional<double> relapseFrailty; // unset: averaged over the population's frailty
    double autoimmunityMultiplier = 1.0;
};

// The random numbers a member's draws use, from its own generator. One normal distribution
// serves every normal draw of a member (libstdc++ makes them in pairs and keeps the second),
// so the draws are those the cohort always made.
class FactorRandom {
public:
    explicit FactorRandom(std::mt19937_64 &rng) : m_rng(rng) {}
    double normal() { return m_normal(m_rng); }
    double uniform() { return m_uniform(m_rng); }
    double gamma(double shape, double scale)
    {
        return std::gamma_distribution<double>(shape, scale)(m_rng);
    }

private:
    std::mt19937_64 &m_rng;
    std::normal_distribution<double> m_normal{0.0, 1.0};
    std::uniform_real_distribution<double> m_uniform{0.0, 1.0};
};

enum class FactorDistribution {
    // log(value) is normal with median 1 and the row's CV; drawn together with the other rows
    // of this kind through the Cholesky factor of their correlation matrix (kFactorCorrelations).
    CorrelatedLogNormal,
    // As above but independent, drawn in table order with the rows below.
    LogNormal,
    Gamma,    // mean 1, the row's spread as variance
    Category, // one of `labels`, drawn by `draw`
    Custom,   // drawn by `draw` (e.g. a mixture)
};

// Factor values in table order; NaN: the typical patient's (left as the scenario has it).
using FactorValues = std::vector<double>;

// One class of a mixture row (the ADA propensity within never, typical and strong
// responders): the class's share of the population, and the row's value in it: log-normal with
// this median and standard deviation of its log, or 0 when `median` is 0. A personalised fit
// weighs the classes by how well each explains the results (docs/model.md §11).
struct FactorClass {
    double classValue; // the value of the class row (a label index)
    double weight;
    double median;
    double logSd;
};

struct IndividualFactor {
    std::string_view name;    // `patient.individual` key and `--patients-csv` column
    std::string_view meaning; // English, one line, for the documentation
    FactorDistribution prior;
    // The CV (log-normal) or variance (gamma) of the population, a parameter-table field.
    double ModelParameters::*spread = nullptr;
    std::vector<std::string_view> labels = {}; // Category: the names of its values 0, 1, …
    // Lab results depend on it, so a personalised fit estimates it (log-normal rows only);
    // the others keep their population spread in a personalised forecast.
    bool fittedToLabs = false;
    double min = 0.0, max = 0.0; // allowed in `patient.individual` (Category: label indices)
    bool minExclusive = false;
    // Category and Custom: a draw from the population, given the rows drawn before it.
    double (*draw)(FactorRandom &random, const ModelParameters &typical,
                   const PatientFactors &patient, const FactorValues &before) = nullptr;
    // Applies a value to the typical patient's settings.
    void (*apply)(double value, IndividualEffects &effects) = nullptr;
    // Custom rows whose population is a mixture over the classes of the Category row
    // `classRow` names: the classes, for a fit to weigh (nullptr: not fitted).
    std::string_view classRow = {};
    std::vector<FactorClass> (*classes)(const ModelParameters &typical,
                                        const PatientFactors &patient) = nullptr;
};

// Correlation between two CorrelatedLogNormal rows, a parameter-table field.
struct FactorCorrelation {
    std::string_view first, second;
    double ModelParameters::*correlation;
};

std::span<const IndividualFactor> individualFactors();
std::span<const FactorCorrelation> factorCorrelations();
std::optional<std::size_t> factorIndex(std::string_view name);
std::vector<std::string_view> factorNames();

// The typical patient's settings with `values` applied (NaN rows left alone), in table order.
IndividualEffects applyFactors(const FactorValues &values, const ModelParameters &typical,
                               const PatientFactors &patient);

// `patient.individual` (by name) as values in table order; unknown names are ignored (the
// scenario validator reports them).
FactorValues factorValues(const std::map<std::string, double> &individual);

// The standard deviation of log(value) of a log-normal row (0 for the others).
double logSpread(const IndividualFactor &factor, const ModelParameters &typical);

// A value as the CSV and messages write it: the label of a Category row, else the number.
std::string factorText(const IndividualFactor &factor, double value);

} // namespace lymph
