// Cohorts in the window: a quick preview cohort after every edit and the full cohort once the
// edits pause (progressive refinement), stale cohort runs stopped, bands drawn behind the
// medians, and one sampled patient drawn over them.

#include "MainWindow.h"
#include "PlotStackWidget.h"
#include "plot/ResultPlot.h"

#include <qcustomplot.h>
#include "ScheduleDocument.h"
#include "SimulationRunner.h"

#include "ScenarioBuilders.h"

#include "scenario/ExampleLibrary.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace lymph;

class UiCohortTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void previewThenFullCohort();
    void burstOfEditsGivesOnlyTheNewest();
    void windowDrawsBandsAndASampledPatient();
};

void UiCohortTest::previewThenFullCohort()
{
    SimulationRunner runner;
    runner.setCohortSize(200);
    QSignalSpy ready(&runner, &SimulationRunner::resultsReady);
    runner.request(test::scenario(400.0, {test::alemtuzumabCourse(0.0, 5)}));
    QElapsedTimer sinceRequest; // started after the runner's own clock, so never ahead of it
    sinceRequest.start();
    QVERIFY(ready.wait(60000));
    QCOMPARE(ready.last().first().value<Results>().cohortSize, SimulationRunner::kPreviewPatients);
    QVERIFY(runner.isBusy()); // the refinement is still to come
    // The pause before the full cohort counts from the edit, the preview's run included (at
    // least the 15 ms before it started), not from the preview's end. −1: already started.
    const qint64 paused = sinceRequest.elapsed();
    QCOMPARE_GE(paused, qint64(SimulationRunner::kDefaultDelayMs));
    const int slackMs = 6; // a coarse timer may fire up to 5% of its interval late
    QCOMPARE_LE(runner.refinementDueInMs(),
                std::max<qint64>(0, SimulationRunner::kRefineDelayMs - paused) + slackMs);
    QVERIFY(ready.wait(120000));
    QCOMPARE(ready.last().first().value<Results>().cohortSize, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 5000);
    QCOMPARE(ready.count(), 2);
}

void UiCohortTest::burstOfEditsGivesOnlyTheNewest()
{
    SimulationRunner runner;
    runner.setCohortSize(200);
    QSignalSpy ready(&runner, &SimulationRunner::resultsReady);
    Scenario scenario = test::scenario(400.0, {test::alemtuzumabCourse(0.0, 5)});
    for (int i = 0; i < 20; ++i) {
        scenario.patient.weightKg = 60.0 + i;
        runner.request(scenario);
        QTest::qWait(5);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 120000);
    QVERIFY(!ready.isEmpty());
    // The last report is the full cohort of the newest schedule.
    QCOMPARE(ready.last().first().value<Results>().cohortSize, 200);
    QCOMPARE(runner.reportedGeneration(), runner.generation());
}

void UiCohortTest::windowDrawsBandsAndASampledPatient()
{
    MainWindow window;
    QVERIFY(window.openScenario(QStringLiteral("alemtuzumab-weekend-gap")));
    window.setCohortSize(200);
    QTRY_VERIFY_WITH_TIMEOUT(!window.runner()->isBusy() && window.plots()->results() &&
                                 window.plots()->results()->cohortSize == 200,
                             120000);
    ResultPlot *plot = window.plots()->plot();
    int filled = 0;
    for (int i = 0; i < plot->customPlot()->graphCount(); ++i)
        filled += plot->customPlot()->graph(i)->channelFillGraph() ? 1 : 0;
    QVERIFY2(filled >= 5, qPrintable(QString::number(filled))); // a band behind each median
    // The bands' legend swatches show the bands' own colours: a stripe for each banded curve
    // of a panel (five in the lymphocyte panel), a plain swatch where one curve is banded.
    QList<int> stripes;
    for (int i = 0; i < plot->customPlot()->plottableCount(); ++i) {
        const auto *swatch = qobject_cast<QCPBars *>(plot->customPlot()->plottable(i));
        if (!swatch || !swatch->name().contains(QStringLiteral("percentile")))
            continue;
        const QGradient *gradient = swatch->brush().gradient();
        stripes << (gradient ? int(gradient->stops().size() / 2) : 1);
        QVERIFY(swatch->brush().color() != QColor(0x80, 0x80, 0x80, 70) || gradient);
    }
    QVERIFY2(stripes.contains(5) && stripes.contains(1), qPrintable(QString::number(stripes.size())));
    QVERIFY(window.plots()->results()->table.has("cd4_per_ul_p05"));

    QSignalSpy sampled(&window, &MainWindow::sampledPatientShown);
    window.showSampledPatient(5);
    QVERIFY(sampled.wait(60000));
    QCOMPARE(sampled.first().first().toInt(), 5);
    QVERIFY(window.plots()->hasSampledPatient());
    bool named = false;
    for (int i = 0; i < plot->customPlot()->graphCount(); ++i)
        named = named || plot->customPlot()->graph(i)->name().startsWith(QStringLiteral("patient 6 of the cohort"));
    QVERIFY(named);
    // An edit makes the drawn patient stale: it goes.
    window.document()->setPatientValue(PatientField::WeightKg, 75.0);
    QVERIFY(!window.plots()->hasSampledPatient());
    // Back to the typical patient.
    window.setCohortSize(0);
    QTRY_VERIFY_WITH_TIMEOUT(!window.runner()->isBusy() && window.plots()->results() &&
                                 window.plots()->results()->cohortSize == 0,
                             60000);
}

QTEST_MAIN(UiCohortTest)
#include "tst_ui_cohort.moc"
