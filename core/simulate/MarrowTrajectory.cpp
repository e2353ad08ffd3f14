#include "simulate/MarrowTrajectory.h"

#include "simulate/PatientRun.h"
#include "simulate/Simulator.h"

#include <algorithm>
#include <cmath>

namespace lymph {

MarrowTrajectory::Inputs MarrowTrajectory::inputsOf(const ImmuneModel &model, double relTol,
                                                    double absShare)
{
    const ModelParameters &p = model.parameters();
    return {p.marrowGrowth, p.neutrophilMaturation, p.graftSeed, relTol, absShare};
}

MarrowTrajectory::SegmentInputs MarrowTrajectory::inputsOf(const Segment &segment)
{
    return {segment.start, segment.end, segment.inputs.chemoMarrowKillPerDay,
            segment.graftAtStart};
}

bool MarrowTrajectory::fits(const ImmuneModel &model, const DoseSchedule &schedule,
                            double relTol, double absShare) const
{
    if (!(m_inputs == inputsOf(model, relTol, absShare)) ||
        m_segmentInputs.size() != schedule.segments.size())
        return false;
    for (std::size_t k = 0; k < m_segmentInputs.size(); ++k) {
        if (!(m_segmentInputs[k] == inputsOf(schedule.segments[k])))
            return false;
    }
    return true;
}

MarrowTrajectory::MarrowTrajectory(const ImmuneModel &model, const DoseSchedule &schedule,
                                   double relTol, double absShare)
    : m_inputs(inputsOf(model, relTol, absShare))
{
    // The whole model's baseline and graft, so that the three states start where it would.
    State whole = model.baseline();
    Stepper stepper(relTol, ImmuneModel::marrowOf(absoluteTolerances(model, absShare)));
    double kill = 0.0;
    const auto system = [&](const States &m, States &dmdt, double) {
        ++m_evaluations;
        model.marrowDerivatives(m, dmdt, kill);
    };
    m_segments.reserve(schedule.segments.size());
    m_segmentInputs.reserve(schedule.segments.size());
    double dt = 0.01;
    for (const Segment &segment : schedule.segments) {
        m_segmentInputs.push_back(inputsOf(segment));
        if (segment.graftAtStart)
            model.applyGraft(whole);
        SegmentSteps steps;
        steps.start = ImmuneModel::marrowOf(whole);
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
                    if (m_evaluations > kMaxEvaluations)
                        throw SimulationError(
                            failure::TooStiff{stepper.currentTime(), kMaxEvaluations});
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
        ImmuneModel::setMarrow(whole, m);
    }
}

} // namespace lymph
