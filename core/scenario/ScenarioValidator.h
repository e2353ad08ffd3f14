#pragma once
// The semantic rules of the scenario format: ranges, counts, parameter ids and schedule
// conflicts. The file reader runs them after reading; validateScenario runs them on the GUI's
// in-memory scenario, so both see the same rules and the same codes.

#include "scenario/IssueList.h"
#include "scenario/Scenario.h"
#include "scenario/ScenarioLimits.h"

#include <optional>
#include <string>
#include <string_view>

namespace lymph {

class ParameterTable;

class ScenarioValidator {
public:
    ScenarioValidator(const ParameterTable &parameters, IssueList &issues)
        : m_parameters(parameters), m_issues(issues)
    {
    }
    void check(const Scenario &scenario);

private:
    void checkText(const std::string &path, const std::string &text, std::size_t maxChars);
    void checkHorizon(double horizonDays);
    void checkPatient(const Patient &patient);
    void checkParameters(const std::map<std::string, double> &overrides);
    void checkIndividual(const std::map<std::string, double> &factors);
    void checkMeasurements(const std::vector<Measurement> &measurements);
    void checkTreatment(const Treatment &treatment, const std::string &path);
    void checkInfusions(const Treatment &treatment, const std::string &path);
    void checkFingolimod(const Treatment &treatment, const std::string &path);
    void checkAhsct(const Treatment &treatment, const std::string &path);
    bool checkRange(const std::string &path, double value, const scenario_format::Range &range);
    bool checkDay(const std::string &path, double day);

    const ParameterTable &m_parameters;
    IssueList &m_issues;
    // The horizon when it is valid: days are compared with it only then, so that one wrong
    // horizon does not turn into an error on every infusion.
    std::optional<double> m_horizon;
};

} // namespace lymph
