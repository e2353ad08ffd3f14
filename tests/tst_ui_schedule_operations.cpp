// The schedule document's edit operations and its selection, without any widget: each operation
// applied as one named undo step, or refused with the rule's message (and nothing pushed), or
// doing nothing; where a copy goes; and which treatments are selected after an edit, its undo
// and its redo.

#include "Language.h"
#include "ScheduleDocument.h"

#include "ScenarioBuilders.h"

#include "scenario/ScheduleEdits.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace lymph;

namespace {

// Days 0–4 and 365–367 of alemtuzumab, fingolimod from day 600 to 700; 1000 days simulated.
Scenario schedule()
{
    Scenario scenario;
    scenario.name = "Operations test";
    scenario.horizonDays = 1000.0;
    scenario.treatments.push_back(test::alemtuzumabCourse(0.0, 5));
    scenario.treatments.push_back(test::alemtuzumabCourse(365.0, 3));
    scenario.treatments.push_back(test::fingolimod(600.0, 700.0));
    return scenario;
}

struct Fixture {
    ScheduleDocument document;
    QSignalSpy refused{&document, &ScheduleDocument::editRefused};
    Fixture() { document.setScenario(schedule()); }
    const std::vector<Treatment> &treatments() const { return document.scenario().treatments; }
    QUndoStack *undo() const { return document.undoStack(); }
};

} // namespace

class UiScheduleOperationsTest : public QObject {
    Q_OBJECT

private slots:
    // English plurals ("Move 2 treatments") come from the English translation.
    void initTestCase() { QVERIFY(setLanguage(QStringLiteral("en"))); }
    void selectionIsKeptValid();
    void neighboursInTime();
    void anotherScenarioClearsTheSelection();
    void addTemplateSelectsTheNewTreatment();
    void addThatBreaksARuleIsRefusedInPlainWords();
    void moveTakesTheSelectionTogether();
    void moveIntoAClashIsRefused();
    void dragCountsFromItsStartAndIsOneStep();
    void deleteAndUndoBringTheSelectionBack();
    void duplicateGoesToTheFirstFreeInterval();
    void duplicateWithoutRoomIsRefused();
    void splitSelectsThePieces();
    void splitWithoutACourseIsRefused();
    void stopDayResizesAPeriod();
    void emptySelectionChangesNothing();
};

void UiScheduleOperationsTest::selectionIsKeptValid()
{
    Fixture f;
    QSignalSpy changed(&f.document, &ScheduleDocument::selectionChanged);
    f.document.setSelection({7, 2, -1, 0, 2});
    QCOMPARE(f.document.selection(), (QList<int>{0, 2}));
    QCOMPARE(changed.count(), 1);
    f.document.setSelection({2, 0}); // the same selection: no signal
    QCOMPARE(changed.count(), 1);
    f.document.selectAll();
    QCOMPARE(f.document.selection(), (QList<int>{0, 1, 2}));
    QCOMPARE(changed.last().first().value<QList<int>>(), (QList<int>{0, 1, 2}));
}

void UiScheduleOperationsTest::neighboursInTime()
{
    Fixture f;
    QVERIFY(f.document.addTemplate(TherapyTemplate::OcrelizumabMaintenance, 100.0)); // index 3
    f.document.setSelection({});
    f.document.selectNext(); // from nothing: the first in time
    QCOMPARE(f.document.selection(), QList<int>{0});
    f.document.selectNext();
    QCOMPARE(f.document.selection(), QList<int>{3}); // day 100 comes before day 365
    f.document.selectNext();
    QCOMPARE(f.document.selection(), QList<int>{1});
    f.document.selectPrevious();
    f.document.selectPrevious();
    f.document.selectPrevious(); // held at the first
    QCOMPARE(f.document.selection(), QList<int>{0});
    f.document.setSelection({});
    f.document.selectPrevious(); // from nothing: the last in time
    QCOMPARE(f.document.selection(), QList<int>{2});
}

void UiScheduleOperationsTest::anotherScenarioClearsTheSelection()
{
    Fixture f;
    f.document.setSelection({1});
    QSignalSpy changed(&f.document, &ScheduleDocument::selectionChanged);
    f.document.setScenario(schedule()); // as many treatments, but another file
    QVERIFY(f.document.selection().isEmpty());
    QCOMPARE(changed.count(), 1);
}

void UiScheduleOperationsTest::addTemplateSelectsTheNewTreatment()
{
    Fixture f;
    f.document.setSelection({1});
    const EditResult result = f.document.addTemplate(TherapyTemplate::OcrelizumabStart, 800.0);
    QVERIFY(result.isApplied());
    QVERIFY(result.reason().isEmpty());
    QCOMPARE(f.treatments().size(), std::size_t(4));
    QCOMPARE(f.treatments()[3].infusions.front().day, 800.0);
    QCOMPARE(f.document.selection(), QList<int>{3});
    QCOMPARE(f.undo()->count(), 1);
    QCOMPARE(f.undo()->undoText(), QStringLiteral("Add ocrelizumab"));
    f.undo()->undo();
    QCOMPARE(f.treatments(), schedule().treatments);
    QCOMPARE(f.document.selection(), QList<int>{1}); // as before the step
    f.undo()->redo();
    QCOMPARE(f.document.selection(), QList<int>{3});
    // A day before 0 means day 0.
    QVERIFY(f.document.addTemplate(TherapyTemplate::RituximabCourse, -40.0));
    QCOMPARE(f.treatments().back().infusions.front().day, 0.0);
    QCOMPARE(f.refused.count(), 0);
}

void UiScheduleOperationsTest::addThatBreaksARuleIsRefusedInPlainWords()
{
    Fixture f;
    f.document.setSelection({2});
    // A later course from day 1, while course 1 still infuses: two infusions on one day.
    const EditResult result = f.document.addTemplate(TherapyTemplate::AlemtuzumabLaterCourse, 1.0);
    QVERIFY(result.isRefused());
    QVERIFY(!result);
    QVERIFY2(result.reason().startsWith(QLatin1String("Not changed: ")),
             qPrintable(result.reason()));
    QVERIFY2(result.reason().contains(QLatin1String("overlaps")), qPrintable(result.reason()));
    // In the user's words, as the timeline shows the blocks: "Alemtuzumab (days 1–3)", not
    // "treatments[3]" nor "treatment 4" (the list's order is not visible).
    QVERIFY2(result.reason().contains(QStringLiteral("Alemtuzumab (days 1\u20133)")) &&
                 result.reason().contains(QStringLiteral("Alemtuzumab (days 0\u20134)")),
             qPrintable(result.reason()));
    QVERIFY(!result.reason().contains(QLatin1String("treatment 4")));
    QVERIFY(!result.reason().contains(QLatin1String("treatments[")));
    QCOMPARE(f.refused.count(), 1);
    QCOMPARE(f.refused.first().first().toString(), result.reason());
    QCOMPARE(f.treatments(), schedule().treatments);
    QCOMPARE(f.undo()->count(), 0);
    QCOMPARE(f.document.selection(), QList<int>{2});
}

void UiScheduleOperationsTest::moveTakesTheSelectionTogether()
{
    Fixture f;
    f.document.setSelection({0, 2});
    QVERIFY(f.document.moveSelection(7.0));
    QCOMPARE(f.treatments()[0].infusions.front().day, 7.0);
    QCOMPARE(f.treatments()[2].startDay, 607.0);
    QCOMPARE(f.treatments()[1], schedule().treatments[1]);
    QCOMPARE(f.document.selection(), (QList<int>{0, 2}));
    QCOMPARE(f.undo()->undoText(), QStringLiteral("Move 2 treatments"));
    // Back by 30: the course may only go back 7, so the period goes back 7 as well.
    QVERIFY(f.document.moveSelection(-30.0));
    QCOMPARE(f.treatments(), schedule().treatments);
    // At day 0 already: nothing to do, no step.
    QCOMPARE(f.document.moveSelection(-1.0).outcome(), EditResult::Outcome::Unchanged);
    QCOMPARE(f.undo()->count(), 2);
    f.undo()->undo();
    f.undo()->undo();
    QCOMPARE(f.treatments(), schedule().treatments);
    QCOMPARE(f.document.selection(), (QList<int>{0, 2}));
}

void UiScheduleOperationsTest::moveIntoAClashIsRefused()
{
    Fixture f;
    f.document.setSelection({1});
    const EditResult result = f.document.moveSelection(-363.0); // onto day 2: course 1's
    QVERIFY(result.isRefused());
    QVERIFY2(result.reason().contains(QLatin1String("overlaps")), qPrintable(result.reason()));
    QCOMPARE(f.refused.count(), 1);
    QCOMPARE(f.treatments(), schedule().treatments);
    QCOMPARE(f.undo()->count(), 0);
}

void UiScheduleOperationsTest::dragCountsFromItsStartAndIsOneStep()
{
    Fixture f;
    f.document.setSelection({1});
    const int drag = f.document.newMergeSession();
    QVERIFY(f.document.dragSelection(10.0, drag));
    QVERIFY(f.document.dragSelection(30.5, drag)); // from the start, not from +10
    QCOMPARE(f.treatments()[1].infusions.front().day, 395.5);
    QVERIFY(f.document.dragSelection(-363.0, drag).isRefused()); // stays at the last valid place
    QCOMPARE(f.treatments()[1].infusions.front().day, 395.5);
    QCOMPARE(f.undo()->count(), 1);
    QCOMPARE(f.undo()->undoText(), QStringLiteral("Move 1 treatment"));
    // Back where it began, exactly: the drag leaves no undo step.
    QVERIFY(f.document.dragSelection(0.0, drag));
    QCOMPARE(f.treatments(), schedule().treatments);
    QCOMPARE(f.undo()->count(), 0);
    QCOMPARE(f.document.selection(), QList<int>{1});
}

void UiScheduleOperationsTest::deleteAndUndoBringTheSelectionBack()
{
    Fixture f;
    f.document.setSelection({0, 2});
    QSignalSpy changed(&f.document, &ScheduleDocument::changed);
    QVERIFY(f.document.deleteSelection());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(f.treatments(), std::vector<Treatment>{schedule().treatments[1]});
    QVERIFY(f.document.selection().isEmpty());
    QCOMPARE(f.undo()->undoText(), QStringLiteral("Delete 2 treatments"));
    f.undo()->undo();
    QCOMPARE(f.treatments(), schedule().treatments); // each back in its place
    QCOMPARE(f.document.selection(), (QList<int>{0, 2}));
    f.undo()->redo();
    QVERIFY(f.document.selection().isEmpty());
    QCOMPARE(f.treatments().size(), std::size_t(1));
}

void UiScheduleOperationsTest::duplicateGoesToTheFirstFreeInterval()
{
    Fixture f;
    // Course 1 a year later would meet course 2 (days 365–367): the copy goes a year further.
    f.document.setSelection({0});
    QVERIFY(f.document.duplicateSelection());
    QCOMPARE(f.treatments().size(), std::size_t(4));
    QCOMPARE(f.treatments()[3], shiftedTreatment(schedule().treatments[0], 730.0));
    QCOMPARE(f.document.selection(), QList<int>{3});
    QCOMPARE(f.undo()->undoText(), QStringLiteral("Duplicate 1 treatment"));
    f.undo()->undo();
    QCOMPARE(f.document.selection(), QList<int>{0}); // the original again
    f.undo()->redo();
    QCOMPARE(f.document.selection(), QList<int>{3});

    // A period is copied right after itself; both copies are one step, both selected.
    f.undo()->undo();
    f.document.setSelection({1, 2});
    QVERIFY(f.document.duplicateSelection());
    QCOMPARE(f.treatments()[3].infusions.front().day, 730.0);
    QCOMPARE(f.treatments()[4].startDay, 700.0);
    QCOMPARE(f.treatments()[4].stopDay, 800.0);
    QCOMPARE(f.document.selection(), (QList<int>{3, 4}));
    QCOMPARE(f.undo()->count(), 1);
}

void UiScheduleOperationsTest::duplicateWithoutRoomIsRefused()
{
    Fixture f;
    // Course 1's copy takes day 730; course 2's would then need day 1095, after day 1000.
    f.document.setSelection({0, 1});
    const EditResult result = f.document.duplicateSelection();
    QVERIFY(result.isRefused());
    QVERIFY2(result.reason().contains(QLatin1String("no room for a copy of alemtuzumab")),
             qPrintable(result.reason()));
    QCOMPARE(f.refused.count(), 1);
    QCOMPARE(f.treatments(), schedule().treatments);
    QCOMPARE(f.undo()->count(), 0);
    QCOMPARE(f.document.selection(), (QList<int>{0, 1}));

    // Room on the day the copy starts but not for all of it: the rule's own message.
    Scenario tight = schedule();
    tight.horizonDays = 731.0; // the copy of days 0–4 would end on day 734
    f.document.setScenario(tight);
    f.document.setSelection({0});
    const EditResult late = f.document.duplicateSelection();
    QVERIFY(late.isRefused());
    QVERIFY2(late.reason().contains(QLatin1String("within the simulated time")),
             qPrintable(late.reason()));
}

void UiScheduleOperationsTest::splitSelectsThePieces()
{
    Fixture f;
    f.document.setSelection({0, 2});
    QVERIFY(f.document.splitSelection());
    QCOMPARE(f.treatments().size(), std::size_t(3 - 1 + 5));
    for (std::size_t i = 0; i < 5; ++i)
        QCOMPARE(f.treatments()[i].infusions.size(), std::size_t(1));
    QCOMPARE(f.treatments()[6], schedule().treatments[2]); // fingolimod cannot be split
    QCOMPARE(f.document.selection(), (QList<int>{0, 1, 2, 3, 4, 6}));
    QCOMPARE(f.undo()->undoText(), QStringLiteral("Split into single infusions"));
    f.undo()->undo();
    QCOMPARE(f.treatments(), schedule().treatments);
    QCOMPARE(f.document.selection(), (QList<int>{0, 2}));
}

void UiScheduleOperationsTest::splitWithoutACourseIsRefused()
{
    Fixture f;
    f.document.setSelection({2});
    const EditResult result = f.document.splitSelection();
    QVERIFY(result.isRefused());
    QVERIFY(result.reason().contains(QLatin1String("can be split")));
    QCOMPARE(f.refused.count(), 1);
    QCOMPARE(f.undo()->count(), 0);
}

void UiScheduleOperationsTest::stopDayResizesAPeriod()
{
    Fixture f;
    f.document.setSelection({2});
    const int drag = f.document.newMergeSession();
    QVERIFY(f.document.setStopDay(2, 750.0, drag));
    QVERIFY(f.document.setStopDay(2, 800.0, drag));
    QCOMPARE(f.treatments()[2].stopDay, 800.0);
    QCOMPARE(f.undo()->count(), 1);
    QCOMPARE(f.undo()->undoText(), QStringLiteral("Change the end of fingolimod"));
    QVERIFY(f.document.setStopDay(2, 10.0)); // kept a day long
    QCOMPARE(f.treatments()[2].stopDay, 601.0);
    QCOMPARE(f.document.selection(), QList<int>{2});
    // Courses have no end to move; an index outside the schedule has nothing.
    QCOMPARE(f.document.setStopDay(0, 50.0).outcome(), EditResult::Outcome::Unchanged);
    QCOMPARE(f.document.setStopDay(9, 50.0).outcome(), EditResult::Outcome::Unchanged);

    // Into a second period: refused.
    QVERIFY(f.document.addTreatment(test::fingolimod(800.0, 900.0)));
    const EditResult result = f.document.setStopDay(2, 850.0);
    QVERIFY(result.isRefused());
    QVERIFY2(result.reason().contains(QLatin1String("overlaps Fingolimod")),
             qPrintable(result.reason()));
    QCOMPARE(f.treatments()[2].stopDay, 601.0);
}

void UiScheduleOperationsTest::emptySelectionChangesNothing()
{
    Fixture f;
    using Outcome = EditResult::Outcome;
    QCOMPARE(f.document.moveSelection(5.0).outcome(), Outcome::Unchanged);
    QCOMPARE(f.document.deleteSelection().outcome(), Outcome::Unchanged);
    QCOMPARE(f.document.duplicateSelection().outcome(), Outcome::Unchanged);
    QCOMPARE(f.document.splitSelection().outcome(), Outcome::Unchanged);
    QCOMPARE(f.undo()->count(), 0);
    QCOMPARE(f.refused.count(), 0);
}

QTEST_GUILESS_MAIN(UiScheduleOperationsTest)
#include "tst_ui_schedule_operations.moc"
