#pragma once
// The myeloid marrow and its two neutrophil maturation stages, integrated on their own
// before the rest of the model.
//
// Why: nothing else in the model acts on them (docs/model.md §4: the marrow regrows
// logistically, conditioning kills it, the neutrophils follow it), while the marrow feeds the
// NK cells' source. Their relaxation rates, 0.45 and 0.5 a day, are the fastest active modes
// left in quiet years, and held the whole 49-state Dormand–Prince step at its stability limit there
// (about 6.6 days, where the accuracy allows 15–20): 1,660 of a default run's 4,093
// right-hand-side evaluations (docs/performance.md). Integrated apart, with the same method and
// tolerances, the three states take many cheap steps and the whole model few; the model's
// equations are the same, only the numerical scheme splits along a coupling that runs one way.
// The rest of the model reads the marrow from this trajectory's continuous extension.

#include "model/ImmuneModel.h"
#include "platform/HotPath.h"
#include "simulate/DoseSchedule.h"
#include "simulate/DormandPrince.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lymph {

class MarrowTrajectory {
public:
    using States = ImmuneModel::MarrowStates;
    using Stepper = DormandPrince45<3>;

    // Integrates through every segment of the schedule from the model's baseline (grafts
    // seed the marrow at their segment's start, as in the whole model). Throws
    // SimulationError as integratePatient does: too stiff (beyond kMaxEvaluations, which
    // also bounds the stored steps to about 50 MB), a step size underflow, a value that is
    // not finite.
    MarrowTrajectory(const ImmuneModel &model, const DoseSchedule &schedule, double relTol,
                     double absShare);

    // Whether this trajectory is the one `model` would have through `schedule` at these
    // tolerances (the marrow's parameters, and every segment's times, marrow kill and graft):
    // a cohort's members share them, so one trajectory serves them all (Cohort.cpp).
    bool fits(const ImmuneModel &model, const DoseSchedule &schedule, double relTol,
              double absShare) const;

    // The states at the start of segment k (after its graft) and at its end.
    const States &segmentStart(std::size_t k) const { return m_segments[k].start; }
    const States &segmentEnd(std::size_t k) const { return m_segments[k].end; }
    std::int64_t evaluations() const { return m_evaluations; }
    // Three equations an evaluation: 2 million are about 330,000 steps, 48 MB of them stored.
    static constexpr std::int64_t kMaxEvaluations = 2'000'000;
    std::int64_t steps() const { return std::int64_t(m_steps.size()); }

    // Looks the trajectory up inside one segment: a time a rounding error outside it takes the
    // nearest step's polynomial. Walks from the last step it used, since a solver's stage
    // times stay close together. One cursor per thread; the trajectory is only read.
    class Cursor {
    public:
        explicit Cursor(const MarrowTrajectory &trajectory) : m_trajectory(trajectory) {}
        void enterSegment(std::size_t k) noexcept
        {
            m_begin = m_trajectory.m_segments[k].firstStep;
            m_end = m_trajectory.m_segments[k].endStep;
            m_step = m_begin;
            m_constant = m_trajectory.m_segments[k].start;
        }
        LYMPH_INLINE double marrow(double t) noexcept
        {
            return m_begin == m_end ? m_constant[0] : find(t).at(t, 0);
        }
        LYMPH_INLINE void all(double t, States &out) noexcept
        {
            if (m_begin == m_end) // a segment without length
                out = m_constant;
            else
                find(t).all(t, out);
        }

    private:
        LYMPH_INLINE const Stepper::DenseStep &find(double t) noexcept
        {
            const auto &steps = m_trajectory.m_steps;
            while (m_step + 1 < m_end && t > steps[m_step].start + steps[m_step].length)
                ++m_step;
            while (m_step > m_begin && t < steps[m_step].start)
                --m_step;
            return steps[m_step];
        }

        const MarrowTrajectory &m_trajectory;
        std::size_t m_begin = 0, m_end = 0, m_step = 0;
        States m_constant{};
    };

private:
    struct SegmentSteps {
        std::size_t firstStep = 0, endStep = 0;
        States start{}, end{};
    };
    // What the trajectory depends on (fits()).
    struct Inputs {
        double growth = 0, maturation = 0, graftSeed = 0, relTol = 0, absShare = 0;
        bool operator==(const Inputs &) const = default;
    };
    struct SegmentInputs {
        double start = 0, end = 0, marrowKill = 0;
        bool graft = false;
        bool operator==(const SegmentInputs &) const = default;
    };
    static Inputs inputsOf(const ImmuneModel &model, double relTol, double absShare);
    static SegmentInputs inputsOf(const Segment &segment);

    Inputs m_inputs;
    std::vector<SegmentInputs> m_segmentInputs;
    std::vector<Stepper::DenseStep> m_steps;
    std::vector<SegmentSteps> m_segments;
    std::int64_t m_evaluations = 0;
};

} // namespace lymph
