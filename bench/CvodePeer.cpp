#include "CvodePeer.h"

#include "ClampedRows.h"

#include <cvode/cvode.h>
#include <nvector/nvector_serial.h>
#include <sunlinsol/sunlinsol_dense.h>
#include <sunmatrix/sunmatrix_dense.h>
#include <sunnonlinsol/sunnonlinsol_fixedpoint.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace lymph::bench {

const char *cvodeMethodName(CvodeMethod method)
{
    return method == CvodeMethod::Bdf ? "BDF" : "Adams";
}

CvodeStats &CvodeStats::operator+=(const CvodeStats &o)
{
    rhsEvaluations += o.rhsEvaluations;
    jacobianRhsEvaluations += o.jacobianRhsEvaluations;
    steps += o.steps;
    errorTestFailures += o.errorTestFailures;
    jacobianEvaluations += o.jacobianEvaluations;
    linearSolverSetups += o.linearSolverSetups;
    nonlinearIterations += o.nonlinearIterations;
    nonlinearConvergenceFailures += o.nonlinearConvergenceFailures;
    return *this;
}

namespace {

constexpr auto kSize = static_cast<sunindextype>(state::kSize);
// Per call of CVode, i.e. between two output days (the default of 500 is for coarse grids).
constexpr long kMaxStepsPerCall = 100'000;

// The user data is the patient's model with the current segment's inputs. CVODE's vectors are
// its own, so the state is copied in and out (little next to an evaluation of the model).
int rightHandSide(sunrealtype t, N_Vector y, N_Vector ydot, void *userData)
{
    const ImmuneModel &model = *static_cast<const ImmuneModel *>(userData);
    State x, dxdt;
    const sunrealtype *in = N_VGetArrayPointer(y);
    std::copy(in, in + state::kSize, x.begin());
    model(x, dxdt, t);
    std::copy(dxdt.begin(), dxdt.end(), N_VGetArrayPointer(ydot));
    return 0;
}

// Keeps CVODE's error message (the user data is a std::string) instead of printing it;
// warnings (a positive code) are dropped.
void keepError(int code, const char *, const char *function, char *message, void *userData)
{
    if (code >= 0)
        return;
    try {
        *static_cast<std::string *>(userData) = std::string(function) + ": " + message;
    } catch (...) { // a C callback: nothing may leave it
    }
}

void clampAtZero(State &x)
{
    for (double &v : x)
        v = v < 0.0 ? 0.0 : v;
}

} // namespace

struct CvodePeer::Solver {
    CvodeMethod method = CvodeMethod::Bdf;
    double relativeTolerance = 0.0, absoluteToleranceShare = 0.0;
    SUNContext context = nullptr;
    N_Vector y = nullptr, absoluteTolerances = nullptr;
    SUNMatrix matrix = nullptr;
    SUNLinearSolver linearSolver = nullptr;
    SUNNonlinearSolver fixedPoint = nullptr;
    void *cvode = nullptr;
    bool ready = false;
    std::string error; // CVODE's last error message, or why the set-up failed

    ~Solver()
    {
        CVodeFree(&cvode); // first: it refers to the solvers below
        if (fixedPoint)
            SUNNonlinSolFree(fixedPoint);
        if (linearSolver)
            SUNLinSolFree(linearSolver);
        if (matrix)
            SUNMatDestroy(matrix);
        if (absoluteTolerances)
            N_VDestroy(absoluteTolerances);
        if (y)
            N_VDestroy(y);
        if (context)
            SUNContext_Free(&context);
    }

    // Empty, or what failed.
    std::string setUp()
    {
        if (SUNContext_Create(nullptr, &context) != 0)
            return "SUNContext_Create failed";
        y = N_VNew_Serial(kSize, context);
        absoluteTolerances = N_VNew_Serial(kSize, context);
        if (!y || !absoluteTolerances)
            return "N_VNew_Serial failed";
        N_VConst(0.0, y);
        N_VConst(1.0, absoluteTolerances);
        cvode = CVodeCreate(method == CvodeMethod::Bdf ? CV_BDF : CV_ADAMS, context);
        if (!cvode)
            return "CVodeCreate failed";
        if (CVodeSetErrHandlerFn(cvode, keepError, &error) < 0 ||
            CVodeInit(cvode, rightHandSide, 0.0, y) < 0 ||
            CVodeSetMaxNumSteps(cvode, kMaxStepsPerCall) < 0)
            return "CVodeInit failed: " + error;
        if (method == CvodeMethod::Bdf) {
            // Newton's method (CVODE's default) with a dense LU; no Jacobian function is
            // given, so CVODE builds it by difference quotients.
            matrix = SUNDenseMatrix(kSize, kSize, context);
            linearSolver = matrix ? SUNLinSol_Dense(y, matrix, context) : nullptr;
            if (!linearSolver || CVodeSetLinearSolver(cvode, linearSolver, matrix) < 0)
                return "the dense linear solver failed: " + error;
        } else {
            // Fixed-point iteration without acceleration, as for non-stiff Adams.
            fixedPoint = SUNNonlinSol_FixedPoint(y, 0, context);
            if (!fixedPoint || CVodeSetNonlinearSolver(cvode, fixedPoint) < 0)
                return "the fixed-point solver failed: " + error;
        }
        return {};
    }

    // CVODE's counters since the last (re-)initialisation.
    CvodeStats counters() const
    {
        long rhs = 0, steps = 0, errorTests = 0, iterations = 0, convergence = 0;
        long jacobians = 0, jacobianRhs = 0, setups = 0;
        CVodeGetNumRhsEvals(cvode, &rhs);
        CVodeGetNumSteps(cvode, &steps);
        CVodeGetNumErrTestFails(cvode, &errorTests);
        CVodeGetNumNonlinSolvIters(cvode, &iterations);
        CVodeGetNumNonlinSolvConvFails(cvode, &convergence);
        if (method == CvodeMethod::Bdf) {
            CVodeGetNumJacEvals(cvode, &jacobians);
            CVodeGetNumLinRhsEvals(cvode, &jacobianRhs);
            CVodeGetNumLinSolvSetups(cvode, &setups);
        }
        CvodeStats out;
        out.rhsEvaluations = rhs + jacobianRhs; // CVodeGetNumRhsEvals leaves the latter out
        out.jacobianRhsEvaluations = jacobianRhs;
        out.steps = steps;
        out.errorTestFailures = errorTests;
        out.jacobianEvaluations = jacobians;
        out.linearSolverSetups = setups;
        out.nonlinearIterations = iterations;
        out.nonlinearConvergenceFailures = convergence;
        return out;
    }

    std::string failure(const char *call, int flag, double day) const
    {
        return "CVODE " + std::string(cvodeMethodName(method)) + ": " + call + " returned " +
               std::to_string(flag) + " on day " + std::to_string(day) +
               (error.empty() ? std::string() : " (" + error + ")");
    }
};

CvodePeer::CvodePeer(CvodeMethod method, double relativeTolerance,
                     double absoluteToleranceShare)
    : m_solver(std::make_unique<Solver>())
{
    m_solver->method = method;
    m_solver->relativeTolerance = relativeTolerance;
    m_solver->absoluteToleranceShare = absoluteToleranceShare;
    m_solver->error = m_solver->setUp();
    m_solver->ready = m_solver->error.empty();
    if (!m_solver->ready)
        m_solver->error = "cannot set up CVODE: " + m_solver->error;
}

CvodePeer::~CvodePeer() = default;

std::optional<std::string> CvodePeer::integrate(const ImmuneModel &patientModel,
                                                const DoseSchedule &schedule,
                                                const std::vector<double> &grid,
                                                OutputRows &rows, CvodeStats &stats)
{
    Solver &s = *m_solver;
    if (!s.ready)
        return s.error;
    s.error.clear();
    ImmuneModel model = patientModel; // its inputs change segment by segment
    const State tolerances = absoluteTolerances(model, s.absoluteToleranceShare);
    std::copy(tolerances.begin(), tolerances.end(), N_VGetArrayPointer(s.absoluteTolerances));
    if (const int flag = CVodeSVtolerances(s.cvode, s.relativeTolerance, s.absoluteTolerances);
        flag < 0)
        return s.failure("CVodeSVtolerances", flag, 0.0);
    if (const int flag = CVodeSetUserData(s.cvode, &model); flag < 0)
        return s.failure("CVodeSetUserData", flag, 0.0);

    sunrealtype *y = N_VGetArrayPointer(s.y);
    State x = model.baseline();
    std::size_t next = 0;
    ClampedRows clamped(rows);
    const auto record = [&](const State &row) {
        clamped.add(row);
        ++next;
    };
    State row;
    for (const Segment &segment : schedule.segments) {
        if (segment.graftAtStart)
            model.applyGraft(x);
        model.setInputs(segment.inputs);
        while (next < grid.size() && grid[next] <= segment.start)
            record(x);
        if (segment.end - segment.start <= 0.0)
            continue;
        // Every segment starts afresh, as the engine's does: its inputs differ from the last
        // one's. The stop time keeps CVODE from stepping past the breakpoint.
        std::copy(x.begin(), x.end(), y);
        if (const int flag = CVodeReInit(s.cvode, segment.start, s.y); flag < 0)
            return s.failure("CVodeReInit", flag, segment.start);
        if (const int flag = CVodeSetStopTime(s.cvode, segment.end); flag < 0)
            return s.failure("CVodeSetStopTime", flag, segment.start);
        sunrealtype t = segment.start;
        while (t < segment.end) {
            // Each output day in the segment (interpolated by CVODE), then its end.
            const bool output = next < grid.size() && grid[next] <= segment.end;
            const int flag = CVode(s.cvode, output ? grid[next] : segment.end, s.y, &t, CV_NORMAL);
            if (flag < 0) {
                stats += s.counters();
                return s.failure("CVode", flag, t);
            }
            if (output) {
                std::copy(y, y + state::kSize, row.begin());
                record(row);
            }
        }
        stats += s.counters(); // CVodeReInit resets them
        std::copy(y, y + state::kSize, x.begin());
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (!std::isfinite(x[i]))
                return "CVODE " + std::string(cvodeMethodName(s.method)) + ": state " +
                       std::to_string(i) + " became non-finite on day " +
                       std::to_string(segment.end);
        }
        clampAtZero(x); // as the engine does between segments
    }
    while (next < grid.size())
        record(x);
    return std::nullopt;
}

} // namespace lymph::bench
