#pragma once
// Synthetic patients for checking personalised forecasts: patients drawn from the population
// with known factors, sparse lab results with the error model's noise, a fit, and the forecast
// after the last result held against the patient's true curves and against the typical
// patient's. tst_core_personal_fit runs a few; `lymphoscope-bench --fit-study N` many
// (docs/model.md §11 gives the figures).

#include "scenario/Scenario.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lymph {

struct StudyDesign {
    Scenario plan;                     // treatments and horizon; its measurements are ignored
    std::vector<std::string> measured; // quantities measured
    std::vector<double> days;          // on these days, each quantity on each day
    std::vector<std::string> assessed; // quantities whose forecast is checked
    int patients = 20;
    std::uint64_t seed = 1;
    int draws = 200;
    double checkEveryDays = 30.0; // after the last result, to the horizon
    int threads = 0;
};

struct QuantityAccuracy {
    std::string quantity;
    // RMS over patients and checked days of log((x + floor)/(truth + floor)), floor of the
    // quantity's error model: the forecast's median, and the typical patient's curve.
    double forecastRms = 0.0;
    double typicalRms = 0.0;
    std::size_t covered = 0; // checked days with the truth inside the 90% band
    std::size_t checked = 0;
};

// Over the patients whose most probable class fitted the factor (and whose true value is not
// 0: a never-responder's ADA propensity).
struct FactorRecovery {
    std::string name;
    double mapRms = 0.0;        // RMS of log(MAP / truth)
    double priorRms = 0.0;      // RMS of log(truth / prior median): the prior's own error
    double meanShrinkage = 0.0; // mean posterior SD / prior SD
    std::size_t covered = 0;    // truths inside the posterior 90% interval
    std::size_t count = 0;      // patients
};

struct StudyResult {
    std::vector<QuantityAccuracy> quantities;
    std::vector<FactorRecovery> factors;
    int fitted = 0;
    int refused = 0;          // fits that threw (should be none)
    double medianFitMs = 0.0; // fit alone, per patient
};

StudyResult runSyntheticStudy(const StudyDesign &design);

// The lab results of a patient with these factors: each quantity on each day, with noise
// drawn from the error model by `rng`'s seed.
std::vector<Measurement> syntheticMeasurements(const Scenario &patient,
                                               const std::vector<std::string> &quantities,
                                               const std::vector<double> &days, std::uint64_t seed);

} // namespace lymph
