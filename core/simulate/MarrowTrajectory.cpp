#include "simulate/MarrowTrajectory.h"

#include "simulate/PatientRun.h"
#include "simulate/Simulator.h"

#include <algorithm>
#include <cmath>

namespace lymph {

MarrowTrajectory::Inputs MarrowTrajectory::inputsOf(const ImmuneModel &model,
                                                    const DoseSchedule &schedule, double relTol,
                                                    double absShare)
{
    const ModelParameters &p = model.parameters();
    return {p.marrowGrowth, p.neutrophilMaturation, p.graftSeed, relTol, absShare, &schedule};
}

bool MarrowTrajectory::fits(const ImmuneModel &model, const DoseSchedule &schedule,
                            double relTol, double absShare) const
{
    return m_inputs == inputsOf(model, schedule, relTol, absShare);
}

MarrowTrajectory::MarrowTrajectory(const ImmuneModel &model, const DoseSchedule &schedule,
                                   double relTol, double absShare)
    : m_inputs(inputsOf(model, schedule, relTol, absShare))
{
    // The whole model's baseline and graft, so that the three states start where it would.
    State whole = model.baseline();
    const State wholeTolerance = absoluteTolerances(model, absShare);
    Stepper::Vector tolerance{};
    for (std::size_t i = 0; i < tolerance.size(); ++i)
        tolerance[i] = wholeTolerance[ImmuneModel::kMarrowStates[i]];
    const auto read = [&whole] {
        States m{};
        for (std::size_t i = 0; i < m.size(); ++i)
            m[i] = whole[ImmuneModel::kMarrowStates[i]];
        return m;
    };

    Stepper stepper(relTol, tolerance);
    double kill = 0.0;
    const auto system = [&](const States &m, States &dmdt, double) {
        ++m_evaluations;
        model.marrowDerivatives(m, dmdt, kill);
    };
    m_segments.reserve(schedule.segments.size());
    double dt = 0.01;
    for (const Segment &segment : schedule.segments) {
        if (segment.graftAtStart)
            model.applyGraft(whole);
        SegmentSteps steps;
        steps.start = read();
        steps.firstStep = m_steps.size();
        States m = steps.start;
        const double length = segment.end - segment.start;
        if (length > 0.0) {
            kill = segment.inputs.chemoMarrowKillPerDay;
            stepper.initialize(system, m, segment.start, std::min(dt, length));
            try {
                while (stepper.currentTime() < segment.end) {
                    stepper.doStep(system, segment.end);
                    m_steps.push_back(stepper.denseStep());
                    if (m_evaluations > kMaxSolverEvaluations)
                        throw SimulationError(
                            failure::TooStiff{stepper.currentTime(), kMaxSolverEvaluations});
                }
            } catch (const Stepper::StepSizeUnderflow &e) {
                throw SimulationError(failure::StepSizeUnderflow{e.t});
            }
            m = stepper.currentState();
            for (std::size_t i = 0; i < m.size(); ++i) {
                if (!std::isfinite(m[i]))
                    throw SimulationError(
                        failure::StateNotFinite{ImmuneModel::kMarrowStates[i], segment.end});
                m[i] = std::max(m[i], 0.0); // round-off around zero, as for the whole model
            }
            dt = std::max(1e-6, stepper.suggestedStep());
        }
        steps.endStep = m_steps.size();
        steps.end = m;
        m_segments.push_back(steps);
        for (std::size_t i = 0; i < m.size(); ++i)
            whole[ImmuneModel::kMarrowStates[i]] = m[i];
    }
}

} // namespace lymph
