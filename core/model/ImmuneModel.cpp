#include "model/ImmuneModel.h"
#include "model/Calendar.h"

#include "platform/HotPath.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lymph {

namespace {
using namespace state;


using detail::positive;

// x^n by multiplications (and one sqrt) when 2n is a whole number up to 20, else pow: the
// Hill coefficients in the table (2.5 for alemtuzumab) need no pow, the costliest call here.
double hillPower(double x, double n)
{
    const double twice = n + n;
    if (twice >= 0.0 && twice <= 20.0 && twice == std::floor(twice)) {
        const int whole = int(twice) / 2;
        double r = (int(twice) % 2) ? std::sqrt(x) : 1.0;
        for (int k = 0; k < whole; ++k)
            r *= x;
        return r;
    }
    return std::pow(x, n);
}

double hill(double c, double ec50, double n)
{
    const double ratio = c / ec50;
    // Below 1e-4 × EC50 the effect is < 1e-9 of maximum.
    if (ratio < 1e-4)
        return 0.0;
    const double r = hillPower(ratio, n);
    return r / (1.0 + r);
}

// x^shape for the exponents the table uses, without pow where a cheaper form is exact.
double power(double x, double shape)
{
    if (shape == 1.0)
        return x;
    if (shape == 0.5)
        return std::sqrt(x);
    return std::pow(x, shape);
}

using detail::saturatingDrive;

} // namespace

ImmuneModel::ImmuneModel(const ModelParameters &p, const PatientFactors &patient)
    : m_p(p), m_patient(patient)
{
    const double baselines[kSubsetCount] = {p.bNaive0, p.bMemory0, p.cd4Naive0,
                                            p.cd4Memory0, p.cd80, p.nk0};
    const double deaths[kSubsetCount] = {p.deathBNaive, p.deathBMemory, p.deathCd4Naive,
                                         p.deathCd4Memory, p.deathCd8, p.deathNk};
    m_thymusFactor = std::pow(0.5, (patient.ageYears - 32.0) / p.thymusHalvingYears);
    m_memoryBConversion = p.convBMemory * p.deathBMemory * p.bMemory0 / p.bNaive0;
    m_memoryCd4Conversion = p.convCd4 * p.deathCd4Memory * p.cd4Memory0 / p.cd4Naive0;

    // Baseline sources into blood; homeostatic proliferation makes up the rest of turnover,
    // so that the untreated state is a steady state.
    // Sources feed the whole subset (blood + node); rates are per blood-equivalent µL.
    const double poolScale = 1.0 + p.nodeRatio;
    const double sources[kSubsetCount] = {
        p.deathBNaive * p.bNaive0 * poolScale,           // marrow output
        m_memoryBConversion * p.bNaive0 * poolScale,     // naive → memory B
        p.thymicCd4 * m_thymusFactor * poolScale,        // thymus
        m_memoryCd4Conversion * p.cd4Naive0 * poolScale, // naive → memory CD4
        p.thymicCd8 * m_thymusFactor * poolScale,        // thymus
        p.nkMarrowFraction * p.deathNk * p.nk0 * poolScale, // marrow output
    };
    const double homeoMax[kSubsetCount] = {1.0, p.homeoMaxBMemory, p.homeoMaxCd4,
                                           p.homeoMaxCd4, p.homeoMaxCd8, p.homeoMaxNk};
    const double homeoShape[kSubsetCount] = {1.0, 1.0, p.homeoShapeCd4, p.homeoShapeCd4,
                                             p.homeoShapeCd8, 1.0};
    const double fingo[kSubsetCount] = {1.0, p.fingoMemorySens, 1.0, p.fingoMemorySens,
                                        p.fingoCd8Sens, p.fingoNkSens};
    for (std::size_t i = 0; i < kSubsetCount; ++i) {
        auto &s = m_subsets[i];
        s.baselineBlood = baselines[i];
        s.baselineTotal = baselines[i] * (1.0 + p.nodeRatio);
        s.invBaselineTotal = 1.0 / s.baselineTotal;
        s.death = deaths[i];
        s.baselineSource = sources[i];
        s.homeostaticShape = homeoShape[i];
        m_lymphBaselineTotal += s.baselineTotal;

        // What only the RHS's subset loop reads, in its lanes.
        SubsetLanes &l = m_lanes;
        l.invBaselineTotal[i] = s.invBaselineTotal;
        l.death[i] = deaths[i];
        l.baselineProlif[i] = std::max(0.0, deaths[i] - sources[i] / s.baselineTotal);
        l.homeostaticMax[i] = homeoMax[i];
        l.squareRoot[i] = homeoShape[i] == 0.5 ? 1.0 : 0.0;
        l.fingolimodSensitivity[i] = fingo[i];
        l.alemtuzumabSensitivity[i] =
            i == Nk ? p.alemNkSensitivity : (i == Cd8 ? p.alemCd8Sensitivity : 1.0);
        l.atgSensitivity[i] = (i == Cd4Naive || i == Cd4Memory || i == Cd8)
                                  ? 1.0
                                  : (i == Nk ? p.atgNkSensitivity : 0.0);
        l.cd20[i] = (i == BNaive || i == BMemory) ? 1.0 : 0.0;
        // A subset without homeostatic boost (max 1) takes any shape: its boost is 1 either way.
        if (homeoShape[i] != 1.0 && homeoShape[i] != 0.5 && homeoMax[i] != 1.0)
            m_generalShapes = true;
    }
    m_bBaselineTotal = m_subsets[BNaive].baselineTotal + m_subsets[BMemory].baselineTotal;
    m_bPrecursorInflow = sources[BNaive];

    // Anti-CD20 antibodies scale with body weight (Gibiansky 2021 for ocrelizumab; the same
    // exponents are assumed for rituximab). Alemtuzumab's PK has no published weight effect.
    const double weight = patient.weightKg / 70.0;
    const double clScale = std::pow(weight, p.cd20WeightExpCl);
    const double vScale = std::pow(weight, p.cd20WeightExpV);
    m_v1 = {p.alemV1, p.ocreV1 * vScale, p.rituxV1 * vScale};
    m_v2 = {p.alemV2, p.ocreV2 * vScale, p.rituxV2 * vScale};
    m_q = {p.alemQ, p.ocreQ * clScale, p.rituxQ * clScale};
    m_cl = {p.alemCl, p.ocreCl * clScale, p.rituxCl * clScale};
    m_ocreClT = p.ocreClT * clScale;
    m_immunogenicity = {1.0, p.ocreImmunogenicity, p.rituxImmunogenicity};
    // Reciprocals of constant divisors: a division costs several multiplications in the
    // right-hand side, which runs thousands of times per patient.
    for (std::size_t a = 0; a < kAntibodyCount; ++a) {
        m_invV1[a] = 1.0 / m_v1[a];
        m_invV2[a] = 1.0 / m_v2[a];
    }
    m_invBBaselineTotal = 1.0 / m_bBaselineTotal;
    m_invCd4BaselineTotal =
        1.0 / (m_subsets[Cd4Naive].baselineTotal + m_subsets[Cd4Memory].baselineTotal);
    m_invLymphBaselineTotal = 1.0 / m_lymphBaselineTotal;
    m_invBaffMax = 1.0 / p.baffMax;
    m_invAdaMemoryMax = 1.0 / p.adaMemoryMax;
    m_invRelapseLag = 1.0 / p.relapseLagDays;
    m_invBMemory0 = 1.0 / p.bMemory0;
    m_invCd4Memory0 = 1.0 / p.cd4Memory0;
    m_fingoK = std::numbers::ln2 / p.fingoHalfLife;
    m_atgK = std::numbers::ln2 / p.atgHalfLife;
    m_fingoKe0 = std::numbers::ln2 / p.fingoEffectHalfLife;
}

std::optional<Subset> ImmuneModel::subsetWithoutSteadyState() const
{
    for (std::size_t i = 0; i < kSubsetCount; ++i) {
        const auto &s = m_subsets[i];
        if (s.baselineSource > s.death * s.baselineTotal * (1.0 + 1e-9))
            return static_cast<Subset>(i);
    }
    return std::nullopt;
}

State ImmuneModel::baseline() const
{
    State x{};
    for (std::size_t i = 0; i < kSubsetCount; ++i) {
        x[blood(i)] = m_subsets[i].baselineBlood;
        x[node(i)] = m_subsets[i].baselineBlood * m_p.nodeRatio;
    }
    x[BPrecursor1] = m_bPrecursorInflow / m_p.bTransitRate; // whole-body, blood-equivalent
    x[BPrecursor2] = x[BPrecursor1];
    x[Marrow] = 1.0;
    x[LymphoidMarrow] = 1.0;
    x[Repertoire] = 1.0;
    x[RelapseDrive] = 1.0;
    x[Neutrophil1] = 1.0;
    x[Neutrophil2] = 1.0;
    return x;
}

State ImmuneModel::typicalMagnitudes() const
{
    State m;
    m.fill(1.0); // fractions of normal, hazards, lags, titres, mg of drug: order one
    const State normal = baseline();
    for (std::size_t i = 0; i < kSubsetCount; ++i) {
        m[blood(i)] = normal[blood(i)];
        m[node(i)] = normal[node(i)];
    }
    m[BPrecursor1] = normal[BPrecursor1];
    m[BPrecursor2] = normal[BPrecursor2];
    return m;
}

void ImmuneModel::applyGraft(State &x) const
{
    x[Marrow] += m_p.graftSeed;
    x[LymphoidMarrow] += m_p.graftSeed;
    x[ThymusWave1] += m_p.graftThymicRebound;
    // The graft's cells are a share of the whole pool; they distribute like resident cells.
    for (std::size_t i : {std::size_t(Cd4Memory), std::size_t(Cd8), std::size_t(Nk)}) {
        x[blood(i)] += m_p.graftTCells * m_subsets[i].baselineBlood;
        x[node(i)] += m_p.graftTCells * m_subsets[i].baselineBlood * m_p.nodeRatio;
    }
}

// ---- The six subsets -------------------------------------------------------------------------

// docs/model.md section 3, one subset at a time.
void ImmuneModel::subsetDerivativesReference(const State &x, State &dxdt, const double *sources,
                                             const SubsetDrivers &d) const noexcept
{
    const ModelParameters &p = m_p;
    const SubsetLanes &s = m_lanes;
    const double r = p.nodeRatio;
    const double e = p.egressRate;
    for (std::size_t i = 0; i < kSubsetCount; ++i) {
        const double xb = positive(x[blood(i)]);
        const double xn = positive(x[node(i)]);
        const double relative = (xb + xn) * s.invBaselineTotal[i];
        const double psiMax = s.homeostaticMax[i];
        const double prolif = s.baselineProlif[i] * psiMax /
                              (1.0 + (psiMax - 1.0) * power(relative, m_subsets[i].homeostaticShape));
        const double net = prolif - s.death[i] - d.chemo;
        const double killBlood = d.killAlem * s.alemtuzumabSensitivity[i] + s.cd20[i] * d.killCd20 +
                                 d.killAtg * s.atgSensitivity[i];
        const double killNode = p.alemNodePenetration * d.killAlem * s.alemtuzumabSensitivity[i] +
                                s.cd20[i] * p.cd20NodePenetration * d.killCd20 +
                                p.atgNodePenetration * d.killAtg * s.atgSensitivity[i];
        const double g = 1.0 - s.fingolimodSensitivity[i] * d.egressBlock;
        const double exchange = e * g * xn - r * e * xb; // node → blood
        dxdt[blood(i)] = sources[i] / (1.0 + r) + (net - killBlood) * xb + exchange;
        dxdt[node(i)] = sources[i] * (r / (1.0 + r)) + (net - killNode) * xn - exchange;
    }
}

// The same operations in vector lanes (two AVX2 registers), in the same order, so the same
// results to the last bit for finite states (boost = max / (1 + 0 · p) = 1 where max is 1; a
// CD20 flag of 0 or 1 multiplies exactly). Only a homeostatic shape other than 1 or ½ needs a
// branch (pow), taken subset by subset before the lanes.
LYMPH_INLINE void ImmuneModel::subsetDerivatives(const State &x, State &dxdt,
                                                 const double *sources,
                                                 const SubsetDrivers &d) const noexcept
{
    const ModelParameters &p = m_p;
    const SubsetLanes &s = m_lanes;
    const double onePlusR = 1.0 + p.nodeRatio;
    const double nodeSplit = p.nodeRatio / onePlusR;
    const double influx = p.nodeRatio * p.egressRate;
    const double egressRate = p.egressRate;
    const double alemNode = p.alemNodePenetration * d.killAlem;
    const double cd20Node = p.cd20NodePenetration * d.killCd20;
    const double atgNode = p.atgNodePenetration * d.killAtg;
    alignas(32) double xb[kLanes] = {}, xn[kLanes] = {}, source[kLanes] = {};
    alignas(32) double rel[kLanes], shaped[kLanes], dBlood[kLanes], dNode[kLanes];
    for (std::size_t i = 0; i < kSubsetCount; ++i) {
        xb[i] = positive(x[blood(i)]);
        xn[i] = positive(x[node(i)]);
        source[i] = sources[i];
    }
    for (std::size_t i = 0; i < kLanes; ++i) {
        rel[i] = (xb[i] + xn[i]) * s.invBaselineTotal[i];
        const double root = std::sqrt(rel[i]); // always: a select, not a branch
        shaped[i] = s.squareRoot[i] != 0.0 ? root : rel[i];
    }
    if (m_generalShapes) {
        for (std::size_t i = 0; i < kSubsetCount; ++i)
            shaped[i] = power(rel[i], m_subsets[i].homeostaticShape);
    }
    for (std::size_t i = 0; i < kLanes; ++i) {
        const double psiMax = s.homeostaticMax[i];
        const double prolif = s.baselineProlif[i] * psiMax / (1.0 + (psiMax - 1.0) * shaped[i]);
        const double net = prolif - s.death[i] - d.chemo;
        const double killBlood = d.killAlem * s.alemtuzumabSensitivity[i] + s.cd20[i] * d.killCd20 +
                                 d.killAtg * s.atgSensitivity[i];
        const double killNode = alemNode * s.alemtuzumabSensitivity[i] + s.cd20[i] * cd20Node +
                                atgNode * s.atgSensitivity[i];
        const double g = 1.0 - s.fingolimodSensitivity[i] * d.egressBlock;
        const double exchange = egressRate * g * xn[i] - influx * xb[i];
        dBlood[i] = source[i] / onePlusR + (net - killBlood) * xb[i] + exchange;
        dNode[i] = source[i] * nodeSplit + (net - killNode) * xn[i] - exchange;
    }
    for (std::size_t i = 0; i < kSubsetCount; ++i) {
        dxdt[blood(i)] = dBlood[i];
        dxdt[node(i)] = dNode[i];
    }
}

// ---- The whole right-hand side, in the order of docs/model.md ------------------------------

template <bool Reference>
LYMPH_INLINE void ImmuneModel::derivatives(const State &x, State &dxdt, double t,
                                           const double *marrowApart) const noexcept
{
    const ModelParameters &p = m_p;
    // Every derivative is written below except those of antibodies not given.
    for (std::size_t a = 0; a < kAntibodyCount; ++a) {
        if (m_patient.antibodyGiven[a])
            continue;
        for (std::size_t i : {central(a), peripheral(a), adaActivated(a), adaResponding(a),
                              adaTitre(a), adaMemory(a)})
            dxdt[i] = 0.0;
    }

    const auto total = [&x](std::size_t i) { return positive(x[blood(i)]) + positive(x[node(i)]); };
    double lymphTotal = 0.0;
    for (std::size_t i = 0; i < kSubsetCount; ++i)
        lymphTotal += total(i);
    const double bTotalRel = (total(BNaive) + total(BMemory)) * m_invBBaselineTotal;
    const double cd4TotalRel = (total(Cd4Naive) + total(Cd4Memory)) * m_invCd4BaselineTotal;

    // --- 2. Antibody PK, and 5. what ADA do to the drug ---
    // Neutralising ADA block the drug's binding to its target: only the free share kills.
    std::array<double, kAntibodyCount> maturity{}, active{};
    for (std::size_t a = 0; a < kAntibodyCount; ++a) {
        if (!m_patient.antibodyGiven[a])
            continue;
        maturity[a] = adaMaturity(x, a);
        const double c = concentration(x, a);
        active[a] = c / (1.0 + neutralizingTitre(x, a, maturity[a]) / p.adaNeutralKd);

        const double ac = positive(x[central(a)]);
        const double ap = positive(x[peripheral(a)]);
        double cl = m_cl[a];
        if (a == 1 && m_patient.ocrelizumabFirstDay >= 0.0 && t >= m_patient.ocrelizumabFirstDay)
            cl += m_ocreClT * std::exp(-std::numbers::ln2 / p.ocreClTHalfLife *
                                       (t - m_patient.ocrelizumabFirstDay));
        double elimination = cl * c;
        if (a == 0) // target-mediated: scales with the CD52+ cell load
            elimination += p.alemVmax * (lymphTotal * m_invLymphBaselineTotal) * c / (p.alemKm + c);
        // Immune complexes of mature (high-affinity) ADA clear the drug, up to a ceiling.
        const double titre = positive(x[adaTitre(a)]);
        const double complexRate = (p.adaClearance + p.adaMatureClearance * maturity[a]) * titre;
        elimination += p.adaClearanceMax * complexRate / (p.adaClearanceMax + complexRate) * ac;
        const double transfer = m_q[a] * (c - ap * m_invV2[a]);
        dxdt[central(a)] = m_inputs.infusionMgPerDay[a] - elimination - transfer;
        dxdt[peripheral(a)] = transfer;
    }

    // --- 3. Drug effects on the subsets ---
    SubsetDrivers drive;
    drive.killAlem = p.alemKmax * hill(active[0], p.alemEc50, p.alemHill);
    drive.killCd20 = p.cd20Kmax * hill(active[1] + active[2], p.cd20Ec50, p.cd20Hill);
    const double atg = positive(x[Atg]);
    drive.killAtg = atg > 0.0 ? p.atgKmax * atg / (atg + p.atgEc50) : 0.0;
    drive.chemo = m_inputs.chemoLymphKillPerDay;
    drive.egressBlock = egressBlock(x);

    // --- 3. Lymphocyte subsets: sources, then blood and node pools ---
    // The thymus rebounds after a graft (ThymusWave2), over its age-scaled baseline output.
    const double thymus = 1.0 + positive(x[ThymusWave2]);
    const double sources[kSubsetCount] = {
        p.bTransitRate * positive(x[BPrecursor2]),
        m_memoryBConversion * total(BNaive) * saturatingDrive(cd4TotalRel, 0.0, p.bHelpHalfSat),
        m_subsets[Cd4Naive].baselineSource * thymus,
        m_memoryCd4Conversion * total(Cd4Naive),
        m_subsets[Cd8].baselineSource * thymus,
        m_subsets[Nk].baselineSource * positive(marrowApart ? *marrowApart : x[Marrow]),
    };
    if constexpr (Reference)
        subsetDerivativesReference(x, dxdt, sources, drive);
    else
        subsetDerivatives(x, dxdt, sources, drive);

    // --- 4. Marrow, B precursors, BAFF, neutrophils ---
    const double chemo = drive.chemo;
    const double marrowKill = m_inputs.chemoMarrowKillPerDay;
    const double lymphoid = positive(x[LymphoidMarrow]);
    MarrowStates dMarrow{};
    if (!marrowApart)
        marrowDerivatives(marrowOf(x), dMarrow, marrowKill);
    dxdt[Marrow] = dMarrow[0];
    dxdt[Neutrophil1] = dMarrow[1];
    dxdt[Neutrophil2] = dMarrow[2];
    dxdt[LymphoidMarrow] = p.lymphoidGrowth * lymphoid * (1.0 - lymphoid) - marrowKill * lymphoid;
    const double baff = positive(x[Baff]);
    dxdt[Baff] = p.baffRise * positive(1.0 - bTotalRel) * positive(1.0 - baff * m_invBaffMax) -
                 p.baffDecay * baff;
    dxdt[BPrecursor1] = m_bPrecursorInflow * lymphoid * (1.0 + p.baffGain * baff) -
                        (p.bTransitRate + chemo) * positive(x[BPrecursor1]);
    dxdt[BPrecursor2] = p.bTransitRate * positive(x[BPrecursor1]) -
                        (p.bTransitRate + drive.killCd20 + chemo) * positive(x[BPrecursor2]);

    // --- 5. Anti-drug antibodies ---
    // Surviving B cells start a response; a floor remains when they are depleted.
    const double bAvailable =
        p.adaBAvailFloor + (1.0 - p.adaBAvailFloor) * bTotalRel * (1.0 + p.adaBAvailHalfSat) /
                               (bTotalRel + p.adaBAvailHalfSat);
    for (std::size_t a = 0; a < kAntibodyCount; ++a) {
        if (!m_patient.antibodyGiven[a])
            continue;
        const double c = concentration(x, a);
        const double memory = positive(x[adaMemory(a)]);
        const double titre = positive(x[adaTitre(a)]);
        const double stimulus = m_patient.adaPropensity * m_immunogenicity[a] *
                                c / (c + p.adaStimEc50) * bAvailable;
        const double activated = positive(x[adaActivated(a)]);
        const double responding = positive(x[adaResponding(a)]);
        dxdt[adaActivated(a)] = p.adaActivation * stimulus - p.adaTransit * activated;
        // Memory recalls skip the first stage: later courses respond sooner and higher.
        dxdt[adaResponding(a)] = p.adaTransit * (activated - responding) +
                                 p.adaActivation * p.adaMemoryGain * memory * stimulus;
        dxdt[adaTitre(a)] = p.adaProduction * responding * (1.0 + p.adaMemoryGain * memory) -
                            p.adaDecay / (1.0 + p.adaMemoryPersistence * memory) * titre;
        dxdt[adaMemory(a)] =
            p.adaMemoryRate * responding * positive(1.0 - memory * m_invAdaMemoryMax);
    }

    // --- 3. Fingolimod and ATG PK; the primed pool fingolimod holds in the nodes ---
    const double fingo = positive(x[Fingolimod]);
    dxdt[Fingolimod] = m_fingoK * (p.fingoCss / 0.5) * m_inputs.fingolimodMgPerDay - m_fingoK * fingo;
    dxdt[FingolimodEffect] = m_fingoKe0 * (fingo - positive(x[FingolimodEffect]));
    dxdt[Atg] = m_inputs.atgMgKgPerDay - m_atgK * atg;
    const double block = drive.egressBlock;
    const double primed = positive(x[PrimedPool]);
    // Cells held in the nodes escape alemtuzumab (node penetration) but not conditioning.
    // Released as the block lifts: (1 − block)² keeps the leak under a full block negligible.
    const double open = (1.0 - block) * (1.0 - block);
    const double released = p.reboundRelease * open * primed;
    dxdt[PrimedPool] = p.reboundBuild * block * (1.0 - primed) - released -
                       (chemo + p.alemNodePenetration * drive.killAlem) * primed;

    // --- 6. Relapses: the pathogenic memory repertoire, the lagged drive, the hazard ---
    // Alemtuzumab reaches the repertoire in proportion to its share in circulation: fingolimod's
    // egress block holds memory cells in the nodes (steady-state blood share under the block,
    // relative to the untreated share), where the antibody barely reaches them.
    const double gMemory = 1.0 - p.fingoMemorySens * block;
    const double circulating = (1.0 + p.nodeRatio) * gMemory / (gMemory + p.nodeRatio);
    const double repertoire = positive(x[Repertoire]);
    // Released primed cells re-seed a repertoire that a depleting therapy has emptied: the
    // escape of node-held cells from alemtuzumab after fingolimod (Pfeuffer 2021).
    dxdt[Repertoire] = (p.repertoireRegrowth * repertoire + p.reboundReseed * released) *
                           (1.0 - repertoire) -
                       (chemo + p.atgRepertoireKill * drive.killAtg +
                        p.alemRepertoireKill * drive.killAlem * circulating) *
                           repertoire;
    dxdt[RelapseDrive] = (relapseDrive(x) - x[RelapseDrive]) * m_invRelapseLag;
    dxdt[CumulativeHazard] = m_patient.baselineArr / kDaysPerYear * relapseHazardRelative(x);

    // --- 7. Secondary autoimmunity: B-cell overshoot while CD4 help is low, in proportion
    // to the autoreactive memory that survived ---
    const double bNaiveRel = total(BNaive) * m_subsets[BNaive].invBaselineTotal;
    // The drive is zero most of the time (no B-cell overshoot, or CD4 recovered): the pow
    // (a twentieth of an evaluation) only where it can matter; 0 · survivors is 0 either way.
    const double overshootUnhelped = positive(bNaiveRel - 1.0) * positive(1.0 - cd4TotalRel);
    const double aiDrive =
        overshootUnhelped > 0.0
            ? overshootUnhelped * power(std::min(repertoire, 1.0), p.aiRepertoireExponent)
            : 0.0;
    dxdt[AutoimmunityLag1] = p.aiLag * (aiDrive - x[AutoimmunityLag1]);
    dxdt[AutoimmunityLag2] = p.aiLag * (x[AutoimmunityLag1] - x[AutoimmunityLag2]);
    dxdt[AutoimmunityExposure] = positive(x[AutoimmunityLag2]);

    // --- 3. The thymic rebound after a graft: two stages, peak 1/rate days after day 0 ---
    const double kT = p.graftThymicRate;
    dxdt[ThymusWave1] = -kT * x[ThymusWave1];
    dxdt[ThymusWave2] = kT * (x[ThymusWave1] - x[ThymusWave2]);
}

LYMPH_HOT_PATH void ImmuneModel::operator()(const State &x, State &dxdt, double t) const noexcept
{
    derivatives<false>(x, dxdt, t, nullptr);
}

LYMPH_HOT_PATH void ImmuneModel::withMarrowApart(const State &x, State &dxdt, double t,
                                                 double marrow) const noexcept
{
    derivatives<false>(x, dxdt, t, &marrow);
}

void ImmuneModel::reference(const State &x, State &dxdt, double t) const noexcept
{
    derivatives<true>(x, dxdt, t, nullptr);
}

} // namespace lymph
