#!/usr/bin/env python3
"""SciPy peer of the Lymphoscope engine: the model equations of docs/model.md (the same as
core/model/ImmuneModel.cpp) written once more in Python and integrated with
scipy.integrate.solve_ivp(method="LSODA") at the same tolerances, on the same output grid and
dose breakpoints (restarting at every one, values clamped at zero after each piece).

Input: the JSON that `lymphoscope-bench --export-patients N FILE` writes (per patient the
resolved parameter set, patient factors, dose segments, and the C++ engine's curves).
Output (stdout, last line): one JSON object with the peer's time per patient and, per key
column, the largest deviation from the C++ curves relative to each curve's range (max |a-b| /
max |b|, as the engine's own tight-tolerance test measures it).

Usage: /usr/bin/python3 bench/peer/lsoda_peer.py FILE.json [--patients N]
"""
import json
import math
import sys
import time

import numpy as np
from scipy.integrate import solve_ivp

# State layout (core/model/StateLayout.h).
B_NAIVE, B_MEMORY, CD4_NAIVE, CD4_MEMORY, CD8, NK = range(6)
SUBSETS = 6
B_PRECURSOR1, B_PRECURSOR2, BAFF, MARROW, LYMPHOID_MARROW, REPERTOIRE = 12, 13, 14, 15, 16, 17
FINGOLIMOD, ATG, CUMULATIVE_HAZARD = 18, 19, 20
AI_LAG1, AI_LAG2, AI_EXPOSURE = 21, 22, 23
RELAPSE_DRIVE, FINGOLIMOD_EFFECT, PRIMED_POOL = 42, 43, 44
THYMUS_WAVE1, THYMUS_WAVE2, NEUTROPHIL1, NEUTROPHIL2 = 45, 46, 47, 48
SIZE = 49
DAYS_PER_YEAR = 365.25


def central(a): return 24 + 2 * a
def peripheral(a): return 25 + 2 * a
def ada_activated(a): return 30 + 4 * a
def ada_responding(a): return 31 + 4 * a
def ada_titre(a): return 32 + 4 * a
def ada_memory(a): return 33 + 4 * a
def pos(v): return v if v > 0.0 else 0.0


def hill(c, ec50, n):
    ratio = c / ec50
    if ratio < 1e-4:
        return 0.0
    r = ratio ** n
    return r / (1.0 + r)


def power(x, shape):
    if shape == 1.0:
        return x
    if shape == 0.5:
        return math.sqrt(x)
    return x ** shape


def saturating_drive(x, floor, half_sat):
    x = pos(x)
    return floor + (1.0 - floor) * x * (1.0 + half_sat) / (x + half_sat)


def homeostatic_boost(x, mx, shape):
    return mx / (1.0 + (mx - 1.0) * power(pos(x), shape))


class Model:
    def __init__(self, p, patient):
        self.p = p
        self.patient = patient
        self.given = patient["antibody_given"]
        # Not (yet) in every export: the engine's defaults, which leave an untreated weight and
        # rebound as they are.
        self.weight_kg = patient.get("weight_kg", 70.0)
        self.rebound_propensity = patient.get("rebound_propensity", 1.0)
        node_ratio = p["nodeRatio"]
        baselines = [p["bNaive0"], p["bMemory0"], p["cd4Naive0"], p["cd4Memory0"], p["cd80"], p["nk0"]]
        deaths = [p["deathBNaive"], p["deathBMemory"], p["deathCd4Naive"], p["deathCd4Memory"],
                  p["deathCd8"], p["deathNk"]]
        thymus = 0.5 ** ((patient["age_years"] - 32.0) / p["thymusHalvingYears"])
        self.mem_b_conv = p["convBMemory"] * p["deathBMemory"] * p["bMemory0"] / p["bNaive0"]
        self.mem_cd4_conv = p["convCd4"] * p["deathCd4Memory"] * p["cd4Memory0"] / p["cd4Naive0"]
        scale = 1.0 + node_ratio
        sources = [p["deathBNaive"] * p["bNaive0"] * scale,
                   self.mem_b_conv * p["bNaive0"] * scale,
                   p["thymicCd4"] * thymus * scale,
                   self.mem_cd4_conv * p["cd4Naive0"] * scale,
                   p["thymicCd8"] * thymus * scale,
                   p["nkMarrowFraction"] * p["deathNk"] * p["nk0"] * scale]
        homeo_max = [1.0, p["homeoMaxBMemory"], p["homeoMaxCd4"], p["homeoMaxCd4"], p["homeoMaxCd8"],
                     p["homeoMaxNk"]]
        homeo_shape = [1.0, 1.0, p["homeoShapeCd4"], p["homeoShapeCd4"], p["homeoShapeCd8"], 1.0]
        fingo = [1.0, p["fingoMemorySens"], 1.0, p["fingoMemorySens"], p["fingoCd8Sens"], p["fingoNkSens"]]
        self.subsets = []
        for i in range(SUBSETS):
            total = baselines[i] * (1.0 + node_ratio)
            self.subsets.append(dict(
                blood=baselines[i], total=total, death=deaths[i], source=sources[i],
                prolif=max(0.0, deaths[i] - sources[i] / total), hmax=homeo_max[i],
                hshape=homeo_shape[i], fingo=fingo[i],
                alem=p["alemNkSensitivity"] if i == NK else (p["alemCd8Sensitivity"] if i == CD8 else 1.0),
                atg=1.0 if i in (CD4_NAIVE, CD4_MEMORY, CD8) else (p["atgNkSensitivity"] if i == NK else 0.0),
                cd20=i in (B_NAIVE, B_MEMORY)))
        self.lymph_total0 = sum(s["total"] for s in self.subsets)
        self.b_total0 = self.subsets[B_NAIVE]["total"] + self.subsets[B_MEMORY]["total"]
        self.cd4_total0 = self.subsets[CD4_NAIVE]["total"] + self.subsets[CD4_MEMORY]["total"]
        self.precursor_inflow = sources[B_NAIVE]
        # Anti-CD20 clearances and volumes scale with body weight; alemtuzumab's do not.
        weight = self.weight_kg / 70.0
        cl_scale = weight ** p["cd20WeightExpCl"]
        v_scale = weight ** p["cd20WeightExpV"]
        self.v1 = [p["alemV1"], p["ocreV1"] * v_scale, p["rituxV1"] * v_scale]
        self.v2 = [p["alemV2"], p["ocreV2"] * v_scale, p["rituxV2"] * v_scale]
        self.q = [p["alemQ"], p["ocreQ"] * cl_scale, p["rituxQ"] * cl_scale]
        self.cl = [p["alemCl"], p["ocreCl"] * cl_scale, p["rituxCl"] * cl_scale]
        self.ocre_cl_t = p["ocreClT"] * cl_scale
        self.immunogenicity = [1.0, p["ocreImmunogenicity"], p["rituxImmunogenicity"]]
        self.inputs = None

    def baseline(self):
        x = [0.0] * SIZE
        for i, s in enumerate(self.subsets):
            x[i] = s["blood"]
            x[SUBSETS + i] = s["blood"] * self.p["nodeRatio"]
        x[B_PRECURSOR1] = self.precursor_inflow / self.p["bTransitRate"]
        x[B_PRECURSOR2] = x[B_PRECURSOR1]
        x[MARROW] = x[LYMPHOID_MARROW] = x[REPERTOIRE] = x[RELAPSE_DRIVE] = 1.0
        x[NEUTROPHIL1] = x[NEUTROPHIL2] = 1.0
        return x

    def apply_graft(self, x):
        p = self.p
        x[MARROW] += p["graftSeed"]
        x[LYMPHOID_MARROW] += p["graftSeed"]
        x[THYMUS_WAVE1] += p["graftThymicRebound"]
        for i in (CD4_MEMORY, CD8, NK):
            x[i] += p["graftTCells"] * self.subsets[i]["blood"]
            x[SUBSETS + i] += p["graftTCells"] * self.subsets[i]["blood"] * p["nodeRatio"]

    def concentration(self, x, a):
        return pos(x[central(a)]) / self.v1[a]

    def maturity(self, x, a):
        m = pos(x[ada_memory(a)])
        m50 = self.p["adaNeutralMemory50"]
        return m * m / (m * m + m50 * m50)

    def neutralizing_titre(self, x, a):
        return self.p["adaNeutralMax"] * self.maturity(x, a) * pos(x[ada_titre(a)])

    def egress_block(self, x):
        f = pos(x[FINGOLIMOD_EFFECT])
        return self.p["fingoEmax"] * f / (f + self.p["fingoEc50"]) if f > 0.0 else 0.0

    def relapse_drive(self, x):
        p = self.p
        # Memory counts above normal do not raise the drive above that of untreated disease.
        memory_b = min(x[B_MEMORY] / p["bMemory0"], 1.0)
        memory_cd4 = min(x[CD4_MEMORY] / p["cd4Memory0"], 1.0)
        drive = (saturating_drive(memory_b, p["relapseBFloor"], p["relapseHalfSat"]) *
                 saturating_drive(memory_cd4, p["relapseTFloor"], p["relapseHalfSat"]) *
                 min(max(x[REPERTOIRE], 0.0), 1.0))
        return p["relapseMin"] + (1.0 - p["relapseMin"]) * drive

    def rebound_drive(self, x):
        """Released primed pool, unlagged; can push the hazard above untreated."""
        p = self.p
        opening = 1.0 - self.egress_block(x)
        return ((1.0 - p["relapseMin"]) * p["reboundGain"] * self.rebound_propensity *
                opening * opening * pos(x[PRIMED_POOL]))

    def rhs(self, t, y):
        p = self.p
        inp = self.inputs
        x = y.tolist()
        d = [0.0] * SIZE

        def active(a):
            if not self.given[a]:
                return 0.0
            return self.concentration(x, a) / (1.0 + self.neutralizing_titre(x, a) / p["adaNeutralKd"])

        kill_alem = p["alemKmax"] * hill(active(0), p["alemEc50"], p["alemHill"])
        kill_cd20 = p["cd20Kmax"] * hill(active(1) + active(2), p["cd20Ec50"], p["cd20Hill"])
        atg = pos(x[ATG])
        kill_atg = p["atgKmax"] * atg / (atg + p["atgEc50"])
        chemo = inp["chemo_lymph_kill_per_day"]
        egress_block = self.egress_block(x)

        totals = [pos(x[i]) + pos(x[SUBSETS + i]) for i in range(SUBSETS)]
        lymph_total = sum(totals)
        b_rel = (totals[B_NAIVE] + totals[B_MEMORY]) / self.b_total0
        cd4_rel = (totals[CD4_NAIVE] + totals[CD4_MEMORY]) / self.cd4_total0

        thymus = 1.0 + pos(x[THYMUS_WAVE2])  # the thymic rebound after a graft
        sources = [p["bTransitRate"] * pos(x[B_PRECURSOR2]),
                   self.mem_b_conv * totals[B_NAIVE] * saturating_drive(cd4_rel, 0.0, p["bHelpHalfSat"]),
                   self.subsets[CD4_NAIVE]["source"] * thymus,
                   self.mem_cd4_conv * totals[CD4_NAIVE],
                   self.subsets[CD8]["source"] * thymus,
                   self.subsets[NK]["source"] * pos(x[MARROW])]
        blood_share = 1.0 / (1.0 + p["nodeRatio"])
        influx = p["egressRate"] * p["nodeRatio"]
        for i, s in enumerate(self.subsets):
            xb = pos(x[i])
            xn = pos(x[SUBSETS + i])
            rel = (xb + xn) / s["total"]
            net = s["prolif"] * homeostatic_boost(rel, s["hmax"], s["hshape"]) - s["death"] - chemo
            egress = p["egressRate"] * (1.0 - s["fingo"] * egress_block)
            drug_blood = kill_alem * s["alem"] + (kill_cd20 if s["cd20"] else 0.0) + kill_atg * s["atg"]
            drug_node = (p["alemNodePenetration"] * kill_alem * s["alem"] +
                         (p["cd20NodePenetration"] * kill_cd20 if s["cd20"] else 0.0) +
                         p["atgNodePenetration"] * kill_atg * s["atg"])
            exchange = egress * xn - influx * xb
            d[i] = blood_share * sources[i] + (net - drug_blood) * xb + exchange
            d[SUBSETS + i] = (1.0 - blood_share) * sources[i] + (net - drug_node) * xn - exchange

        marrow_kill = inp["chemo_marrow_kill_per_day"]
        marrow = pos(x[MARROW])
        lymphoid = pos(x[LYMPHOID_MARROW])
        d[MARROW] = p["marrowGrowth"] * marrow * (1.0 - marrow) - marrow_kill * marrow
        d[LYMPHOID_MARROW] = p["lymphoidGrowth"] * lymphoid * (1.0 - lymphoid) - marrow_kill * lymphoid
        baff = pos(x[BAFF])
        d[BAFF] = p["baffRise"] * pos(1.0 - b_rel) * pos(1.0 - baff / p["baffMax"]) - p["baffDecay"] * baff
        d[B_PRECURSOR1] = (self.precursor_inflow * lymphoid * (1.0 + p["baffGain"] * baff) -
                           (p["bTransitRate"] + chemo) * pos(x[B_PRECURSOR1]))
        d[B_PRECURSOR2] = (p["bTransitRate"] * pos(x[B_PRECURSOR1]) -
                           (p["bTransitRate"] + kill_cd20 + chemo) * pos(x[B_PRECURSOR2]))
        k_n = p["neutrophilMaturation"]
        d[NEUTROPHIL1] = k_n * (marrow - pos(x[NEUTROPHIL1]))
        d[NEUTROPHIL2] = k_n * (pos(x[NEUTROPHIL1]) - pos(x[NEUTROPHIL2]))

        # Surviving B cells start an ADA response; a floor remains when they are depleted.
        b_available = (p["adaBAvailFloor"] + (1.0 - p["adaBAvailFloor"]) * b_rel *
                       (1.0 + p["adaBAvailHalfSat"]) / (b_rel + p["adaBAvailHalfSat"]))
        ocre_first = self.patient["ocrelizumab_first_day"]
        for a in range(3):
            if not self.given[a]:
                continue
            ac = pos(x[central(a)])
            ap = pos(x[peripheral(a)])
            c = ac / self.v1[a]
            cl = self.cl[a]
            if a == 1 and ocre_first >= 0.0 and t >= ocre_first:
                cl += self.ocre_cl_t * math.exp(-math.log(2.0) / p["ocreClTHalfLife"] * (t - ocre_first))
            elimination = cl * c
            if a == 0:
                elimination += p["alemVmax"] * (lymph_total / self.lymph_total0) * c / (p["alemKm"] + c)
            titre = pos(x[ada_titre(a)])
            memory = pos(x[ada_memory(a)])
            complex_rate = (p["adaClearance"] + p["adaMatureClearance"] * self.maturity(x, a)) * titre
            elimination += p["adaClearanceMax"] * complex_rate / (p["adaClearanceMax"] + complex_rate) * ac
            transfer = self.q[a] * (c - ap / self.v2[a])
            d[central(a)] = inp["infusion_mg_per_day"][a] - elimination - transfer
            d[peripheral(a)] = transfer
            stimulus = (self.patient["ada_propensity"] * self.immunogenicity[a] * c / (c + p["adaStimEc50"]) *
                        b_available)
            activated = pos(x[ada_activated(a)])
            responding = pos(x[ada_responding(a)])
            d[ada_activated(a)] = p["adaActivation"] * stimulus - p["adaTransit"] * activated
            d[ada_responding(a)] = (p["adaTransit"] * (activated - responding) +
                                    p["adaActivation"] * p["adaMemoryGain"] * memory * stimulus)
            d[ada_titre(a)] = (p["adaProduction"] * responding * (1.0 + p["adaMemoryGain"] * memory) -
                               p["adaDecay"] / (1.0 + p["adaMemoryPersistence"] * memory) * titre)
            d[ada_memory(a)] = p["adaMemoryRate"] * responding * pos(1.0 - memory / p["adaMemoryMax"])

        # Fingolimod and ATG PK; fingolimod acts through an effect site, and its egress block
        # holds a primed pool in the nodes that is released as the block lifts.
        fingo = pos(x[FINGOLIMOD])
        fingo_k = math.log(2.0) / p["fingoHalfLife"]
        d[FINGOLIMOD] = fingo_k * (p["fingoCss"] / 0.5) * inp["fingolimod_mg_per_day"] - fingo_k * fingo
        d[FINGOLIMOD_EFFECT] = (math.log(2.0) / p["fingoEffectHalfLife"] *
                                (fingo - pos(x[FINGOLIMOD_EFFECT])))
        d[ATG] = inp["atg_mg_kg_per_day"] - math.log(2.0) / p["atgHalfLife"] * atg
        primed = pos(x[PRIMED_POOL])
        released = p["reboundRelease"] * (1.0 - egress_block) * (1.0 - egress_block) * primed
        d[PRIMED_POOL] = (p["reboundBuild"] * egress_block * (1.0 - primed) - released -
                          (chemo + p["alemNodePenetration"] * kill_alem) * primed)

        # The pathogenic memory repertoire: released primed cells re-seed it; alemtuzumab
        # reaches it in proportion to the memory cells' share in circulation under the block.
        g_memory = 1.0 - p["fingoMemorySens"] * egress_block
        circulating = (1.0 + p["nodeRatio"]) * g_memory / (g_memory + p["nodeRatio"])
        repertoire = pos(x[REPERTOIRE])
        d[REPERTOIRE] = ((p["repertoireRegrowth"] * repertoire + p["reboundReseed"] * released) *
                         (1.0 - repertoire) -
                         (chemo + p["atgRepertoireKill"] * kill_atg +
                          p["alemRepertoireKill"] * kill_alem * circulating) * repertoire)
        d[RELAPSE_DRIVE] = (self.relapse_drive(x) - x[RELAPSE_DRIVE]) / p["relapseLagDays"]
        d[CUMULATIVE_HAZARD] = (self.patient["baseline_arr"] / DAYS_PER_YEAR *
                                (pos(x[RELAPSE_DRIVE]) + self.rebound_drive(x)))

        # Autoimmunity: B-cell overshoot while CD4 help is low, times surviving memory.
        b_naive_rel = totals[B_NAIVE] / self.subsets[B_NAIVE]["total"]
        survivors = power(min(repertoire, 1.0), p["aiRepertoireExponent"])
        drive = pos(b_naive_rel - 1.0) * pos(1.0 - cd4_rel) * survivors
        d[AI_LAG1] = p["aiLag"] * (drive - x[AI_LAG1])
        d[AI_LAG2] = p["aiLag"] * (x[AI_LAG1] - x[AI_LAG2])
        d[AI_EXPOSURE] = pos(x[AI_LAG2])

        # The thymic rebound after a graft: two stages.
        k_t = p["graftThymicRate"]
        d[THYMUS_WAVE1] = -k_t * x[THYMUS_WAVE1]
        d[THYMUS_WAVE2] = k_t * (x[THYMUS_WAVE1] - x[THYMUS_WAVE2])
        return d


def integrate(model, segments, grid, rtol, atol):
    """States on the grid: the integrator restarts at every breakpoint."""
    x = model.baseline()
    out = []
    nxt = 0
    evaluations = 0
    for seg in segments:
        if seg["graft_at_start"]:
            model.apply_graft(x)
        model.inputs = seg
        start, end = seg["start"], seg["end"]
        while nxt < len(grid) and grid[nxt] <= start:
            out.append(list(x))
            nxt += 1
        if end - start <= 0.0:
            continue
        first = nxt
        while nxt < len(grid) and grid[nxt] <= end:
            nxt += 1
        t_eval = grid[first:nxt]
        if not t_eval or t_eval[-1] != end:
            t_eval = t_eval + [end]
        sol = solve_ivp(model.rhs, (start, end), x, method="LSODA", rtol=rtol, atol=atol,
                        t_eval=t_eval)
        if not sol.success:
            raise RuntimeError("LSODA failed on [%g, %g]: %s" % (start, end, sol.message))
        evaluations += sol.nfev
        ys = np.maximum(sol.y, 0.0)
        for k in range(nxt - first):
            out.append(ys[:, k].tolist())
        x = ys[:, -1].tolist()
    while nxt < len(grid):
        out.append(list(x))
        nxt += 1
    return out, evaluations


def curves(model, states, frailty, autoimmunity_multiplier):
    p = model.p
    ai_rate = p["aiThyroid"] + p["aiItp"] + p["aiGbm"]
    c = {
        "lymphocytes_per_ul": [sum(s[0:SUBSETS]) for s in states],
        "b_cells_per_ul": [s[B_NAIVE] + s[B_MEMORY] for s in states],
        "cd4_per_ul": [s[CD4_NAIVE] + s[CD4_MEMORY] for s in states],
        "cd8_per_ul": [s[CD8] for s in states],
        "nk_per_ul": [s[NK] for s in states],
        "relapse_probability": [1.0 - math.exp(-frailty * s[CUMULATIVE_HAZARD]) for s in states],
        "autoimmunity_probability": [1.0 - math.exp(-autoimmunity_multiplier * ai_rate * s[AI_EXPOSURE])
                                     for s in states],
    }
    if model.given[0]:
        c["alemtuzumab_ug_per_ml"] = [pos(s[central(0)]) / model.v1[0] for s in states]
        c["ada_alemtuzumab_titer"] = [s[ada_titre(0)] for s in states]
    return c


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    with open(sys.argv[1]) as f:
        data = json.load(f)
    limit = int(sys.argv[sys.argv.index("--patients") + 1]) if "--patients" in sys.argv else None
    patients = data["patients"][:limit]
    grid = data["grid"]
    rtol = data["relative_tolerance"]
    worst = {}
    seconds = 0.0
    evaluations = 0
    for patient in patients:
        model = Model(patient["parameters"], patient["patient"])
        start = time.perf_counter()
        # Per-state absolute tolerances, exactly the engine's (a share of each state's size).
        tolerances = np.array(patient["absolute_tolerances"])
        states, nfev = integrate(model, patient["segments"], grid, rtol, tolerances)
        result = curves(model, states, patient["relapse_frailty"], patient["autoimmunity_multiplier"])
        seconds += time.perf_counter() - start
        evaluations += nfev
        for column, reference in patient["cpp"].items():
            ours = result[column]
            scale = max(abs(v) for v in reference)
            deviation = max(abs(a - b) for a, b in zip(ours, reference)) / scale if scale > 0 else 0.0
            if deviation > worst.get(column, (-1.0, 0))[0]:
                worst[column] = (deviation, patient["index"])
    print(json.dumps({
        "patients": len(patients),
        "scipy_ms_per_patient": 1000.0 * seconds / len(patients),
        "rhs_evals_per_patient": evaluations / len(patients),
        "max_rel_dev": {c: v[0] for c, v in sorted(worst.items())},
        "worst_patient": {c: v[1] for c, v in sorted(worst.items())},
    }))


if __name__ == "__main__":
    main()
