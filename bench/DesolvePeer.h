#pragma once
// The optional R deSolve peer (bench/desolve): deSolve's lsoda, driven from R, on the engine's
// compiled right-hand side. Runs lsoda_desolve.R under Rscript on exported cohort members and
// turns the states it hands back into the engine's result columns.

#include "scenario/Scenario.h"
#include "simulate/ResultTable.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lymph::bench {

struct DesolveRun {
    int patients = 0;
    std::vector<double> tolerances;
    // Per tolerance: time per patient (median of the repeats, R's loop included), and lsoda's
    // counts per patient (its evaluations include the difference-quotient Jacobians').
    std::vector<double> msPerPatient, rhsEvaluations, steps, jacobians;
    std::vector<std::vector<ResultTable>> tables; // per tolerance, per patient
};

// Why the peer cannot run here (module not built, no R or no deSolve), or empty.
std::string desolveUnavailable();

// The first `patients` members of the cohort (`seed`) at each relative tolerance (the absolute
// ones the same share of each state's typical size); `error` says why it did not run.
std::optional<DesolveRun> runDesolve(const Scenario &scenario, int patients, std::uint64_t seed,
                                     const std::vector<double> &tolerances, int repeats,
                                     std::string *error);

} // namespace lymph::bench
