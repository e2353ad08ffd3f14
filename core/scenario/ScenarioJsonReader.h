#pragma once
// Builds a Scenario from parsed JSON and reports structural problems: wrong types, missing and
// unknown keys, unknown names. Ranges, counts and overlaps are ScenarioValidator's job, so the
// GUI (which has no JSON) gets exactly the same rules.

#include "scenario/IssueList.h"
#include "scenario/Scenario.h"

#include <nlohmann/json.hpp>

#include <string>

namespace lymph {

class JsonObjectReader;

class ScenarioJsonReader {
public:
    explicit ScenarioJsonReader(IssueList &issues) : m_issues(issues) {}

    // False when the JSON is not a scenario of a version this program reads (another format
    // or version):
    // the rest of it is then not worth checking against our rules.
    bool read(const nlohmann::json &root, Scenario &scenario);

private:
    bool readHeader(const JsonObjectReader &top);
    void readPatient(const JsonObjectReader &top, Patient &patient);
    void readParameters(const nlohmann::json &object, const std::string &path,
                        std::map<std::string, double> &parameters);
    void readIndividual(const nlohmann::json &object, const std::string &path,
                        std::map<std::string, double> &individual);
    void readMeasurements(const JsonObjectReader &top, std::vector<Measurement> &measurements);
    void readTreatments(const JsonObjectReader &top, std::vector<Treatment> &treatments);
    Treatment readTreatment(const nlohmann::json &entry, const std::string &path);
    void readInfusions(const JsonObjectReader &fields, Treatment &treatment);
    void readFingolimod(const JsonObjectReader &fields, Treatment &treatment);
    void readAhsct(const JsonObjectReader &fields, Treatment &treatment);

    IssueList &m_issues;
    int m_version = kScenarioVersion; // the file's, once read
};

} // namespace lymph
