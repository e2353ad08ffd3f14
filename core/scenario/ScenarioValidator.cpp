#include "scenario/ScenarioValidator.h"

#include "cohort/IndividualFactors.h"
#include "estimate/MeasuredQuantities.h"
#include "model/ParameterTable.h"
#include "scenario/FieldPath.h"
#include "scenario/MessageText.h"
#include "scenario/ScenarioIo.h"
#include "scenario/ScheduleConflicts.h"

#include <cmath>

namespace lymph {

namespace format = scenario_format;

namespace {

std::vector<std::string_view> parameterIds(const ParameterTable &table)
{
    std::vector<std::string_view> ids;
    for (const Parameter &parameter : table.entries())
        ids.push_back(parameter.id);
    return ids;
}

} // namespace

void ScenarioValidator::check(const Scenario &scenario)
{
    checkText("name", scenario.name, format::kMaxNameChars);
    checkText("description", scenario.description, format::kMaxDescriptionChars);
    checkHorizon(scenario.horizonDays);
    checkPatient(scenario.patient);
    if (scenario.treatments.size() > format::kMaxTreatments)
        m_issues.add("treatments",
                     issue::TooManyTreatments{format::kMaxTreatments, scenario.treatments.size()});
    for (std::size_t i = 0; i < scenario.treatments.size(); ++i)
        checkTreatment(scenario.treatments[i], elementPath("treatments", i));
    checkScheduleConflicts(scenario.treatments, m_issues);
    checkMeasurements(scenario.measurements);
}

void ScenarioValidator::checkText(const std::string &path, const std::string &text,
                                  std::size_t maxChars)
{
    const auto length = utf8Length(text);
    if (!length)
        m_issues.add(path, issue::InvalidUtf8{});
    else if (*length > maxChars)
        m_issues.add(path, issue::TextTooLong{maxChars, *length});
}

void ScenarioValidator::checkHorizon(double horizonDays)
{
    if (format::kHorizonDays.contains(horizonDays)) {
        if (!m_issues.isMalformed("horizon_days"))
            m_horizon = horizonDays;
        return;
    }
    if (!std::isfinite(horizonDays))
        m_issues.add("horizon_days", issue::NotFinite{});
    else
        m_issues.add("horizon_days",
                     issue::HorizonOutOfRange{format::kHorizonDays.max, horizonDays});
}

void ScenarioValidator::checkPatient(const Patient &patient)
{
    checkRange("patient.weight_kg", patient.weightKg, format::kWeightKg);
    checkRange("patient.age_years", patient.ageYears, format::kAgeYears);
    checkRange("patient.baseline_arr", patient.baselineArr, format::kBaselineArr);
    checkRange("patient.ada_propensity", patient.adaPropensity, format::kAdaPropensity);
    checkParameters(patient.parameters);
    checkIndividual(patient.individual);
}

void ScenarioValidator::checkIndividual(const std::map<std::string, double> &factors)
{
    for (const auto &[name, value] : factors) {
        const std::string path = memberPath("patient.individual", name);
        const auto index = factorIndex(name);
        if (!index) {
            issue::UnknownFactor unknown{name};
            const std::vector<std::string_view> names = factorNames();
            if (const auto suggestion = closestMatch(name, names))
                unknown.suggestion = std::string(*suggestion);
            unknown.known.assign(names.begin(), names.end());
            m_issues.add(path, std::move(unknown));
            continue;
        }
        if (m_issues.isMalformed(path))
            continue; // the reader has said what is wrong with it
        const IndividualFactor &factor = individualFactors()[*index];
        if (!factor.labels.empty()) {
            // In memory a category holds its label's index.
            if (!(value >= 0.0 && value < double(factor.labels.size())) ||
                value != std::floor(value)) {
                m_issues.add(path, issue::UnknownFactorLabel{formatNumber(value),
                                                             {factor.labels.begin(),
                                                              factor.labels.end()}});
            }
            continue;
        }
        checkRange(path, value, {factor.min, factor.max, factor.minExclusive, format::Unit::None});
    }
}

void ScenarioValidator::checkMeasurements(const std::vector<Measurement> &measurements)
{
    if (measurements.size() > format::kMaxMeasurements) {
        m_issues.add("measurements",
                     issue::TooManyMeasurements{format::kMaxMeasurements, measurements.size()});
    }
    for (std::size_t i = 0; i < measurements.size(); ++i) {
        const Measurement &m = measurements[i];
        const std::string path = elementPath("measurements", i);
        if (m_issues.isMalformed(path))
            continue;
        checkDay(memberPath(path, "day"), m.day);
        const MeasuredQuantity *quantity = measuredQuantity(m.quantity);
        if (quantity == nullptr && !m_issues.isMalformed(memberPath(path, "quantity"))) {
            issue::UnknownQuantity unknown{m.quantity};
            const std::vector<std::string> names = measuredQuantityNames();
            const std::vector<std::string_view> views(names.begin(), names.end());
            if (const auto suggestion = closestMatch(m.quantity, views))
                unknown.suggestion = std::string(*suggestion);
            unknown.known = names;
            m_issues.add(memberPath(path, "quantity"), std::move(unknown));
        }
        const std::string valuePath = memberPath(path, "value");
        if (!std::isfinite(m.value)) {
            m_issues.add(valuePath, issue::NotFinite{});
        } else if (quantity && (m.value < 0.0 || m.value > quantity->max)) {
            m_issues.add(valuePath, issue::MeasurementOutOfRange{quantity->name, quantity->max,
                                                                 quantity->unit, m.value});
        }
    }
}

void ScenarioValidator::checkParameters(const std::map<std::string, double> &overrides)
{
    for (const auto &[id, value] : overrides) {
        const std::string path = memberPath("patient.parameters", id);
        const Parameter *entry = m_parameters.find(id);
        if (entry == nullptr) {
            issue::UnknownParameter unknown{id};
            if (const auto suggestion = closestMatch(id, parameterIds(m_parameters)))
                unknown.suggestion = std::string(*suggestion);
            m_issues.add(path, std::move(unknown));
        } else if (!std::isfinite(value)) {
            m_issues.add(path, issue::NotFinite{});
        } else if (value < entry->min || value > entry->max) {
            m_issues.add(path,
                         issue::ParameterOutOfRange{entry->min, entry->max, entry->unit, value});
        }
    }
}

void ScenarioValidator::checkTreatment(const Treatment &treatment, const std::string &path)
{
    if (isAntibody(treatment.therapy))
        checkInfusions(treatment, path);
    else if (treatment.therapy == Therapy::Fingolimod)
        checkFingolimod(treatment, path);
    else
        checkAhsct(treatment, path);
}

void ScenarioValidator::checkInfusions(const Treatment &treatment, const std::string &path)
{
    const std::string listPath = memberPath(path, "infusions");
    if (treatment.infusions.empty())
        m_issues.add(listPath, issue::NoInfusions{});
    if (treatment.infusions.size() > format::kMaxInfusions)
        m_issues.add(listPath,
                     issue::TooManyInfusions{format::kMaxInfusions, treatment.infusions.size()});
    const double maxMg = format::maxMgPerInfusion(treatment.therapy);
    for (std::size_t i = 0; i < treatment.infusions.size(); ++i) {
        const std::string infusionPath = elementPath(listPath, i);
        checkDay(memberPath(infusionPath, "day"), treatment.infusions[i].day);
        const double mg = treatment.infusions[i].mg;
        const std::string dosePath = memberPath(infusionPath, "mg");
        if (!std::isfinite(mg))
            m_issues.add(dosePath, issue::NotFinite{});
        else if (!(mg > 0.0 && mg <= maxMg))
            m_issues.add(dosePath, issue::DoseOutOfRange{treatment.therapy, maxMg, mg});
    }
}

void ScenarioValidator::checkFingolimod(const Treatment &treatment, const std::string &path)
{
    const bool startOk = checkDay(memberPath(path, "start_day"), treatment.startDay);
    const std::string stopPath = memberPath(path, "stop_day");
    // The stop day may lie beyond the horizon: treatment simply continues to the end.
    if (!std::isfinite(treatment.stopDay))
        m_issues.add(stopPath, issue::NotFinite{});
    else if (startOk && !m_issues.isMalformed(memberPath(path, "start_day")) &&
             treatment.stopDay <= treatment.startDay)
        m_issues.add(stopPath, issue::StopNotAfterStart{treatment.startDay, treatment.stopDay});
    checkRange(memberPath(path, "mg_per_day"), treatment.mgPerDay, format::kFingolimodMgPerDay);
}

void ScenarioValidator::checkAhsct(const Treatment &treatment, const std::string &path)
{
    const std::string dayPath = memberPath(path, "day");
    if (!checkDay(dayPath, treatment.day) || m_issues.isMalformed(memberPath(path, "regimen")))
        return;
    const int conditioning = format::conditioningDays(treatment.regimen);
    if (treatment.day < conditioning) {
        m_issues.add(dayPath, issue::ConditioningBeforeStart{treatment.regimen, conditioning,
                                                             treatment.day});
    }
}

bool ScenarioValidator::checkRange(const std::string &path, double value,
                                   const format::Range &range)
{
    if (range.contains(value))
        return true;
    if (!std::isfinite(value))
        m_issues.add(path, issue::NotFinite{});
    else
        m_issues.add(path, issue::OutOfRange{range.min, range.max, range.minExclusive, range.unit,
                                             value});
    return false;
}

bool ScenarioValidator::checkDay(const std::string &path, double day)
{
    if (!std::isfinite(day))
        m_issues.add(path, issue::NotFinite{});
    else if (day < 0.0)
        m_issues.add(path, issue::DayBeforeStart{day});
    else if (m_horizon && day > *m_horizon)
        m_issues.add(path, issue::DayAfterHorizon{*m_horizon, day});
    else
        return true;
    return false;
}

std::vector<ScenarioError> validateScenario(const Scenario &scenario,
                                            const ParameterTable *parameters)
{
    IssueList issues;
    ScenarioValidator(parameters ? *parameters : ParameterTable::defaults(), issues)
        .check(scenario);
    std::vector<ScenarioError> errors;
    for (const Issue &issue : issues.items()) {
        ScenarioError error;
        error.fieldPath = issue.path;
        error.code = issue.code;
        errors.push_back(std::move(error));
    }
    return errors;
}

} // namespace lymph
