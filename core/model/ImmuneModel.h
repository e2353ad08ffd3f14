#pragma once
// The right-hand side of the model (equations in docs/model.md): drug PK, cell kinetics in
// blood and lymph-node pools, marrow, ADA, relapse and autoimmunity hazards. Inputs that are
// piecewise constant between dose events (infusion rates, conditioning) live in
// SegmentInputs; the simulator integrates one segment at a time.
//
// reference() is the right-hand side written one equation at a time in the order of
// docs/model.md; operator() is the same with the six subsets' kinetics in vector lanes, an
// optimisation that tests/tst_core_reference_rhs holds equal to it.

#include "model/ModelParameters.h"
#include "model/StateLayout.h"
#include "platform/HotPath.h"
#include "scenario/Scenario.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

namespace lymph {

struct SegmentInputs {
    std::array<double, state::kAntibodyCount> infusionMgPerDay{};
    double fingolimodMgPerDay = 0.0;
    double atgMgKgPerDay = 0.0;
    double chemoLymphKillPerDay = 0.0;
    double chemoMarrowKillPerDay = 0.0;
};

// Per-patient settings that are not in the parameter table.
struct PatientFactors {
    double baselineArr = 0.75;    // relapses/year
    double adaPropensity = 1.0;
    double ageYears = 32.0;
    double weightKg = 70.0;         // scales anti-CD20 clearances and volumes
    double reboundPropensity = 1.0; // multiplies the fingolimod rebound gain
    double ocrelizumabFirstDay = -1.0; // start of the time-dependent clearance; <0 if none
    // Antibodies the schedule gives; the others' states stay zero and are not evaluated.
    std::array<bool, state::kAntibodyCount> antibodyGiven{true, true, true};
};

namespace detail {
LYMPH_INLINE double positive(double v) { return v > 0.0 ? v : 0.0; }

// Saturating drive normalised to 1 at x = 1, with a floor share when x = 0.
LYMPH_INLINE double saturatingDrive(double x, double floor, double halfSat)
{
    x = positive(x);
    return floor + (1.0 - floor) * x * (1.0 + halfSat) / (x + halfSat);
}
} // namespace detail

class ImmuneModel {
public:
    ImmuneModel(const ModelParameters &parameters, const PatientFactors &patient);

    State baseline() const;
    // The size of each state in its own unit: the normal count for cell pools and B-cell
    // precursors, 1 for the rest (fractions of normal, titres, hazards, mg of drug). The
    // solver's absolute tolerance is a share of it.
    State typicalMagnitudes() const;
    // The subset whose source is larger than its turnover with these parameters, so that the
    // untreated state cannot be a steady state; nothing when every subset can be.
    std::optional<Subset> subsetWithoutSteadyState() const;
    void setInputs(const SegmentInputs &inputs) { m_inputs = inputs; }
    void operator()(const State &x, State &dxdt, double t) const noexcept;
    // The same with the marrow integrated apart (simulate/MarrowTrajectory.h): `marrow` is
    // its value at t, the marrow's three states in x are not read, their derivatives are 0.
    void withMarrowApart(const State &x, State &dxdt, double t, double marrow) const noexcept;
    // The same derivatives from plain scalar code that mirrors docs/model.md.
    void reference(const State &x, State &dxdt, double t) const noexcept;
    // Stem-cell reinfusion (aHSCT day 0): seeds the marrow, adds the graft's T and NK cells
    // and starts the thymic rebound.
    void applyGraft(State &x) const;

    // Derived quantities shared by the RHS and the output.
    double concentration(const State &x, std::size_t antibody) const; // µg/mL
    double neutrophils(const State &x) const;                         // cells/µL
    double egressBlock(const State &x) const;           // 0..1, fingolimod's hold on egress
    double relapseDrive(const State &x) const;          // immune drive now, 1 = untreated
    double reboundDrive(const State &x) const;          // released primed pool, unlagged
    double relapseHazardRelative(const State &x) const; // lagged drive + rebound, 1 = untreated
    double adaMaturity(const State &x, std::size_t antibody) const; // 0..1, grows with memory
    double neutralizingTitre(const State &x, std::size_t antibody) const;
    // The myeloid marrow and the neutrophils maturing from it (docs/model.md §4), in the
    // order marrow, neutrophil stage 1, stage 2: nothing else in the model acts on them, so
    // the solver integrates them on their own (simulate/MarrowTrajectory.h).
    using MarrowStates = std::array<double, 3>;
    static constexpr std::array<std::size_t, 3> kMarrowStates = {
        state::Marrow, state::Neutrophil1, state::Neutrophil2};
    void marrowDerivatives(const MarrowStates &m, MarrowStates &dmdt,
                           double marrowKillPerDay) const noexcept;
    // Those three states of a whole state, read or written.
    template <class Values>
    static MarrowStates marrowOf(const Values &x)
    {
        return {x[kMarrowStates[0]], x[kMarrowStates[1]], x[kMarrowStates[2]]};
    }
    static void setMarrow(State &x, const MarrowStates &m)
    {
        for (std::size_t i = 0; i < m.size(); ++i)
            x[kMarrowStates[i]] = m[i];
    }
    const ModelParameters &parameters() const { return m_p; }
    const PatientFactors &patient() const { return m_patient; }

private:
    // marrowApart: the marrow's value when it is integrated apart, else null.
    template <bool Reference>
    LYMPH_INLINE void derivatives(const State &x, State &dxdt, double t,
                                  const double *marrowApart) const noexcept;
    // The RHS has the maturity already (it also sets the ADA clearance).
    double neutralizingTitre(const State &x, std::size_t antibody, double maturity) const;

    struct SubsetConstants {
        double baselineBlood = 0;
        double baselineTotal = 0;
        double invBaselineTotal = 0;
        double death = 0;
        double baselineSource = 0;   // per day into blood at baseline
        double homeostaticShape = 1;
    };

    // The constants of the subset loop in the RHS, one array per constant (a vector lane per
    // subset). Eight lanes, two AVX2 vectors; the two beyond the six subsets are never written
    // back. baselineProlif: per-capita homeostatic proliferation at baseline.
    static constexpr std::size_t kLanes = 8;
    struct SubsetLanes {
        using Lanes = std::array<double, kLanes>;
        Lanes invBaselineTotal{}, baselineProlif{}, death{}, fingolimodSensitivity{},
            alemtuzumabSensitivity{}, atgSensitivity{}, cd20{};
        Lanes homeostaticMax{1, 1, 1, 1, 1, 1, 1, 1};
        Lanes squareRoot{}; // 1 where the shape is ½, else 0 (1, or another one: pow)
    };
    // What acts on every subset at one moment.
    struct SubsetDrivers {
        double killAlem = 0, killCd20 = 0, killAtg = 0, chemo = 0, egressBlock = 0;
    };
    // The subsets' blood and node derivatives: in vector lanes, and one subset at a time
    // (the reference).
    LYMPH_INLINE void subsetDerivatives(const State &x, State &dxdt, const double *sources,
                                        const SubsetDrivers &d) const noexcept;
    void subsetDerivativesReference(const State &x, State &dxdt, const double *sources,
                                    const SubsetDrivers &d) const noexcept;

    ModelParameters m_p;
    PatientFactors m_patient;
    SubsetLanes m_lanes;
    bool m_generalShapes = false; // a homeostatic shape other than 1 or ½ (pow)
    SegmentInputs m_inputs;
    std::array<SubsetConstants, kSubsetCount> m_subsets{};
    std::array<double, state::kAntibodyCount> m_v1{}, m_v2{}, m_q{}, m_cl{}, m_immunogenicity{};
    double m_thymusFactor = 1.0;
    double m_bPrecursorInflow = 0.0;
    double m_lymphBaselineTotal = 0.0;
    double m_bBaselineTotal = 0.0;
    double m_memoryBConversion = 0.0;
    double m_memoryCd4Conversion = 0.0;
    // Reciprocals of the constant divisors above and in the table.
    std::array<double, state::kAntibodyCount> m_invV1{}, m_invV2{};
    double m_invBBaselineTotal = 0.0, m_invCd4BaselineTotal = 0.0, m_invLymphBaselineTotal = 0.0;
    double m_invBaffMax = 0.0, m_invAdaMemoryMax = 0.0, m_invRelapseLag = 0.0;
    double m_invBMemory0 = 0.0, m_invCd4Memory0 = 0.0;
    double m_fingoK = 0.0, m_atgK = 0.0; // elimination rate constants, 1/day
    double m_fingoKe0 = 0.0;              // effect-site equilibration, 1/day
    double m_ocreClT = 0.0;               // weight-scaled time-dependent clearance
};

// The derived quantities are here, inline, for the right-hand side and the result rows.

LYMPH_INLINE double ImmuneModel::neutrophils(const State &x) const
{
    // Blood neutrophils turn over within about a day, so they follow the last maturation
    // stage directly (a blood state of its own only made the system stiff).
    return m_p.neutrophils0 * detail::positive(x[state::Neutrophil2]);
}

LYMPH_INLINE double ImmuneModel::concentration(const State &x, std::size_t antibody) const
{
    return detail::positive(x[state::central(antibody)]) * m_invV1[antibody];
}

LYMPH_INLINE void ImmuneModel::marrowDerivatives(const MarrowStates &m, MarrowStates &dmdt,
                                                  double marrowKillPerDay) const noexcept
{
    using detail::positive;
    const double marrow = positive(m[0]);
    dmdt[0] = m_p.marrowGrowth * marrow * (1.0 - marrow) - marrowKillPerDay * marrow;
    const double kN = m_p.neutrophilMaturation;
    dmdt[1] = kN * (marrow - positive(m[1]));
    dmdt[2] = kN * (positive(m[1]) - positive(m[2]));
}

LYMPH_INLINE double ImmuneModel::egressBlock(const State &x) const
{
    const double f = detail::positive(x[state::FingolimodEffect]);
    return f > 0.0 ? m_p.fingoEmax * f / (f + m_p.fingoEc50) : 0.0;
}

LYMPH_INLINE double ImmuneModel::relapseDrive(const State &x) const
{
    using detail::saturatingDrive;
    // Memory counts above normal (the B-cell overshoot) do not raise the drive above that of
    // untreated disease.
    const double memoryB = std::min(x[state::blood(BMemory)] * m_invBMemory0, 1.0);
    const double memoryCd4 = std::min(x[state::blood(Cd4Memory)] * m_invCd4Memory0, 1.0);
    const double memoryDrive = saturatingDrive(memoryB, m_p.relapseBFloor, m_p.relapseHalfSat) *
                               saturatingDrive(memoryCd4, m_p.relapseTFloor, m_p.relapseHalfSat) *
                               std::clamp(x[state::Repertoire], 0.0, 1.0);
    return m_p.relapseMin + (1.0 - m_p.relapseMin) * memoryDrive;
}

LYMPH_INLINE double ImmuneModel::reboundDrive(const State &x) const
{
    // Primed cells released from the nodes as fingolimod's block lifts act within weeks
    // (rebound 4–16 weeks after stopping, Hatcher 2016), so they bypass the repertoire's lag,
    // and they can push the hazard above that of untreated disease.
    const double open = 1.0 - egressBlock(x);
    return (1.0 - m_p.relapseMin) * m_p.reboundGain * m_patient.reboundPropensity * open * open *
           detail::positive(x[state::PrimedPool]);
}

LYMPH_INLINE double ImmuneModel::relapseHazardRelative(const State &x) const
{
    return detail::positive(x[state::RelapseDrive]) + reboundDrive(x);
}

LYMPH_INLINE double ImmuneModel::adaMaturity(const State &x, std::size_t antibody) const
{
    // Affinity maturation: high-affinity clones need repeated exposure (steep in memory).
    const double memory = detail::positive(x[state::adaMemory(antibody)]);
    const double m2 = memory * memory;
    return m2 / (m2 + m_p.adaNeutralMemory50 * m_p.adaNeutralMemory50);
}

LYMPH_INLINE double ImmuneModel::neutralizingTitre(const State &x, std::size_t antibody,
                                                   double maturity) const
{
    return m_p.adaNeutralMax * maturity * detail::positive(x[state::adaTitre(antibody)]);
}

LYMPH_INLINE double ImmuneModel::neutralizingTitre(const State &x, std::size_t antibody) const
{
    return neutralizingTitre(x, antibody, adaMaturity(x, antibody));
}

} // namespace lymph
