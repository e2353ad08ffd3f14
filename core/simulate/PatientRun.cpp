#include "simulate/PatientRun.h"

#include "simulate/Simulator.h"

#include "platform/HotPath.h"
#include "simulate/DormandPrince.h"
#include "simulate/MarrowTrajectory.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
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

// The model without the marrow and its neutrophils, which follow their own trajectory
// (MarrowTrajectory.h): their states stand still here, and the rest reads the marrow from
// the trajectory. Counts right-hand-side evaluations; the model itself stays shareable.
struct CountingSystem {
    ImmuneModel *model;
    MarrowTrajectory::Cursor *marrow;
    std::int64_t *evaluations;
    LYMPH_INLINE void operator()(const State &x, State &dxdt, double t) const noexcept
    {
        ++*evaluations;
        model->withMarrowApart(x, dxdt, t, marrow->marrow(t));
    }
};

// Tiny negatives are solver round-off around zero; a non-finite value is a model failure
// that must be reported, not hidden: its state's index is returned (kSize if none).
std::size_t clampNonNegative(State &x) noexcept
{
    std::size_t nonFinite = state::kSize;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (!std::isfinite(x[i]) && nonFinite == state::kSize)
            nonFinite = i;
        if (x[i] < 0.0)
            x[i] = 0.0;
    }
    return nonFinite;
}

// Output rows, many per step: only the clamp. They are combinations of the step's start state
// and stage derivatives, which also make its end state, so a non-finite output cannot pass
// unseen: clampNonNegative checks the state at the end of every segment.
void clampOutput(State &x) noexcept
{
    for (double &v : x)
        v = v < 0.0 ? 0.0 : v;
}

// The marrow's states at time t, from their trajectory, into a row or state of the model,
// clamped like an output row (a no-op at a segment's start, where they are its start state).
// An output row is clamped before they go in: clamping the whole row after them made its
// wide loads wait on their narrow stores (a failed store-to-load forwarding every row, about
// a sixth of the output loop's time).
LYMPH_INLINE void putMarrow(MarrowTrajectory::Cursor &marrow, double t, State &row) noexcept
{
    MarrowTrajectory::States m;
    marrow.all(t, m);
    for (double &v : m)
        v = v < 0.0 ? 0.0 : v;
    ImmuneModel::setMarrow(row, m);
}

// Integrals of non-negative rates never fall; the interpolant between steps can dip by
// round-off (1e-12 after a value of 1e-12), which the results would show as a falling
// cumulative probability. `last` holds the previous row's values, and is updated.
constexpr std::array kCumulativeStates = {state::CumulativeHazard, state::AutoimmunityExposure};
void keepCumulativeRising(State &row, std::array<double, kCumulativeStates.size()> &last,
                          bool first) noexcept
{
    for (std::size_t k = 0; k < kCumulativeStates.size(); ++k) {
        double &v = row[kCumulativeStates[k]];
        if (!first)
            v = std::max(v, last[k]);
        last[k] = v;
    }
}

// Every state of every row, stored.
class TrajectoryRows final : public OutputRows {
public:
    explicit TrajectoryRows(std::vector<State> &states) : m_states(states) {}
    void add(const State &row) noexcept override { m_states.push_back(row); } // reserved

private:
    std::vector<State> &m_states;
};

// Why an integration stopped before the end of its grid.
struct Stop {
    enum class Kind { None, TooStiff, StepUnderflow, NonFinite } kind = Kind::None;
    double day = 0.0;
    std::size_t state = 0; // NonFinite
};

} // namespace

State absoluteTolerances(const ImmuneModel &model, double share)
{
    State tolerances = model.typicalMagnitudes();
    for (double &t : tolerances)
        t *= share;
    return tolerances;
}

namespace {

// The solver's loop: noexcept, as a LYMPH_HOT_PATH function must be (HotPath.h); a failure
// ends it early and is described in `stop`.
LYMPH_HOT_PATH SolverStats integrateRows(const ImmuneModel &baseModel,
                                         const DoseSchedule &schedule,
                                         const MarrowTrajectory &marrowTrajectory,
                                         const std::vector<double> &grid, double relTol,
                                         double absShare, OutputRows &rows, Stop &stop) noexcept
{
    ImmuneModel model = baseModel;
    SolverStats stats;
    std::int64_t evaluations = 0;
    MarrowTrajectory::Cursor marrow(marrowTrajectory);
    CountingSystem system{&model, &marrow, &evaluations};

    State x = model.baseline();
    std::size_t next = 0;
    double dt = 0.01;
    DormandPrince45<state::kSize> stepper(relTol, absoluteTolerances(model, absShare));
    std::array<double, kCumulativeStates.size()> lastCumulative{};
    const auto record = [&](State &row) {
        keepCumulativeRising(row, lastCumulative, next == 0);
        rows.add(row);
        ++next;
    };
    State row;

    for (std::size_t k = 0; k < schedule.segments.size(); ++k) {
        const Segment &segment = schedule.segments[k];
        if (segment.graftAtStart)
            model.applyGraft(x);
        model.setInputs(segment.inputs);
        marrow.enterSegment(k);
        putMarrow(marrow, segment.start, x);
        while (next < grid.size() && grid[next] <= segment.start) {
            State at = x;
            record(at);
        }
        const double length = segment.end - segment.start;
        if (length <= 0.0)
            continue;
        // Every segment starts afresh: its inputs differ from the last one's.
        stepper.initialize(system, x, segment.start, std::min(dt, length));
        try {
            while (stepper.currentTime() < segment.end) {
                stepper.doStep(system, segment.end);
                ++stats.steps;
                if (evaluations > kMaxSolverEvaluations) {
                    stop = {Stop::Kind::TooStiff, stepper.currentTime()};
                    return stats;
                }
                const double reached = stepper.currentTime();
                while (next < grid.size() && grid[next] <= reached) {
                    // Every state: one vector pass over 43 costs less than indexing the 14
                    // or so a result table reads.
                    stepper.calcState(grid[next], row);
                    clampOutput(row);
                    putMarrow(marrow, grid[next], row);
                    record(row);
                }
            }
        } catch (const DormandPrince45<state::kSize>::StepSizeUnderflow &e) {
            stop = {Stop::Kind::StepUnderflow, e.t};
            return stats;
        }
        x = stepper.currentState();
        ImmuneModel::setMarrow(x, marrowTrajectory.segmentEnd(k));
        if (const std::size_t bad = clampNonNegative(x); bad < state::kSize) {
            stop = {Stop::Kind::NonFinite, segment.end, bad};
            return stats;
        }
        dt = std::max(1e-6, stepper.suggestedStep());
    }
    while (next < grid.size()) {
        State at = x;
        record(at);
    }
    stats.rhsEvaluations = evaluations;
    stats.rejectedSteps = stepper.rejectedSteps();
    return stats;
}

} // namespace

SolverStats integratePatient(const ImmuneModel &model, const DoseSchedule &schedule,
                             const std::vector<double> &grid, double relTol, double absShare,
                             OutputRows &rows, const MarrowTrajectory *shared)
{
    std::optional<MarrowTrajectory> own;
    if (!shared || !shared->fits(model, schedule, relTol, absShare))
        own.emplace(model, schedule, relTol, absShare);
    const MarrowTrajectory &marrow = own ? *own : *shared;
    Stop stop;
    SolverStats stats = integrateRows(model, schedule, marrow, grid, relTol, absShare, rows, stop);
    if (own) {
        stats.marrowEvaluations = own->evaluations();
        stats.marrowSteps = own->steps();
    }
    switch (stop.kind) {
    case Stop::Kind::None: return stats;
    case Stop::Kind::TooStiff:
        throw SimulationError(failure::TooStiff{stop.day, kMaxSolverEvaluations});
    case Stop::Kind::StepUnderflow: throw SimulationError(failure::StepSizeUnderflow{stop.day});
    case Stop::Kind::NonFinite:
        throw SimulationError(failure::StateNotFinite{stop.state, stop.day});
    }
    return stats;
}

PatientTrajectory integratePatient(const ImmuneModel &model, const DoseSchedule &schedule,
                                   const std::vector<double> &grid, double relTol,
                                   double absShare)
{
    PatientTrajectory out;
    out.days = grid;
    out.states.reserve(grid.size());
    TrajectoryRows rows(out.states);
    out.stats = integratePatient(model, schedule, grid, relTol, absShare, rows);
    return out;
}

} // namespace lymph
