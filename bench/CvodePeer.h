#pragma once
// SUNDIALS CVODE (Hindmarsh et al., ACM TOMS 31:363, 2005) as a peer of the engine's own
// Dormand–Prince integrator: the engine's right-hand side (ImmuneModel), restarted at every
// segment of the same DoseSchedule, with the same per-state absolute tolerances, and the rows
// of the same output grid handed to an OutputRows (ResultRows: the engine's result columns).
// The SUNDIALS types stay in CvodePeer.cpp.

#include "model/ImmuneModel.h"
#include "simulate/DoseSchedule.h"
#include "simulate/PatientRun.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lymph::bench {

enum class CvodeMethod {
    Bdf,   // BDF orders 1–5, Newton iteration, dense LU, difference-quotient Jacobian
    Adams, // Adams–Moulton orders 1–12, fixed-point iteration (no Jacobian)
};
const char *cvodeMethodName(CvodeMethod method);

// CVODE's own counters, summed over a patient's segments.
struct CvodeStats {
    std::int64_t rhsEvaluations = 0; // all of them, the difference-quotient Jacobians' included
    std::int64_t jacobianRhsEvaluations = 0; // of which for the Jacobians
    std::int64_t steps = 0;
    std::int64_t errorTestFailures = 0;
    std::int64_t jacobianEvaluations = 0;
    std::int64_t linearSolverSetups = 0; // LU factorisations
    std::int64_t nonlinearIterations = 0;
    std::int64_t nonlinearConvergenceFailures = 0;
    CvodeStats &operator+=(const CvodeStats &other);
};

// One CVODE instance, reused patient after patient (re-initialised at every segment).
class CvodePeer {
public:
    // absoluteToleranceShare: of each state's typical size, as SimulationOptions has it.
    CvodePeer(CvodeMethod method, double relativeTolerance, double absoluteToleranceShare);
    ~CvodePeer();
    CvodePeer(const CvodePeer &) = delete;
    CvodePeer &operator=(const CvodePeer &) = delete;

    // Integrates one patient from its baseline, handing every grid day's state to `rows` as
    // the engine does (clamped at zero, the cumulative states never falling). Adds CVODE's
    // counters to `stats`. Returns CVODE's error message when it fails, or could not be set
    // up (the rows are then incomplete), or nothing.
    std::optional<std::string> integrate(const ImmuneModel &model, const DoseSchedule &schedule,
                                         const std::vector<double> &grid, OutputRows &rows,
                                         CvodeStats &stats);

private:
    struct Solver;
    std::unique_ptr<Solver> m_solver;
};

} // namespace lymph::bench
