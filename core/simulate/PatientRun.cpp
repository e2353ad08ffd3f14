#include "simulate/PatientRun.h"

#include "simulate/Simulator.h"

#include <boost/numeric/odeint.hpp>

#include <algorithm>
#include <cmath>
#include <string>

namespace lymph {

std::vector<double> outputGrid(double horizonDays, double stepDays)
{
    std::vector<double> grid;
    const auto count = static_cast<std::size_t>(std::floor(horizonDays / stepDays + 1e-9));
    grid.reserve(count + 2);
    for (std::size_t k = 0; k <= count; ++k)
        grid.push_back(double(k) * stepDays);
    if (horizonDays - grid.back() > 1e-9)
        grid.push_back(horizonDays);
    return grid;
}

namespace {

// Counts right-hand-side evaluations; the model itself stays const and shareable.
struct CountingSystem {
    ImmuneModel *model;
    std::int64_t *evaluations;
    void operator()(const State &x, State &dxdt, double t) const
    {
        ++*evaluations;
        (*model)(x, dxdt, t);
    }
};

// Tiny negatives are solver round-off around zero; a non-finite value is a model failure
// that must be reported, not hidden.
void clampNonNegative(State &x, double t)
{
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (!std::isfinite(x[i]))
            throw SimulationError("internal error: state " + std::to_string(i) +
                                  " became non-finite on day " + std::to_string(t));
        if (x[i] < 0.0)
            x[i] = 0.0;
    }
}

// Output rows, many per step: only the clamp. They are combinations of the step's start state
// and stage derivatives, which also make its end state, so a non-finite output cannot pass
// unseen: clampNonNegative checks the state at the end of every segment.
void clampOutput(State &x)
{
    for (double &v : x)
        v = v < 0.0 ? 0.0 : v;
}

} // namespace

PatientTrajectory integratePatient(const ImmuneModel &baseModel, const DoseSchedule &schedule,
                                   const std::vector<double> &grid, double relTol, double absTol)
{
    namespace odeint = boost::numeric::odeint;
    using Stepper = odeint::runge_kutta_dopri5<State>;

    ImmuneModel model = baseModel;
    PatientTrajectory out;
    out.days = grid;
    out.states.reserve(grid.size());
    std::int64_t evaluations = 0;
    std::int64_t initialisations = 0;
    CountingSystem system{&model, &evaluations};

    State x = model.baseline();
    std::size_t next = 0;
    double dt = 0.01;
    auto dense = odeint::make_dense_output(absTol, relTol, Stepper());

    for (const Segment &segment : schedule.segments) {
        if (segment.graftAtStart)
            model.applyGraft(x);
        model.setInputs(segment.inputs);
        while (next < grid.size() && grid[next] <= segment.start) {
            out.states.push_back(x);
            ++next;
        }
        const double length = segment.end - segment.start;
        if (length <= 0.0)
            continue;
        dense.initialize(x, segment.start, std::min(dt, length));
        ++initialisations;
        while (dense.current_time() < segment.end) {
            dense.do_step(system);
            ++out.stats.steps;
            const double reached = std::min(dense.current_time(), segment.end);
            while (next < grid.size() && grid[next] <= reached) {
                State xo;
                dense.calc_state(grid[next], xo);
                clampOutput(xo);
                out.states.push_back(xo);
                ++next;
            }
        }
        // The last step may pass the breakpoint; the interpolant is exact to the method's
        // order there, and the next segment restarts from it.
        if (dense.current_time() > segment.end)
            dense.calc_state(segment.end, x);
        else
            x = dense.current_state();
        clampNonNegative(x, segment.end);
        dt = std::max(1e-6, dense.current_time_step());
    }
    while (next < grid.size()) {
        out.states.push_back(x);
        ++next;
    }
    // dopri5 is FSAL: one evaluation per initialisation, then six per attempted step.
    const std::int64_t attempts = (evaluations - initialisations) / 6;
    out.stats.rhsEvaluations = evaluations;
    out.stats.rejectedSteps = std::max<std::int64_t>(0, attempts - out.stats.steps);
    return out;
}

} // namespace lymph
