// lymphoscope-bench-drag: time from a mouse move that drags a timeline block to the plots
// showing the simulation of the new schedule (the runner's coalescing delay included), in the
// real main window, offscreen. Prints the median and the 90th percentile over the moves.
//   QT_QPA_PLATFORM=offscreen lymphoscope-bench-drag [--moves N] [--cohort N] [--json]
// With --cohort the window shows a virtual cohort: each move is followed by the quick preview
// cohort (the full cohort only runs once the moves pause, which a drag never does here); after
// the drag it also times the last edit to the full cohort's plots.

#include "ApplicationSetup.h"
#include "MainWindow.h"
#include "PlotStackWidget.h"
#include "plot/ResultPlot.h"

#include <qcustomplot.h>
#include "ScheduleDocument.h"
#include "SimulationRunner.h"
#include "timeline/TimelineWidget.h"

#include "scenario/ExampleLibrary.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMouseEvent>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

void sendMouse(QWidget *target, QEvent::Type type, QPointF position, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, position, target->mapToGlobal(position), Qt::LeftButton, buttons,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(target, &event);
}

double percentile(std::vector<double> values, double share)
{
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(share * double(values.size() - 1) + 0.5)];
}

} // namespace

int main(int argc, char **argv)
{
    lymph::installQuietMessageHandler();
    QApplication app(argc, argv);
    lymph::setUpApplication(QStringLiteral("lymphoscope-bench-drag"));
    int moves = 40;
    int cohort = 0;
    bool json = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--json") == 0)
            json = true;
        else if (std::strcmp(argv[i], "--moves") == 0 && i + 1 < argc)
            moves = std::max(3, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--cohort") == 0 && i + 1 < argc)
            cohort = std::max(0, std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: lymphoscope-bench-drag [--moves N] [--cohort N] [--json]\n");
            return 2;
        }
    }

    lymph::MainWindow window;
    window.resize(1366, 768);
    if (!window.openScenario(QString::fromUtf8(lymph::kDefaultExampleName)))
        return 1;
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    if (cohort > 0)
        window.setCohortSize(cohort);
    {
        // The drag starts from the window as a user sees it before dragging: with a cohort, the
        // full cohort drawn (not only its preview), so that the drag's runs follow earlier ones.
        QEventLoop first;
        QObject::connect(&window, &lymph::MainWindow::resultsShown, &first, [&] {
            const lymph::Results *shown = window.plots()->results();
            if (cohort <= lymph::SimulationRunner::kPreviewPatients ||
                (shown && shown->cohortSize == cohort))
                first.quit();
        });
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &first, &QEventLoop::quit);
        timeout.start(60000);
        first.exec();
    }

    lymph::TimelineWidget *timeline = window.timeline();
    QCustomPlot *plot = window.plots()->plot()->customPlot();
    const QPointF start = timeline->blockRect(1).center(); // the second alemtuzumab course
    sendMouse(timeline, QEvent::MouseButtonPress, start, Qt::LeftButton);
    // Past the drag threshold first, so that every timed move changes the schedule.
    sendMouse(timeline, QEvent::MouseMove, start + QPointF(0.0, 30.0), Qt::LeftButton);
    QEventLoop wait;

    // Each move shifts the block by a few more pixels (a new schedule every time); the clock
    // stops when the plots have been redrawn from that schedule's results.
    std::vector<double> ms;
    std::vector<double> replotMs;
    QElapsedTimer clock;
    QElapsedTimer replotClock;
    QObject::connect(plot, &QCustomPlot::beforeReplot, &app, [&] { replotClock.start(); });
    bool awaitingReplot = false;
    QObject::connect(&window, &lymph::MainWindow::resultsShown, &app, [&] {
        // The newest schedule's results: the typical patient, or the cohort's preview.
        if (window.runner()->reportedGeneration() == window.runner()->generation())
            awaitingReplot = true;
    });
    QObject::connect(plot, &QCustomPlot::afterReplot, &app, [&] {
        if (!awaitingReplot)
            return;
        awaitingReplot = false;
        ms.push_back(double(clock.nsecsElapsed()) / 1e6);
        replotMs.push_back(double(replotClock.nsecsElapsed()) / 1e6);
        wait.quit();
    });
    for (int i = 1; i <= moves; ++i) {
        clock.start();
        sendMouse(timeline, QEvent::MouseMove, start + QPointF(6.0 * i, 0.0), Qt::LeftButton);
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &wait, &QEventLoop::quit);
        timeout.start(30000);
        wait.exec();
        if (std::getenv("LYMPH_DEBUG"))
            std::fprintf(stderr, "move %d: day %g, %zu timings, busy %d\n", i,
                         window.document()->scenario().treatments[1].infusions[0].day, ms.size(),
                         int(window.runner()->isBusy()));
    }
    if (ms.size() < std::size_t(moves)) {
        std::fprintf(stderr, "only %zu of %d moves were followed by a replot\n", ms.size(), moves);
        return 1;
    }
    const double median = percentile(ms, 0.5);
    const double p90 = percentile(ms, 0.9);
    const double previewReplot = percentile(replotMs, 0.5);

    // The last edit is the last move (the release changes nothing): from it until the whole
    // cohort is drawn (the runner waits kRefineDelayMs for the edits to pause, then runs it).
    // `clock` still runs from that move. A cohort no larger than the preview has no second run.
    const bool refined = cohort > lymph::SimulationRunner::kPreviewPatients;
    double fullMs = -1.0, fullReplotMs = -1.0;
    QEventLoop settled;
    bool awaitingFull = false;
    if (refined) {
        QObject::connect(&window, &lymph::MainWindow::resultsShown, &app, [&] {
            const lymph::Results *shown = window.plots()->results();
            if (std::getenv("LYMPH_DEBUG"))
                std::fprintf(stderr, "%.1f ms after the last edit: results of %d shown\n",
                             double(clock.nsecsElapsed()) / 1e6, shown ? shown->cohortSize : -1);
            awaitingFull = shown && shown->cohortSize == cohort &&
                           window.runner()->reportedGeneration() == window.runner()->generation();
        });
        QObject::connect(plot, &QCustomPlot::afterReplot, &app, [&] {
            if (!awaitingFull || fullMs >= 0.0)
                return;
            fullMs = double(clock.nsecsElapsed()) / 1e6;
            fullReplotMs = double(replotClock.nsecsElapsed()) / 1e6;
            settled.quit();
        });
    }
    sendMouse(timeline, QEvent::MouseButtonRelease, start + QPointF(6.0 * moves, 0.0), Qt::NoButton);
    if (refined && fullMs < 0.0) {
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &settled, &QEventLoop::quit);
        timeout.start(60000);
        settled.exec();
        if (fullMs < 0.0) {
            std::fprintf(stderr, "the full cohort was not drawn within 60 s of the last edit\n");
            return 1;
        }
    }
    const std::string who =
        cohort > 0 ? "cohort of " + std::to_string(cohort) + " (preview of " +
                         std::to_string(std::min(cohort, lymph::SimulationRunner::kPreviewPatients)) +
                         " while dragging)"
                   : std::string("typical patient");
    std::printf("drag move → plots updated (default scenario, %s, 1366x768, coalescing delay %d "
                "ms included): median %.1f ms, 90th percentile %.1f ms over %d moves\n",
                who.c_str(), window.runner()->delay(), median, p90, moves);
    std::printf("of which the plots' replot: median %.1f ms\n", previewReplot);
    if (refined)
        std::printf("last edit → full cohort of %d drawn: %.1f ms (the runner's pause of %d ms, "
                    "the cohort's run, and its replot of %.1f ms)\n",
                    cohort, fullMs, lymph::SimulationRunner::kRefineDelayMs, fullReplotMs);
    std::printf("undo steps after the drag: %d (one drag = one step)\n",
                window.document()->undoStack() ? int(window.document()->undoStack()->count()) : -1);
    if (json) {
        std::printf("{\"drag_to_replot_median_ms\": %.2f, \"drag_to_replot_p90_ms\": %.2f, "
                    "\"coalescing_delay_ms\": %d",
                    median, p90, window.runner()->delay());
        if (refined)
            std::printf(", \"last_edit_to_full_cohort_ms\": %.2f, \"refine_delay_ms\": %d",
                        fullMs, lymph::SimulationRunner::kRefineDelayMs);
        std::printf("}\n");
    }
    return 0;
}
