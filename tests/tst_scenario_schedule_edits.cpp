// Standard regimens (TherapyTemplates) and value edits of one treatment (ScheduleEdits): what
// the palette and the timeline editor build on. Every template yields a scenario the file
// rules accept; edits keep doses and never move a treatment before day 0.

#include "ScenarioBuilders.h"

#include "scenario/ScenarioIo.h"
#include "scenario/ScenarioLimits.h"
#include "scenario/ScheduleEdits.h"
#include "scenario/TherapyTemplates.h"

#include <QtTest>

using namespace lymph;

class ScheduleEditsTest : public QObject {
    Q_OBJECT

private slots:
    void everyTemplateIsValidAndRoundTrips();
    void templatesFollowTheLabels();
    void spanCoversDosingDays();
    void shiftKeepsDosesAndStopsAtDayZero();
    void stopDayAdjustsOnlyContinuousDosing();
    void splitGivesOneTreatmentPerInfusion();
    void duplicateOffsetsAreTheRedosingIntervals();
};

void ScheduleEditsTest::everyTemplateIsValidAndRoundTrips()
{
    for (TherapyTemplate which : kTherapyTemplates) {
        QCOMPARE(templateFromId(templateId(which)), std::optional(which));
        QVERIFY(!templateSource(which).empty());
        Scenario scenario;
        scenario.name = std::string(templateId(which));
        scenario.treatments.push_back(makeTreatment(which, 30.0));
        const auto errors = validateScenario(scenario);
        QVERIFY2(errors.empty(), errors.empty() ? "" : errors.front().toString().c_str());
        QCOMPARE(scenario.treatments.front().therapy, templateTherapy(which));
        const ScenarioLoadResult read = parseScenario(scenarioToJson(scenario), "");
        QVERIFY(read.ok());
        QCOMPARE(*read.scenario, scenario);
    }
    QVERIFY(!templateFromId("no-such-template"));
}

void ScheduleEditsTest::templatesFollowTheLabels()
{
    const Treatment first = makeTreatment(TherapyTemplate::AlemtuzumabFirstCourse, 10.0);
    QCOMPARE(first.infusions.size(), std::size_t(5));
    QCOMPARE(first.infusions.front().day, 10.0);
    QCOMPARE(first.infusions.back().day, 14.0);
    QCOMPARE(first.infusions.back().mg, 12.0);
    QCOMPARE(makeTreatment(TherapyTemplate::AlemtuzumabLaterCourse, 0).infusions.size(),
             std::size_t(3));
    const Treatment start = makeTreatment(TherapyTemplate::OcrelizumabStart, 0.0);
    QCOMPARE(start.infusions.size(), std::size_t(2));
    QCOMPARE(start.infusions[1].day, 14.0);
    QCOMPARE(start.infusions[1].mg, 300.0);
    QCOMPARE(makeTreatment(TherapyTemplate::OcrelizumabMaintenance, 0).infusions.front().mg, 600.0);
    const Treatment transplant = makeTreatment(TherapyTemplate::AhsctCyAtg, 100.0);
    QCOMPARE(transplant.regimen, AhsctRegimen::CyAtg);
    QCOMPARE(transplant.day, 100.0 + scenario_format::conditioningDays(AhsctRegimen::CyAtg));
    const Treatment fingolimod = makeTreatment(TherapyTemplate::FingolimodPeriod, 5.0);
    QCOMPARE(fingolimod.stopDay - fingolimod.startDay, 365.0);
    QCOMPARE(fingolimod.mgPerDay, 0.5);
}

void ScheduleEditsTest::spanCoversDosingDays()
{
    const DaySpan course = treatmentSpan(test::alemtuzumabCourse(365.0, 3));
    QCOMPARE(course.start, 365.0);
    QCOMPARE(course.end, 367.0);
    const DaySpan period = treatmentSpan(test::fingolimod(10.0, 200.0));
    QCOMPARE(period.start, 10.0);
    QCOMPARE(period.end, 200.0);
    const DaySpan transplant = treatmentSpan(test::ahsct(AhsctRegimen::BeamAtg, 900.0));
    QCOMPARE(transplant.start, 894.0);
    QCOMPARE(transplant.end, 900.0);
}

void ScheduleEditsTest::shiftKeepsDosesAndStopsAtDayZero()
{
    const Treatment course = test::alemtuzumabCourse(100.0, 5, 10.0);
    const Treatment later = shiftedTreatment(course, 30.5);
    for (std::size_t i = 0; i < course.infusions.size(); ++i) {
        QCOMPARE(later.infusions[i].day, course.infusions[i].day + 30.5);
        QCOMPARE(later.infusions[i].mg, 10.0);
    }
    QCOMPARE(treatmentSpan(shiftedTreatment(course, -500.0)).start, 0.0);
    const Treatment transplant = shiftedTreatment(test::ahsct(AhsctRegimen::BeamAtg, 20.0), -100.0);
    QCOMPARE(transplant.day, 6.0); // conditioning starts on day 0
    const Treatment period = shiftedTreatment(test::fingolimod(50.0, 80.0), -60.0);
    QCOMPARE(period.startDay, 0.0);
    QCOMPARE(period.stopDay, 30.0);
    QCOMPARE(shiftedTreatment(course, std::nan("")), course);
}

void ScheduleEditsTest::stopDayAdjustsOnlyContinuousDosing()
{
    const Treatment period = test::fingolimod(50.0, 80.0);
    QVERIFY(hasAdjustableEnd(period));
    QCOMPARE(withStopDay(period, 400.0).stopDay, 400.0);
    QCOMPARE(withStopDay(period, 10.0).stopDay, 51.0); // at least one day
    const Treatment course = test::alemtuzumabCourse(0.0, 5);
    QVERIFY(!hasAdjustableEnd(course));
    QCOMPARE(withStopDay(course, 400.0), course);
}

void ScheduleEditsTest::splitGivesOneTreatmentPerInfusion()
{
    const Treatment course = test::alemtuzumabCourse(0.0, 5);
    QVERIFY(canSplit(course));
    const auto pieces = splitIntoInfusions(course);
    QCOMPARE(pieces.size(), std::size_t(5));
    double total = 0.0;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        QCOMPARE(pieces[i].infusions.size(), std::size_t(1));
        QCOMPARE(pieces[i].infusions.front(), course.infusions[i]);
        total += pieces[i].infusions.front().mg;
    }
    QCOMPARE(total, 60.0);
    const Treatment single = test::singleInfusion(Therapy::Ocrelizumab, 0.0, 600.0);
    QVERIFY(!canSplit(single));
    QCOMPARE(splitIntoInfusions(single), std::vector<Treatment>{single});
    QVERIFY(!canSplit(test::fingolimod(0.0, 10.0)));
}

void ScheduleEditsTest::duplicateOffsetsAreTheRedosingIntervals()
{
    QCOMPARE(duplicateOffsetDays(test::alemtuzumabCourse(0.0, 5)), 365.0);
    QCOMPARE(duplicateOffsetDays(test::singleInfusion(Therapy::Ocrelizumab, 0.0, 600.0)), 182.0);
    QCOMPARE(duplicateOffsetDays(test::fingolimod(10.0, 110.0)), 100.0);
}

QTEST_APPLESS_MAIN(ScheduleEditsTest)
#include "tst_scenario_schedule_edits.moc"
