// Never losing work: autosave a few seconds after a change, recovery after a crash (a copy
// left behind), a live session's copy never offered to another window, the undo history kept
// when a save fails, and clear messages for missing or unwritable files.

#include "Autosaver.h"
#include "MainWindow.h"
#include "WindowFiles.h"
#include "ScheduleDocument.h"

#include "ScenarioBuilders.h"

#include "scenario/ExampleLibrary.h"
#include "scenario/ScenarioIo.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace lymph;

namespace {

Scenario editedScenario()
{
    Scenario scenario;
    scenario.name = "Work in progress";
    scenario.horizonDays = 800.0;
    scenario.treatments.push_back(test::alemtuzumabCourse(0.0, 5));
    scenario.treatments.push_back(test::alemtuzumabCourse(365.0, 3));
    return scenario;
}

} // namespace

class UiRobustnessTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void autosavesShortlyAfterAChange();
    void savingRemovesTheCopy();
    void crashedSessionIsRecovered();
    void liveSessionIsNotOffered();
    void failedSaveKeepsUndoHistory();
    void missingAndUnreadableFilesSayWhy();
    void withoutADisplayTheWindowSaysWhy();
};

void UiRobustnessTest::autosavesShortlyAfterAChange()
{
    QTemporaryDir dir;
    ScheduleDocument document;
    document.setScenario(editedScenario());
    Autosaver autosaver(&document, dir.path());
    autosaver.setDelay(50);
    QVERIFY(!QFile::exists(autosaver.autosavePath())); // nothing unsaved yet
    QVERIFY(document.setPatientValue(PatientField::WeightKg, 81.0));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(autosaver.autosavePath()), 5000);
    const ScenarioLoadResult copy = loadScenarioFile(autosaver.autosavePath().toStdString());
    QVERIFY(copy.ok());
    QCOMPARE(copy.scenario->patient.weightKg, 81.0);
    // A burst of edits: the copy follows the newest state.
    for (double weight : {82.0, 83.0, 84.0})
        document.setPatientValue(PatientField::WeightKg, weight);
    QTRY_COMPARE_WITH_TIMEOUT(
        loadScenarioFile(autosaver.autosavePath().toStdString()).scenario->patient.weightKg, 84.0,
        5000);
    // Undoing back to the saved state removes the copy: nothing is unsaved.
    for (int i = 0; i < 4; ++i)
        document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QVERIFY(!QFile::exists(autosaver.autosavePath()));
}

void UiRobustnessTest::savingRemovesTheCopy()
{
    QTemporaryDir dir;
    ScheduleDocument document;
    document.setScenario(editedScenario());
    {
        Autosaver autosaver(&document, dir.filePath(QStringLiteral("autosave")));
        document.setPatientValue(PatientField::AgeYears, 40.0);
        QVERIFY(autosaver.saveNow());
        QVERIFY(QFile::exists(autosaver.autosavePath()));
        QVERIFY(document.saveAs(dir.filePath(QStringLiteral("saved.lymphoscope.json"))));
        QVERIFY(!QFile::exists(autosaver.autosavePath()));
        document.setPatientValue(PatientField::AgeYears, 41.0);
        QVERIFY(autosaver.saveNow());
        QVERIFY(QFile::exists(autosaver.autosavePath()));
    }
    // A normal end (the autosaver destroyed) leaves nothing to recover.
    Autosaver later(&document, dir.filePath(QStringLiteral("autosave")));
    QVERIFY(later.recoverable().isEmpty());
}

void UiRobustnessTest::crashedSessionIsRecovered()
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("clinic.lymphoscope.json"));
    QVERIFY(!saveScenarioFile(original.toStdString(), editedScenario()));
    const QString folder = dir.filePath(QStringLiteral("autosave"));
    Scenario edited;
    {
        ScheduleDocument document;
        QVERIFY(document.load(original));
        Autosaver crashed(&document, folder);
        document.setPatientValue(PatientField::AdaPropensity, 3.0);
        QVERIFY(document.addTreatment(test::singleInfusion(Therapy::Ocrelizumab, 600.0, 600.0)));
        QVERIFY(crashed.saveNow());
        edited = document.scenario();
        crashed.abandon(); // the program "crashes": the copy stays
    }
    MainWindow window;
    Autosaver finder(window.document(), folder);
    const QList<RecoverableWork> found = finder.recoverable();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().originalPath, QFileInfo(original).absoluteFilePath());
    QCOMPARE(found.first().name, QStringLiteral("Work in progress"));
    QString error;
    QVERIFY(!found.first().originalChangedSince());
    QVERIFY2(window.files()->restoreWork(found.first(), WindowFiles::RestoreAs::OriginalFile,
                                         &error),
             qPrintable(error));
    QCOMPARE(window.document()->scenario(), edited);
    QCOMPARE(window.document()->filePath(), QFileInfo(original).absoluteFilePath());
    QVERIFY(window.document()->isModified()); // restored work is unsaved work
    QVERIFY(window.isWindowModified());
    QVERIFY(finder.recoverable().isEmpty()); // offered once
    // The file on disk is untouched until the user saves.
    QCOMPARE(*loadScenarioFile(original.toStdString()).scenario, editedScenario());
}

void UiRobustnessTest::liveSessionIsNotOffered()
{
    QTemporaryDir dir;
    ScheduleDocument first;
    first.setScenario(editedScenario());
    Autosaver running(&first, dir.path());
    first.setPatientValue(PatientField::WeightKg, 90.0);
    QVERIFY(running.saveNow());
    ScheduleDocument second;
    Autosaver other(&second, dir.path());
    QVERIFY(other.recoverable().isEmpty()); // the first window still runs
}

void UiRobustnessTest::failedSaveKeepsUndoHistory()
{
    QTemporaryDir dir;
    ScheduleDocument document;
    document.setScenario(editedScenario());
    document.setPatientValue(PatientField::WeightKg, 75.0);
    document.setPatientValue(PatientField::AgeYears, 50.0);
    const int steps = document.undoStack()->count();
    // A file larger than the file-size limit cannot be written: the save must fail cleanly.
    rlimit old{};
    getrlimit(RLIMIT_FSIZE, &old);
    rlimit tiny = old;
    tiny.rlim_cur = 64;
    std::signal(SIGXFSZ, SIG_IGN);
    setrlimit(RLIMIT_FSIZE, &tiny);
    QString error;
    const bool saved = document.saveAs(dir.filePath(QStringLiteral("big.lymphoscope.json")), &error);
    setrlimit(RLIMIT_FSIZE, &old);
    QVERIFY(!saved);
    QVERIFY(!error.isEmpty());
    QCOMPARE(document.undoStack()->count(), steps);
    QVERIFY(document.isModified());
    QVERIFY(document.filePath().isEmpty()); // still no file of its own
    document.undoStack()->undo();
    QCOMPARE(document.scenario().patient.ageYears, editedScenario().patient.ageYears);
}

void UiRobustnessTest::missingAndUnreadableFilesSayWhy()
{
    QTemporaryDir dir;
    ScheduleDocument document;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("nowhere.lymphoscope.json"));
    QVERIFY(!document.load(missing, &error));
    QVERIFY2(error.contains(QStringLiteral("nowhere.lymphoscope.json")), qPrintable(error));
    if (geteuid() != 0) { // root ignores permissions
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        document.setScenario(editedScenario());
        QVERIFY(!document.saveAs(locked + QStringLiteral("/x.lymphoscope.json"), &error));
        QVERIFY2(!error.isEmpty(), qPrintable(error));
    }
    QVERIFY(!document.saveAs(dir.filePath(QStringLiteral("no/such/dir/x.lymphoscope.json")), &error));
    QVERIFY2(error.contains(QStringLiteral("x.lymphoscope.json")), qPrintable(error));
}

// Without a display, `lymphoscope --help` aborted in Qt's platform plugin (exit 134): help,
// the version and option mistakes need no window, and a window that cannot open says why.
void UiRobustnessTest::withoutADisplayTheWindowSaysWhy()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    const auto run = [&environment](const QStringList &arguments) {
        QProcess gui;
        gui.setProcessEnvironment(environment);
        gui.start(QStringLiteral(LYMPH_GUI_PATH), arguments);
        const bool finished = gui.waitForFinished(60000);
        return std::tuple{finished && gui.exitStatus() == QProcess::NormalExit ? gui.exitCode() : -1,
                          QString::fromUtf8(gui.readAllStandardOutput()),
                          QString::fromUtf8(gui.readAllStandardError())};
    };
    const auto [helpCode, help, helpErr] = run({QStringLiteral("--help")});
    QVERIFY2(helpCode == 0 && help.contains(QLatin1String("--screenshot")) &&
                 help.contains(QLatin1String("not a clinical prediction")),
             qPrintable(help + helpErr));
    const auto [versionCode, version, versionErr] = run({QStringLiteral("--version")});
    QVERIFY2(versionCode == 0 && version.startsWith(QLatin1String("lymphoscope ")),
             qPrintable(version + versionErr));
    const auto [wrongCode, wrongOut, wrong] = run({QStringLiteral("--bogus")});
    QVERIFY2(wrongCode == 2 && wrong.contains(QLatin1String("bogus")), qPrintable(wrong));
    // With --help as well, the mistake is still the user's (it was exit 1).
    const auto [mixedCode, mixedOut, mixed] = run({QStringLiteral("--help"), QStringLiteral("--bogus")});
    QVERIFY2(mixedCode == 2 && mixed.contains(QLatin1String("bogus")), qPrintable(mixed));
    // Qt's own -platform option still chooses the platform (QApplication takes it).
    const auto [platformCode, platformHelp, platformErr] =
        run({QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--help")});
    QVERIFY2(platformCode == 0 && platformHelp.contains(QLatin1String("--screenshot")),
             qPrintable(platformHelp + platformErr));
    const auto [windowCode, windowOut, window] = run({});
    QVERIFY2(windowCode == 1 && window.contains(QLatin1String("no display")) &&
                 window.contains(QLatin1String("QT_QPA_PLATFORM=offscreen")),
             qPrintable(window));
}

QTEST_MAIN(UiRobustnessTest)
#include "tst_ui_robustness.moc"
