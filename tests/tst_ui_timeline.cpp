// The timeline editor and the palette: time scale and snapping, palette drops carried by real
// QMimeData, mouse moves and resizes (QTest), multi-selection, keyboard editing, splitting and
// duplicating, and that each user action is exactly one undo step. The operations themselves
// are the document's (tst_ui_schedule_operations); here, that gestures reach them.

#include "Language.h"
#include "ScheduleDocument.h"
#include "timeline/TherapyMime.h"
#include "timeline/TherapyPalette.h"
#include "timeline/TimelinePainter.h"
#include "timeline/TimelineScale.h"
#include "timeline/TimelineWidget.h"

#include "ScenarioBuilders.h"

#include "scenario/ScheduleEdits.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace lymph;

namespace {

Scenario twoCourses()
{
    Scenario scenario;
    scenario.name = "Timeline test";
    scenario.horizonDays = 1000.0;
    scenario.treatments.push_back(test::alemtuzumabCourse(0.0, 5));
    scenario.treatments.push_back(test::alemtuzumabCourse(365.0, 3));
    scenario.treatments.push_back(test::fingolimod(600.0, 700.0));
    return scenario;
}

// A timeline 1000 px of lanes wide showing days 0…1000: one pixel per day.
struct Fixture {
    ScheduleDocument document;
    TimelineWidget timeline{&document};
    Fixture()
    {
        document.setScenario(twoCourses());
        timeline.resize(1200, timeline.sizeHint().height());
        timeline.setTimePixelSpan(100, 1100);
        timeline.setVisibleDays(0.0, 1000.0);
        timeline.show();
    }
    QPoint centreOf(int index) const { return timeline.blockRect(index).center().toPoint(); }
    const std::vector<Treatment> &treatments() const { return document.scenario().treatments; }
};

void sendDrop(QWidget *target, QMimeData *data, QPoint position,
              Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QDragEnterEvent enter(position, Qt::CopyAction, data, Qt::LeftButton, modifiers);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(position, Qt::CopyAction, data, Qt::LeftButton, modifiers);
    QCoreApplication::sendEvent(target, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(position, Qt::CopyAction, data, Qt::LeftButton, modifiers);
    QCoreApplication::sendEvent(target, &drop);
}

} // namespace

class UiTimelineTest : public QObject {
    Q_OBJECT

private slots:
    void scaleMapsDaysToPixels();
    void rulerTicksFollowZoom();
    void rulerLabelsNeverOverlap();
    void blockLabelsStartAfterTheIcon();
    void snappingRoundsToUnits();
    void paletteEncodesEveryTemplate();
    void dropAddsTemplateAtSnappedDay();
    void dropWithShiftDoesNotSnap();
    void dropThatBreaksARuleIsRefused();
    void fileDropIsLeftToTheWindow();
    void mouseDragMovesBlockAsOneUndoStep();
    void dragIntoConflictStopsAtLastValidPlace();
    void dragRightEdgeResizesFingolimod();
    void ctrlClickMultiSelectsAndMovesTogether();
    void rubberBandSelects();
    void keyboardNudgesDeletesAndDuplicates();
    void splitMakesSingleInfusionsOneUndoStep();
    void selectionFollowsUndoAndRedo();
    void wheelZoomsAroundCursor();
    // Last: it leaves the English translation installed.
    void refusedOverlapSpeaksTheUsersLanguage();
};

void UiTimelineTest::scaleMapsDaysToPixels()
{
    TimelineScale scale;
    scale.setPixelSpan(100, 1100);
    scale.setVisibleDays(0, 500);
    QCOMPARE(scale.xForDay(250), 600.0);
    QCOMPARE(scale.dayForX(350), 125.0);
    scale.zoom(0.5, 250); // the anchor stays put
    QCOMPARE(scale.xForDay(250), 600.0);
    QCOMPARE(scale.lastDay() - scale.firstDay(), 250.0);
    scale.zoom(1e-6, 0); // never below a week
    QCOMPARE(scale.lastDay() - scale.firstDay(), TimelineScale::kMinVisibleDays);
    const double first = scale.firstDay();
    scale.panDays(10);
    QCOMPARE(scale.firstDay(), first + 10.0);
}

void UiTimelineTest::rulerTicksFollowZoom()
{
    TimelineScale scale;
    scale.setPixelSpan(0, 1000);
    scale.setVisibleDays(0, 60);
    auto ticks = scale.ticks();
    QVERIFY(!ticks.empty());
    QCOMPARE(ticks.front().unit, TimelineScale::Unit::Day);
    scale.setVisibleDays(0, 730);
    ticks = scale.ticks();
    QCOMPARE(ticks.front().unit, TimelineScale::Unit::Month);
    scale.setVisibleDays(0, 3650);
    ticks = scale.ticks();
    QCOMPARE(ticks.front().unit, TimelineScale::Unit::Year);
    // Labelled ticks stay readable: at least 70 px apart.
    double previous = -1e9;
    for (const auto &tick : ticks) {
        if (!tick.labelled)
            continue;
        QVERIFY(scale.xForDay(tick.day) - previous >= 69.0);
        previous = scale.xForDay(tick.day);
    }
}

// Every ruler label clear of the one before it and of the title, at any width, zoom and in
// every language ("month 0" ran into "month 6" at 1920 px).
void UiTimelineTest::rulerLabelsNeverOverlap()
{
    const QFontMetrics metrics(QApplication::font());
    int checked = 0;
    for (const QString &code : availableLanguages()) {
        QVERIFY(setLanguage(code));
        for (double width : {500.0, 760.0, 1100.0, 1600.0, 2400.0}) {
            for (double days : {20.0, 90.0, 400.0, 1100.0, 2190.0, 8000.0, 21915.0}) {
                for (double first : {0.0, -0.02 * days, 0.3 * days}) {
                    TimelineScale scale;
                    scale.setPixelSpan(140.0, 140.0 + width);
                    scale.setVisibleDays(first, first + days);
                    const double rightLimit = scale.right() + 16.0; // the widget's edge
                    const std::vector<RulerLabel> labels =
                        TimelinePainter::rulerLabels(scale, metrics, 30.0, rightLimit);
                    QVERIFY2(!labels.empty(), qPrintable(QStringLiteral("%1 px, %2 days").arg(width).arg(days)));
                    QVERIFY(labels.front().box.left() >= scale.left());
                    QVERIFY(labels.back().box.right() <= rightLimit + 0.5);
                    for (std::size_t i = 0; i < labels.size(); ++i) {
                        if (i > 0)
                            QVERIFY2(labels[i].box.left() >= labels[i - 1].box.right() + 4.0,
                                     qPrintable(QStringLiteral("%1 then %2 at %3 px, %4 days, %5")
                                                    .arg(labels[i - 1].text, labels[i].text)
                                                    .arg(width)
                                                    .arg(days)
                                                    .arg(code)));
                    }
                    // Most labels survive: the spacing of the ticks already allows for them.
                    const std::vector<TimelineScale::Tick> ticks = scale.ticks();
                    const auto labelled = std::count_if(ticks.begin(), ticks.end(),
                                                        [&](const TimelineScale::Tick &t) {
                                                            return t.labelled;
                                                        });
                    QVERIFY(double(labels.size()) >= 0.5 * double(labelled) - 1.0);
                    // The second labelled tick keeps its label (a first label moved off its
                    // tick gives way instead: "month 6" went missing at 1920 px).
                    std::vector<double> labelledDays;
                    for (const TimelineScale::Tick &t : ticks) {
                        const double x = scale.xForDay(t.day);
                        if (t.labelled && x >= scale.left() - 0.5 && x <= scale.right() + 0.5)
                            labelledDays.push_back(x);
                    }
                    if (labelledDays.size() >= 3) {
                        const double x = labelledDays[1];
                        QVERIFY2(std::any_of(labels.begin(), labels.end(),
                                             [x](const RulerLabel &l) {
                                                 return l.box.left() <= x && l.box.right() >= x;
                                             }),
                                 qPrintable(QStringLiteral("%1 px, %2 days from %3, %4")
                                                .arg(width)
                                                .arg(days)
                                                .arg(first)
                                                .arg(code)));
                    }
                    ++checked;
                }
            }
        }
    }
    QVERIFY(setLanguage(QStringLiteral("en")));
    QCOMPARE_GT(checked, 100);
}

// In the education view the icon covered a block label's first figures ("4800 mg" read
// "800 mg"): the label box starts after the icon's disc; without icons, near the block's edge.
void UiTimelineTest::blockLabelsStartAfterTheIcon()
{
    for (const QRectF &block : {QRectF(100, 40, 300, 26), QRectF(10, 0, 500, 34), QRectF(0, 0, 60, 18)}) {
        const QRectF disc = TimelinePainter::iconDisc(block);
        QVERIFY(block.contains(disc));
        const QRectF withIcon = TimelinePainter::labelBox(block, true);
        QVERIFY2(withIcon.left() >= disc.right() + 4.0,
                 qPrintable(QStringLiteral("label from %1, icon to %2").arg(withIcon.left()).arg(disc.right())));
        QCOMPARE(TimelinePainter::labelBox(block, false).left(), block.left() + 6.0);
        QCOMPARE(withIcon.right(), block.right() - 8.0);
    }
}

void UiTimelineTest::snappingRoundsToUnits()
{
    QCOMPARE(snapDay(10.4, SnapUnit::Day), 10.0);
    QCOMPARE(snapDay(10.6, SnapUnit::Week), 14.0);
    QCOMPARE(snapDay(40.0, SnapUnit::Month), 30.0); // one month = 30.44 days, whole days
    QCOMPARE(snapDay(75.0, SnapUnit::Month), 61.0);
    QCOMPARE(snapDay(10.51, SnapUnit::None), 10.5); // to the hour
}

void UiTimelineTest::paletteEncodesEveryTemplate()
{
    TherapyPalette palette;
    QCOMPARE(palette.count(), int(std::size(kTherapyTemplates)));
    for (int row = 0; row < palette.count(); ++row) {
        std::unique_ptr<QMimeData> data(palette.model()->mimeData({palette.model()->index(row, 0)}));
        QVERIFY(data);
        QCOMPARE(therapymime::decode(data.get()), std::optional(palette.templateAt(row)));
        QVERIFY(!palette.item(row)->toolTip().isEmpty());
    }
    QMimeData text;
    text.setText(QStringLiteral("alemtuzumab-course-1"));
    QVERIFY(!therapymime::decode(&text)); // plain text is not a palette drag
}

void UiTimelineTest::dropAddsTemplateAtSnappedDay()
{
    Fixture f;
    f.timeline.setSnapUnit(SnapUnit::Week);
    QSignalSpy selection(&f.document, &ScheduleDocument::selectionChanged);
    auto data = therapymime::encode(TherapyTemplate::OcrelizumabStart);
    const QPoint at(100 + 803, int(f.timeline.laneRect(Therapy::Ocrelizumab).center().y()));
    sendDrop(&f.timeline, data.get(), at);
    QCOMPARE(f.treatments().size(), std::size_t(4));
    const Treatment &added = f.treatments().back();
    QCOMPARE(added.therapy, Therapy::Ocrelizumab);
    QCOMPARE(added.infusions.size(), std::size_t(2));
    QCOMPARE(added.infusions[0].day, 805.0); // day 803 snapped to a week
    QCOMPARE(added.infusions[1].day, 819.0);
    QCOMPARE(f.document.selection(), QList<int>{3});
    QVERIFY(!selection.isEmpty());
    QCOMPARE(f.document.undoStack()->count(), 1);
    f.document.undoStack()->undo();
    QCOMPARE(f.treatments().size(), std::size_t(3));
}

void UiTimelineTest::dropWithShiftDoesNotSnap()
{
    Fixture f;
    f.timeline.setSnapUnit(SnapUnit::Month);
    auto data = therapymime::encode(TherapyTemplate::AhsctBeamAtg);
    sendDrop(&f.timeline, data.get(), QPoint(100 + 450, 250), Qt::ShiftModifier);
    const Treatment &added = f.treatments().back();
    QCOMPARE(added.therapy, Therapy::Ahsct);
    // Conditioning starts where it was dropped; reinfusion follows the 6 BEAM-ATG days.
    QVERIFY(std::abs(treatmentSpan(added).start - 450.0) < 1.0);
    QCOMPARE(added.day - treatmentSpan(added).start, 6.0);
}

void UiTimelineTest::dropThatBreaksARuleIsRefused()
{
    Fixture f;
    QSignalSpy refused(&f.document, &ScheduleDocument::editRefused);
    auto data = therapymime::encode(TherapyTemplate::AlemtuzumabLaterCourse);
    // Onto day 1, where course 1 already infuses: two alemtuzumab infusions on one day.
    sendDrop(&f.timeline, data.get(), QPoint(101, 120));
    QCOMPARE(f.treatments().size(), std::size_t(3));
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.first().first().toString().contains(QLatin1String("overlaps")),
             qPrintable(refused.first().first().toString()));
    QCOMPARE(f.document.undoStack()->count(), 0);
}

void UiTimelineTest::fileDropIsLeftToTheWindow()
{
    Fixture f;
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/x.lymphoscope.json"))});
    QDragEnterEvent enter(QPoint(500, 120), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&f.timeline, &enter);
    QVERIFY(!enter.isAccepted());
}

void UiTimelineTest::mouseDragMovesBlockAsOneUndoStep()
{
    Fixture f;
    const QPoint start = f.centreOf(1); // the second course, days 365–367
    QTest::mousePress(&f.timeline, Qt::LeftButton, Qt::NoModifier, start);
    QCOMPARE(f.document.selection(), QList<int>{1});
    // Several moves: each replots live, all merge into one undo step.
    for (int dx : {10, 20, 30, 40})
        QTest::mouseMove(&f.timeline, start + QPoint(dx, 0));
    QTest::mouseRelease(&f.timeline, Qt::LeftButton, Qt::NoModifier, start + QPoint(40, 0));
    QCOMPARE(f.treatments()[1].infusions.front().day, 405.0);
    QCOMPARE(f.treatments()[1].infusions.back().day, 407.0);
    QCOMPARE(f.treatments()[0], twoCourses().treatments[0]);
    QCOMPARE(f.document.undoStack()->count(), 1);
    f.document.undoStack()->undo();
    QCOMPARE(f.treatments()[1], twoCourses().treatments[1]);

    // A second drag is a second undo step, not merged into the first.
    f.document.undoStack()->redo();
    QTest::mousePress(&f.timeline, Qt::LeftButton, Qt::NoModifier, f.centreOf(1));
    QTest::mouseMove(&f.timeline, f.centreOf(1) + QPoint(20, 0));
    QTest::mouseRelease(&f.timeline, Qt::LeftButton);
    QCOMPARE(f.document.undoStack()->count(), 2);

    // A drag that comes back to where it began leaves no undo step.
    const QPoint again = f.centreOf(0);
    QTest::mousePress(&f.timeline, Qt::LeftButton, Qt::NoModifier, again);
    QTest::mouseMove(&f.timeline, again + QPoint(50, 0));
    QTest::mouseMove(&f.timeline, again);
    QTest::mouseRelease(&f.timeline, Qt::LeftButton, Qt::NoModifier, again);
    QCOMPARE(f.document.undoStack()->count(), 2);
}

void UiTimelineTest::dragIntoConflictStopsAtLastValidPlace()
{
    Fixture f;
    QSignalSpy refused(&f.document, &ScheduleDocument::editRefused);
    const QPoint start = f.centreOf(1);
    QTest::mousePress(&f.timeline, Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(&f.timeline, start - QPoint(300, 0)); // to day 65: fine
    QCOMPARE(f.treatments()[1].infusions.front().day, 65.0);
    QTest::mouseMove(&f.timeline, start - QPoint(363, 0)); // to day 2: clashes with course 1
    QTest::mouseRelease(&f.timeline, Qt::LeftButton);
    QCOMPARE(f.treatments()[1].infusions.front().day, 65.0);
    QVERIFY(!refused.isEmpty());
    QCOMPARE(f.document.undoStack()->count(), 1);
}

void UiTimelineTest::dragRightEdgeResizesFingolimod()
{
    Fixture f;
    f.document.setSelection({2});
    const QRectF block = f.timeline.blockRect(2);
    const QPoint edge(int(block.right()) - 2, int(block.center().y()));
    QTest::mousePress(&f.timeline, Qt::LeftButton, Qt::NoModifier, edge);
    QTest::mouseMove(&f.timeline, edge + QPoint(50, 0));
    QTest::mouseMove(&f.timeline, edge + QPoint(100, 0));
    QTest::mouseRelease(&f.timeline, Qt::LeftButton, Qt::NoModifier, edge + QPoint(100, 0));
    QCOMPARE(f.treatments()[2].startDay, 600.0);
    QCOMPARE(f.treatments()[2].stopDay, 798.0); // grabbed 2 px inside the end
    QCOMPARE(f.document.undoStack()->count(), 1);
    // Dragging the end before the start keeps the period a day long.
    QTest::mousePress(&f.timeline, Qt::LeftButton, Qt::NoModifier,
                      QPoint(int(f.timeline.blockRect(2).right()) - 2, edge.y()));
    QTest::mouseMove(&f.timeline, QPoint(150, edge.y()));
    QTest::mouseRelease(&f.timeline, Qt::LeftButton);
    QCOMPARE(f.treatments()[2].stopDay, 601.0);
}

void UiTimelineTest::ctrlClickMultiSelectsAndMovesTogether()
{
    Fixture f;
    QTest::mouseClick(&f.timeline, Qt::LeftButton, Qt::NoModifier, f.centreOf(0));
    QTest::mouseClick(&f.timeline, Qt::LeftButton, Qt::ControlModifier, f.centreOf(2));
    QCOMPARE(f.document.selection(), (QList<int>{0, 2}));
    const QPoint start = f.centreOf(2);
    QTest::mousePress(&f.timeline, Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(&f.timeline, start + QPoint(30, 0));
    QTest::mouseRelease(&f.timeline, Qt::LeftButton, Qt::NoModifier, start + QPoint(30, 0));
    QCOMPARE(f.treatments()[0].infusions.front().day, 30.0);
    QCOMPARE(f.treatments()[2].startDay, 630.0);
    QCOMPARE(f.treatments()[1], twoCourses().treatments[1]); // not selected, not moved
    QCOMPARE(f.document.undoStack()->count(), 1);
    // Ctrl+click again deselects.
    QTest::mouseClick(&f.timeline, Qt::LeftButton, Qt::ControlModifier, f.centreOf(0));
    QCOMPARE(f.document.selection(), QList<int>{2});
    // A plain click on empty lane space clears the selection.
    QTest::mouseClick(&f.timeline, Qt::LeftButton, Qt::NoModifier, QPoint(950, 130));
    QVERIFY(f.document.selection().isEmpty());
}

void UiTimelineTest::rubberBandSelects()
{
    Fixture f;
    QTest::mousePress(&f.timeline, Qt::LeftButton, Qt::NoModifier, QPoint(300, 35));
    QTest::mouseMove(&f.timeline, QPoint(900, 60));
    QTest::mouseMove(&f.timeline, QPoint(900, f.timeline.height() - 5));
    QTest::mouseRelease(&f.timeline, Qt::LeftButton, Qt::NoModifier, QPoint(900, f.timeline.height() - 5));
    QCOMPARE(f.document.selection(), (QList<int>{1, 2})); // day 200…800: course 2, fingolimod
    QCOMPARE(f.document.undoStack()->count(), 0);
}

void UiTimelineTest::keyboardNudgesDeletesAndDuplicates()
{
    Fixture f;
    f.timeline.setFocus();
    f.document.setSelection({1});
    QTest::keyClick(&f.timeline, Qt::Key_Right);
    QCOMPARE(f.treatments()[1].infusions.front().day, 366.0);
    QTest::keyClick(&f.timeline, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(f.treatments()[1].infusions.front().day, 359.0);
    QCOMPARE(f.document.undoStack()->count(), 2);

    // Ctrl+D: the copy goes a year later (yearly courses) and is selected.
    QTest::keyClick(&f.timeline, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(f.treatments().size(), std::size_t(4));
    QCOMPARE(f.treatments()[3].infusions.front().day, 359.0 + 365.0);
    QCOMPARE(f.document.selection(), QList<int>{3});

    // Alt+Left selects the previous treatment in time; Delete removes it.
    QTest::keyClick(&f.timeline, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(f.document.selection(), QList<int>{2});
    QTest::keyClick(&f.timeline, Qt::Key_Delete);
    QCOMPARE(f.treatments().size(), std::size_t(3));
    QVERIFY(std::none_of(f.treatments().begin(), f.treatments().end(),
                         [](const Treatment &t) { return t.therapy == Therapy::Fingolimod; }));
    QVERIFY(f.document.selection().isEmpty());

    // Ctrl+A then Delete: everything goes in one undo step.
    QTest::keyClick(&f.timeline, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(f.document.selection().size(), 3);
    const int steps = f.document.undoStack()->count();
    QTest::keyClick(&f.timeline, Qt::Key_Delete);
    QVERIFY(f.treatments().empty());
    QCOMPARE(f.document.undoStack()->count(), steps + 1);
    f.document.undoStack()->undo();
    QCOMPARE(f.treatments().size(), std::size_t(3));

    // Nudging never moves a treatment before day 0.
    f.document.setSelection({0});
    QVERIFY(!f.document.moveSelection(-5.0));
    QCOMPARE(f.treatments()[0].infusions.front().day, 0.0);
}

void UiTimelineTest::splitMakesSingleInfusionsOneUndoStep()
{
    Fixture f;
    f.document.setSelection({0});
    QVERIFY(f.document.splitSelection());
    QCOMPARE(f.treatments().size(), std::size_t(3 - 1 + 5));
    QCOMPARE(f.document.selection(), (QList<int>{0, 1, 2, 3, 4}));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(f.treatments()[std::size_t(i)].infusions.size(), std::size_t(1));
    QCOMPARE(f.document.undoStack()->count(), 1);

    // The weekend case: move only the fifth infusion two days later.
    f.document.setSelection({4});
    QVERIFY(f.document.moveSelection(2.0));
    QCOMPARE(f.treatments()[4].infusions.front().day, 6.0);
    QCOMPARE(f.treatments()[3].infusions.front().day, 3.0);

    // Fingolimod cannot be split.
    QSignalSpy refused(&f.document, &ScheduleDocument::editRefused);
    f.document.setSelection({6});
    QVERIFY(!f.document.splitSelection());
    QCOMPARE(refused.count(), 1);

    f.document.undoStack()->undo();
    f.document.undoStack()->undo();
    QCOMPARE(f.document.scenario().treatments, twoCourses().treatments);
}

void UiTimelineTest::selectionFollowsUndoAndRedo()
{
    Fixture f;
    f.document.setSelection({1});
    QTest::keyClick(&f.timeline, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(f.document.selection(), QList<int>{3});
    f.document.undoStack()->undo(); // the selected copy is gone: its original is selected
    QCOMPARE(f.document.selection(), QList<int>{1});
    f.document.undoStack()->redo();
    QCOMPARE(f.document.selection(), QList<int>{3});
}

void UiTimelineTest::wheelZoomsAroundCursor()
{
    Fixture f;
    QSignalSpy visible(&f.timeline, &TimelineWidget::visibleDaysChanged);
    const QPointF at(600, 100); // day 500
    QWheelEvent wheel(at, f.timeline.mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(&f.timeline, &wheel);
    QCOMPARE(visible.count(), 1);
    QVERIFY(f.timeline.scale().lastDay() - f.timeline.scale().firstDay() < 1000.0);
    QVERIFY(std::abs(f.timeline.scale().dayForX(600) - 500.0) < 1e-6);
}

// The Italian timeline says why a drop was refused in Italian, places in words.
void UiTimelineTest::refusedOverlapSpeaksTheUsersLanguage()
{
    Fixture f;
    QSignalSpy refused(&f.document, &ScheduleDocument::editRefused);
    auto data = therapymime::encode(TherapyTemplate::AlemtuzumabLaterCourse);
    QVERIFY(setLanguage(QStringLiteral("en")));
    sendDrop(&f.timeline, data.get(), QPoint(101, 120)); // day 1: course 1 infuses then
    QVERIFY(setLanguage(QStringLiteral("it")));
    sendDrop(&f.timeline, data.get(), QPoint(101, 120));
    QVERIFY(setLanguage(QStringLiteral("en")));
    QCOMPARE(refused.count(), 2);
    QCOMPARE(f.treatments().size(), std::size_t(3));
    const QString english = refused.at(0).first().toString();
    const QString italian = refused.at(1).first().toString();
    QCOMPARE(english, QStringLiteral("Not changed: Alemtuzumab (days 1\u20133), infusion 1: "
                                     "overlaps Alemtuzumab (days 0\u20134), infusion 2 on day 1 "
                                     "(one infusion of alemtuzumab a day at most)"));
    QCOMPARE(italian, QStringLiteral("Non modificato: Alemtuzumab (giorni 1\u20133), infusione 1: "
                                     "cade nello stesso giorno (1) di Alemtuzumab (giorni 0\u20134), "
                                     "infusione 2 (al massimo un’infusione di alemtuzumab al "
                                     "giorno)"));
    for (const char *word : {"Not", "changed", "overlaps", "infusion", "on", "day", "treatment",
                             "one", "most"}) {
        const QRegularExpression englishWord(QStringLiteral("\\b%1\\b").arg(QLatin1String(word)));
        QVERIFY2(!englishWord.match(italian).hasMatch(), qPrintable(italian));
    }
}

QTEST_MAIN(UiTimelineTest)
#include "tst_ui_timeline.moc"
