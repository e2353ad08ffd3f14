// The figures a choice between plans rests on (core/decision): natural frequencies over one
// common time frame (from the day the plans part) with a range from groups of 100,
// reproducible for a seed; a plan read as steps, and the plan without its last step ("no
// further treatment").

#include "ScenarioBuilders.h"

#include "cohort/Cohort.h"
#include "decision/PlanFigures.h"
#include "simulate/OutcomeFigures.h"
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

// The same two courses, then ocrelizumab from day 900 instead of the transplant.
Scenario alemtuzumabThenOcrelizumab()
{
    Scenario s = alemtuzumabThenTransplant();
    s.treatments.back() = test::ocrelizumabFrom(900.0, s.horizonDays);
    return s;
}

} // namespace

class PlanFiguresTest : public QObject {
    Q_OBJECT

private slots:
    void stepsCountCoursesNotInfusions();
    void noFurtherTreatmentDropsTheLastStep();
    void commonWindowIsTheShortestPlan();
    void plansPartAtTheirFirstDifference();
    void figuresCountFromTheParting();
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

void PlanFiguresTest::commonWindowIsTheShortestPlan()
{
    Scenario six = alemtuzumabThenTransplant();
    Scenario three = six;
    three.horizonDays = 3.0 * kDaysPerYear - 2.0; // a few days short still counts
    QCOMPARE(commonWindow({six}), (FigureWindow{0.0, 5}));
    QCOMPARE(commonWindow({six, three}), (FigureWindow{0.0, 3})); // the same treatments
    three.horizonDays = 200.0;
    QCOMPARE(commonWindow({six, three}).years, 0);
    // From the start of the month they part in (the transplant's conditioning, day 894, in
    // month 29), 3 of the 6 years remain.
    const FigureWindow rescue = commonWindow({six, alemtuzumabThenOcrelizumab()});
    QCOMPARE(rescue.fromDay, 29 * kDaysPerMonth);
    QVERIFY(rescue.fromDay <= 894.0);
    QCOMPARE(rescue.years, 3);
    QCOMPARE(rescue.fromMonth(), 29);
    QVERIFY(rescue.startsLater());
    QCOMPARE(rescue.endDay(), 29 * kDaysPerMonth + 3.0 * kDaysPerYear);
    QCOMPARE(commonWindow({six, alemtuzumabThenOcrelizumab()}, 2).years, 2);
    // Plans that part in their first month are counted from day 0.
    Scenario early = six;
    early.treatments.push_back(test::singleInfusion(Therapy::Rituximab, 20.0, 1000.0));
    QCOMPARE(partingDay({six, early}), 20.0);
    QCOMPARE(commonWindow({six, early}), (FigureWindow{0.0, 5}));
    QVERIFY(!commonWindow({six, early}).startsLater());
}

void PlanFiguresTest::plansPartAtTheirFirstDifference()
{
    const Scenario transplant = alemtuzumabThenTransplant();
    const Scenario ocrelizumab = alemtuzumabThenOcrelizumab();
    QCOMPARE(partingDay({transplant}), 0.0);
    QCOMPARE(partingDay({transplant, transplant}), 0.0);
    QCOMPARE(partingDay({transplant, ocrelizumab}), 894.0);
    QCOMPARE(partingDay({ocrelizumab, transplant, transplant}), 894.0);
    // The order of the treatments does not matter.
    Scenario reordered = ocrelizumab;
    std::reverse(reordered.treatments.begin(), reordered.treatments.end());
    QCOMPARE(partingDay({transplant, reordered}), 894.0);
    // Course 2 given whole instead of as three single infusions: they part on its first day.
    Scenario whole = transplant;
    whole.treatments.erase(whole.treatments.begin() + 1, whole.treatments.begin() + 4);
    whole.treatments.push_back(test::alemtuzumabCourse(365.0, 3));
    QCOMPARE(partingDay({transplant, whole}), 365.0);
    // A treatment one plan has twice and the other once.
    Scenario twice = transplant;
    twice.treatments.push_back(twice.treatments.front());
    QCOMPARE(partingDay({transplant, twice}), 0.0);
    // Different patients: everything differs.
    Scenario other = ocrelizumab;
    other.patient.baselineArr *= 2.0;
    QCOMPARE(partingDay({transplant, other}), 0.0);
}

// Counted from where the plans part, each person's chances are of an event between the
// window's ends, and long low CD4 is judged on the window alone.
void PlanFiguresTest::figuresCountFromTheParting()
{
    const Scenario plan = alemtuzumabThenTransplant();
    PlanFigureOptions options;
    options.window = FigureWindow{894.0, 3};
    options.patients = 20;
    options.seed = 7;
    const PlanFigures figures = computePlanFigures(plan, options);
    QCOMPARE(figures.window, options.window);
    // Each member read independently: relapses from the expected relapses, a new autoimmune
    // illness from the three illnesses' own columns, long low CD4 from the window's daily rows
    // (so within a person or two).
    double sum = 0.0;
    double autoimmunity = 0.0;
    int lowCd4 = 0;
    for (std::size_t i = 0; i < std::size_t(options.patients); ++i) {
        const ResultTable table = simulateCohortMember(plan, options.seed, i).table;
        const double relapses = table.valueAt("expected_relapses", options.window.endDay()) -
                                table.valueAt("expected_relapses", options.window.fromDay);
        sum += -std::expm1(-relapses);
        double noneByStart = 1.0;
        double noneByEnd = 1.0;
        for (const char *column : {"thyroid_autoimmunity_probability", "itp_probability",
                                   "anti_gbm_probability"}) {
            noneByStart *= 1.0 - table.valueAt(column, options.window.fromDay);
            noneByEnd *= 1.0 - table.valueAt(column, options.window.endDay());
        }
        autoimmunity += 1.0 - noneByEnd / noneByStart;
        int daysLow = 0;
        for (std::size_t r = 0; r < table.days().size(); ++r) {
            const double day = table.days()[r];
            if (day >= options.window.fromDay && day < options.window.endDay() &&
                table.valueAt("cd4_per_ul", day) < 400.0)
                ++daysLow;
        }
        lowCd4 += daysLow > 0.5 * 3 * kDaysPerYear ? 1 : 0;
    }
    const double expected = 100.0 * sum / options.patients;
    QVERIFY2(std::abs(figures.at(PlanOutcome::Relapse)->perHundred - expected) < 0.01,
             qPrintable(QStringLiteral("%1 against %2")
                            .arg(figures.at(PlanOutcome::Relapse)->perHundred)
                            .arg(expected)));
    QVERIFY2(std::abs(figures.at(PlanOutcome::Autoimmunity)->perHundred -
                      100.0 * autoimmunity / options.patients) < 0.01,
             qPrintable(QString::number(figures.at(PlanOutcome::Autoimmunity)->perHundred)));
    QVERIFY2(std::abs(figures.at(PlanOutcome::LongLowCd4)->perHundred -
                      100.0 * lowCd4 / options.patients) <= 2 * 100.0 / options.patients,
             qPrintable(QStringLiteral("%1 against %2 of %3")
                            .arg(figures.at(PlanOutcome::LongLowCd4)->perHundred)
                            .arg(lowCd4)
                            .arg(options.patients)));
    // The years before the transplant are not counted: fewer relapses than from day 0.
    options.window = FigureWindow{0.0, 3};
    const PlanFigures fromStart = computePlanFigures(plan, options);
    QCOMPARE_LT(figures.at(PlanOutcome::Relapse)->perHundred,
                fromStart.at(PlanOutcome::Relapse)->perHundred);
    // A window that runs past the plan's end has no figures.
    options.window = FigureWindow{894.0, 4};
    QVERIFY(!computePlanFigures(plan, options).at(PlanOutcome::Relapse));
}

void PlanFiguresTest::figuresAreFrequenciesWithARange()
{
    const Scenario plan = alemtuzumabThenTransplant();
    PlanFigureOptions options;
    options.window = FigureWindow{0.0, 5};
    options.patients = 200;
    options.seed = 7;
    const PlanFigures figures = computePlanFigures(plan, options);
    QCOMPARE(figures.window.years, 5);
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
    // Read "by a day" as a result table is: a horizon up to kHorizonSlackDays short still
    // answers, with its last value; a shorter one, an empty curve or a NaN day does not.
    QCOMPARE(curves.nearDay(curves.relapse, 5 * kDaysPerYear), std::optional(curves.relapse[k]));
    const double end = curves.days.back();
    QCOMPARE(curves.nearDay(curves.autoimmunity, end + 0.5 * kHorizonSlackDays),
             std::optional(curves.autoimmunity.back()));
    QCOMPARE(curves.nearDay(curves.relapse, end + 1.5 * kHorizonSlackDays), std::nullopt);
    QCOMPARE(curves.nearDay(curves.relapse, std::nan("")), std::nullopt);
    QCOMPARE(ChanceCurves{}.nearDay(curves.relapse, 30.0), std::nullopt);
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
    options.window = FigureWindow{0.0, 5};
    options.patients = 100;
    const PlanFigures figures = computePlanFigures(plan, options);
    for (PlanOutcome outcome : kPlanOutcomes)
        QVERIFY(!figures.at(outcome));
    QVERIFY(!differencePerHundred(figures, figures, PlanOutcome::Relapse));
}

QTEST_APPLESS_MAIN(PlanFiguresTest)
#include "tst_core_plan_figures.moc"
