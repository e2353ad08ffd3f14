// The GUI foundation: the schedule document and its undo commands, the off-thread simulation
// runner, the main window, and `lymphoscope --screenshot` end to end.

#include "MainWindow.h"
#include "PlotStackWidget.h"
#include "ScheduleDocument.h"
#include "SimulationRunner.h"
#include "TreatmentLabel.h"
#include "timeline/TimelineWidget.h"

#include "ScenarioBuilders.h"

#include "scenario/ExampleLibrary.h"
#include "scenario/ScenarioIo.h"

#include <QAction>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace lymph;

namespace {

constexpr int kSimulationTimeoutMs = 120000;

// A small scenario with every kind of treatment, so each command meets each shape.
Scenario sampleScenario()
{
    Scenario scenario;
    scenario.name = "UI test scenario";
    scenario.horizonDays = 730.0;
    scenario.treatments.push_back(test::alemtuzumabCourse(0.0, 5));
    scenario.treatments.push_back(test::fingolimod(400.0, 500.0));
    Treatment ahsct;
    ahsct.therapy = Therapy::Ahsct;
    ahsct.regimen = AhsctRegimen::CyAtg;
    ahsct.day = 600.0;
    scenario.treatments.push_back(ahsct);
    return scenario;
}

Treatment shifted(Treatment treatment, double days)
{
    for (Infusion &infusion : treatment.infusions)
        infusion.day += days;
    treatment.startDay += days;
    treatment.stopDay += days;
    treatment.day += days;
    return treatment;
}

struct GuiRun {
    int exitCode = -1;
    QString err;
};

GuiRun runGui(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LYMPH_GUI_PATH), arguments);
    GuiRun run;
    if (!process.waitForStarted(30000) || !process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("did not start or finish: ") + arguments.join(QLatin1Char(' '));
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class UiDocumentTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); } // fixed number formats
    void addTreatmentUndoRedo();
    void deleteSelectionUndoRedo();
    void replaceTreatmentUndoRedo();
    void setPatientFieldUndoRedo_data();
    void setPatientFieldUndoRedo();
    void editsThatChangeNothingPushNothing();
    void dragMergesWithinOneSession();
    void dragBackToStartBecomesObsolete();
    void changedIsEmittedForEditsUndoAndRedo();
    void loadExampleAndBadFile();
    void saveMarksClean();
    void saveFailureKeepsDocumentModified();
    void runnerReportsOnlyTheLatestGeneration();
    void runnerCoalescesBursts();
    void runnerReportsFailures();
    void mainWindowOpensExample();
    void treatmentTexts();
    void closingWithUnsavedChangesAsks();
    void screenshotWritesPng();
    void screenshotRefusesOptionsItCannotShow();
    void badScenarioExitsWithTwo();
};

void UiDocumentTest::addTreatmentUndoRedo()
{
    ScheduleDocument document;
    document.setScenario(sampleScenario());
    const Scenario before = document.scenario();
    const Treatment added = test::singleInfusion(Therapy::Rituximab, 300.0, 1000.0);

    QVERIFY(document.addTreatment(added));
    const Scenario after = document.scenario();
    QCOMPARE(after.treatments.size(), before.treatments.size() + 1);
    QVERIFY(after.treatments.back() == added);
    QVERIFY(document.isModified());

    document.undoStack()->undo();
    QVERIFY(document.scenario() == before);
    QVERIFY(!document.isModified());
    document.undoStack()->redo();
    QVERIFY(document.scenario() == after);

    // A second rituximab dose on day 300 breaks a rule: nothing is added.
    QVERIFY(document.addTreatment(added).isRefused());
    QVERIFY(document.scenario() == after);
}

void UiDocumentTest::deleteSelectionUndoRedo()
{
    ScheduleDocument document;
    document.setScenario(sampleScenario());
    const Scenario before = document.scenario();

    document.setSelection({1});
    QVERIFY(document.deleteSelection());
    const Scenario after = document.scenario();
    QCOMPARE(after.treatments.size(), before.treatments.size() - 1);
    QVERIFY(after.treatments[1] == before.treatments[2]);

    document.undoStack()->undo();
    QVERIFY(document.scenario() == before);
    document.undoStack()->redo();
    QVERIFY(document.scenario() == after);
    document.setSelection({-1, 5}); // nothing there: nothing selected, nothing deleted
    QCOMPARE(document.deleteSelection().outcome(), EditResult::Outcome::Unchanged);
}

void UiDocumentTest::replaceTreatmentUndoRedo()
{
    ScheduleDocument document;
    document.setScenario(sampleScenario());
    const Scenario before = document.scenario();

    for (int index = 0; index < 3; ++index) {
        const Treatment moved = shifted(before.treatments[std::size_t(index)], 7.5);
        QVERIFY(document.replaceTreatment(index, moved));
        QVERIFY(document.scenario().treatments[std::size_t(index)] == moved);
    }
    const Scenario after = document.scenario();
    QCOMPARE(document.undoStack()->count(), 3); // session 0: nothing merges
    for (int i = 0; i < 3; ++i)
        document.undoStack()->undo();
    QVERIFY(document.scenario() == before);
    for (int i = 0; i < 3; ++i)
        document.undoStack()->redo();
    QVERIFY(document.scenario() == after);
}

void UiDocumentTest::setPatientFieldUndoRedo_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<double>("value");
    QTest::newRow("weight") << int(PatientField::WeightKg) << 81.5;
    QTest::newRow("age") << int(PatientField::AgeYears) << 45.0;
    QTest::newRow("baseline ARR") << int(PatientField::BaselineArr) << 1.2;
    QTest::newRow("ADA propensity") << int(PatientField::AdaPropensity) << 3.0;
}

void UiDocumentTest::setPatientFieldUndoRedo()
{
    QFETCH(int, field);
    QFETCH(double, value);
    const auto patientValue = static_cast<PatientField>(field);
    ScheduleDocument document;
    document.setScenario(sampleScenario());
    const Scenario before = document.scenario();

    QVERIFY(document.setPatientValue(patientValue, value));
    QCOMPARE(patientField(document.scenario().patient, patientValue), value);
    const Scenario after = document.scenario();
    document.undoStack()->undo();
    QVERIFY(document.scenario() == before);
    document.undoStack()->redo();
    QVERIFY(document.scenario() == after);
}

void UiDocumentTest::editsThatChangeNothingPushNothing()
{
    ScheduleDocument document;
    document.setScenario(sampleScenario());
    QVERIFY(!document.replaceTreatment(0, document.scenario().treatments[0]));
    QVERIFY(!document.setPatientValue(PatientField::WeightKg,
                                      document.scenario().patient.weightKg));
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
}

void UiDocumentTest::dragMergesWithinOneSession()
{
    ScheduleDocument document;
    document.setScenario(sampleScenario());
    const Scenario before = document.scenario();
    const Treatment original = before.treatments[0];

    const int firstDrag = document.newMergeSession();
    for (int step = 1; step <= 5; ++step)
        QVERIFY(document.replaceTreatment(0, shifted(original, step * 2.0), firstDrag));
    QCOMPARE(document.undoStack()->count(), 1);
    const Scenario afterFirstDrag = document.scenario();

    // The same session on another treatment does not merge.
    QVERIFY(document.replaceTreatment(1, shifted(before.treatments[1], 3.0), firstDrag));
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();

    // A new drag of the same treatment is a new undo step.
    const int secondDrag = document.newMergeSession();
    QVERIFY(secondDrag != firstDrag);
    QVERIFY(document.replaceTreatment(0, shifted(original, 30.0), secondDrag));
    QVERIFY(document.replaceTreatment(0, shifted(original, 31.0), secondDrag));
    QCOMPARE(document.undoStack()->count(), 2); // the undone step was replaced

    document.undoStack()->undo();
    QVERIFY(document.scenario() == afterFirstDrag);
    document.undoStack()->undo();
    QVERIFY(document.scenario() == before);
}

void UiDocumentTest::dragBackToStartBecomesObsolete()
{
    ScheduleDocument document;
    document.setScenario(sampleScenario());
    const Scenario before = document.scenario();
    const Treatment original = before.treatments[2];
    QVERIFY(document.setPatientValue(PatientField::AgeYears, 50.0));
    const Scenario afterAge = document.scenario();

    const int drag = document.newMergeSession();
    QVERIFY(document.replaceTreatment(2, shifted(original, 10.0), drag));
    QVERIFY(document.replaceTreatment(2, shifted(original, 20.0), drag));
    QCOMPARE(document.undoStack()->count(), 2);
    QVERIFY(document.replaceTreatment(2, original, drag)); // back where it started
    QCOMPARE(document.undoStack()->count(), 1);             // the drag left no undo step
    QVERIFY(document.scenario() == afterAge);
    document.undoStack()->undo();
    QVERIFY(document.scenario() == before);
}

void UiDocumentTest::changedIsEmittedForEditsUndoAndRedo()
{
    ScheduleDocument document;
    document.setScenario(sampleScenario());
    QSignalSpy changed(&document, &ScheduleDocument::changed);
    document.setSelection({0, 1}); // two treatments deleted: still one change
    QVERIFY(document.deleteSelection());
    QCOMPARE(changed.count(), 1);
    document.undoStack()->undo();
    QCOMPARE(changed.count(), 2);
    document.undoStack()->redo();
    QCOMPARE(changed.count(), 3);
    QVERIFY(document.load(QString::fromUtf8(kDefaultExampleName)));
    QCOMPARE(changed.count(), 4);
    QCOMPARE(document.undoStack()->count(), 0);
}

void UiDocumentTest::loadExampleAndBadFile()
{
    ScheduleDocument document;
    QString error;
    QVERIFY2(document.load(QStringLiteral("alemtuzumab-then-ocrelizumab"), &error),
             qPrintable(error));
    QVERIFY(document.filePath().isEmpty()); // an example has no file: Save asks for one
    QVERIFY(!document.scenario().treatments.empty());
    const Scenario loaded = document.scenario();

    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.lymphoscope.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ \"format\": \"lymphoscope-scenario\", \"version\": 1, \"horizon_days\": -3 }");
    file.close();
    QVERIFY(!document.load(bad, &error));
    QVERIFY(error.contains(QLatin1String("bad.lymphoscope.json")));
    QVERIFY(!document.load(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(document.scenario() == loaded); // kept on failure

    QString saveError;
    QVERIFY(!document.save(&saveError)); // no file yet
    QVERIFY(!saveError.isEmpty());
}

void UiDocumentTest::saveMarksClean()
{
    ScheduleDocument document;
    QVERIFY(document.load(QString::fromUtf8(kDefaultExampleName)));
    QSignalSpy clean(&document, &ScheduleDocument::cleanChanged);
    QVERIFY(document.setPatientValue(PatientField::WeightKg, 90.0));
    QCOMPARE(clean.count(), 1);
    QCOMPARE(clean.last().at(0).toBool(), false);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.lymphoscope.json"));
    QString error;
    QVERIFY2(document.saveAs(path, &error), qPrintable(error));
    QCOMPARE(clean.count(), 2);
    QCOMPARE(clean.last().at(0).toBool(), true);
    QVERIFY(!document.isModified());
    QCOMPARE(document.filePath(), QFileInfo(path).absoluteFilePath());

    const ScenarioLoadResult reread = loadScenarioFile(path.toStdString());
    QVERIFY(reread.ok());
    QVERIFY(*reread.scenario == document.scenario());

    document.undoStack()->undo(); // back past the save point: modified again
    QVERIFY(document.isModified());
    QCOMPARE(clean.last().at(0).toBool(), false);
    QVERIFY2(document.save(&error), qPrintable(error));
    QVERIFY(!document.isModified());
}

void UiDocumentTest::saveFailureKeepsDocumentModified()
{
    ScheduleDocument document;
    document.setScenario(sampleScenario());
    QVERIFY(document.addTreatment(test::singleInfusion(Therapy::Ocrelizumab, 650.0, 600.0)));
    QVERIFY(document.isModified());
    QSignalSpy clean(&document, &ScheduleDocument::cleanChanged);

    QTemporaryDir dir;
    const QString impossible = dir.filePath(QStringLiteral("no/such/dir/x.lymphoscope.json"));
    QString error;
    QVERIFY(!document.saveAs(impossible, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(document.isModified());
    QCOMPARE(clean.count(), 0);
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.filePath().isEmpty());
    QVERIFY(!QFileInfo::exists(impossible));
}

void UiDocumentTest::runnerReportsOnlyTheLatestGeneration()
{
    SimulationRunner runner;
    QSignalSpy ready(&runner, &SimulationRunner::resultsReady);
    QSignalSpy failed(&runner, &SimulationRunner::failed);

    QSignalSpy started(&runner, &SimulationRunner::runStarted);

    // A long first run, made stale while it runs.
    Scenario first = sampleScenario();
    first.horizonDays = 40.0 * 365.25;
    runner.request(first);
    QVERIFY(started.wait(5000));
    QCOMPARE(started.first().at(0).toULongLong(), 1ULL);
    Scenario second = sampleScenario();
    second.horizonDays = 800.0;
    runner.request(second);
    QCOMPARE(runner.generation(), std::uint64_t(2));

    QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), kSimulationTimeoutMs);
    QCOMPARE(started.count(), 2); // the second waited for the first, which was dropped
    QTest::qWait(100);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(runner.reportedGeneration(), std::uint64_t(2));
    const auto results = ready.first().at(0).value<lymph::Results>();
    QCOMPARE(results.table.at("day").back(), 800.0);
}

void UiDocumentTest::runnerCoalescesBursts()
{
    SimulationRunner runner;
    QSignalSpy ready(&runner, &SimulationRunner::resultsReady);
    QSignalSpy failed(&runner, &SimulationRunner::failed);
    QSignalSpy busy(&runner, &SimulationRunner::busyChanged);
    Scenario scenario = sampleScenario();
    for (int i = 1; i <= 10; ++i) {
        scenario.horizonDays = 700.0 + i;
        runner.request(scenario);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), kSimulationTimeoutMs);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.first().at(0).value<lymph::Results>().table.at("day").back(), 710.0);
    QCOMPARE(busy.count(), 2); // busy once, then idle
}

void UiDocumentTest::runnerReportsFailures()
{
    SimulationRunner runner;
    QSignalSpy ready(&runner, &SimulationRunner::resultsReady);
    QSignalSpy failed(&runner, &SimulationRunner::failed);
    Scenario scenario = sampleScenario();
    scenario.patient.weightKg = -5.0;
    runner.request(scenario);
    QVERIFY(failed.wait(kSimulationTimeoutMs));
    QCOMPARE(ready.count(), 0);
    const QString message = failed.first().at(0).toString();
    // The field in words, not as the file writes it.
    QVERIFY2(message.contains(QLatin1String("Patient, weight: must be between 30 and 250")),
             qPrintable(message));

    // A good request after a failure is reported normally.
    runner.request(sampleScenario());
    QVERIFY(ready.wait(kSimulationTimeoutMs));
    QCOMPARE(failed.count(), 1);
}

void UiDocumentTest::mainWindowOpensExample()
{
    MainWindow window;
    QSignalSpy shown(&window, &MainWindow::resultsShown);
    const QString example = QStringLiteral("alemtuzumab-then-ocrelizumab");
    QString error;
    QVERIFY2(window.openScenario(example, &error), qPrintable(error));
    const QString name = QString::fromStdString(window.document()->scenario().name);
    QVERIFY(!name.isEmpty());
    QVERIFY2(window.windowTitle().contains(name), qPrintable(window.windowTitle()));
    QVERIFY(window.windowTitle().contains(QLatin1String("[*]")));
    QVERIFY(!window.isWindowModified());
    QVERIFY(!window.timeline()->blockRect(int(window.document()->scenario().treatments.size()) - 1)
                 .isNull());
    window.show();
    QVERIFY(window.disclaimer()->isVisible());
    QVERIFY(window.disclaimer()->text().contains(QLatin1String("not a clinical prediction")));

    // Menus: every example, and undo/redo wired to the document's stack.
    QStringList menuTitles;
    QMenu *examples = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        menuTitles << action->text();
        if (action->text().remove(QLatin1Char('&')) != QLatin1String("File"))
            continue;
        for (QAction *entry : action->menu()->actions()) {
            if (entry->text().remove(QLatin1Char('&')) == QLatin1String("Open Example"))
                examples = entry->menu();
        }
    }
    QVERIFY2(examples, qPrintable(menuTitles.join(QLatin1Char(','))));
    QCOMPARE(examples->actions().size(), int(exampleNames().size()));

    QVERIFY(shown.wait(kSimulationTimeoutMs));
    QVERIFY(window.plots()->hasResults());

    const int before = int(window.document()->scenario().treatments.size());
    window.document()->setSelection({0});
    QVERIFY(window.document()->deleteSelection());
    QVERIFY(window.isWindowModified());
    QVERIFY(window.timeline()->blockRect(before - 1).isNull());
    window.document()->undoStack()->undo();
    QVERIFY(!window.isWindowModified());
    QVERIFY(shown.wait(kSimulationTimeoutMs));

    const QImage image = window.snapshot();
    QVERIFY(!image.isNull());
}

void UiDocumentTest::treatmentTexts()
{
    const Treatment ocrelizumab = test::ocrelizumabFrom(900.0, 1300.0);
    QCOMPARE(treatmentDaysText(ocrelizumab), QStringLiteral("900, 914, 1068, 1236"));
    QCOMPARE(treatmentDoseText(ocrelizumab), QStringLiteral("1800 mg in 4 infusions"));
    QCOMPARE(treatmentDoseText(test::alemtuzumabCourse(0.0, 5)),
             QStringLiteral("5 × 12 mg"));
    const Scenario scenario = sampleScenario();
    QCOMPARE(treatmentDaysText(scenario.treatments[1]), QStringLiteral("400–500"));
    QCOMPARE(treatmentDoseText(scenario.treatments[1]), QStringLiteral("0.5 mg/day"));
    QCOMPARE(treatmentDaysText(scenario.treatments[2]),
             QStringLiteral("600 (reinfusion)"));
    QCOMPARE(treatmentDoseText(scenario.treatments[2]), QStringLiteral("Cy-ATG"));
}

namespace {

// Answers the next modal message box with `button`; records whether one appeared.
void answerNextMessageBox(QMessageBox::StandardButton button, bool *asked)
{
    QTimer::singleShot(0, [button, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        *asked = box != nullptr;
        if (box)
            box->button(button)->click();
    });
}

} // namespace

void UiDocumentTest::closingWithUnsavedChangesAsks()
{
    MainWindow window;
    QVERIFY(window.openScenario(QString::fromUtf8(kDefaultExampleName)));
    window.show();
    bool asked = false;
    QVERIFY(window.close()); // nothing to save: no question
    window.show();

    QVERIFY(window.document()->setPatientValue(PatientField::AgeYears, 40.0));
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    QVERIFY(!window.close());
    QVERIFY(asked);
    QVERIFY(window.isVisible());
    QVERIFY(window.document()->isModified());

    asked = false;
    answerNextMessageBox(QMessageBox::Discard, &asked);
    QVERIFY(window.close());
    QVERIFY(asked);
}

void UiDocumentTest::screenshotWritesPng()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("window.png"));
    const GuiRun run = runGui({QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
                               QStringLiteral("1366x768")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1366, 768));
    // Non-trivial: curves, text and the window frame give many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
}

// Options that would make a picture other than the one asked for end the run, unwritten.
void UiDocumentTest::screenshotRefusesOptionsItCannotShow()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("x.png"));
    const GuiRun beyond = runGui({QStringLiteral("alemtuzumab-weekend-gap"), QStringLiteral("--select"),
                                  QStringLiteral("99"), QStringLiteral("--screenshot"), png});
    QCOMPARE(beyond.exitCode, 2);
    QVERIFY2(beyond.err.contains(QLatin1String("--select")), qPrintable(beyond.err));
    QVERIFY(!QFileInfo::exists(png));
    const GuiRun month = runGui({QStringLiteral("--month"), QStringLiteral("12"),
                                 QStringLiteral("--screenshot"), png});
    QCOMPARE(month.exitCode, 2);
    QVERIFY2(month.err.contains(QLatin1String("--month")) &&
                 month.err.contains(QLatin1String("--education")),
             qPrintable(month.err));
    QVERIFY(!QFileInfo::exists(png));
    // A treatment that exists is selected and the picture written.
    const GuiRun within = runGui({QStringLiteral("alemtuzumab-weekend-gap"), QStringLiteral("--select"),
                                  QStringLiteral("1"), QStringLiteral("--screenshot"), png});
    QVERIFY2(within.exitCode == 0, qPrintable(within.err));
    QVERIFY(QFileInfo::exists(png));
}

void UiDocumentTest::badScenarioExitsWithTwo()
{
    QTemporaryDir dir;
    const GuiRun run = runGui({dir.filePath(QStringLiteral("missing.lymphoscope.json")),
                               QStringLiteral("--screenshot"),
                               dir.filePath(QStringLiteral("x.png"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("missing.lymphoscope.json")));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.png"))));
}

QTEST_MAIN(UiDocumentTest)
#include "tst_ui_document.moc"
