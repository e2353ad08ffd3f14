#include "scenario/ScenarioValidator.h"

#include "model/ParameterTable.h"
#include "scenario/FieldPath.h"
#include "scenario/MessageText.h"
#include "scenario/ScenarioIo.h"
#include "scenario/ScheduleConflicts.h"

#include <cmath>

namespace lymph {

namespace format = scenario_format;

namespace {

std::string withUnit(double value, std::string_view unit)
{
    return unit.empty() ? formatNumber(value) : formatNumber(value) + " " + std::string(unit);
}

std::string rangeMessage(const format::Range &range, double value, std::string_view what)
{
    if (!std::isfinite(value))
        return "must be a finite number";
    std::string message = range.minExclusive
                              ? "must be more than " + formatNumber(range.min) + " and at most "
                              : "must be between " + formatNumber(range.min) + " and ";
    message += withUnit(range.max, range.unit);
    if (!what.empty())
        message += " " + std::string(what);
    return message + ", got " + formatNumber(value);
}

} // namespace

void ScenarioValidator::check(const Scenario &scenario)
{
    checkText("name", scenario.name, format::kMaxNameChars);
    checkText("description", scenario.description, format::kMaxDescriptionChars);
    checkHorizon(scenario.horizonDays);
    checkPatient(scenario.patient);
    if (scenario.treatments.size() > format::kMaxTreatments) {
        m_issues.add("treatments", "at most " + std::to_string(format::kMaxTreatments) +
                                       " treatments are allowed, got " +
                                       std::to_string(scenario.treatments.size()));
    }
    for (std::size_t i = 0; i < scenario.treatments.size(); ++i)
        checkTreatment(scenario.treatments[i], elementPath("treatments", i));
    checkScheduleConflicts(scenario.treatments, m_issues);
}

void ScenarioValidator::checkText(const std::string &path, const std::string &text,
                                  std::size_t maxChars)
{
    const auto length = utf8Length(text);
    if (!length)
        m_issues.add(path, "must be valid UTF-8 text");
    else if (*length > maxChars)
        m_issues.add(path, "must be at most " + std::to_string(maxChars) +
                               " characters long, got " + std::to_string(*length));
}

void ScenarioValidator::checkHorizon(double horizonDays)
{
    if (format::kHorizonDays.contains(horizonDays)) {
        if (!m_issues.isMalformed("horizon_days"))
            m_horizon = horizonDays;
        return;
    }
    checkRange("horizon_days", horizonDays, format::kHorizonDays, "(60 years)");
}

void ScenarioValidator::checkPatient(const Patient &patient)
{
    checkRange("patient.weight_kg", patient.weightKg, format::kWeightKg);
    checkRange("patient.age_years", patient.ageYears, format::kAgeYears);
    checkRange("patient.baseline_arr", patient.baselineArr, format::kBaselineArr);
    checkRange("patient.ada_propensity", patient.adaPropensity, format::kAdaPropensity);
    checkParameters(patient.parameters);
}

void ScenarioValidator::checkParameters(const std::map<std::string, double> &overrides)
{
    // ParameterTable::set knows each parameter's range and words the message.
    ParameterTable scratch = m_parameters;
    for (const auto &[id, value] : overrides) {
        if (auto problem = scratch.set(id, value))
            m_issues.add(memberPath("patient.parameters", id), *problem);
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
        m_issues.add(listPath, "needs at least one infusion");
    if (treatment.infusions.size() > format::kMaxInfusions) {
        m_issues.add(listPath, "at most " + std::to_string(format::kMaxInfusions) +
                                   " infusions per treatment are allowed, got " +
                                   std::to_string(treatment.infusions.size()));
    }
    const format::Range dose{0.0, format::maxMgPerInfusion(treatment.therapy), true, "mg"};
    const std::string perInfusion =
        "per " + std::string(therapyId(treatment.therapy)) + " infusion";
    for (std::size_t i = 0; i < treatment.infusions.size(); ++i) {
        const std::string infusionPath = elementPath(listPath, i);
        checkDay(memberPath(infusionPath, "day"), treatment.infusions[i].day);
        checkRange(memberPath(infusionPath, "mg"), treatment.infusions[i].mg, dose, perInfusion);
    }
}

void ScenarioValidator::checkFingolimod(const Treatment &treatment, const std::string &path)
{
    const bool startOk = checkDay(memberPath(path, "start_day"), treatment.startDay);
    const std::string stopPath = memberPath(path, "stop_day");
    // The stop day may lie beyond the horizon: treatment simply continues to the end.
    if (!std::isfinite(treatment.stopDay))
        m_issues.add(stopPath, "must be a finite number");
    else if (startOk && !m_issues.isMalformed(memberPath(path, "start_day")) &&
             treatment.stopDay <= treatment.startDay)
        m_issues.add(stopPath, "must be after start_day (" + formatNumber(treatment.startDay) +
                                   "), got " + formatNumber(treatment.stopDay));
    checkRange(memberPath(path, "mg_per_day"), treatment.mgPerDay, format::kFingolimodMgPerDay);
}

void ScenarioValidator::checkAhsct(const Treatment &treatment, const std::string &path)
{
    const std::string dayPath = memberPath(path, "day");
    if (!checkDay(dayPath, treatment.day) || m_issues.isMalformed(memberPath(path, "regimen")))
        return;
    const int conditioning = format::conditioningDays(treatment.regimen);
    if (treatment.day < conditioning) {
        m_issues.add(dayPath, "the " + std::string(regimenId(treatment.regimen)) +
                                  " reinfusion must be on day " + std::to_string(conditioning) +
                                  " or later, so that conditioning (days -" +
                                  std::to_string(conditioning) +
                                  " to -1 before it) falls inside the scenario; got " +
                                  formatNumber(treatment.day));
    }
}

bool ScenarioValidator::checkRange(const std::string &path, double value,
                                   const format::Range &range, std::string_view what)
{
    if (range.contains(value))
        return true;
    m_issues.add(path, rangeMessage(range, value, what));
    return false;
}

bool ScenarioValidator::checkDay(const std::string &path, double day)
{
    std::string problem;
    if (!std::isfinite(day))
        problem = "must be a finite number";
    else if (day < 0.0)
        problem =
            "must be 0 or later (days count from the scenario's day 0), got " + formatNumber(day);
    else if (m_horizon && day > *m_horizon)
        problem = "must be within the horizon (day " + formatNumber(*m_horizon) + "), got " +
                  formatNumber(day);
    if (problem.empty())
        return true;
    m_issues.add(path, std::move(problem));
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
        error.message = issue.message;
        errors.push_back(std::move(error));
    }
    return errors;
}

} // namespace lymph
