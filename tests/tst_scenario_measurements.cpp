// Scenario format version 2: the patient's lab results (`measurements`) and own factors
// (`patient.individual`) are read, validated like every other field, written canonically and
// read back; version-1 files are still read, and do not know the new keys.

#include "cohort/IndividualFactors.h"
#include "scenario/ScenarioIo.h"

#include <QtTest>

#include <algorithm>

using namespace lymph;

namespace {

const std::string kHead = R"({"format": "lymphoscope-scenario", "version": 2, )";

const ScenarioError *errorAt(const ScenarioLoadResult &r, const std::string &path)
{
    const auto found = std::find_if(r.errors.begin(), r.errors.end(),
                                    [&](const ScenarioError &e) { return e.fieldPath == path; });
    return found == r.errors.end() ? nullptr : &*found;
}

template <typename Code> bool hasCode(const ScenarioLoadResult &r, const std::string &path)
{
    const ScenarioError *e = errorAt(r, path);
    return e != nullptr && std::holds_alternative<Code>(e->code) && !e->message().empty();
}

} // namespace

class ScenarioMeasurementsTest : public QObject {
    Q_OBJECT

private slots:
    void readsAndWritesMeasurementsAndFactors();
    void versionOneIsStillRead();
    void badMeasurementsAreRefusedWithTheirPlace();
    void badFactorsAreRefused();
};

void ScenarioMeasurementsTest::readsAndWritesMeasurementsAndFactors()
{
    const std::string text = kHead + R"("horizon_days": 730,
        "patient": {"individual": {"kill_factor": 0.8, "ada_class": "strong",
                                   "ada_propensity": 2.5}},
        "treatments": [{"therapy": "alemtuzumab", "infusions": [{"day": 0, "mg": 12}]}],
        "measurements": [{"day": 30, "quantity": "cd4_per_ul", "value": 120},
                         {"day": 90.5, "quantity": "alemtuzumab_ug_per_ml", "value": 0.02}]})";
    const ScenarioLoadResult r = parseScenario(text, "m.json");
    QVERIFY2(r.ok(), r.errors.empty() ? "" : r.errors.front().toString().c_str());
    const Scenario &s = *r.scenario;
    QCOMPARE(s.measurements.size(), std::size_t(2));
    QCOMPARE(s.measurements[1], (Measurement{90.5, "alemtuzumab_ug_per_ml", 0.02}));
    QCOMPARE(s.patient.individual.at("kill_factor"), 0.8);
    QCOMPARE(s.patient.individual.at("ada_class"), 2.0); // the index of "strong"

    const std::string canonical = scenarioToJson(s);
    QVERIFY(canonical.find("\"version\": 2") != std::string::npos);
    QVERIFY(canonical.find("\"ada_class\": \"strong\"") != std::string::npos);
    QVERIFY(canonical.find(R"({"day": 30, "quantity": "cd4_per_ul", "value": 120})") !=
            std::string::npos);
    // The table's order, not the file's.
    QVERIFY(canonical.find("kill_factor") < canonical.find("ada_class"));
    const ScenarioLoadResult again = parseScenario(canonical, "canonical");
    QVERIFY(again.ok());
    QCOMPARE(*again.scenario, s);
    QCOMPARE(scenarioToJson(*again.scenario), canonical);

    // Empty lists and factors are left out.
    Scenario plain = s;
    plain.measurements.clear();
    plain.patient.individual.clear();
    const std::string plainText = scenarioToJson(plain);
    QVERIFY(plainText.find("measurements") == std::string::npos);
    QVERIFY(plainText.find("individual") == std::string::npos);
}

void ScenarioMeasurementsTest::versionOneIsStillRead()
{
    const ScenarioLoadResult old =
        parseScenario(R"({"format": "lymphoscope-scenario", "version": 1, "horizon_days": 400})");
    QVERIFY(old.ok());
    QCOMPARE(old.scenario->horizonDays, 400.0);
    // Written again, it is a version-2 file.
    QVERIFY(scenarioToJson(*old.scenario).find("\"version\": 2") != std::string::npos);
    // Version 1 knew neither measurements nor individual factors.
    const ScenarioLoadResult withNew = parseScenario(
        R"({"format": "lymphoscope-scenario", "version": 1, "measurements": [],
            "patient": {"individual": {}}})");
    QVERIFY(hasCode<issue::UnknownKey>(withNew, "measurements"));
    QVERIFY(hasCode<issue::UnknownKey>(withNew, "patient.individual"));
    const ScenarioLoadResult newer =
        parseScenario(R"({"format": "lymphoscope-scenario", "version": 3})");
    QVERIFY(hasCode<issue::NewerVersion>(newer, "version"));
}

void ScenarioMeasurementsTest::badMeasurementsAreRefusedWithTheirPlace()
{
    const std::string text = kHead + R"("horizon_days": 365,
        "measurements": [
            {"day": 30, "quantity": "cd4_per_mm3", "value": 120},
            {"day": 30, "quantity": "cd4_per_ul", "value": -1},
            {"day": 30, "quantity": "cd4_per_ul", "value": 250000},
            {"day": 400, "quantity": "cd4_per_ul", "value": 100},
            {"day": -2, "quantity": "cd4_per_ul", "value": 100},
            {"day": 30, "quantity": "cd4_per_ul"},
            {"day": 30, "quantity": "cd4_per_ul", "value": "high"},
            {"day": 30, "quantity": "cd4_per_ul", "value": 100, "unit": "cells"}]})";
    const ScenarioLoadResult r = parseScenario(text, "bad.json");
    QVERIFY(!r.ok());
    QVERIFY(hasCode<issue::UnknownQuantity>(r, "measurements[0].quantity"));
    const ScenarioError *unknown = errorAt(r, "measurements[0].quantity");
    QCOMPARE(unknown->line, 3);
    QVERIFY(unknown->message().find("did you mean \"cd4_per_ul\"") != std::string::npos);
    QVERIFY(hasCode<issue::MeasurementOutOfRange>(r, "measurements[1].value"));
    QVERIFY(hasCode<issue::MeasurementOutOfRange>(r, "measurements[2].value"));
    QVERIFY(hasCode<issue::DayAfterHorizon>(r, "measurements[3].day"));
    QVERIFY(hasCode<issue::DayBeforeStart>(r, "measurements[4].day"));
    QVERIFY(hasCode<issue::MissingKey>(r, "measurements[5].value"));
    QVERIFY(hasCode<issue::WrongType>(r, "measurements[6].value"));
    QVERIFY(hasCode<issue::UnknownKey>(r, "measurements[7].unit"));

    // The same rules on a scenario edited in memory (NaN cannot be written in JSON).
    Scenario s;
    s.measurements = {{10, "b_cells_per_ul", std::nan("")}};
    const auto errors = validateScenario(s);
    QCOMPARE(errors.size(), std::size_t(1));
    QCOMPARE(errors[0].fieldPath, std::string("measurements[0].value"));
    QVERIFY(std::holds_alternative<issue::NotFinite>(errors[0].code));
}

void ScenarioMeasurementsTest::badFactorsAreRefused()
{
    const std::string text = kHead + R"("patient": {"individual": {
        "kill_factr": 1.2, "clearance_factor": -1, "ada_class": "sometimes",
        "homeostasis_factor": "big"}}})";
    const ScenarioLoadResult r = parseScenario(text, "f.json");
    QVERIFY(hasCode<issue::UnknownFactor>(r, "patient.individual.kill_factr"));
    QVERIFY(errorAt(r, "patient.individual.kill_factr")->message().find("kill_factor") !=
            std::string::npos);
    QVERIFY(hasCode<issue::OutOfRange>(r, "patient.individual.clearance_factor"));
    QVERIFY(hasCode<issue::UnknownFactorLabel>(r, "patient.individual.ada_class"));
    QVERIFY(hasCode<issue::WrongType>(r, "patient.individual.homeostasis_factor"));
    QCOMPARE(r.errors.size(), std::size_t(4));

    // Every factor of the table can be given, and its name is a --patients-csv column.
    Scenario s;
    for (const IndividualFactor &f : individualFactors())
        s.patient.individual[std::string(f.name)] = f.labels.empty() ? 1.0 : 1.0;
    QVERIFY(validateScenario(s).empty());
}

QTEST_APPLESS_MAIN(ScenarioMeasurementsTest)
#include "tst_scenario_measurements.moc"
