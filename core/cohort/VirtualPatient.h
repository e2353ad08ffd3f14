#pragma once
// One sampled member of a virtual cohort: log-normal variation of key parameters, a mixture
// for ADA propensity (never / typical / strong responders) and a gamma relapse frailty.

#include "model/ImmuneModel.h"
#include "model/ModelParameters.h"

#include <cstdint>

namespace lymph {

struct VirtualPatient {
    ModelParameters parameters;
    PatientFactors factors;
    double relapseFrailty = 1.0;
    double autoimmunityMultiplier = 1.0;
    enum class AdaClass { Never, Typical, Strong } adaClass = AdaClass::Typical;
};

// Patient `index` of the cohort with `seed`: depends on nothing else, so any order or thread
// count gives the same cohort.
VirtualPatient sampleVirtualPatient(const ModelParameters &typical, const PatientFactors &factors,
                                    std::uint64_t seed, std::uint64_t index);

} // namespace lymph
