#include "scenario/ScenarioJsonReader.h"

#include "cohort/IndividualFactors.h"
#include "scenario/FieldPath.h"
#include "scenario/JsonFields.h"
#include "scenario/MessageText.h"
#include "scenario/ScenarioLimits.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <vector>

namespace lymph {

using nlohmann::json;
namespace format = scenario_format;

namespace {

// Version 2 added measurements and patient.individual; a version-1 file has neither.
constexpr std::string_view kTopKeys[] = {"format",       "version", "name",       "description",
                                         "horizon_days", "patient", "treatments", "measurements"};
constexpr std::string_view kPatientKeys[] = {"weight_kg",      "age_years",  "baseline_arr",
                                             "ada_propensity", "parameters", "individual"};
constexpr std::size_t kVersion1TopKeys = 7;
constexpr std::size_t kVersion1PatientKeys = 5;
constexpr std::string_view kMeasurementKeys[] = {"day", "quantity", "value"};
constexpr std::string_view kAntibodyKeys[] = {"therapy", "infusions"};
constexpr std::string_view kInfusionKeys[] = {"day", "mg"};
constexpr std::string_view kFingolimodKeys[] = {"therapy", "start_day", "stop_day", "mg_per_day"};
constexpr std::string_view kAhsctKeys[] = {"therapy", "regimen", "day"};
constexpr Therapy kAllTherapies[] = {Therapy::Alemtuzumab, Therapy::Ocrelizumab, Therapy::Rituximab,
                                     Therapy::Fingolimod, Therapy::Ahsct};
constexpr AhsctRegimen kAllRegimens[] = {AhsctRegimen::BeamAtg, AhsctRegimen::CyAtg};

std::vector<std::string_view> therapyIds()
{
    std::vector<std::string_view> ids;
    for (Therapy therapy : kAllTherapies)
        ids.push_back(therapyId(therapy));
    return ids;
}

std::vector<std::string_view> regimenIds()
{
    std::vector<std::string_view> ids;
    for (AhsctRegimen regimen : kAllRegimens)
        ids.push_back(regimenId(regimen));
    return ids;
}

// An unknown name, with the closest known one when it looks like a typo.
template <typename Code>
Code unknownName(const std::string &name, std::span<const std::string_view> known)
{
    Code code{name};
    if (auto suggestion = closestMatch(name, known))
        code.suggestion = std::string(*suggestion);
    code.known.assign(known.begin(), known.end());
    return code;
}

bool isReadableVersion(double version)
{
    return version >= kOldestScenarioVersion && version <= kScenarioVersion &&
           version == std::floor(version);
}

IssueCode versionProblem(double version)
{
    if (version > kScenarioVersion && version == std::floor(version))
        return issue::NewerVersion{version, kScenarioVersion};
    return issue::UnsupportedVersion{version, kScenarioVersion};
}

} // namespace

bool ScenarioJsonReader::read(const json &root, Scenario &scenario)
{
    if (!expectObject(root, "", m_issues))
        return false;
    const JsonObjectReader top(root, "", m_issues);
    if (!readHeader(top))
        return false;
    top.rejectUnknownKeys(std::span(kTopKeys).first(m_version >= 2 ? std::size(kTopKeys)
                                                                    : kVersion1TopKeys));
    scenario.name =
        top.string("name", Presence::Optional).value_or(std::string(format::kDefaultName));
    scenario.description = top.string("description", Presence::Optional).value_or("");
    scenario.horizonDays =
        top.number("horizon_days", Presence::Optional).value_or(scenario.horizonDays);
    readPatient(top, scenario.patient);
    readTreatments(top, scenario.treatments);
    if (m_version >= 2)
        readMeasurements(top, scenario.measurements);
    return true;
}

bool ScenarioJsonReader::readHeader(const JsonObjectReader &top)
{
    bool isOurs = true;
    const auto formatId = top.string("format", Presence::Required);
    if (formatId && *formatId != format::kFormatId) {
        m_issues.add(top.pathOf("format"),
                     issue::NotAScenario{std::string(format::kFormatId), *formatId});
        isOurs = false;
    }
    const auto version = top.number("version", Presence::Required);
    if (version && !isReadableVersion(*version)) {
        m_issues.add(top.pathOf("version"), versionProblem(*version));
        isOurs = false;
    } else if (version) {
        m_version = static_cast<int>(*version);
    }
    return isOurs;
}

void ScenarioJsonReader::readPatient(const JsonObjectReader &top, Patient &patient)
{
    const json *object = top.object("patient", Presence::Optional);
    if (object == nullptr)
        return;
    const JsonObjectReader fields(*object, top.pathOf("patient"), m_issues);
    fields.rejectUnknownKeys(std::span(kPatientKeys).first(
        m_version >= 2 ? std::size(kPatientKeys) : kVersion1PatientKeys));
    patient.weightKg = fields.number("weight_kg", Presence::Optional).value_or(patient.weightKg);
    patient.ageYears = fields.number("age_years", Presence::Optional).value_or(patient.ageYears);
    patient.baselineArr =
        fields.number("baseline_arr", Presence::Optional).value_or(patient.baselineArr);
    patient.adaPropensity =
        fields.number("ada_propensity", Presence::Optional).value_or(patient.adaPropensity);
    if (const json *parameters = fields.object("parameters", Presence::Optional))
        readParameters(*parameters, fields.pathOf("parameters"), patient.parameters);
    if (m_version < 2)
        return;
    if (const json *individual = fields.object("individual", Presence::Optional))
        readIndividual(*individual, fields.pathOf("individual"), patient.individual);
}

// Numbers by factor name; a category (ada_class) by its label, kept as the label's index.
// Unknown names are kept for the validator to report with the known ones.
void ScenarioJsonReader::readIndividual(const json &object, const std::string &path,
                                        std::map<std::string, double> &individual)
{
    const JsonObjectReader fields(object, path, m_issues);
    for (const auto &[name, value] : object.items()) {
        const auto index = factorIndex(name);
        const IndividualFactor *factor = index ? &individualFactors()[*index] : nullptr;
        if (factor == nullptr || factor->labels.empty()) {
            if (auto number = fields.number(name, Presence::Required))
                individual[name] = *number;
            else
                individual[name] = 0.0; // marked malformed: a stand-in
            continue;
        }
        const auto label = fields.string(name, Presence::Required);
        individual[name] = 0.0;
        if (!label)
            continue;
        const auto found = std::find(factor->labels.begin(), factor->labels.end(), *label);
        if (found == factor->labels.end()) {
            m_issues.addMalformed(fields.pathOf(name),
                                  issue::UnknownFactorLabel{*label, {factor->labels.begin(),
                                                                     factor->labels.end()}});
        } else {
            individual[name] = double(found - factor->labels.begin());
        }
    }
}

void ScenarioJsonReader::readMeasurements(const JsonObjectReader &top,
                                          std::vector<Measurement> &measurements)
{
    const json *list = top.array("measurements", Presence::Optional);
    if (list == nullptr)
        return;
    const std::string path = top.pathOf("measurements");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json &entry = (*list)[i];
        const std::string entryPath = elementPath(path, i);
        Measurement measurement;
        if (expectObject(entry, entryPath, m_issues)) {
            const JsonObjectReader fields(entry, entryPath, m_issues);
            fields.rejectUnknownKeys(kMeasurementKeys);
            measurement.day = fields.number("day", Presence::Required).value_or(0.0);
            measurement.value = fields.number("value", Presence::Required).value_or(0.0);
            measurement.quantity = fields.string("quantity", Presence::Required).value_or("");
        }
        measurements.push_back(std::move(measurement));
    }
}

void ScenarioJsonReader::readParameters(const json &object, const std::string &path,
                                        std::map<std::string, double> &parameters)
{
    const JsonObjectReader fields(object, path, m_issues);
    for (const auto &[id, value] : object.items()) {
        if (auto number = fields.number(id, Presence::Required))
            parameters[id] = *number;
    }
}

void ScenarioJsonReader::readTreatments(const JsonObjectReader &top,
                                        std::vector<Treatment> &treatments)
{
    const json *list = top.array("treatments", Presence::Optional);
    if (list == nullptr)
        return;
    const std::string path = top.pathOf("treatments");
    for (std::size_t i = 0; i < list->size(); ++i)
        treatments.push_back(readTreatment((*list)[i], elementPath(path, i)));
}

// An unreadable entry still takes its place in the list, so that later entries keep their
// indices in messages; it is marked malformed so that no rule looks at it.
Treatment ScenarioJsonReader::readTreatment(const json &entry, const std::string &path)
{
    Treatment treatment;
    if (!expectObject(entry, path, m_issues))
        return treatment;
    const JsonObjectReader fields(entry, path, m_issues);
    const auto id = fields.string("therapy", Presence::Required);
    const auto therapy = id ? therapyFromId(*id) : std::nullopt;
    if (!therapy) {
        if (id)
            m_issues.add(fields.pathOf("therapy"),
                         unknownName<issue::UnknownTherapy>(*id, therapyIds()));
        m_issues.markMalformed(path);
        return treatment;
    }
    treatment.therapy = *therapy;
    if (isAntibody(*therapy))
        readInfusions(fields, treatment);
    else if (*therapy == Therapy::Fingolimod)
        readFingolimod(fields, treatment);
    else
        readAhsct(fields, treatment);
    return treatment;
}

void ScenarioJsonReader::readInfusions(const JsonObjectReader &fields, Treatment &treatment)
{
    fields.rejectUnknownKeys(kAntibodyKeys, treatment.therapy);
    const json *list = fields.array("infusions", Presence::Required);
    if (list == nullptr)
        return;
    const std::string path = fields.pathOf("infusions");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json &entry = (*list)[i];
        const std::string entryPath = elementPath(path, i);
        Infusion infusion;
        if (expectObject(entry, entryPath, m_issues)) {
            const JsonObjectReader infusionFields(entry, entryPath, m_issues);
            infusionFields.rejectUnknownKeys(kInfusionKeys);
            infusion.day = infusionFields.number("day", Presence::Required).value_or(0.0);
            infusion.mg = infusionFields.number("mg", Presence::Required).value_or(0.0);
        }
        treatment.infusions.push_back(infusion);
    }
}

void ScenarioJsonReader::readFingolimod(const JsonObjectReader &fields, Treatment &treatment)
{
    fields.rejectUnknownKeys(kFingolimodKeys, Therapy::Fingolimod);
    treatment.startDay = fields.number("start_day", Presence::Required).value_or(0.0);
    treatment.stopDay = fields.number("stop_day", Presence::Required).value_or(0.0);
    treatment.mgPerDay =
        fields.number("mg_per_day", Presence::Optional).value_or(treatment.mgPerDay);
}

void ScenarioJsonReader::readAhsct(const JsonObjectReader &fields, Treatment &treatment)
{
    fields.rejectUnknownKeys(kAhsctKeys, Therapy::Ahsct);
    if (const auto id = fields.string("regimen", Presence::Required)) {
        if (const auto regimen = regimenFromId(*id)) {
            treatment.regimen = *regimen;
        } else {
            m_issues.addMalformed(fields.pathOf("regimen"),
                                  unknownName<issue::UnknownRegimen>(*id, regimenIds()));
        }
    }
    treatment.day = fields.number("day", Presence::Required).value_or(0.0);
}

} // namespace lymph
