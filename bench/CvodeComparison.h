#pragma once
// The engine's Dormand–Prince 5(4) against SUNDIALS CVODE (CvodePeer) on the same patients:
// a tolerance sweep of both, each setting timed and measured against a tight reference, so
// that they can be compared at the same accuracy; and the agreement check CTest runs. Where R
// and deSolve are installed, deSolve's lsoda (DesolvePeer) joins the sweep.

#include "CurveDeviation.h"
#include "CvodePeer.h"

#include "scenario/Scenario.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lymph::bench {

enum class Integrator { EngineDopri5, CvodeBdf, CvodeAdams, DesolveLsoda };
const char *integratorName(Integrator integrator);

// Relative tolerances of the sweep; the absolute ones are the same share of each state's
// typical size, as the engine's SimulationOptions set them alike (1e-6 in production).
inline constexpr std::array kSweepTolerances = {1e-4, 1e-5, 1e-6, 1e-7, 1e-8};
// The reference: the engine's integrator at this tolerance. CVODE BDF at the same tolerance
// is run too, as a check of the reference itself.
inline constexpr double kReferenceTolerance = 1e-11;

struct SweepRow {
    Integrator integrator = Integrator::EngineDopri5;
    double tolerance = 0.0;
    double msPerPatient = 0.0; // one thread, median of the repeats
    // Per patient, averaged over the patients (deterministic).
    double rhsEvaluations = 0.0, steps = 0.0, jacobians = 0.0, factorisations = 0.0;
    Deviations deviation; // from the reference, the worst over the patients
    std::string error;    // why the integrator failed (the row then has no figures)
    double worstDeviation() const { return worstColumn(deviation).second; }
};

struct ToleranceSweep {
    int patients = 0;
    int repeats = 0;
    double referenceCheck = 0.0; // CVODE BDF at kReferenceTolerance against the reference
    std::vector<SweepRow> rows;
    std::string desolveNote; // why deSolve is not in the rows, or empty
    std::optional<std::size_t> production; // the engine at the production tolerance
    // The fastest CVODE row at least as accurate as `production`, if any.
    std::optional<std::size_t> matched;
    const SweepRow *productionRow() const { return production ? &rows[*production] : nullptr; }
    const SweepRow *matchedRow() const { return matched ? &rows[*matched] : nullptr; }
    // The row of `integrator` at the production tolerance, if it ran.
    const SweepRow *productionRow(Integrator integrator) const;
};

// The first `patients` members of the cohort (`seed`), each timed `repeats` times per row;
// deSolve too if `desolve` and it is available. Throws std::runtime_error if the reference
// cannot be computed.
ToleranceSweep runToleranceSweep(const Scenario &scenario, int patients, std::uint64_t seed,
                                 int repeats, bool desolve);

// Both CVODE methods at the production tolerances against the engine's production curves,
// and a run that must fail (tolerance 1e-300) reported as a failure rather than a crash.
struct CvodeCheck {
    int patients = 0;
    struct Method {
        Integrator integrator;
        Deviations deviation; // the worst over the patients
        CvodeStats stats;     // summed over the patients
    };
    std::vector<Method> methods;
    std::string error;           // a CVODE failure
    std::string expectedFailure; // CVODE's message for the run that must fail, or empty
    bool passed(double tolerance) const;
};
CvodeCheck runCvodeCheck(const Scenario &scenario, int patients, std::uint64_t seed);

} // namespace lymph::bench
