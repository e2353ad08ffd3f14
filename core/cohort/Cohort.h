#pragma once
// A seeded, reproducible virtual cohort (run sequentially for now).

#include "simulate/Simulator.h"

#include <cstdint>

namespace lymph {

// Cell counts, concentrations, titres and hazards are cohort medians with _p05/_p95 beside
// them; 0/1 columns, probabilities and expected_relapses are cohort means. Refuses (with
// SimulationError) a cohort whose per-patient curves would not fit in memory.
Results simulateCohort(const Scenario &scenario, int patients, std::uint64_t seed,
                       const ParameterTable *parameters = nullptr,
                       const SimulationOptions &options = {});

} // namespace lymph
