// The figures a choice between plans rests on (core/decision): natural frequencies over one
// common time frame with a range from groups of 100, reproducible for a seed; a plan read as
// steps, and the plan without its last step ("no further treatment").

#include "ScenarioBuilders.h"

#include "cohort/Cohort.h"
#include "decision/PlanFigures.h"
#include "decision/PlanSteps.h"
#include "model/Calendar.h"
#include "simulate/Simulator.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace lymph;

namespace {

// Alemtuzumab ×2 (course 2 split into single infusions), then aHSCT, for six years.
Scenario alemtuzumabThenTransplant()
{
    Scenario s = test::scenario(6.0 * kDaysPerYear,
                                {test::alemtuzumabCourse(0.0, 5), test::singleInfusion(Therapy::Alemtuzumab, 365.0, 12.0),
                                 test::singleInfusion(Therapy::Alemtuzumab, 366.0, 12.0),
                                 test::singleInfusion(Therapy::Alemtuzumab, 367.0, 12.0),
                                 test::ahsct(AhsctRegimen::BeamAtg, 900.0)});
    return s;
}

} // namespace

class PlanFiguresTest : public QObject {
    Q_OBJECT

private slots:
    void stepsCountCoursesNotInfusions();
    void noFurtherTreatmentDropsTheLastStep();
    void commonYearsIsTheShortestPlan();
    void figuresAreFrequenciesWithARange();
    void shortPlansHaveNoFigures();
    void cancelledFiguresStop();
};

void PlanFiguresTest::stepsCountCoursesNotInfusions()
{
    const std::vector<PlanStep> steps = planSteps(alemtuzumabThenTransplant());
    QCOMPARE(steps.size(), std::size_t(2));
    QCOMPARE(steps[0].therapy, Therapy::Alemtuzumab);
    QCOMPARE(steps[0].courses, 2); // a split course counts once
    QCOMPARE(steps[1].therapy, Therapy::Ahsct);
    QCOMPARE(steps[1].courses, 1);
    QVERIFY(planSteps(Scenario{}).empty());
}

void PlanFiguresTest::noFurtherTreatmentDropsTheLastStep()
{
    const Scenario plan = alemtuzumabThenTransplant();
    const Scenario shorter = withoutLastStep(plan);
    QCOMPARE(shorter.treatments.size(), plan.treatments.size() - 1);
    QCOMPARE(shorter.horizonDays, plan.horizonDays);
    QCOMPARE(shorter.patient, plan.patient);
    for (const Treatment &t : shorter.treatments)
        QCOMPARE(t.therapy, Therapy::Alemtuzumab);
    QVERIFY(withoutLastStep(withoutLastStep(plan)).treatments.empty());
    QVERIFY(withoutLastStep(Scenario{}).treatments.empty());
}

void PlanFiguresTest::commonYearsIsTheShortestPlan()
{
    Scenario six = alemtuzumabThenTransplant();
    Scenario three = six;
    three.horizonDays = 3.0 * kDaysPerYear - 2.0; // a few days short still counts
    QCOMPARE(commonYears({six}), 5);
    QCOMPARE(commonYears({six, three}), 3);
    three.horizonDays = 200.0;
    QCOMPARE(commonYears({six, three}), 0);
}

void PlanFiguresTest::figuresAreFrequenciesWithARange()
{
    const Scenario plan = alemtuzumabThenTransplant();
    PlanFigureOptions options;
    options.years = 5;
    options.patients = 200;
    options.seed = 7;
    const PlanFigures figures = computePlanFigures(plan, options);
    QCOMPARE(figures.years, 5);
    QCOMPARE(figures.patients, 200);
    for (PlanOutcome outcome : kPlanOutcomes) {
        const auto &frequency = figures.at(outcome);
        QVERIFY(frequency.has_value());
        QVERIFY(frequency->perHundred >= 0.0 && frequency->perHundred <= 100.0);
        QVERIFY(frequency->lowest <= frequency->people());
        QVERIFY(frequency->highest >= frequency->people());
        QVERIFY(frequency->lowest >= 0 && frequency->highest <= 100);
    }
    // Reproducible for a seed, whatever the threads.
    options.threads = 1;
    const PlanFigures again = computePlanFigures(plan, options);
    for (PlanOutcome outcome : kPlanOutcomes) {
        QCOMPARE(again.at(outcome)->perHundred, figures.at(outcome)->perHundred);
        QCOMPARE(again.at(outcome)->lowest, figures.at(outcome)->lowest);
        QCOMPARE(again.at(outcome)->highest, figures.at(outcome)->highest);
    }
    // Differences in whole people; a plan against itself differs by none.
    QCOMPARE(differencePerHundred(figures, again, PlanOutcome::Relapse), std::optional(0));

    // The same people's mean chances month by month: at the time frame they read as the
    // figures, they never fall, and they are not the typical patient's (who differs).
    const ChanceCurves &curves = figures.chances;
    QCOMPARE(curves.days.front(), 0.0);
    QCOMPARE(curves.days.back(), plan.horizonDays);
    QCOMPARE(curves.relapse.size(), curves.days.size());
    QCOMPARE(curves.autoimmunity.size(), curves.days.size());
    const auto month60 = std::find(curves.days.begin(), curves.days.end(), 5 * kDaysPerYear);
    QVERIFY(month60 != curves.days.end());
    const auto k = std::size_t(month60 - curves.days.begin());
    QVERIFY(std::abs(100.0 * curves.relapse[k] - figures.at(PlanOutcome::Relapse)->perHundred) < 1e-9);
    QVERIFY(std::abs(100.0 * curves.autoimmunity[k] -
                     figures.at(PlanOutcome::Autoimmunity)->perHundred) < 1e-9);
    for (std::size_t i = 1; i < curves.days.size(); ++i) {
        QVERIFY(curves.days[i] > curves.days[i - 1]);
        QVERIFY(curves.relapse[i] >= curves.relapse[i - 1]);
        QVERIFY(curves.autoimmunity[i] >= curves.autoimmunity[i - 1]);
    }
    QCOMPARE(again.chances.relapse, curves.relapse);
    QCOMPARE(again.chances.autoimmunity, curves.autoimmunity);
    const Results typical = simulate(plan);
    QVERIFY(std::abs(typical.table.valueAt("relapse_probability", 5 * kDaysPerYear) -
                     curves.relapse[k]) > 1e-6);
}

// A stale plan's figures stop when asked (the comparison keeps only the current plans).
void PlanFiguresTest::cancelledFiguresStop()
{
    const std::atomic<bool> cancel{true};
    PlanFigureOptions options;
    options.patients = 200;
    options.cancel = &cancel;
    QVERIFY_THROWS_EXCEPTION(CohortCancelled,
                             computePlanFigures(alemtuzumabThenTransplant(), options));
}

void PlanFiguresTest::shortPlansHaveNoFigures()
{
    Scenario plan = alemtuzumabThenTransplant();
    plan.horizonDays = 2.0 * kDaysPerYear;
    PlanFigureOptions options;
    options.years = 5;
    options.patients = 100;
    const PlanFigures figures = computePlanFigures(plan, options);
    for (PlanOutcome outcome : kPlanOutcomes)
        QVERIFY(!figures.at(outcome));
    QVERIFY(!differencePerHundred(figures, figures, PlanOutcome::Relapse));
}

QTEST_APPLESS_MAIN(PlanFiguresTest)
#include "tst_core_plan_figures.moc"
