#pragma once
// A seeded, reproducible virtual cohort, run in parallel over patients.

#include "cohort/VirtualPatient.h"
#include "simulate/Simulator.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>

namespace lymph {

struct SimulationSetup;

struct CohortOptions {
    int patients = 200;
    std::uint64_t seed = 1;
    int threads = 0; // 0: every hardware thread
    // Called from worker threads after each patient: keep it cheap and thread-safe.
    std::function<void(int done, int total)> progress;
    const std::atomic<bool> *cancel = nullptr; // set to true to stop early
    // Replaces members' drawn factor values (a fitted patient's posterior draws), after the
    // scenario's own patient.individual values, which every member shares.
    FactorOverride override = {};
};

inline constexpr int kMaxCohortPatients = 100000;

// A cohort size outside 1…kMaxCohortPatients.
class CohortSizeError : public SimulationError {
public:
    explicit CohortSizeError(int patients)
        : SimulationError(failure::CohortSize{patients, kMaxCohortPatients}), m_patients(patients)
    {
    }
    int patients() const { return m_patients; }

private:
    int m_patients;
};

// The cohort's summary or a worker's buffers did not fit in memory; every thread has stopped.
class CohortMemoryError : public SimulationError {
public:
    CohortMemoryError(int patients, double horizonDays)
        : SimulationError(failure::CohortMemory{patients, horizonDays}), m_patients(patients),
          m_days(horizonDays)
    {
    }
    int patients() const { return m_patients; }
    double horizonDays() const { return m_days; }

private:
    int m_patients;
    double m_days;
};

// Thrown by runCohort when `cancel` was set before the cohort finished.
class CohortCancelled : public std::runtime_error {
public:
    CohortCancelled() : std::runtime_error("the cohort run was cancelled") {}
};

// Cell counts, concentrations, titres and hazards are cohort medians with _p05, _p25, _p75
// and _p95 beside them; 0/1 columns (ADA-positive, below the lower limit of normal),
// probabilities (relapse, relapse-free, autoimmunity) and expected_relapses are cohort means,
// i.e. fractions of the cohort. Quantiles are exact for small cohorts and come from streaming
// histograms (within 1/16 of the value, see CohortSummary.h) for large ones, so memory does
// not grow with the cohort. Results::patients holds each patient's sampled variation and
// outcomes. The result is identical for any thread count. Throws SimulationError for
// invalid input.
Results runCohort(const Scenario &scenario, const CohortOptions &cohort,
                  const ParameterTable *parameters = nullptr,
                  const SimulationOptions &options = {});

// One member of the cohort runCohort(scenario, {.seed = seed}) draws, by index: the same
// virtual patient, with all its curves ("show me a patient like this"). Its outcome
// (sampled factors, figures) is the single entry of Results::patients.
Results simulateCohortMember(const Scenario &scenario, std::uint64_t seed, std::size_t index,
                             const ParameterTable *parameters = nullptr,
                             const SimulationOptions &options = {},
                             const FactorOverride &override = {});

// The sampler of the cohort runCohort(scenario, cohort) draws from this setup: the scenario's
// own patient.individual values fixed for every member, then `cohort.override`.
VirtualPatientSampler cohortSampler(const SimulationSetup &setup, std::uint64_t seed,
                                    const FactorOverride &override = {});

// Every member of the cohort runCohort(scenario, cohort, …) draws, each handed to `visit`
// (from worker threads, in no particular order: it must be thread-safe) with its table on the
// output grid and its outcome, instead of being summarised. For measures no cohort summary
// keeps (a mean, a time to recovery per patient).
using CohortVisitor =
    std::function<void(std::size_t index, const ResultTable &table, const PatientOutcome &outcome)>;
void visitCohort(const Scenario &scenario, const CohortOptions &cohort, const CohortVisitor &visit,
                 const ParameterTable *parameters = nullptr, const SimulationOptions &options = {});

// runCohort on every hardware thread.
Results simulateCohort(const Scenario &scenario, int patients, std::uint64_t seed,
                       const ParameterTable *parameters = nullptr,
                       const SimulationOptions &options = {});

} // namespace lymph
