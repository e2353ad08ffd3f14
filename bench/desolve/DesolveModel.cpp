// The engine's right-hand side as a compiled derivative for R's deSolve (Soetaert, Petzoldt &
// Setzer, J. Stat. Softw. 33(9), 2010; vignette "compiledCode"): `initmod` and `derivs` in
// deSolve's C interface, and the .C() entry points through which lsoda_desolve.R reads the
// patients that `lymphoscope-bench --export-patients` writes (the SciPy peer's file).
//
// deSolve calls `initmod` at the start of every lsoda() call with that call's `parms`:
// here c(patient, segment), which select the model and the segment's inputs.

#include "model/ImmuneModel.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <limits>
#include <memory>
#include <vector>

namespace {

using lymph::ImmuneModel;
using lymph::State;
using nlohmann::json;

struct Segment {
    double start = 0.0, end = 0.0;
    bool graft = false;
    lymph::SegmentInputs inputs;
};

struct Patients {
    std::vector<ImmuneModel> models;
    std::vector<Segment> segments; // every patient has the scenario's schedule
    std::vector<double> grid;
};

std::unique_ptr<Patients> g_patients;
ImmuneModel *g_model = nullptr; // the one `derivs` evaluates

ImmuneModel readModel(const json &patient)
{
    lymph::ModelParameters p;
    const json &values = patient.at("parameters");
#define LYMPH_READ_FIELD(field, id, val, unit, lo, hi, source, note)                             \
    p.field = values.at(#field).get<double>();
    LYMPH_PARAMETER_LIST(LYMPH_READ_FIELD)
#undef LYMPH_READ_FIELD
    const json &f = patient.at("patient");
    lymph::PatientFactors factors;
    factors.baselineArr = f.at("baseline_arr").get<double>();
    factors.adaPropensity = f.at("ada_propensity").get<double>();
    factors.ageYears = f.at("age_years").get<double>();
    factors.ocrelizumabFirstDay = f.at("ocrelizumab_first_day").get<double>();
    factors.antibodyGiven = f.at("antibody_given").get<decltype(factors.antibodyGiven)>();
    return ImmuneModel(p, factors);
}

Segment readSegment(const json &s)
{
    Segment out;
    out.start = s.at("start").get<double>();
    out.end = s.at("end").get<double>();
    out.graft = s.at("graft_at_start").get<bool>();
    out.inputs.infusionMgPerDay =
        s.at("infusion_mg_per_day").get<decltype(out.inputs.infusionMgPerDay)>();
    out.inputs.fingolimodMgPerDay = s.at("fingolimod_mg_per_day").get<double>();
    out.inputs.atgMgKgPerDay = s.at("atg_mg_kg_per_day").get<double>();
    out.inputs.chemoLymphKillPerDay = s.at("chemo_lymph_kill_per_day").get<double>();
    out.inputs.chemoMarrowKillPerDay = s.at("chemo_marrow_kill_per_day").get<double>();
    return out;
}

bool validPatient(const int *patient)
{
    return g_patients && *patient >= 0 && std::size_t(*patient) < g_patients->models.size();
}

} // namespace

extern "C" {

// .C("lymph_open", path, patients=, segments=, grid=, states=, ok=)
void lymph_open(char **path, int *patients, int *segments, int *gridSize, int *stateSize,
                int *ok)
{
    *ok = 0;
    try {
        std::ifstream file(*path);
        const json doc = json::parse(file);
        auto loaded = std::make_unique<Patients>();
        for (const json &patient : doc.at("patients"))
            loaded->models.push_back(readModel(patient));
        if (loaded->models.empty())
            return;
        for (const json &s : doc.at("patients").at(0).at("segments"))
            loaded->segments.push_back(readSegment(s));
        loaded->grid = doc.at("grid").get<std::vector<double>>();
        *patients = int(loaded->models.size());
        *segments = int(loaded->segments.size());
        *gridSize = int(loaded->grid.size());
        *stateSize = int(lymph::state::kSize);
        g_patients = std::move(loaded);
        *ok = 1;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "lymph_open: %s\n", e.what());
    }
}

// Every patient's output days.
void lymph_grid(double *grid)
{
    if (g_patients)
        std::copy(g_patients->grid.begin(), g_patients->grid.end(), grid);
}

void lymph_segment(int *k, double *start, double *end, int *graft)
{
    if (!g_patients || *k < 0 || std::size_t(*k) >= g_patients->segments.size())
        return;
    const Segment &s = g_patients->segments[std::size_t(*k)];
    *start = s.start;
    *end = s.end;
    *graft = s.graft ? 1 : 0;
}

void lymph_baseline(int *patient, double *y)
{
    if (!validPatient(patient))
        return;
    const State x = g_patients->models[std::size_t(*patient)].baseline();
    std::copy(x.begin(), x.end(), y);
}

// The absolute tolerances are a share of these (as the engine's are).
void lymph_typical(int *patient, double *magnitudes)
{
    if (!validPatient(patient))
        return;
    const State x = g_patients->models[std::size_t(*patient)].typicalMagnitudes();
    std::copy(x.begin(), x.end(), magnitudes);
}

// Stem-cell reinfusion, in place.
void lymph_graft(int *patient, double *y)
{
    if (!validPatient(patient))
        return;
    State x;
    std::copy(y, y + lymph::state::kSize, x.begin());
    g_patients->models[std::size_t(*patient)].applyGraft(x);
    std::copy(x.begin(), x.end(), y);
}

// deSolve's interface: parms = c(patient, segment).
void initmod(void (*odeparms)(int *, double *))
{
    int count = 2;
    double parms[2] = {-1.0, -1.0};
    odeparms(&count, parms);
    const int patient = int(parms[0]), segment = int(parms[1]);
    g_model = nullptr;
    if (!validPatient(&patient) || segment < 0 ||
        std::size_t(segment) >= g_patients->segments.size())
        return;
    g_model = &g_patients->models[std::size_t(patient)];
    g_model->setInputs(g_patients->segments[std::size_t(segment)].inputs);
}

void derivs(int *, double *t, double *y, double *ydot, double *, int *)
{
    if (!g_model) { // initmod had no valid patient: make lsoda fail rather than crash
        std::fill(ydot, ydot + lymph::state::kSize, std::numeric_limits<double>::quiet_NaN());
        return;
    }
    State x, dxdt;
    std::copy(y, y + lymph::state::kSize, x.begin());
    (*g_model)(x, dxdt, *t);
    std::copy(dxdt.begin(), dxdt.end(), ydot);
}

} // extern "C"
