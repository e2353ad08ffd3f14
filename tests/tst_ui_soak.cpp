// A long, randomized session (seeded, bounded in count and time) in the real main window:
// thousands of palette drops, block drags, resizes, splits, duplicates, deletions, nudges,
// patient edits, undos and redos. After every action the schedule still obeys the scenario
// rules and the timeline's selection is valid; at the end the plots show exactly the
// simulation of the final schedule, and heap use has stayed flat once the undo history is
// full (the memory check is skipped under AddressSanitizer, whose LeakSanitizer checks leaks).

#include "IssueText.h"
#include "MainWindow.h"
#include "PlotStackWidget.h"
#include "ScheduleDocument.h"
#include "panels/PatientPanel.h"
#include <QDoubleSpinBox>
#include "SimulationRunner.h"
#include "timeline/TherapyMime.h"
#include "timeline/TimelineWidget.h"

#include "scenario/ExampleLibrary.h"
#include "simulate/Simulator.h"

#include <QElapsedTimer>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

#include <random>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define LYMPH_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LYMPH_UNDER_ASAN 1
#endif
#endif

using namespace lymph;

namespace {

constexpr int kActions = 20000;
constexpr qint64 kTimeBudgetMs = 90000;

double heapInUseMb()
{
#if defined(__GLIBC__) && !defined(LYMPH_UNDER_ASAN)
    return double(mallinfo2().uordblks) / (1024.0 * 1024.0);
#else
    return -1.0;
#endif
}

} // namespace

class UiSoakTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void randomSessionKeepsInvariants();
};

void UiSoakTest::randomSessionKeepsInvariants()
{
    MainWindow window;
    window.resize(1366, 768);
    QVERIFY(window.openScenario(QString::fromUtf8(kDefaultExampleName)));
    window.show();
    TimelineWidget *timeline = window.timeline();
    ScheduleDocument *document = window.document();
    QUndoStack *undo = document->undoStack();
    std::mt19937 random(20261125);
    auto uniform = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    const auto laneLeft = int(timeline->scale().left());
    const auto laneRight = int(timeline->scale().right());

    QElapsedTimer clock;
    clock.start();
    int done = 0;
    double heapAtWarmUp = -1.0;
    int counts[13] = {};
    for (; done < kActions && clock.elapsed() < kTimeBudgetMs; ++done) {
        const int count = int(document->scenario().treatments.size());
        const int action = uniform(0, 12);
        ++counts[action];
        switch (action) {
        case 0: { // a palette drop
            const auto which = kTherapyTemplates[uniform(0, int(std::size(kTherapyTemplates)) - 1)];
            auto data = therapymime::encode(which);
            const QPoint at(uniform(laneLeft, laneRight), TimelineLayout::kRulerHeight + 10);
            QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(timeline, &enter);
            QDropEvent drop(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(timeline, &drop);
            break;
        }
        case 1:
        case 2: { // drag a block
            if (count == 0)
                break;
            const QPoint from = timeline->blockRect(uniform(0, count - 1)).center().toPoint();
            QTest::mousePress(timeline, Qt::LeftButton, Qt::NoModifier, from);
            for (int step = 1; step <= 3; ++step)
                QTest::mouseMove(timeline, from + QPoint(step * uniform(-60, 60), 0));
            QTest::mouseRelease(timeline, Qt::LeftButton);
            break;
        }
        case 3: { // drag a block's right edge (resizes fingolimod, moves others)
            if (count == 0)
                break;
            const int index = uniform(0, count - 1);
            document->setSelection({index});
            const QRectF rect = timeline->blockRect(index);
            const QPoint edge(int(rect.right()) - 2, int(rect.center().y()));
            QTest::mousePress(timeline, Qt::LeftButton, Qt::NoModifier, edge);
            QTest::mouseMove(timeline, edge + QPoint(uniform(-80, 80), 0));
            QTest::mouseRelease(timeline, Qt::LeftButton);
            break;
        }
        case 4: // delete a random selection
            if (count > 0) {
                document->setSelection({uniform(0, count - 1), uniform(0, count - 1)});
                QTest::keyClick(timeline, Qt::Key_Delete);
            }
            break;
        case 5: // duplicate
            if (count > 0) {
                document->setSelection({uniform(0, count - 1)});
                QTest::keyClick(timeline, Qt::Key_D, Qt::ControlModifier);
            }
            break;
        case 6: // split
            if (count > 0) {
                document->setSelection({uniform(0, count - 1)});
                document->splitSelection();
            }
            break;
        case 7: // nudge
            if (count > 0) {
                document->setSelection({uniform(0, count - 1)});
                QTest::keyClick(timeline, uniform(0, 1) ? Qt::Key_Left : Qt::Key_Right,
                                uniform(0, 1) ? Qt::ShiftModifier : Qt::NoModifier);
            }
            break;
        case 8: { // a patient value, within the documented ranges
            const int field = uniform(0, 3);
            const double typical = std::array{70.0, 40.0, 0.75, 1.0}[std::size_t(field)];
            document->setPatientValue(PatientField(field), typical * (0.5 + 0.25 * uniform(0, 4)));
            break;
        }
        case 9:
        case 10: // undo a few
            for (int i = uniform(1, 4); i > 0; --i)
                undo->undo();
            break;
        case 11: // redo a few
            for (int i = uniform(1, 3); i > 0; --i)
                undo->redo();
            break;
        case 12: // the simulated time, through the patient panel (refused when too short)
            window.patientPanel()->horizonField()->setValue(0.5 * uniform(1, 16));
            break;
        }
        // Invariants after every action.
        const QStringList problems = IssueText::forFile().describe(
            ScheduleDocument::problemsWith(document->scenario()));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("after action %1 (%2): %3")
                                .arg(done).arg(action).arg(problems.join(QStringLiteral("; ")))));
        const int now = int(document->scenario().treatments.size());
        for (int index : document->selection())
            QVERIFY(index >= 0 && index < now);
        QVERIFY(undo->count() <= ScheduleDocument::kUndoLimit);
        if (done % 40 == 0)
            QCoreApplication::processEvents(); // let simulations finish and plots redraw
        if (done == kActions / 2)
            heapAtWarmUp = heapInUseMb();
    }
    QVERIFY2(done >= 500, qPrintable(QStringLiteral("only %1 actions within the time budget").arg(done)));
    qInfo("soak: %d actions in %lld ms; drops %d, drags %d, edge drags %d, deletes %d, "
          "duplicates %d, splits %d, nudges %d, patient %d, undo %d, redo %d, horizon %d; "
          "%d treatments, "
          "%d undo steps",
          done, clock.elapsed(), counts[0], counts[1] + counts[2], counts[3], counts[4], counts[5],
          counts[6], counts[7], counts[8], counts[9] + counts[10], counts[11], counts[12],
          int(document->scenario().treatments.size()), int(undo->count()));

    // The plots end up showing exactly the final schedule's simulation.
    QSignalSpy shown(&window, &MainWindow::resultsShown);
    document->setPatientValue(PatientField::WeightKg, 71.5); // one more change to wait for
    QTRY_VERIFY_WITH_TIMEOUT(!window.runner()->isBusy() && shown.count() > 0, 60000);
    const Results expected = simulate(document->scenario());
    QCOMPARE(window.plots()->results()->table.at("cd4_per_ul"), expected.table.at("cd4_per_ul"));
    QCOMPARE(window.plots()->results()->table.at("relapse_probability"),
             expected.table.at("relapse_probability"));

    const double heapAtEnd = heapInUseMb();
    if (heapAtWarmUp >= 0.0) {
        qInfo("heap in use: %.1f MB at action %d, %.1f MB at the end", heapAtWarmUp, kActions / 2,
              heapAtEnd);
        if (done < kActions)
            QSKIP("the time budget ended the session early: heap growth not judged");
        QVERIFY2(heapAtEnd - heapAtWarmUp < 16.0,
                 qPrintable(QStringLiteral("heap grew by %1 MB").arg(heapAtEnd - heapAtWarmUp)));
    }
}

QTEST_MAIN(UiSoakTest)
#include "tst_ui_soak.moc"
