#pragma once
// Members of a virtual cohort: correlated log-normal variation of key parameters (Cholesky
// factor of the correlation matrix, Eigen), a mixture for ADA propensity (never / typical /
// strong responders), a gamma relapse frailty and an autoimmunity susceptibility.

#include "model/ImmuneModel.h"
#include "model/ModelParameters.h"

#include <Eigen/Core>

#include <array>
#include <cstdint>

namespace lymph {

struct VirtualPatient {
    ModelParameters parameters;
    PatientFactors factors;
    double relapseFrailty = 1.0;
    double autoimmunityMultiplier = 1.0;
    enum class AdaClass { Never, Typical, Strong } adaClass = AdaClass::Typical;
    // The correlated log-normal multipliers, in VirtualPatientSampler::Factor order.
    std::array<double, 4> multipliers{1.0, 1.0, 1.0, 1.0};
    double baselineMultiplier = 1.0; // every subset's untreated count (and thymic output)
    double fingolimodExposure = 1.0; // fingolimod-phosphate at steady state
};

class VirtualPatientSampler {
public:
    // Order of the correlated log-normal factors.
    enum Factor { Clearance, Kill, Homeostasis, Baff, kFactorCount };
    static_assert(kFactorCount == std::tuple_size_v<decltype(VirtualPatient::multipliers)>);
    using Matrix = Eigen::Matrix<double, kFactorCount, kFactorCount>;

    // Throws SimulationError when the correlation matrix is not positive definite.
    VirtualPatientSampler(const ModelParameters &typical, const PatientFactors &factors,
                          std::uint64_t seed);

    // Patient `index`: depends only on the seed and the index, so any order or thread count
    // gives the same cohort.
    VirtualPatient sample(std::uint64_t index) const;
    const Matrix &correlation() const { return m_correlation; }

private:
    ModelParameters m_typical;
    PatientFactors m_factors;
    std::uint64_t m_seed;
    Matrix m_correlation;
    Matrix m_cholesky; // lower triangular, L·Lᵀ = correlation
};

} // namespace lymph
