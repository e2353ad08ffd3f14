// Writing scenarios: canonical JSON (keys in the documented order, numbers that read back
// exactly), saved by the one safe writer (files/FileWriter.h).

#include "scenario/ScenarioIo.h"

#include "cohort/IndividualFactors.h"
#include "files/FileWriter.h"

#include "scenario/JsonPrinter.h"
#include "scenario/ScenarioLimits.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>

namespace lymph {

using nlohmann::ordered_json;

namespace {

// Whole numbers are written without ".0" (2190, not 2190.0); every other double is written
// by nlohmann in the shortest form that parses back to the same bits.
ordered_json number(double value)
{
    constexpr double kExactIntegerLimit = 9007199254740992.0; // 2^53
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < kExactIntegerLimit)
        return static_cast<std::int64_t>(value);
    return value;
}

ordered_json patientJson(const Patient &patient)
{
    ordered_json object = ordered_json::object();
    object["weight_kg"] = number(patient.weightKg);
    object["age_years"] = number(patient.ageYears);
    object["baseline_arr"] = number(patient.baselineArr);
    object["ada_propensity"] = number(patient.adaPropensity);
    if (!patient.parameters.empty()) {
        ordered_json parameters = ordered_json::object();
        for (const auto &[id, value] : patient.parameters)
            parameters[id] = number(value);
        object["parameters"] = std::move(parameters);
    }
    if (!patient.individual.empty()) {
        // In the table's order; a category as its label.
        ordered_json individual = ordered_json::object();
        for (const IndividualFactor &factor : individualFactors()) {
            const auto found = patient.individual.find(std::string(factor.name));
            if (found == patient.individual.end())
                continue;
            if (factor.labels.empty())
                individual[std::string(factor.name)] = number(found->second);
            else
                individual[std::string(factor.name)] = factorText(factor, found->second);
        }
        object["individual"] = std::move(individual);
    }
    return object;
}

ordered_json treatmentJson(const Treatment &treatment)
{
    ordered_json object = ordered_json::object();
    object["therapy"] = therapyId(treatment.therapy);
    if (isAntibody(treatment.therapy)) {
        ordered_json infusions = ordered_json::array();
        for (const Infusion &infusion : treatment.infusions)
            infusions.push_back({{"day", number(infusion.day)}, {"mg", number(infusion.mg)}});
        object["infusions"] = std::move(infusions);
    } else if (treatment.therapy == Therapy::Fingolimod) {
        object["start_day"] = number(treatment.startDay);
        object["stop_day"] = number(treatment.stopDay);
        object["mg_per_day"] = number(treatment.mgPerDay);
    } else {
        object["regimen"] = regimenId(treatment.regimen);
        object["day"] = number(treatment.day);
    }
    return object;
}

} // namespace

std::string scenarioToJson(const Scenario &scenario)
{
    ordered_json object = ordered_json::object();
    object["format"] = scenario_format::kFormatId;
    object["version"] = kScenarioVersion;
    object["name"] = scenario.name;
    if (!scenario.description.empty())
        object["description"] = scenario.description;
    object["horizon_days"] = number(scenario.horizonDays);
    object["patient"] = patientJson(scenario.patient);
    ordered_json treatments = ordered_json::array();
    for (const Treatment &treatment : scenario.treatments)
        treatments.push_back(treatmentJson(treatment));
    object["treatments"] = std::move(treatments);
    if (!scenario.measurements.empty()) {
        ordered_json measurements = ordered_json::array();
        for (const Measurement &m : scenario.measurements) {
            measurements.push_back(
                {{"day", number(m.day)}, {"quantity", m.quantity}, {"value", number(m.value)}});
        }
        object["measurements"] = std::move(measurements);
    }
    return printJson(object) + '\n';
}

std::string ScenarioSaveError::toString() const
{
    if (problems.empty())
        return fileProblemText(file);
    return "not saved: the scenario has " + std::to_string(problems.size()) +
           (problems.size() == 1 ? " problem: " : " problems, the first: ") +
           problems.front().toString();
}

std::optional<ScenarioSaveError> saveScenarioFile(const std::string &path,
                                                  const Scenario &scenario)
{
    // A file we would refuse to open again is worse than no file: refuse to write it.
    if (auto errors = validateScenario(scenario); !errors.empty())
        return ScenarioSaveError{std::move(errors)};
    if (auto problem = writeFileSafely(path, scenarioToJson(scenario)))
        return ScenarioSaveError{{}, std::move(*problem)};
    return std::nullopt;
}

} // namespace lymph
