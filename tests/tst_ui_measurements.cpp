// The patient's lab results in the window and the personalised forecast: the Measurements
// panel's add, edit, paste and delete as undo steps of the document (refused when the rules
// say no), the fit running off the GUI thread with the newest request winning, the plots
// showing the forecast beside the population and the results as points, and the handout's
// words for a personalised forecast.

#include "Language.h"
#include "MainWindow.h"
#include "Personalisation.h"
#include "PersonalisedRunner.h"
#include "PlotStackWidget.h"
#include "ScheduleDocument.h"
#include "education/HandoutWriter.h"
#include "panels/MeasurementsPanel.h"
#include "plot/ResultPlot.h"

#include "ScenarioBuilders.h"
#include "estimate/SyntheticStudy.h"
#include "simulate/Simulator.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace lymph;

namespace {

constexpr int kTimeoutMs = 120000;

Scenario plan()
{
    return test::scenario(730.0, {test::alemtuzumabCourse(0.0, 5)});
}

Scenario withResults(int count)
{
    Scenario s = plan();
    std::vector<double> days;
    for (int i = 0; i < count; ++i)
        days.push_back(30.0 + 60.0 * i);
    s.measurements = syntheticMeasurements(s, {"lymphocytes_per_ul"}, days, 5);
    return s;
}

} // namespace

class UiMeasurementsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("lymphoscope-tests"));
        QVERIFY(setLanguage(QStringLiteral("en"))); // English plurals ("4 lab results")
    }
    void editsAreUndoSteps();
    void pasteReadsSpreadsheetRows();
    void refusedEditsLeaveTheResults();
    void latestRequestWins();
    void personaliseDrawsTheForecast();
    void windowHasTheLabResultsPanel();
    void handoutSaysItIsFitted();
};

void UiMeasurementsTest::editsAreUndoSteps()
{
    ScheduleDocument document;
    document.setScenario(plan());
    MeasurementsPanel panel(&document);
    panel.addRow();
    panel.addRow();
    QCOMPARE(document.scenario().measurements.size(), std::size_t(2));
    QCOMPARE(document.scenario().measurements[1].day, 30.0); // a month after the last
    QCOMPARE(panel.table()->rowCount(), 2);
    panel.table()->item(1, 2)->setText(QStringLiteral("850"));
    QCOMPARE(document.scenario().measurements[1].value, 850.0);
    QCOMPARE(document.undoStack()->count(), 3);
    panel.table()->selectRow(0);
    panel.deleteSelectedRows();
    QCOMPARE(document.scenario().measurements.size(), std::size_t(1));
    document.undoStack()->undo();
    QCOMPARE(document.scenario().measurements.size(), std::size_t(2));
    QCOMPARE(panel.table()->rowCount(), 2);
    document.undoStack()->undo();
    QCOMPARE(document.scenario().measurements[1].value, 1000.0);
    QCOMPARE(panel.table()->item(1, 2)->text(), QStringLiteral("1000"));
}

void UiMeasurementsTest::pasteReadsSpreadsheetRows()
{
    ScheduleDocument document;
    document.setScenario(plan());
    MeasurementsPanel panel(&document);
    QVERIFY(panel.pasteText(QStringLiteral("day\tquantity\tvalue\n30\tcd4_per_ul\t400\n"
                                           "60;CD4 T cells;350\n\n90,b_cells_per_ul,12\n")));
    QCOMPARE(document.scenario().measurements.size(), std::size_t(3));
    QCOMPARE(document.scenario().measurements[1].quantity, std::string("cd4_per_ul"));
    QCOMPARE(document.undoStack()->count(), 1); // one paste, one step
    QVERIFY(!panel.pasteText(QStringLiteral("nothing to read here")));
}

void UiMeasurementsTest::refusedEditsLeaveTheResults()
{
    ScheduleDocument document;
    document.setScenario(plan());
    MeasurementsPanel panel(&document);
    QSignalSpy refused(&document, &ScheduleDocument::editRefused);
    QVERIFY(!panel.pasteText(QStringLiteral("30\tcd4_per_ul\t-5\n")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(refused.front().front().toString().contains(QStringLiteral("Measurement 1")));
    QVERIFY(!panel.pasteText(QStringLiteral("3000\tcd4_per_ul\t300\n"))); // after the horizon
    QVERIFY(document.scenario().measurements.empty());
    QCOMPARE(document.undoStack()->count(), 0);
}

void UiMeasurementsTest::latestRequestWins()
{
    PersonalisedRunner runner;
    QSignalSpy ready(&runner, &PersonalisedRunner::forecastReady);
    QSignalSpy failed(&runner, &PersonalisedRunner::failed);
    runner.request(withResults(2));
    runner.request(withResults(4));
    QVERIFY(ready.wait(kTimeoutMs));
    QTest::qWait(300);
    QCOMPARE(ready.count(), 1);
    const auto forecast = qvariant_cast<PersonalForecast>(ready.front().front());
    QCOMPARE(forecast.fit.measurementCount, std::size_t(4));
    QCOMPARE(forecast.forecast.fittedMeasurements, std::size_t(4));
    QCOMPARE(failed.count(), 0);

    runner.request(withResults(1)); // one result is too few
    QVERIFY(failed.wait(kTimeoutMs));
    QVERIFY(failed.front().front().toString().contains(QStringLiteral("at least 2")));
}

void UiMeasurementsTest::personaliseDrawsTheForecast()
{
    ScheduleDocument document;
    document.setScenario(withResults(4));
    PlotStackWidget plots;
    plots.setResults(simulate(document.scenario()), QStringLiteral("test"));
    QWidget holder;
    Personalisation personal(&document, &plots, &holder);
    // The results are points on the cells' panel whether personalised or not.
    const auto measured = [&plots] {
        for (const PanelSpec &panel : plots.plot()->figure().panels) {
            for (const CurveSpec &curve : panel.curves) {
                if (curve.points)
                    return curve.keys.size();
            }
        }
        return qsizetype(0);
    };
    QCOMPARE(measured(), qsizetype(4));
    QSignalSpy shown(&personal, &Personalisation::forecastShown);
    personal.panel()->personaliseSwitch()->setChecked(true);
    QVERIFY(shown.wait(kTimeoutMs));
    QVERIFY(plots.isPersonalised());
    QVERIFY(plots.results()->fittedMeasurements == 4);
    QVERIFY(plots.populationResults()->fittedMeasurements == 0);
    QVERIFY(plots.plot()->figure().subtitle.contains(QStringLiteral("4 lab results")));
    QVERIFY(personal.panel()->fitText().contains(QStringLiteral("Fitted to 4 results")));
    QCOMPARE(measured(), qsizetype(4));
    personal.panel()->personaliseSwitch()->setChecked(false);
    QVERIFY(!plots.isPersonalised());
    QVERIFY(personal.panel()->fitText().isEmpty());
}

void UiMeasurementsTest::windowHasTheLabResultsPanel()
{
    MainWindow window;
    QVERIFY(window.personalisation() != nullptr);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("measurementsDock"));
    QVERIFY(dock != nullptr);
    QCOMPARE(dock->widget(), window.personalisation()->panel());
}

void UiMeasurementsTest::handoutSaysItIsFitted()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the handout's text was not read");
    const Scenario s = plan();
    const auto statement = [&s, &pdftotext](std::size_t fitted) {
        Results results = simulate(s);
        results.fittedMeasurements = fitted;
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("handout.pdf")));
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(HandoutWriter(s, results).pdf());
        file.close();
        QProcess run;
        run.start(pdftotext, {file.fileName(), QStringLiteral("-")});
        run.waitForFinished(60000);
        return QString::fromUtf8(run.readAllStandardOutput()).simplified();
    };
    const QString fitted = statement(5), typical = statement(0);
    QVERIFY2(fitted.contains(QStringLiteral("to 5 of your own lab results")) &&
                 fitted.contains(QStringLiteral("the model was adjusted")),
             qPrintable(fitted.left(600)));
    QVERIFY(fitted.contains(QStringLiteral("not relapses or autoimmunity")));
    QVERIFY2(typical.contains(QStringLiteral("an average patient")), qPrintable(typical.left(600)));
    QVERIFY(!typical.contains(QStringLiteral("lab result")));
}

QTEST_MAIN(UiMeasurementsTest)
#include "tst_ui_measurements.moc"
