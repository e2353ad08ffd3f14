#pragma once
// The single list of model parameters. Each X(...) row becomes both a ParameterTable entry
// (shown by `lymphoscope-cli parameters` and the GUI) and a field of ModelParameters (read by
// the ODE right-hand side), so the documented value and the value used cannot drift apart.
//
// X(field, "id", value, "unit", min, max, "source", "note")
// "fitted (T#)" means tuned so that target T# of tests/tst_calibration_targets.cpp passes;
// "calibration (…)" fitted to the named targets of resources/calibration; "assumption"
// means no published figure was found and the value is a modelling choice.

#define LYMPH_PARAMETER_LIST(X)                                                                  \
    /* ---- Reference lines (lab-dependent settings) ---- */                                     \
    X(llnLymphocytes, "lln_lymphocytes_per_ul", 1000, "cells/µL", 100, 5000,                      \
      "assumption (typical laboratory reference range; lab-dependent, a setting)", "lower limit of normal, total lymphocytes")           \
    X(llnB, "lln_b_per_ul", 80, "cells/µL", 10, 1000, "assumption (typical laboratory range)",     \
      "lower limit of normal, CD19 B cells")                                                     \
    X(llnCd4, "lln_cd4_per_ul", 400, "cells/µL", 50, 2000, "assumption (typical laboratory range)",   \
      "lower limit of normal, CD4 T cells")                                                      \
    X(llnCd8, "lln_cd8_per_ul", 200, "cells/µL", 20, 2000, "assumption (typical laboratory range)",   \
      "lower limit of normal, CD8 T cells")                                                      \
    /* ---- Baseline blood counts ---- */                                                        \
    X(bNaive0, "b_naive_baseline_per_ul", 190, "cells/µL", 10, 2000,                              \
      "assumption (typical adult range)", "transitional + naive B; CD19 total ~250")      \
    X(bMemory0, "b_memory_baseline_per_ul", 60, "cells/µL", 1, 1000,                              \
      "typical adult range (approx.)", "memory B, ~25% of CD19")                                 \
    X(cd4Naive0, "cd4_naive_baseline_per_ul", 440, "cells/µL", 10, 3000,                          \
      "Dubuisson 2018 Table 1 (CD4 0.97e9/L); naive share ~45% (approx.)", "")                   \
    X(cd4Memory0, "cd4_memory_baseline_per_ul", 530, "cells/µL", 10, 3000,                        \
      "Dubuisson 2018 Table 1 (CD4 0.97e9/L)", "memory share ~55% (approx.)")                    \
    X(cd80, "cd8_baseline_per_ul", 500, "cells/µL", 10, 3000, "Dubuisson 2018 Table 1", "")      \
    X(nk0, "nk_baseline_per_ul", 200, "cells/µL", 10, 2000, "typical adult range (approx.)", "") \
    X(neutrophils0, "neutrophils_baseline_per_ul", 4000, "cells/µL", 500, 15000,                  \
      "typical adult range (approx.)", "")                                                       \
    /* ---- Trafficking between blood and lymph node/tissue ---- */                              \
    X(egressRate, "node_egress_per_day", 0.0384, "1/day", 0.01, 20, "calibration (lymphoscope-cli calibration --fit, all tested figures; SE ×/÷1.19): Dubuisson 2018 CD4/CD8 recovery; Francis 2014 fingolimod counts; Baker 2022",             \
      "slow-exchanging tissue pool (~20 days): cells there escape alemtuzumab and repopulate; " \
      "fingolimod's blood fall therefore takes ~10 days here, not hours")                      \
    X(nodeRatio, "node_to_blood_ratio", 2.0, "ratio", 0.1, 10, "assumption",                     \
      "tissue pool size relative to blood, in blood-equivalent units")                           \
    /* ---- Turnover and homeostasis (per day) ---- */                                           \
    X(deathBNaive, "b_naive_death_per_day", 0.01, "1/day", 0.001, 1,                              \
      "fitted (T4)", "naive/transitional B half-life ~10 weeks")                                    \
    X(deathBMemory, "b_memory_death_per_day", 0.004, "1/day", 0.0001, 1, "assumption", "")       \
    X(deathCd4Naive, "cd4_naive_death_per_day", 0.0015, "1/day", 0.0001, 1,                       \
      "assumption (naive T lifespan of years)", "")                                              \
    X(deathCd4Memory, "cd4_memory_death_per_day", 0.012, "1/day", 0.0001, 1,                      \
      "assumption (memory T ~1%/day turnover)", "")                                              \
    X(deathCd8, "cd8_death_per_day", 0.008, "1/day", 0.0001, 1, "assumption", "")                \
    X(deathNk, "nk_death_per_day", 0.06, "1/day", 0.001, 1,                                       \
      "assumption (NK normal by month 1 after aHSCT, Storek 2004)", "")                          \
    X(thymicCd4, "thymic_output_cd4_per_ul_day", 0.03, "cells/µL/day", 0, 10,                     \
      "Ribeiro & de Boer 2008 (J Immunol 181:1340)", "naive CD4 thymic output at age 32")                  \
    X(thymicCd8, "thymic_output_cd8_per_ul_day", 0.02, "cells/µL/day", 0, 10,                     \
      "assumption (about 2/3 of CD4)", "naive CD8 thymic output at age 32")                      \
    X(thymusHalvingYears, "thymus_halving_years", 15, "years", 1, 100, "assumption",             \
      "thymic output halves every this many years of age (doubles per as many years below 32)")                             \
    X(convCd4, "cd4_memory_from_naive_fraction", 0.1, "fraction", 0, 1, "assumption",            \
      "share of memory CD4 turnover supplied by naive activation")                               \
    X(convBMemory, "b_memory_from_naive_fraction", 0.6, "fraction", 0, 1, "assumption",          \
      "share of memory B turnover supplied by naive B activation (needs CD4 help)")              \
    X(homeoMaxCd4, "cd4_homeostatic_max_boost", 5.12, "×", 1, 50, "calibration (lymphoscope-cli calibration --fit, all tested figures; SE ×/÷1.06): Dubuisson 2018 CD4 means months 1-24",                   \
      "lymphopenia-induced proliferation, max multiple of baseline")                             \
    X(homeoShapeCd4, "cd4_homeostatic_shape", 0.5, "exponent", 0.2, 5, "fitted (T3)", "")        \
    X(homeoMaxCd8, "cd8_homeostatic_max_boost", 3.86, "×", 1, 50, "calibration (lymphoscope-cli calibration --fit, all tested figures; SE ×/÷1.13): Dubuisson 2018 CD8 means months 1-13", "")              \
    X(homeoShapeCd8, "cd8_homeostatic_shape", 0.5, "exponent", 0.2, 5, "fitted (T3)", "")        \
    X(homeoMaxNk, "nk_homeostatic_max_boost", 5, "×", 1, 50, "assumption", "")                 \
    X(homeoMaxBMemory, "b_memory_homeostatic_max_boost", 1.2, "×", 1, 50, "assumption", "")      \
    /* ---- B-cell production in marrow, BAFF-driven overshoot ---- */                           \
    X(bTransitRate, "b_precursor_transit_per_day", 0.0605, "1/day", 0.01, 5, "calibration (lymphoscope-cli calibration --fit, all tested figures; SE ×/÷1.50): Baker 2022 B-cell repopulation after ocrelizumab",        \
      "two marrow transit stages (pro/pre-B → immature)")                                        \
    X(baffRise, "baff_rise_per_day", 0.06, "1/day", 0, 5, "fitted (T4)",                          \
      "BAFF-like signal gain while B cells are low (Thompson 2010)")                             \
    X(baffDecay, "baff_decay_per_day", 0.001, "1/day", 0.0001, 5, "fitted (T4)",                  \
      "BAFF stays raised ≥12 months (Thompson 2010)")                                            \
    X(baffMax, "baff_signal_max", 1.5, "signal units", 0.01, 100, "assumption",                   \
      "BAFF rises a few-fold at most, also during long anti-CD20 depletion")                     \
    X(baffGain, "baff_production_gain", 1.2, "×", 0, 20, "fitted (T4)",                           \
      "extra marrow B output per unit BAFF signal")                                              \
    /* ---- Alemtuzumab PK (refit for MS doses; structure from Mould 2007) ---- */              \
    X(alemV1, "alemtuzumab_v1_l", 11.3, "L", 1, 100, "Mould 2007 Table 2 (CLL population PK): 11.3 L, the published value (course-1 peak 2.2 µg/mL, within the label 2-4, T1)",                               \
      "central volume")                                     \
    X(alemV2, "alemtuzumab_v2_l", 4.0, "L", 0.1, 200, "fitted (T1, T2)", "Mould 2007: 41.5 L")   \
    X(alemQ, "alemtuzumab_q_l_day", 1.0, "L/day", 0.01, 100, "fitted (T2)", "Mould 2007: 25 L/day") \
    X(alemCl, "alemtuzumab_cl_l_day", 5.0, "L/day", 0, 100, "calibration (lymphoscope-cli calibration --fit: 5.65, SE ×/÷1.11, from Dubuisson 2018 CD4/CD8 means and Li 2018 below LOQ by day 30; held at 5.0, inside that 95% interval, so the course-1 peak stays within the label 2-4 µg/mL, T1)",                     \
      "linear clearance; gives <0.1 µg/mL by day 30 after the last dose (Li 2018)")              \
    X(alemVmax, "alemtuzumab_tmdd_vmax_mg_day", 3.0, "mg/day", 0, 100, "fitted (T1)",             \
      "target-mediated elimination at baseline CD52+ cell load (Mould 2007: 24 mg/day in CLL)")  \
    X(alemKm, "alemtuzumab_tmdd_km_ug_ml", 0.338, "µg/mL", 0.001, 100, "Mould 2007 Table 2", "") \
    X(alemInfusionHours, "alemtuzumab_infusion_hours", 4, "h", 0.5, 24, "Lemtrada label", "")    \
    X(alemKmax, "alemtuzumab_kill_max_per_day", 4.0, "1/day", 0, 100, "fitted (T3)",              \
      "lowest counts within days (Li 2018, Clin Exp Immunol 194:295)")                                                    \
    X(alemEc50, "alemtuzumab_kill_ec50_ug_ml", 0.13, "µg/mL", 0.001, 10,                          \
      "lytic threshold 0.1–0.16 µg/mL (Blood 2016)", "")                               \
    X(alemHill, "alemtuzumab_kill_hill", 2.5, "", 1, 10, "assumption (steep lysis: Hill > 2)", "")  \
    X(alemNodePenetration, "alemtuzumab_node_kill_fraction", 0.0518, "fraction", 0, 1,              \
      "calibration (lymphoscope-cli calibration --fit, all tested figures; SE ×/÷1.04): Dubuisson 2018 CD4/CD8 means; label lymphocytes < LLN at months 6 and 12", "")                   \
    X(alemCd8Sensitivity, "alemtuzumab_cd8_sensitivity", 0.50, "fraction", 0, 1, "calibration (lymphoscope-cli calibration --fit, all tested figures: 0.513, SE ×/÷1.07, 95% 0.45-0.59), set to 0.50 within that interval from the figure it alone determines: Dubuisson 2018 CD8 mean at month 1 (docs/model.md §10)",   \
      "CD8 fall less deeply than CD4 at month 1 (Dubuisson 2018)")                              \
    X(alemNkSensitivity, "alemtuzumab_nk_sensitivity", 0.7, "fraction", 0, 1, "assumption", "")  \
    /* ---- Body weight (anti-CD20 antibodies) ---- */                                          \
    X(cd20WeightExpCl, "anti_cd20_weight_exponent_clearance", 0.74, "exponent", 0, 2,             \
      "derived from Gibiansky 2021: AUC +26% under 60 kg, -21% over 90 kg vs 60-90 kg",         \
      "CL, CL_T and Q scale as (weight/70 kg)^exponent; group means 54, 73, 102 kg assumed")    \
    X(cd20WeightExpV, "anti_cd20_weight_exponent_volume", 0.5, "exponent", 0, 2,                 \
      "assumption (typical of IgG1 antibodies; weight was the main covariate, Gibiansky 2021)", \
      "V1 and V2 scale as (weight/70 kg)^exponent")                                             \
    /* ---- Ocrelizumab PK (Gibiansky 2021) ---- */                                              \
    X(ocreV1, "ocrelizumab_vc_l", 2.78, "L", 0.5, 20, "Gibiansky 2021", "")                       \
    X(ocreV2, "ocrelizumab_vp_l", 2.68, "L", 0.1, 20, "Gibiansky 2021", "")                       \
    X(ocreQ, "ocrelizumab_q_l_day", 0.294, "L/day", 0.01, 10, "Gibiansky 2021", "")               \
    X(ocreCl, "ocrelizumab_cl_l_day", 0.17, "L/day", 0, 10, "Gibiansky 2021", "")              \
    X(ocreClT, "ocrelizumab_cl_time_dep_l_day", 0.0489, "L/day", 0, 10, "Gibiansky 2021",        \
      "decays with a 33-week half-life from the first dose")                                     \
    X(ocreClTHalfLife, "ocrelizumab_cl_time_dep_half_life_days", 231, "days", 1, 5000,           \
      "Gibiansky 2021 (33 weeks)", "")                                                           \
    X(ocreInfusionHours, "ocrelizumab_infusion_hours", 3, "h", 0.5, 24, "Ocrevus label (approx.)", "") \
    X(ocreImmunogenicity, "ocrelizumab_ada_immunogenicity", 0.02, "× alemtuzumab", 0, 10,         \
      "fitted to ADA ~0.4% (Ocrevus label, approx.)", "")                                             \
    /* ---- Rituximab PK ---- */                                                                 \
    X(rituxV1, "rituximab_vc_l", 3.1, "L", 0.5, 20, "Ng 2005 (RA) (approx.)", "")                 \
    X(rituxV2, "rituximab_vp_l", 2.9, "L", 0.1, 20, "Ng 2005 (RA) (approx.)", "")                 \
    X(rituxQ, "rituximab_q_l_day", 0.3, "L/day", 0.01, 10, "assumption", "")                      \
    X(rituxCl, "rituximab_cl_l_day", 0.26, "L/day", 0, 10, "Ng 2005 (RA) (approx.)",           \
      "terminal half-life ~3 weeks")                                                             \
    X(rituxInfusionHours, "rituximab_infusion_hours", 4.5, "h", 0.5, 24, "label (approx.)", "")  \
    X(rituxImmunogenicity, "rituximab_ada_immunogenicity", 0.2, "× alemtuzumab", 0, 10,           \
      "calibration (Dunn 2018: ADA in 37% of rituximab-treated RRMS patients)", "")              \
    /* ---- Anti-CD20 effect (shared by ocrelizumab and rituximab) ---- */                       \
    X(cd20Kmax, "anti_cd20_kill_max_per_day", 3.0, "1/day", 0, 100, "fitted (T6)",                \
      "B cells depleted within 2 weeks (Ocrevus label)")                                              \
    X(cd20Ec50, "anti_cd20_kill_ec50_ug_ml", 0.148,"µg/mL", 0.0001, 10,                            \
      "calibration (lymphoscope-cli calibration --fit, all tested figures; SE ×/÷1.26): Baker 2022: B cells repopulated at 6, 9, 12 months after ocrelizumab" \
      "ocrelizumab); the ofatumumab template of Yu 2022 (0.0057) repopulates far too late",      \
      "")                                                                                        \
    X(cd20Hill, "anti_cd20_kill_hill", 2.81, "", 1, 10, "Yu 2022", "")                            \
    X(cd20NodePenetration, "anti_cd20_node_kill_fraction", 0.3, "fraction", 0, 1, "assumption", "") \
    /* ---- Fingolimod ---- */                                                                   \
    X(fingoHalfLife, "fingolimod_half_life_days", 7, "days", 1, 60,                               \
      "label (6–9 days, approx.)", "")                                                           \
    X(fingoCss, "fingolimod_css_ng_ml_per_0_5mg", 1.2, "ng/mL", 0.01, 100,                        \
      "approx. (fingolimod-P steady state)", "")                                                 \
    X(fingoEmax, "fingolimod_egress_block_max", 0.985, "fraction", 0, 1, "calibration (lymphoscope-cli calibration --fit, all tested figures; SE ×/÷1.02): Francis 2014: counts at 27% of baseline on fingolimod",                 \
      "blood counts fall to ~20–30% (Francis 2014, Neurology 83:1003)")                                                 \
    X(fingoEc50, "fingolimod_ec50_ng_ml", 0.1, "ng/mL", 0.001, 100, "fitted (T13)", "")          \
    X(fingoEffectHalfLife, "fingolimod_effect_half_life_days", 10, "days", 0.1, 100,             \
      "fitted (Francis 2014: lymphocytes back above LLN 6-8 weeks after stopping)",             \
      "S1P1 receptors return to the cell surface slowly after the drug has gone (effect site)") \
    X(reboundBuild, "fingolimod_primed_pool_build_per_day", 0.01, "1/day", 0, 1,                 \
      "assumption (the primed pool fills over months of egress block)",                          \
      "autoreactive cells held and primed in lymph nodes while egress is blocked")              \
    X(reboundRelease, "fingolimod_primed_pool_release_per_day", 0.05, "1/day", 0.001, 1,          \
      "fitted (Hatcher 2016: rebound 4-16 weeks after stopping)",                                \
      "release of the primed pool once egress resumes")                                         \
    X(reboundReseed, "fingolimod_repertoire_reseed", 3, "repertoire per released pool", 0, 50, \
      "calibration (Pfeuffer 2021 JNNP: relapse HR 5.42 [2.52, 11.7] after alemtuzumab with "    \
      "fingolimod before)",                                                                      \
      "released primed cells restore a depleted pathogenic repertoire")                         \
    X(reboundGain, "fingolimod_rebound_gain", 0.32, "× untreated drive", 0, 50,                    \
      "fitted (Framke 2022: ARR 0.56 in the 3 months after stopping; 12.5% clinical rebound)",  \
      "relapse drive added by the released primed pool")                                        \
    /* ---- aHSCT ---- */                                                                        \
    X(beamKill, "beam_lymph_kill_per_day", 0.6, "1/day", 0, 50, "assumption",                     \
      "BEAM days −6…−1: no T or B cells at day 7 (Storek 2004)")                                 \
    X(cyKill, "cy_lymph_kill_per_day", 0.6, "1/day", 0, 50, "assumption",                         \
      "Cy 200 mg/kg days −5…−2 (MIST, approx.)")                                                 \
    X(beamMarrowKill, "beam_marrow_kill_per_day", 2.0, "1/day", 0, 50, "assumption",              \
      "myeloablative")                                                                           \
    X(cyMarrowKill, "cy_marrow_kill_per_day", 3, "1/day", 0, 50, "calibration (Hamerschlak 2007: engraftment 9.3 days after reinfusion, range 7-10; Ruiz-Arguelles 2019: day 8, 2-14 after cyclophosphamide)",                  \
      "non-myeloablative")                                                                       \
    X(atgDoseMgKg, "atg_dose_mg_kg", 6, "mg/kg", 0, 30, "MIST: rabbit ATG 6 mg/kg (approx.)",    \
      "given over the last conditioning days")                                                   \
    X(atgHalfLife, "atg_half_life_days", 5, "days", 0.5, 60, "assumption (active rabbit ATG)", "") \
    X(atgKmax, "atg_kill_max_per_day", 1.5, "1/day", 0, 50, "assumption", "")                     \
    X(atgEc50, "atg_kill_ec50_mg_kg", 2, "mg/kg", 0.001, 100, "assumption", "")                 \
    X(atgRepertoireKill, "atg_repertoire_kill_fraction", 0.1, "fraction", 0, 1, "assumption",     \
      "share of ATG's T-cell kill that reaches the pathogenic memory repertoire")              \
    X(graftSeed, "graft_marrow_seed", 0.01, "fraction of normal", 0, 1, "assumption",             \
      "CD34+ graft on day 0")                                                                    \
    X(graftTCells, "graft_t_cell_fraction", 0.03, "fraction of normal", 0, 1,                      \
      "assumption (unmanipulated graft carries ~10^8 T cells/kg, approx.)",                       \
      "memory T and NK cells infused with the graft, as a share of the normal pool")             \
    X(graftThymicRebound, "graft_thymic_rebound", 20, "× baseline thymic output", 0, 200,          \
      "fitted (Isaacs 2004: thymus-dependent naive CD4 recovery from 6-9 months; Muraro 2005)", \
      "peak extra thymic output after aHSCT is this divided by e")                              \
    X(graftThymicRate, "graft_thymic_rebound_rate_per_day", 0.006, "1/day", 0.0001, 1,             \
      "fitted (Muraro 2005: thymic output rises over the first 1-2 years after aHSCT)",          \
      "the rebound peaks 1/rate days after the graft")                                           \
    X(neutrophilMaturation, "neutrophil_maturation_per_day", 0.5, "1/day", 0.01, 10,               \
      "calibration (Hamerschlak 2007: engraftment 9.3 days after reinfusion, range 7-10; Ruiz-Arguelles 2019: day 8, 2-14 after cyclophosphamide)",                        \
      "two maturation stages between marrow and blood (about 4 days in all; faster stages would limit the integrator's step in quiet years)")                   \
    X(marrowGrowth, "marrow_regrowth_per_day", 0.45, "1/day", 0.01, 5, "calibration (Hamerschlak 2007: engraftment 9.3 days after reinfusion, range 7-10; Ruiz-Arguelles 2019: day 8, 2-14 after cyclophosphamide)",                    \
      "neutrophil engraftment ~day 8–12 (Storek 2004, Clin Immunol 113:285)")                                             \
    X(lymphoidGrowth, "lymphoid_marrow_regrowth_per_day", 0.045, "1/day", 0.001, 5, "fitted (T11)", \
      "B cells back by ~6 months (Storek 2004)")                                                 \
    X(repertoireRegrowth, "pathogenic_memory_regrowth_per_day", 0.000341, "1/day", 0, 1,            \
      "calibration (lymphoscope-cli calibration --fit, all tested figures; SE ×/÷1.57): Ziemssen 2020 ARR years 3-9; Silfverberg 2024 NEDA at 5 y",                                    \
      "regrowth of the pathogenic memory repertoire after an immune reset")                      \
    /* ---- Which cells each drug reaches (relative sensitivity) ---- */                         \
    X(fingoMemorySens, "fingolimod_memory_sensitivity", 0.95, "fraction", 0, 1,                     \
      "assumption (effector memory cells are less retained, approx.)", "")                       \
    X(fingoCd8Sens, "fingolimod_cd8_sensitivity", 0.85, "fraction", 0, 1, "assumption", "")       \
    X(fingoNkSens, "fingolimod_nk_sensitivity", 0.5, "fraction", 0, 1, "assumption", "")         \
    X(atgNodePenetration, "atg_node_kill_fraction", 0.1, "fraction", 0, 1, "assumption", "")     \
    X(atgNkSensitivity, "atg_nk_sensitivity", 0.2, "fraction", 0, 1, "assumption", "")           \
    X(nkMarrowFraction, "nk_marrow_source_fraction", 0.8, "fraction", 0, 1, "assumption",         \
      "share of NK turnover supplied by new marrow output")                                      \
    X(bHelpHalfSat, "b_memory_help_half_saturation", 1.0, "× baseline CD4", 0.01, 10,            \
      "assumption", "CD4 help needed to form memory B")                                          \
    X(adaBAvailHalfSat, "ada_b_availability_half_saturation", 0.25, "× baseline B", 0.001, 10,   \
      "assumption (anti-CD20 suppression of ADA: hypothesis from the seed discussion)",          \
      "surviving B cells needed to start an ADA response")                                       \
    X(adaBAvailFloor, "ada_b_availability_floor", 0.0499, "fraction", 0, 1,                         \
      "calibration (lymphoscope-cli calibration --fit, all tested figures; SE ×/÷1.19): Bar-Or 2020: humoral responses under ocrelizumab 0.18-0.72 of controls"    \
      "controls; with the ocrelizumab half-life of Gibiansky 2021)",                             \
      "share of the ADA stimulus left when B cells are depleted (plasma cells, tissue B cells)") \
    /* ---- Anti-drug antibodies ---- */                                                         \
    X(adaActivation, "ada_activation_per_day", 0.6, "1/day", 0, 100, "fitted (T10)", "")          \
    X(adaStimEc50, "ada_stimulus_ec50_ug_ml", 0.05, "µg/mL", 0.0001, 100, "assumption", "")       \
    X(adaTransit, "ada_transit_per_day", 0.15, "1/day", 0.01, 5,                                  \
      "antibody needs ≥6 days; peak ~1 month after a course (Dubuisson 2018)", "")                     \
    X(adaProduction, "ada_production_per_day", 0.2, "titre/day", 0, 1000, "fitted (T10)", "")     \
    X(adaDecay, "ada_decay_per_day", 0.012, "1/day", 0.0001, 1,                                   \
      "ADA wane over ~9–10 months (Dubuisson 2018)", "")                                               \
    X(adaMemoryGain, "ada_memory_gain", 0.5, "1/memory unit", 0, 100, "assumption",              \
      "later courses respond faster and higher (Jones 2020, Neurol NN 7:e767)")                                      \
    X(adaMemoryRate, "ada_memory_formation_per_day", 0.05, "1/day", 0, 10, "assumption", "")     \
    X(adaMemoryPersistence, "ada_memory_persistence", 0.1, "1/memory unit", 0, 100,              \
      "assumption (ADA can persist for years after repeated courses; Jones 2020)",                 \
      "long-lived plasma cells slow the waning of the titre as memory builds")                  \
    X(adaNeutralMax, "ada_neutralizing_fraction_max", 0.05, "fraction", 0, 1, "assumption", "")   \
    X(adaNeutralMemory50, "ada_neutralizing_memory50", 6, "memory units", 0.01, 100,            \
      "assumption (neutralising ADA rare before course 2, Dubuisson 2018)", "")                  \
    X(adaNeutralKd, "ada_neutralizing_half_block_titre", 2.0, "titre units", 0.01, 1000,          \
      "assumption", "neutralising titre that halves the drug's active (target-binding) share")  \
    X(adaClearance, "ada_drug_clearance_per_titre_day", 0.0203, "1/(titre·day)", 0, 100,             \
      "calibration (lymphoscope-cli calibration --fit, all tested figures; SE ×/÷1.69): Dubuisson 2018 CD4/CD8 means months 1-24 and NAb/BAb shares; Li 2018 PK", "immune-complex clearance of free drug")                                     \
    X(adaMatureClearance, "ada_mature_drug_clearance_per_titre_day", 0, "1/(titre·day)", 0, 100, \
      "calibration (lymphoscope-cli calibration --fit: the estimate went to its bound 0; Dubuisson 2018 Table 1: month-13 depletion the same with and without ADA); left for exploration",            \
      "extra clearance by high-affinity ADA after repeated courses")                            \
    X(adaClearanceMax, "ada_drug_clearance_max_per_day", 20, "1/day", 0.1, 1000, "assumption",   \
      "immune-complex clearance saturates (a course is gone within hours at most)")             \
    X(adaMemoryMax, "ada_memory_max", 10, "memory units", 0.1, 1000, "assumption",                \
      "the memory response to a drug saturates after repeated courses")                         \
    X(adaBindingThreshold, "ada_binding_threshold", 1.0, "titre units", 0.001, 1000,              \
      "assumption (assay cut-off)", "binding-positive at or above")                              \
    X(adaNeutralThreshold, "ada_neutralizing_threshold", 1.0, "titre units", 0.001, 1000,         \
      "assumption (assay cut-off)", "")                                                          \
    /* ---- Relapse hazard ---- */                                                               \
    X(relapseMin, "relapse_hazard_floor", 0.02, "× baseline", 0, 1, "assumption", "")             \
    X(relapseBFloor, "relapse_b_floor", 0.11, "× baseline", 0, 1,                                 \
      "fitted (T9: OPERA ARR 0.16)", "hazard share left when memory B are absent")              \
    X(relapseTFloor, "relapse_t_floor", 0.61, "× baseline", 0, 1, "fitted (T8)",                   \
      "hazard share left when memory CD4 are absent")                                            \
    X(relapseHalfSat, "relapse_drive_half_saturation", 0.234, "× baseline count", 0.01, 10,         \
      "assumption", "saturation of the memory-cell drive")                                       \
    X(relapseLagDays, "relapse_drive_lag_days", 108, "days", 1, 1000, "fitted (T8)",              \
      "relapses lag the immune drive: lesions already under way still surface")                 \
    X(alemRepertoireKill, "alemtuzumab_repertoire_kill_fraction", 0.0355, "fraction", 0, 1,       \
      "calibration (lymphoscope-cli calibration --fit, all tested figures; SE ×/÷1.11): CARE-MS ARR years 0-2 (Cohen 2012, Coles 2012), Ziemssen 2020 years 3-9",                                   \
      "share of alemtuzumab's kill that reaches the pathogenic memory repertoire")              \
    X(relapseFrailtyVariance, "relapse_frailty_variance", 0.866, "", 0.0001, 10,                    \
      "calibration (lymphoscope-cli calibration --fit, all tested figures; SE ×/÷1.31): relapse-free shares at 2 y in CARE-MS I and II beside their ARRs", "gamma frailty")        \
    /* ---- Secondary autoimmunity ---- */                                                       \
    X(aiLag, "autoimmunity_lag_per_day", 0.005, "1/day", 0.0001, 1,                             \
      "calibration (Coles 2013 Lancet CARE-MS I thyroid 18% at 2 years; pooled CARE-MS 42% at 6 " \
      "years, Front Neurol 2019)",                                                               \
      "two-stage lag; the thyroid hazard peaks in year 3 after alemtuzumab (Coles 2017)")       \
    X(aiThyroid, "autoimmunity_thyroid_rate", 0.00414, "1/drive-day", 0, 1,                       \
      "calibration (lymphoscope-cli calibration --fit, all tested figures; SE ×/÷1.15): thyroid events at 2 y (Coles 2013), 6 y pooled, Sandgren 2023",                                  \
      "thyroid 40–47% by year 6 (CARE-MS pooled)")                                               \
    X(aiItp, "autoimmunity_itp_rate", 0.0001, "1/drive-day", 0, 1,                              \
      "calibration (Cuker 2020 Mult Scler: ITP 2% at 12 mg)", "")                                \
    X(aiGbm, "autoimmunity_gbm_rate", 0.000015, "1/drive-day", 0, 1,                             \
      "calibration (anti-GBM 0.27%, Front Neurol 2019)", "")                                     \
    X(aiRepertoireExponent, "autoimmunity_repertoire_exponent", 0.9, "exponent", 0, 5,             \
      "calibration (Daikeler 2011 Blood: 9.8% secondary autoimmunity 5 years after aHSCT, "      \
      "against the CARE-MS thyroid figures)",                                                    \
      "autoimmunity needs surviving autoreactive memory: drive × repertoire^exponent")          \
    /* ---- Virtual cohort variation ---- */                                                     \
    X(iivCvPk, "iiv_cv_pk", 0.3, "CV", 0, 2, "Mould 2007 (32% on alemtuzumab Vmax)", "log-normal; applied to every antibody's clearance")           \
    X(iivCvKill, "iiv_cv_kill", 0.3, "CV", 0, 2, "assumption (CV 20–50%, typical of monoclonal antibody PK/PD)", "")        \
    X(iivCvHomeostasis, "iiv_cv_homeostasis", 0.3, "CV", 0, 2, "assumption", "")                 \
    X(iivCvBaff, "iiv_cv_baff", 0.3, "CV", 0, 2, "assumption", "")                               \
    X(iivCvAda, "iiv_cv_ada", 0.8, "CV", 0, 3, "assumption", "within typical ADA responders")   \
    X(iivCvAutoimmunity, "iiv_cv_autoimmunity", 1.0, "CV", 0, 3, "assumption", "")              \
    X(iivCvBaseline, "iiv_cv_lymphocyte_baseline", 0.3, "CV", 0, 2,                              \
      "assumption (between-person spread of adult lymphocyte counts)",                         \
      "one log-normal factor on every subset's untreated count")                                \
    X(iivCvFingolimod, "iiv_cv_fingolimod_exposure", 0.3, "CV", 0, 2, "assumption",                \
      "log-normal on fingolimod-phosphate exposure")                                             \
    X(iivCvRebound, "iiv_cv_rebound", 1.5, "CV", 0, 5,                                            \
      "fitted (rebound in 10.9-12.5% after stopping fingolimod: Hatcher 2016, Framke 2022)",    \
      "log-normal on the rebound gain")                                                          \
    X(iivCorrHomeostasisBaff, "iiv_corr_homeostasis_baff", 0.4, "correlation", -0.9, 0.9,        \
      "assumption (one lymphopenia-driven cytokine response, IL-7 and BAFF)",                   \
      "between T-cell homeostatic proliferation and BAFF gain")                                \
    X(iivCorrPkKill, "iiv_corr_pk_kill", 0.0, "correlation", -0.9, 0.9, "assumption",             \
      "between antibody clearance and drug kill")                                              \
    X(adaNeverFraction, "ada_never_responder_fraction", 0.231, "fraction", 0, 1,                   \
      "calibration (lymphoscope-cli calibration --fit, all tested figures; SE ×/÷1.07): Dubuisson 2018 BAb share; Jones 2020 any ADA after 3+ courses", "")                                                 \
    X(adaStrongFraction, "ada_strong_responder_fraction", 0.1, "fraction", 0, 1, "assumption", "") \
    X(adaStrongMultiplier, "ada_strong_responder_multiplier", 3.0, "×", 1, 20,                    \
      "assumption (3 = strong responder)", "")
