#include "DesolvePeer.h"

#include "ClampedRows.h"
#include "PeerComparison.h"

#include "cohort/VirtualPatient.h"
#include "simulate/ResultRows.h"
#include "simulate/SimulationSetup.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace lymph::bench {

#ifdef LYMPH_DESOLVE_MODULE

std::string desolveUnavailable()
{
    const std::string probe =
        "'" LYMPH_RSCRIPT "' -e 'library(deSolve)' >/dev/null 2>&1";
    if (std::system(probe.c_str()) != 0)
        return LYMPH_RSCRIPT " cannot load deSolve (scripts/setup-deps --bench installs "
                             "r-cran-desolve)";
    return {};
}

std::optional<DesolveRun> runDesolve(const Scenario &scenario, int patients, std::uint64_t seed,
                                     const std::vector<double> &tolerances, int repeats,
                                     std::string *error)
{
    if (std::string why = desolveUnavailable(); !why.empty()) {
        *error = why;
        return std::nullopt;
    }
    const auto temp = std::filesystem::temp_directory_path();
    const std::string stem = "lymphoscope-desolve-" + std::to_string(getpid());
    const std::filesystem::path input = temp / (stem + ".json"), states = temp / (stem + ".bin");
    const auto cleanUp = [&] {
        std::error_code ignored;
        std::filesystem::remove(input, ignored);
        std::filesystem::remove(states, ignored);
    };
    if (const auto problem = exportPatients(scenario, patients, seed, input.string())) {
        *error = *problem;
        cleanUp();
        return std::nullopt;
    }
    std::string command = "'" LYMPH_RSCRIPT "' '" LYMPH_DESOLVE_SCRIPT "' '" LYMPH_DESOLVE_MODULE
                          "' '" + input.string() + "' '" + states.string() + "' " +
                          std::to_string(repeats);
    for (const double tolerance : tolerances) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, " %.17g", tolerance);
        command += buffer;
    }
    std::string output;
    FILE *pipe = popen(command.c_str(), "r");
    if (!pipe) {
        *error = "cannot run " + command;
        cleanUp();
        return std::nullopt;
    }
    std::array<char, 4096> buffer;
    while (std::fgets(buffer.data(), int(buffer.size()), pipe))
        output += buffer.data();
    if (pclose(pipe) != 0) {
        *error = "the deSolve peer failed (" + command + ")";
        cleanUp();
        return std::nullopt;
    }
    // The script's last line is one JSON object.
    const std::size_t lineStart = output.rfind("\n{");
    const nlohmann::json reply = nlohmann::json::parse(
        output.substr(lineStart == std::string::npos ? 0 : lineStart + 1), nullptr, false);
    if (reply.is_discarded() || !reply.contains("ms_per_patient")) {
        *error = "unexpected output from the deSolve peer: " + output;
        cleanUp();
        return std::nullopt;
    }
    DesolveRun run;
    run.patients = patients;
    run.tolerances = tolerances;
    run.msPerPatient = reply["ms_per_patient"].get<std::vector<double>>();
    run.rhsEvaluations = reply["rhs_evals_per_patient"].get<std::vector<double>>();
    run.steps = reply["steps_per_patient"].get<std::vector<double>>();
    run.jacobians = reply["jacobians_per_patient"].get<std::vector<double>>();

    // The states, per tolerance and patient, into the engine's result columns.
    const SimulationSetup setup = prepareSimulation(scenario, nullptr, SimulationOptions{});
    const VirtualPatientSampler sampler(setup.parameters, setup.patient, seed);
    std::ifstream file(states, std::ios::binary);
    for (std::size_t t = 0; t < tolerances.size(); ++t) {
        run.tables.emplace_back();
        for (int i = 0; i < patients; ++i) {
            const VirtualPatient v = sampler.sample(std::uint64_t(i));
            const ImmuneModel model(v.parameters, v.factors);
            ResultRows rows(model, setup.schedule, setup.grid,
                            {v.relapseFrailty, setup.parameters.relapseFrailtyVariance},
                            v.autoimmunityMultiplier);
            ClampedRows clamped(rows);
            State row;
            for (std::size_t day = 0; day < setup.grid.size(); ++day) {
                file.read(reinterpret_cast<char *>(row.data()), sizeof row);
                clamped.add(row);
            }
            run.tables.back().push_back(rows.finish());
        }
    }
    const bool complete = bool(file) && file.peek() == std::char_traits<char>::eof();
    cleanUp();
    if (!complete) {
        *error = "the deSolve peer's states are not what was asked for";
        return std::nullopt;
    }
    return run;
}

#else

std::string desolveUnavailable()
{
    return "not built: no Rscript when the build was configured (scripts/setup-deps --bench "
           "installs R and deSolve; then configure again), or a sanitizer build";
}

std::optional<DesolveRun> runDesolve(const Scenario &, int, std::uint64_t,
                                     const std::vector<double> &, int, std::string *error)
{
    *error = desolveUnavailable();
    return std::nullopt;
}

#endif

} // namespace lymph::bench
