#pragma once
// The right-hand side of the model (equations in docs/model.md): drug PK, cell kinetics in
// blood and lymph-node pools, marrow, ADA, relapse and autoimmunity hazards. Inputs that are
// piecewise constant between dose events (infusion rates, conditioning) live in
// SegmentInputs; the simulator integrates one segment at a time.

#include "model/ModelParameters.h"
#include "model/StateLayout.h"
#include "scenario/Scenario.h"

#include <array>
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
    double ocrelizumabFirstDay = -1.0; // start of the time-dependent clearance; <0 if none
    // Antibodies the schedule gives; the others' states stay zero and are not evaluated.
    std::array<bool, state::kAntibodyCount> antibodyGiven{true, true, true};
};

class ImmuneModel {
public:
    ImmuneModel(const ModelParameters &parameters, const PatientFactors &patient);

    State baseline() const;
    // The size of each state in its own unit: the normal count for cell pools and B-cell
    // precursors, 1 for the rest (fractions of normal, titres, hazards, mg of drug). The
    // solver's absolute tolerance is a share of it.
    State typicalMagnitudes() const;
    // Why the untreated state cannot be a steady state with these parameters (a source larger
    // than the subset's turnover), or empty.
    std::string steadyStateProblem() const;
    void setInputs(const SegmentInputs &inputs) { m_inputs = inputs; }
    void operator()(const State &x, State &dxdt, double t) const;
    // Stem-cell reinfusion (aHSCT day 0): seeds the marrow and adds the graft's T and NK cells.
    void applyGraft(State &x) const;

    // Derived quantities shared by the RHS and the output.
    double concentration(const State &x, std::size_t antibody) const; // µg/mL
    double neutrophils(const State &x) const;                         // cells/µL
    double relapseDrive(const State &x) const;          // immune drive now, 1 = untreated
    double relapseHazardRelative(const State &x) const; // lagged drive, 1 = untreated
    double adaMaturity(const State &x, std::size_t antibody) const; // 0..1, grows with memory
    double neutralizingTitre(const State &x, std::size_t antibody) const;
    const ModelParameters &parameters() const { return m_p; }
    const PatientFactors &patient() const { return m_patient; }

private:
    // The RHS has the maturity already (it also sets the ADA clearance).
    double neutralizingTitre(const State &x, std::size_t antibody, double maturity) const;

    struct SubsetConstants {
        double baselineBlood = 0;
        double baselineTotal = 0;
        double invBaselineTotal = 0;
        double death = 0;
        double baselineSource = 0;   // per day into blood at baseline
        double baselineProlif = 0;   // per-capita homeostatic proliferation at baseline
        double homeostaticMax = 1;
        double homeostaticShape = 1;
        double fingolimodSensitivity = 1;
        double alemtuzumabSensitivity = 1;
        double atgSensitivity = 0;
        bool cd20 = false;
    };

    ModelParameters m_p;
    PatientFactors m_patient;
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
};

} // namespace lymph
