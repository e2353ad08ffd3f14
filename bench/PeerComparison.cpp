#include "PeerComparison.h"

#include "CurveDeviation.h"

#include "cohort/VirtualPatient.h"
#include "model/ImmuneModel.h"
#include "simulate/PatientRun.h"
#include "simulate/ResultRows.h"
#include "simulate/SimulationSetup.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace lymph::bench {

namespace {

using nlohmann::json;

json parametersJson(const ModelParameters &p)
{
    json out = json::object();
#define LYMPH_EXPORT_FIELD(field, id, val, unit, lo, hi, source, note) out[#field] = p.field;
    LYMPH_PARAMETER_LIST(LYMPH_EXPORT_FIELD)
#undef LYMPH_EXPORT_FIELD
    return out;
}

json segmentsJson(const DoseSchedule &schedule)
{
    json out = json::array();
    for (const Segment &s : schedule.segments) {
        out.push_back({{"start", s.start},
                       {"end", s.end},
                       {"graft_at_start", s.graftAtStart},
                       {"infusion_mg_per_day", s.inputs.infusionMgPerDay},
                       {"fingolimod_mg_per_day", s.inputs.fingolimodMgPerDay},
                       {"atg_mg_kg_per_day", s.inputs.atgMgKgPerDay},
                       {"chemo_lymph_kill_per_day", s.inputs.chemoLymphKillPerDay},
                       {"chemo_marrow_kill_per_day", s.inputs.chemoMarrowKillPerDay}});
    }
    return out;
}

// The engine's per-state absolute tolerances for this patient (see integratePatient).
json absoluteTolerances(const VirtualPatient &v, const SimulationOptions &options)
{
    return absoluteTolerances(ImmuneModel(v.parameters, v.factors), options.absoluteTolerance);
}

ResultTable runMember(const SimulationSetup &setup, const SimulationOptions &options,
                      const VirtualPatient &v)
{
    const ImmuneModel model(v.parameters, v.factors);
    ResultRows rows(model, setup.schedule, setup.grid,
                    {v.relapseFrailty, setup.parameters.relapseFrailtyVariance},
                    v.autoimmunityMultiplier);
    integratePatient(model, setup.schedule, setup.grid, options.relativeTolerance,
                     options.absoluteTolerance, rows);
    return rows.finish();
}

double cppMsPerPatient(const SimulationSetup &setup, const SimulationOptions &options,
                       const std::vector<VirtualPatient> &members)
{
    std::vector<double> ms;
    for (int repeat = 0; repeat < 3; ++repeat) {
        const auto start = std::chrono::steady_clock::now();
        for (const VirtualPatient &v : members)
            runMember(setup, options, v);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                               start)
                         .count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[1] / double(members.size());
}

std::string python()
{
    if (const char *configured = std::getenv("LYMPH_PYTHON"))
        return configured;
    return LYMPH_PYTHON3;
}

} // namespace

double PeerResult::worstDeviation() const
{
    double worst = 0.0;
    for (const auto &[column, deviation] : maxRelativeDeviation)
        worst = std::max(worst, deviation);
    return worst;
}

std::optional<std::string> exportPatients(const Scenario &scenario, int patients,
                                          std::uint64_t seed, const std::string &path)
{
    const SimulationOptions options;
    const SimulationSetup setup = prepareSimulation(scenario, nullptr, options);
    const VirtualPatientSampler sampler(setup.parameters, setup.patient, seed);
    json doc = {{"scenario", scenario.name},
                {"relative_tolerance", options.relativeTolerance},
                {"absolute_tolerance_share", options.absoluteTolerance},
                {"grid", setup.grid},
                {"patients", json::array()}};
    for (int i = 0; i < patients; ++i) {
        const VirtualPatient v = sampler.sample(std::uint64_t(i));
        const ResultTable table = runMember(setup, options, v);
        json curves = json::object();
        for (const char *column : kKeyColumns) {
            if (table.has(column))
                curves[column] = table.at(column);
        }
        doc["patients"].push_back(
            {{"index", i},
             {"parameters", parametersJson(v.parameters)},
             {"patient",
              {{"baseline_arr", v.factors.baselineArr},
               {"ada_propensity", v.factors.adaPropensity},
               {"age_years", v.factors.ageYears},
               {"weight_kg", v.factors.weightKg},
               {"rebound_propensity", v.factors.reboundPropensity},
               {"ocrelizumab_first_day", v.factors.ocrelizumabFirstDay},
               {"antibody_given", v.factors.antibodyGiven}}},
             {"absolute_tolerances", absoluteTolerances(v, options)},
             {"relapse_frailty", v.relapseFrailty},
             {"autoimmunity_multiplier", v.autoimmunityMultiplier},
             {"segments", segmentsJson(setup.schedule)},
             {"cpp", std::move(curves)}});
    }
    std::ofstream file(path);
    file << doc.dump() << '\n';
    file.close();
    if (!file)
        return "cannot write " + path;
    return std::nullopt;
}

std::optional<PeerResult> runPeer(const Scenario &scenario, int patients, std::uint64_t seed,
                                  std::string *error)
{
    const std::string interpreter = python();
    const std::string probe = "'" + interpreter + "' -c 'import scipy' >/dev/null 2>&1";
    if (std::system(probe.c_str()) != 0) {
        *error = interpreter + " cannot import scipy (install python3-scipy, or set LYMPH_PYTHON)";
        return std::nullopt;
    }
    const std::filesystem::path file = std::filesystem::temp_directory_path() /
                                       ("lymphoscope-peer-" + std::to_string(getpid()) + ".json");
    if (const auto problem = exportPatients(scenario, patients, seed, file.string())) {
        *error = *problem;
        return std::nullopt;
    }
    const std::string command =
        "'" + interpreter + "' '" + LYMPH_PEER_SCRIPT + "' '" + file.string() + "'";
    std::string output;
    if (FILE *pipe = popen(command.c_str(), "r")) {
        std::array<char, 4096> buffer;
        while (std::fgets(buffer.data(), int(buffer.size()), pipe))
            output += buffer.data();
        const int status = pclose(pipe);
        std::filesystem::remove(file);
        if (status != 0) {
            *error = "the SciPy peer failed (" + command + ")";
            return std::nullopt;
        }
    } else {
        std::filesystem::remove(file);
        *error = "cannot run " + command;
        return std::nullopt;
    }
    // The peer's last line is one JSON object.
    const std::size_t lineStart = output.rfind("\n{");
    const json reply =
        json::parse(output.substr(lineStart == std::string::npos ? 0 : lineStart + 1), nullptr,
                    false);
    if (reply.is_discarded() || !reply.contains("scipy_ms_per_patient")) {
        *error = "unexpected output from the SciPy peer: " + output;
        return std::nullopt;
    }
    PeerResult result;
    result.patients = reply["patients"].get<int>();
    result.scipyMsPerPatient = reply["scipy_ms_per_patient"].get<double>();
    result.scipyRhsEvalsPerPatient = reply["rhs_evals_per_patient"].get<double>();
    for (const auto &[column, deviation] : reply["max_rel_dev"].items())
        result.maxRelativeDeviation[column] = deviation.get<double>();

    const SimulationOptions options;
    const SimulationSetup setup = prepareSimulation(scenario, nullptr, options);
    const VirtualPatientSampler sampler(setup.parameters, setup.patient, seed);
    std::vector<VirtualPatient> members;
    for (int i = 0; i < patients; ++i)
        members.push_back(sampler.sample(std::uint64_t(i)));
    result.cppMsPerPatient = cppMsPerPatient(setup, options, members);
    return result;
}

} // namespace lymph::bench
