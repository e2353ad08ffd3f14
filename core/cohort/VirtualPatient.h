#pragma once
// Members of a virtual cohort: every factor of the table in cohort/IndividualFactors.h drawn
// from the population — the correlated log-normal multipliers through the Cholesky factor of
// their correlation matrix (Eigen), then the others in table order (ADA class and propensity,
// gamma relapse frailty, autoimmunity susceptibility).

#include "cohort/IndividualFactors.h"
#include "model/ImmuneModel.h"
#include "model/ModelParameters.h"

#include <Eigen/Core>

#include <cstdint>
#include <functional>
#include <vector>

namespace lymph {

struct VirtualPatient {
    ModelParameters parameters;
    PatientFactors factors;
    double relapseFrailty = 1.0;
    double autoimmunityMultiplier = 1.0;
    enum class AdaClass { Never, Typical, Strong } adaClass = AdaClass::Typical;
    FactorValues values; // every factor, in the table's order
};

// Replaces some of member `index`'s drawn values (table order) before they act: a patient's
// own values, or a draw from a fitted posterior. Called from worker threads: thread-safe.
using FactorOverride = std::function<void(std::uint64_t index, FactorValues &values)>;

class VirtualPatientSampler {
public:
    // Throws SimulationError when the correlation matrix is not positive definite.
    VirtualPatientSampler(const ModelParameters &typical, const PatientFactors &factors,
                          std::uint64_t seed, FactorOverride override = {});

    // Patient `index`: depends only on the seed and the index, so any order or thread count
    // gives the same cohort.
    VirtualPatient sample(std::uint64_t index) const;
    // The values of patient `index` as drawn, before any override.
    FactorValues draw(std::uint64_t index) const;
    // The patient these values make (NaN: the typical patient's).
    VirtualPatient patient(FactorValues values) const;
    // Of the CorrelatedLogNormal rows, in table order.
    const Eigen::MatrixXd &correlation() const { return m_correlation; }

private:
    ModelParameters m_typical;
    PatientFactors m_factors;
    std::uint64_t m_seed;
    FactorOverride m_override;
    std::vector<std::size_t> m_correlated; // table rows drawn as one block
    Eigen::MatrixXd m_correlation;
    Eigen::MatrixXd m_cholesky; // lower triangular, L·Lᵀ = correlation
};

// The correlation matrix of the CorrelatedLogNormal rows (in table order) for these
// parameters, and those rows' indices.
Eigen::MatrixXd factorCorrelationMatrix(const ModelParameters &typical,
                                        std::vector<std::size_t> *rows = nullptr);

} // namespace lymph
