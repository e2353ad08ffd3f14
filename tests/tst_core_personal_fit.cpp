// Personalised forecasts (core/estimate/PersonalFit) on synthetic patients drawn from the
// population with known factors and sparse noisy lab results: the fit recovers the factors the
// results inform, the forecast after the last result is closer to the patient's true curves
// than the typical patient's (also for CD8, which was not measured), and the nominal 90% bands
// cover the truth about 90% of the time. Degenerate results are refused with a reason.
// lymphoscope-bench --fit-study runs the same study on more patients (docs/model.md §11).

#include "ScenarioBuilders.h"

#include "cohort/IndividualFactors.h"
#include "estimate/FitProblem.h"
#include "estimate/PersonalFit.h"
#include "estimate/SyntheticStudy.h"
#include "scenario/ScenarioIo.h"

#include <QtTest>

#include <cmath>

using namespace lymph;

namespace {

Scenario twoCourses()
{
    return test::scenario(1095.0,
                          {test::alemtuzumabCourse(0.0, 5), test::alemtuzumabCourse(365.0, 3)});
}

template <typename Code> bool refusedWith(const Scenario &scenario)
{
    try {
        fitPatient(scenario);
    } catch (const FitError &e) {
        return std::holds_alternative<Code>(e.problem()) && !std::string(e.what()).empty();
    }
    return false;
}

} // namespace

class PersonalFitTest : public QObject {
    Q_OBJECT

private slots:
    void syntheticPatients();
    void fittedPatientIsReproducible();
    void alternativePlanUsesThePosterior();
    void degenerateResultsAreRefused();
};

void PersonalFitTest::syntheticPatients()
{
    StudyDesign design;
    design.plan = twoCourses();
    design.measured = {"lymphocytes_per_ul", "cd4_per_ul", "b_cells_per_ul"};
    design.days = {30, 90, 180, 300};
    design.assessed = {"lymphocytes_per_ul", "cd4_per_ul", "cd8_per_ul", "b_cells_per_ul"};
    design.patients = 10;
    design.draws = 100;
    design.seed = 11;
    const StudyResult r = runSyntheticStudy(design);
    QCOMPARE(r.refused, 0);
    QCOMPARE(r.fitted, design.patients);

    std::size_t covered = 0, checked = 0;
    for (const QuantityAccuracy &a : r.quantities) {
        qInfo("%s: forecast RMS %.3f, typical %.3f, 90%% band covers %zu of %zu",
              a.quantity.c_str(), a.forecastRms, a.typicalRms, a.covered, a.checked);
        QVERIFY2(a.forecastRms < a.typicalRms, a.quantity.c_str());
        covered += a.covered;
        checked += a.checked;
    }
    const double coverage = double(covered) / double(checked);
    qInfo("coverage of the nominal 90%% bands: %.3f over %zu patient-days", coverage, checked);
    // Ten patients: the days of one patient are far from independent, so only a loose check.
    QVERIFY2(coverage > 0.7 && coverage <= 1.0, qPrintable(QString::number(coverage)));

    bool someInformed = false;
    for (const FactorRecovery &f : r.factors) {
        qInfo("%s: MAP RMS %.3f, prior RMS %.3f, posterior/prior SD %.2f, 90%% covers %zu of %zu",
              f.name.c_str(), f.mapRms, f.priorRms, f.meanShrinkage, f.covered, f.count);
        // A factor the results inform is recovered better than by the typical value.
        if (f.meanShrinkage < 0.6) {
            someInformed = true;
            QVERIFY2(f.mapRms < f.priorRms, f.name.c_str());
        }
    }
    QVERIFY(someInformed);
}

void PersonalFitTest::fittedPatientIsReproducible()
{
    Scenario s = twoCourses();
    Scenario truth = s;
    truth.patient.individual = {{"kill_factor", 0.6}, {"homeostasis_factor", 1.4}};
    s.measurements = syntheticMeasurements(
        truth, {"lymphocytes_per_ul", "cd4_per_ul", "b_cells_per_ul"}, {20, 60, 120, 250}, 5);
    const PersonalFit fit = fitPatient(s);
    QVERIFY(!fit.factors.empty());
    QCOMPARE(fit.measurementCount, std::size_t(12));
    QCOMPARE(fit.lastMeasurementDay, 250.0);
    QVERIFY(!fit.residuals.empty());
    for (const QuantityResiduals &q : fit.residuals)
        QVERIFY2(q.rms < 3.0, q.quantity.c_str());
    // The kill factor moved towards the truth (0.6) from the typical 1.
    const auto kill = std::find_if(fit.factors.begin(), fit.factors.end(),
                                   [](const FittedFactor &f) { return f.name == "kill_factor"; });
    QVERIFY(kill != fit.factors.end());
    QVERIFY2(kill->estimate < 0.9, qPrintable(QString::number(kill->estimate)));
    QVERIFY(kill->lower90 < kill->estimate && kill->estimate < kill->upper90);

    // Written into the scenario, saved and read back, simulate() gives the fitted patient.
    const Scenario fitted = withFittedPatient(s, fit);
    const ScenarioLoadResult reread = parseScenario(scenarioToJson(fitted), "fitted");
    QVERIFY(reread.ok());
    QCOMPARE(reread.scenario->patient.individual, fitted.patient.individual);
    QCOMPARE(reread.scenario->measurements, s.measurements);
    const Results a = simulate(fitted), b = simulate(*reread.scenario), typical = simulate(s);
    QCOMPARE(a.table.at("cd4_per_ul"), b.table.at("cd4_per_ul"));
    QVERIFY(a.table.at("cd4_per_ul") != typical.table.at("cd4_per_ul"));
}

void PersonalFitTest::alternativePlanUsesThePosterior()
{
    Scenario s = twoCourses();
    s.measurements = syntheticMeasurements(s, {"lymphocytes_per_ul", "cd4_per_ul"}, {30, 200}, 3);
    const PersonalFit fit = fitPatient(s);
    Scenario other = test::scenario(
        1095.0, {test::alemtuzumabCourse(0.0, 5), test::ocrelizumabFrom(400.0, 1095.0)});
    ForecastOptions options;
    options.draws = 40;
    const Results forecast = forecastPatient(other, fit, options);
    QCOMPARE(forecast.cohortSize, 40);
    QVERIFY(forecast.table.has("b_cells_per_ul_p95"));
    QVERIFY(forecast.table.has("ocrelizumab_ug_per_ml"));
    // Same seed, same forecast.
    QCOMPARE(forecastPatient(other, fit, options).table.at("cd4_per_ul_p05"),
             forecast.table.at("cd4_per_ul_p05"));
}

void PersonalFitTest::degenerateResultsAreRefused()
{
    Scenario s = twoCourses();
    QVERIFY(refusedWith<fit_failure::NoMeasurements>(s));
    s.measurements = {{30, "cd4_per_ul", 300}};
    QVERIFY(refusedWith<fit_failure::TooFewMeasurements>(s));
    s.measurements = {{30, "cd4_per_ul", 300}, {30, "lymphocytes_per_ul", 700}};
    QVERIFY(refusedWith<fit_failure::AllOnOneDay>(s));
    s.measurements = {{30, "cd4_per_ul", 300}, {60, "rituximab_ug_per_ml", 5}};
    QVERIFY(refusedWith<fit_failure::QuantityNotInPlan>(s));
    s.measurements = {{30, "cd4_per_ul", 100}, {30, "cd4_per_ul", 1000}, {60, "cd4_per_ul", 200}};
    QVERIFY(refusedWith<fit_failure::ContradictoryMeasurements>(s));

    // Impossible values never reach a fit: the scenario's rules refuse them.
    for (const Measurement &bad :
         {Measurement{30, "cd4_per_ul", -5}, Measurement{30, "cd4_per_ul", 1e7},
          Measurement{30, "cd4_per_ul", std::nan("")}, Measurement{-1, "cd4_per_ul", 300},
          Measurement{5000, "cd4_per_ul", 300}, Measurement{30, "cd4_per_mm3", 300}}) {
        s.measurements = {bad, {60, "cd4_per_ul", 200}};
        QVERIFY(!validateScenario(s).empty());
        QVERIFY_THROWS_EXCEPTION(SimulationError, fitPatient(s));
    }
}

QTEST_APPLESS_MAIN(PersonalFitTest)
#include "tst_core_personal_fit.moc"
