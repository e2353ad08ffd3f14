// Standard regimens (TherapyTemplates) and value edits of one treatment and of whole schedules
// (ScheduleEdits): what the palette and the schedule document build on. Every template yields
// a scenario the file rules accept; edits keep doses and never move a treatment before day 0;
// a copy lands on the first free whole re-dosing interval.

#include "ScenarioBuilders.h"

#include "scenario/ScenarioIo.h"
#include "scenario/ScenarioLimits.h"
#include "scenario/ScheduleConflicts.h"
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
    void shiftingTogetherKeepsTheGroupsShape();
    void splittingCoursesKeepsTheirPlaceInTheList();
    void duplicateGoesToTheFirstFreeInterval();
    void duplicateNeedsRoomWithinTheSimulatedTime();
    void neighboursFollowTheFirstDay();
    void nextFreeDayIsAMonthAfterTheLastEnd();
    void nextDoseIsOneDosingIntervalLater();
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

void ScheduleEditsTest::shiftingTogetherKeepsTheGroupsShape()
{
    const std::vector<Treatment> schedule{test::alemtuzumabCourse(10.0, 3),
                                          test::fingolimod(50.0, 80.0),
                                          test::singleInfusion(Therapy::Rituximab, 30.0, 1000.0)};
    const ScheduleEdit later = shiftedTogether(schedule, {1, 0, 7}, 5.0); // 7: not in the list
    QCOMPARE(later.edited, (std::vector<int>{0, 1}));
    QCOMPARE(later.treatments[0].infusions.front().day, 15.0);
    QCOMPARE(later.treatments[1].startDay, 55.0);
    QCOMPARE(later.treatments[2], schedule[2]);
    // Thirty days back would put the course before day 0: both go back only ten.
    const ScheduleEdit earlier = shiftedTogether(schedule, {0, 1}, -30.0);
    QCOMPARE(earlier.treatments[0].infusions.front().day, 0.0);
    QCOMPARE(earlier.treatments[1].startDay, 40.0);
    QCOMPARE(earlier.treatments[1].stopDay, 70.0);
    QCOMPARE(shiftedTogether(schedule, {}, 5.0).treatments, schedule);
    QCOMPARE(shiftedTogether(schedule, {0}, std::nan("")).treatments, schedule);
}

void ScheduleEditsTest::splittingCoursesKeepsTheirPlaceInTheList()
{
    const std::vector<Treatment> schedule{test::fingolimod(400.0, 500.0),
                                          test::alemtuzumabCourse(0.0, 3),
                                          test::alemtuzumabCourse(365.0, 3)};
    const ScheduleEdit edit = splitCourses(schedule, {0, 1});
    QCOMPARE(edit.treatments.size(), std::size_t(5));
    QCOMPARE(edit.treatments[0], schedule[0]); // cannot be split, stays chosen
    for (std::size_t i = 1; i <= 3; ++i)
        QCOMPARE(edit.treatments[i].infusions, std::vector<Infusion>{schedule[1].infusions[i - 1]});
    QCOMPARE(edit.treatments[4], schedule[2]); // not chosen
    QCOMPARE(edit.edited, (std::vector<int>{0, 1, 2, 3}));
}

void ScheduleEditsTest::duplicateGoesToTheFirstFreeInterval()
{
    const Treatment course = test::alemtuzumabCourse(0.0, 5);
    // A year later is free: the copy goes there.
    auto copy = placedDuplicate(course, {course}, 3000.0);
    QVERIFY(copy);
    QCOMPARE(*copy, shiftedTreatment(course, 365.0));
    // A course on day 366 takes that year (same-day infusions): two years later, not day 368.
    const std::vector<Treatment> twoYears{course, test::alemtuzumabCourse(366.0, 3)};
    copy = placedDuplicate(course, twoYears, 3000.0);
    QVERIFY(copy);
    QCOMPARE(copy->infusions.front().day, 730.0);
    std::vector<Treatment> withCopy = twoYears;
    withCopy.push_back(*copy);
    QVERIFY(!hasScheduleConflicts(withCopy));

    // Six-monthly doses keep their rhythm past the doses already planned.
    const Treatment dose = test::singleInfusion(Therapy::Ocrelizumab, 0.0, 600.0);
    const std::vector<Treatment> doses{dose, shiftedTreatment(dose, 182.0),
                                       shiftedTreatment(dose, 364.0)};
    copy = placedDuplicate(dose, doses, 3000.0);
    QVERIFY(copy);
    QCOMPARE(copy->infusions.front().day, 546.0);

    // A fingolimod period follows the next free period of its own length.
    const Treatment period = test::fingolimod(100.0, 200.0);
    copy = placedDuplicate(period, {period, test::fingolimod(250.0, 260.0)}, 3000.0);
    QVERIFY(copy);
    QCOMPARE(copy->startDay, 300.0);
    QCOMPARE(copy->stopDay, 400.0);

    // A transplant needs 60 days from the next one: a year later is too close to day 480.
    const Treatment transplant = test::ahsct(AhsctRegimen::CyAtg, 100.0);
    copy = placedDuplicate(transplant, {transplant, test::ahsct(AhsctRegimen::CyAtg, 480.0)},
                           3000.0);
    QVERIFY(copy);
    QCOMPARE(copy->day, 830.0);
}

void ScheduleEditsTest::duplicateNeedsRoomWithinTheSimulatedTime()
{
    const Treatment course = test::alemtuzumabCourse(0.0, 5);
    QVERIFY(placedDuplicate(course, {course}, 365.0));  // starts on the last day: tried
    QVERIFY(!placedDuplicate(course, {course}, 364.0)); // would start after it
    // Every year taken up to the end: no room.
    const std::vector<Treatment> full{course, shiftedTreatment(course, 365.0),
                                      shiftedTreatment(course, 730.0)};
    QVERIFY(!placedDuplicate(course, full, 1000.0));
    QVERIFY(placedDuplicate(course, full, 1095.0));
}

void ScheduleEditsTest::neighboursFollowTheFirstDay()
{
    const std::vector<Treatment> schedule{test::fingolimod(400.0, 500.0),   // 2nd in time
                                          test::alemtuzumabCourse(0.0, 5),  // 1st
                                          test::ahsct(AhsctRegimen::CyAtg, 900.0)}; // 3rd
    QCOMPARE(neighbourInTime(schedule, 1, +1), 0);
    QCOMPARE(neighbourInTime(schedule, 0, +1), 2);
    QCOMPARE(neighbourInTime(schedule, 2, +1), 2); // held at the last
    QCOMPARE(neighbourInTime(schedule, 0, -1), 1);
    QCOMPARE(neighbourInTime(schedule, 1, -1), 1); // held at the first
    QCOMPARE(neighbourInTime(schedule, -1, +1), 1);
    QCOMPARE(neighbourInTime(schedule, -1, -1), 2);
    QCOMPARE(neighbourInTime({}, -1, +1), -1);
}

void ScheduleEditsTest::nextFreeDayIsAMonthAfterTheLastEnd()
{
    QCOMPARE(nextFreeDay({}), 0.0);
    QCOMPARE(nextFreeDay({test::alemtuzumabCourse(0.0, 5)}), 34.0); // day 4 + 30.44
    QCOMPARE(nextFreeDay({test::fingolimod(100.0, 400.0), test::alemtuzumabCourse(0.0, 5)}),
             430.0);
}

void ScheduleEditsTest::nextDoseIsOneDosingIntervalLater()
{
    // The palette's Enter (issue 17): course 2 a year after course 1, not 30 days after it.
    const Treatment later = makeTreatment(TherapyTemplate::AlemtuzumabLaterCourse, 0.0);
    QCOMPARE(nextDoseDay({}, later), 0.0);
    QCOMPARE(nextDoseDay({test::alemtuzumabCourse(0.0, 5)}, later), 365.0);
    QCOMPARE(nextDoseDay({test::alemtuzumabCourse(0.0, 5), test::alemtuzumabCourse(365.0, 3)}, later),
             730.0);
    // Ocrelizumab maintenance six months after the last dose, not 30 days after the start.
    const Treatment maintenance = makeTreatment(TherapyTemplate::OcrelizumabMaintenance, 0.0);
    const Treatment start = makeTreatment(TherapyTemplate::OcrelizumabStart, 400.0);
    QCOMPARE(nextDoseDay({test::alemtuzumabCourse(0.0, 5), start}, maintenance), 400.0 + 182.0);
    // Another therapy: when the latest treatment's next dose would be due, never before its end.
    const double afterCourse = nextDoseDay({test::alemtuzumabCourse(0.0, 5)}, maintenance);
    QCOMPARE(afterCourse, 365.0);
    const double afterFingolimod =
        nextDoseDay({test::fingolimod(0.0, 400.0)}, makeTreatment(TherapyTemplate::AlemtuzumabFirstCourse, 0.0));
    QVERIFY(afterFingolimod > 400.0);
    // Whatever the day, the schedule with it breaks no rule.
    std::vector<Treatment> schedule{test::fingolimod(0.0, 400.0)};
    schedule.push_back(shiftedTreatment(makeTreatment(TherapyTemplate::AlemtuzumabFirstCourse, 0.0),
                                        afterFingolimod));
    QVERIFY(!hasScheduleConflicts(schedule));
}

QTEST_APPLESS_MAIN(ScheduleEditsTest)
#include "tst_scenario_schedule_edits.moc"
