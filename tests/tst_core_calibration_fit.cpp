// The calibration fit (core/calibration/CalibrationFit): the weighted log residual of each kind
// of published uncertainty, and the fit itself on figures whose truth is known — the model's
// own values at the default parameters — started away from it. Also the run's hazard ratio
// stand-in, a ratio of cohort cumulative hazards.
#include "calibration/CalibrationFit.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace lymph;

namespace {

const char *const kCd4Targets[] = {"alem-cd4-mean-m1-dub2018", "alem-cd4-mean-m3-dub2018",
                                   "alem-cd4-mean-m6-dub2018", "alem-cd4-mean-m12-dub2018",
                                   "alem-cd4-mean-m24-dub2018"};
constexpr double kCohortShare = 0.05; // 50 of the design's 1,000 patients: the test's speed

TargetResult resultFor(const CalibrationTarget &target, std::optional<double> model)
{
    TargetResult r;
    r.target = &target;
    r.model = model;
    r.interval = acceptedInterval(target);
    return r;
}

CalibrationTarget targetWith(PublishedUncertainty::Kind kind, double value, double low, double high)
{
    CalibrationTarget t;
    t.id = "t";
    t.value = value;
    t.unit = "cells/uL";
    t.uncertainty.kind = kind;
    t.uncertainty.low = low;
    t.uncertainty.high = high;
    return t;
}

// The target set with the CD4 figures replaced by the model's own values at the defaults,
// each with a ±10% 95% interval.
TargetSet setWithKnownTruth(std::vector<std::string> *ids)
{
    TargetSet set = loadTargetSet(LYMPH_SOURCE_DIR "/resources/calibration");
    for (const char *id : kCd4Targets)
        ids->push_back(id);
    const CalibrationRun run(set, kCohortShare);
    const std::vector<TargetResult> truth = run.evaluate(ParameterTable::defaults(), *ids);
    for (const TargetResult &r : truth) {
        for (CalibrationTarget &t : set.targets) {
            if (t.id != r.target->id)
                continue;
            t.value = *r.model;
            t.uncertainty.kind = PublishedUncertainty::Kind::Ci95;
            t.uncertainty.low = *r.model / 1.1;
            t.uncertainty.high = *r.model * 1.1;
        }
    }
    return set;
}

} // namespace

class CalibrationFitTest : public QObject {
    Q_OBJECT

private slots:
    void residualOfAnInterval()
    {
        const CalibrationTarget t =
            targetWith(PublishedUncertainty::Kind::Ci95, 100.0, 100.0 / std::exp(0.196),
                       100.0 * std::exp(0.196)); // σ = 0.1 on the log scale
        QCOMPARE_LT(std::fabs(*calibrationResidual(resultFor(t, 100.0))), 1e-12);
        QCOMPARE_LT(std::fabs(*calibrationResidual(resultFor(t, 100.0 * std::exp(0.2))) - 2.0),
                    1e-3);
        QCOMPARE_LT(std::fabs(*calibrationResidual(resultFor(t, 100.0 * std::exp(-0.1))) + 1.0),
                    1e-3);
        // Zero is floored, not −∞.
        QVERIFY(std::isfinite(*calibrationResidual(resultFor(t, 0.0))));
        QCOMPARE(*calibrationResidual(resultFor(t, std::nullopt)), kMissingResidual);
    }

    void residualOfABoundIsAHinge()
    {
        const CalibrationTarget upper =
            targetWith(PublishedUncertainty::Kind::UpperBound, 10.0, 0.0, 10.0);
        QCOMPARE(*calibrationResidual(resultFor(upper, 5.0)), 0.0);
        QCOMPARE_GT(*calibrationResidual(resultFor(upper, 12.0)), 0.0);
        const CalibrationTarget lower =
            targetWith(PublishedUncertainty::Kind::LowerBound, 10.0, 10.0, 0.0);
        QCOMPARE(*calibrationResidual(resultFor(lower, 15.0)), 0.0);
        QCOMPARE_LT(*calibrationResidual(resultFor(lower, 8.0)), 0.0);
        const CalibrationTarget untested = targetWith(PublishedUncertainty::Kind::None, 10, 0, 0);
        QVERIFY(!calibrationResidual(resultFor(untested, 5.0)));
    }

    void recoversAKnownParameter()
    {
        std::vector<std::string> ids;
        const TargetSet set = setWithKnownTruth(&ids);
        const double truth = ParameterTable::defaults().value("cd4_homeostatic_max_boost");
        ParameterTable start = ParameterTable::defaults();
        QVERIFY(start.set("cd4_homeostatic_max_boost", truth * 1.6));
        CalibrationFitOptions options;
        options.parameters = {"cd4_homeostatic_max_boost"};
        options.targets = ids;
        options.cohortShare = kCohortShare;
        const CalibrationFitResult fit = fitCalibration(set, start, options);
        const Estimate &e = fit.estimate;
        qInfo("start %.3g, estimate %.4g (truth %.4g), log SE %.3g, cost %.3g -> %.3g",
              truth * 1.6, e.values[0], truth, e.standardErrors.empty() ? -1.0 : e.standardErrors[0],
              e.initialCost, e.finalCost);
        QCOMPARE_LT(e.finalCost, 0.01 * e.initialCost);
        QCOMPARE_LT(std::fabs(std::log(e.values[0] / truth)), 0.05);
        QCOMPARE(e.standardErrors.size(), std::size_t(1));
        QVERIFY(e.standardErrors[0] > 0.0 && e.standardErrors[0] < 0.5);
        QVERIFY(e.identifiable[0]);
        QCOMPARE(fit.after.size(), ids.size());
        for (const TargetResult &r : fit.after)
            QVERIFY2(r.passed, r.target->id.c_str());
    }

    void showsAParameterTheFiguresDoNotIdentify()
    {
        std::vector<std::string> ids;
        const TargetSet set = setWithKnownTruth(&ids);
        CalibrationFitOptions options;
        // Anti-GBM disease does not touch CD4 counts.
        options.parameters = {"cd4_homeostatic_max_boost", "autoimmunity_gbm_rate"};
        options.targets = ids;
        options.cohortShare = kCohortShare;
        options.maxIterations = 3;
        const CalibrationFitResult fit = fitCalibration(set, ParameterTable::defaults(), options);
        QCOMPARE(fit.estimate.identifiable.size(), std::size_t(2));
        QVERIFY(fit.estimate.identifiable[0]);
        QVERIFY(!fit.estimate.identifiable[1]);
    }

    // A hazard ratio's stand-in is −ln(1 − mean probability) of one design's cohort over the
    // other's, each read on its own day: not a risk ratio, nor a mean of patients' hazards.
    void cumulativeHazardRatioIsOfTheCohortMeans()
    {
        TargetSet set = loadTargetSet(LYMPH_SOURCE_DIR "/resources/calibration");
        const std::string ratioId = "fty-alem-hr-autoimmunity-pfeuffer2021";
        const auto ratio = std::find_if(set.targets.begin(), set.targets.end(),
                                        [&](const CalibrationTarget &t) { return t.id == ratioId; });
        QVERIFY(ratio != set.targets.end());
        QCOMPARE(ratio->model.statistic, ModelMeasure::Statistic::CumulativeHazard);
        QVERIFY(ratio->model.otherDay != ratio->model.day);
        // The two cohorts' mean probabilities, read as plain means on the same days.
        CalibrationTarget numerator = *ratio;
        numerator.id = "numerator";
        numerator.modelFollows.clear();
        numerator.model.statistic = ModelMeasure::Statistic::Mean;
        numerator.model.otherDesign.clear();
        CalibrationTarget denominator = numerator;
        denominator.id = "denominator";
        denominator.design = ratio->model.otherDesign;
        denominator.model.day = ratio->model.otherDay;
        set.targets.push_back(numerator);
        set.targets.push_back(denominator);

        const CalibrationRun run(set, kCohortShare);
        const std::vector<TargetResult> results =
            run.evaluate(ParameterTable::defaults(), {ratioId, "numerator", "denominator"});
        QCOMPARE(results.size(), std::size_t(3));
        for (const TargetResult &r : results)
            QVERIFY2(r.model, (r.target->id + ": " + r.problem).c_str());
        const double ratioValue = *results[0].model;
        const double a = *results[1].model;
        const double b = *results[2].model;
        QVERIFY(a > 0.0 && a < 1.0 && b > 0.0 && b < 1.0);
        QCOMPARE_LT(std::fabs(ratioValue - std::log1p(-a) / std::log1p(-b)), 1e-12 * ratioValue);
        // The model's direction (docs/model.md section 7): more after fingolimod.
        QCOMPARE_GT(a / b, 1.0);
    }

    void refusesWhatCannotBeFitted()
    {
        const TargetSet set = loadTargetSet(LYMPH_SOURCE_DIR "/resources/calibration");
        CalibrationFitOptions options;
        options.targets = {"alem-cd4-mean-m1-dub2018"};
        options.parameters = {"no_such_parameter"};
        QVERIFY_THROWS_EXCEPTION(CalibrationFitError,
                                 fitCalibration(set, ParameterTable::defaults(), options));
        options.parameters = {"iiv_corr_pk_kill"}; // 0: not on a log scale
        QVERIFY_THROWS_EXCEPTION(CalibrationFitError,
                                 fitCalibration(set, ParameterTable::defaults(), options));
        options.parameters = {"cd4_homeostatic_max_boost"};
        options.targets = {"no-such-target"};
        QVERIFY_THROWS_EXCEPTION(CalibrationFitError,
                                 fitCalibration(set, ParameterTable::defaults(), options));
        options.targets = {"alem-cd4-mean-m1-label"}; // reported only
        QVERIFY_THROWS_EXCEPTION(CalibrationFitError,
                                 fitCalibration(set, ParameterTable::defaults(), options));
    }
};

QTEST_GUILESS_MAIN(CalibrationFitTest)
#include "tst_core_calibration_fit.moc"
