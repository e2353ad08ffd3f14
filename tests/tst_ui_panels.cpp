// The panels around the timeline: the inspector's in-place validation with the scenario
// rules, the patient panel, the comparison of pinned scenarios and its outcome table, the
// plots' crosshair read-out and panel toggles, exports, recent files, the parameter sources,
// opening a file dropped on the window, and the two newer undo commands.

#include "Language.h"
#include "MainWindow.h"
#include "WindowFiles.h"
#include "PlotStackWidget.h"
#include "RecentFiles.h"
#include "PlotStyle.h"
#include "plot/ResultPlot.h"

#include <qcustomplot.h>
#include "ScheduleDocument.h"
#include "commands/EditTreatmentsCommand.h"
#include "panels/ComparisonPanel.h"
#include "panels/OutcomeTable.h"
#include "panels/ParameterSourcesDialog.h"
#include "panels/PatientPanel.h"
#include "panels/TreatmentInspector.h"
#include "panels/WholeWordTable.h"
#include "timeline/TimelineWidget.h"

#include "ScenarioBuilders.h"
#include "simulate/Simulator.h"

#include "model/ParameterTable.h"
#include "scenario/ExampleLibrary.h"
#include "scenario/ScenarioIo.h"
#include "simulate/OutcomeFigures.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace lymph;

namespace {

constexpr int kTimeoutMs = 120000;

Scenario inspectorScenario()
{
    Scenario scenario;
    scenario.name = "Inspector test";
    scenario.horizonDays = 900.0;
    scenario.treatments.push_back(test::alemtuzumabCourse(0.0, 5));
    scenario.treatments.push_back(test::fingolimod(400.0, 500.0));
    scenario.treatments.push_back(test::ahsct(AhsctRegimen::BeamAtg, 700.0));
    return scenario;
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->item(row, column)->setText(text); // itemChanged commits, as after typing
}

void typeInto(QLineEdit *field, const QString &text)
{
    field->setText(text);
    emit field->editingFinished();
}

bool waitForResults(MainWindow &window)
{
    QSignalSpy shown(&window, &MainWindow::resultsShown);
    return shown.wait(kTimeoutMs);
}

} // namespace

class UiPanelsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void inspectorShowsSelectedTreatment();
    void inspectorRefusesRuleBreakingDose();
    void inspectorReportsUnreadableNumbers();
    void inspectorEditsFingolimodAndTransplant();
    void inspectorAddsAndRemovesInfusions();
    void patientPanelEditsAreUndoable();
    void editTreatmentsCommandMergesOneDrag();
    void horizonBeforeLastTreatmentIsRefused();
    void openingAnotherFileClearsSelection();
    void pinnedOnlyDrugIsDrawn();
    void resultsCanBePinnedWhenShown();
    void timelineAlignsWithPlotAxis();
    void comparisonTableShowsPinnedFigures();
    void decisionTableKeepsWordsWhole();
    void crosshairReadsCurveValues();
    void panelsCanBeHidden();
    void exportsWriteFiles();
    void recentFilesRemembersSaves();
    void droppedFileOpens();
    void parameterSourcesListEveryParameter();
    void plotsDrawTheResultsOwnLimits();
    // Last: it leaves the English translation installed.
    void refusedEditsSpeakTheUsersLanguage();
};

void UiPanelsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings in a test location
    QCoreApplication::setOrganizationName(QStringLiteral("lymphoscope-tests"));
    RecentFiles().clear();
}

void UiPanelsTest::inspectorShowsSelectedTreatment()
{
    ScheduleDocument document;
    document.setScenario(inspectorScenario());
    TreatmentInspector inspector(&document);
    document.setSelection({0});
    QCOMPARE(inspector.infusionTable()->rowCount(), 5);
    QCOMPARE(inspector.infusionTable()->item(4, 0)->text(), QStringLiteral("4"));
    QCOMPARE(inspector.infusionTable()->item(4, 1)->text(), QStringLiteral("12"));
    document.setSelection({1});
    QCOMPARE(inspector.startDayField()->text(), QStringLiteral("400"));
    QCOMPARE(inspector.stopDayField()->text(), QStringLiteral("500"));
    document.setSelection({0, 1});
    QCOMPARE(inspector.treatmentIndex(), -1);
}

void UiPanelsTest::inspectorRefusesRuleBreakingDose()
{
    ScheduleDocument document;
    document.setScenario(inspectorScenario());
    TreatmentInspector inspector(&document);
    document.setSelection({0});
    // 120 mg in one alemtuzumab infusion: the file rules allow at most 60.
    setCell(inspector.infusionTable(), 2, 1, QStringLiteral("120"));
    QVERIFY2(inspector.problemText().contains(QLatin1String("infusion 3, dose")),
             qPrintable(inspector.problemText()));
    QVERIFY(inspector.problemText().contains(QLatin1String("60")));
    QCOMPARE(document.scenario().treatments[0].infusions[2].mg, 12.0);
    QCOMPARE(document.undoStack()->count(), 0);
    // Moving an infusion onto a day that already has one names the clash.
    setCell(inspector.infusionTable(), 2, 1, QStringLiteral("12"));
    setCell(inspector.infusionTable(), 4, 0, QStringLiteral("3"));
    QVERIFY2(inspector.problemText().contains(QLatin1String("overlaps")),
             qPrintable(inspector.problemText()));
    QCOMPARE(document.undoStack()->count(), 0);
    // A valid value goes through as one undo step and clears the message.
    setCell(inspector.infusionTable(), 4, 0, QStringLiteral("6"));
    QVERIFY(inspector.problemText().isEmpty());
    QCOMPARE(document.scenario().treatments[0].infusions[4].day, 6.0);
    QCOMPARE(document.undoStack()->count(), 1);
}

void UiPanelsTest::inspectorReportsUnreadableNumbers()
{
    ScheduleDocument document;
    document.setScenario(inspectorScenario());
    TreatmentInspector inspector(&document);
    document.setSelection({0});
    setCell(inspector.infusionTable(), 1, 0, QStringLiteral("tuesday"));
    QVERIFY2(inspector.problemText().contains(QStringLiteral("“tuesday” is not a number")),
             qPrintable(inspector.problemText()));
    QCOMPARE(document.undoStack()->count(), 0);
}

void UiPanelsTest::inspectorEditsFingolimodAndTransplant()
{
    ScheduleDocument document;
    document.setScenario(inspectorScenario());
    TreatmentInspector inspector(&document);
    document.setSelection({1});
    typeInto(inspector.stopDayField(), QStringLiteral("350")); // before the start
    QVERIFY2(inspector.problemText().contains(QLatin1String("stop day: must be after")),
             qPrintable(inspector.problemText()));
    QCOMPARE(document.scenario().treatments[1].stopDay, 500.0);
    typeInto(inspector.stopDayField(), QStringLiteral("650"));
    QCOMPARE(document.scenario().treatments[1].stopDay, 650.0);
    QVERIFY(inspector.problemText().isEmpty());

    document.setSelection({2});
    typeInto(inspector.reinfusionDayField(), QStringLiteral("3")); // conditioning before day 0
    QVERIFY(!inspector.problemText().isEmpty());
    QCOMPARE(document.scenario().treatments[2].day, 700.0);
    // While the field holds a rejected value, other edits of this treatment wait for it.
    typeInto(inspector.reinfusionDayField(), QStringLiteral("700"));
    QVERIFY(inspector.problemText().isEmpty());
    inspector.regimenField()->setCurrentIndex(
        inspector.regimenField()->findText(QStringLiteral("Cy-ATG")));
    QCOMPARE(document.scenario().treatments[2].regimen, AhsctRegimen::CyAtg);
    QCOMPARE(document.undoStack()->count(), 2);
}

void UiPanelsTest::inspectorAddsAndRemovesInfusions()
{
    ScheduleDocument document;
    document.setScenario(inspectorScenario());
    TreatmentInspector inspector(&document);
    document.setSelection({0});
    for (QPushButton *button : inspector.findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Add infusion"))
            button->click();
    }
    QCOMPARE(document.scenario().treatments[0].infusions.size(), std::size_t(6));
    QCOMPARE(document.scenario().treatments[0].infusions.back().day, 5.0);
    inspector.infusionTable()->setCurrentCell(0, 0);
    for (QPushButton *button : inspector.findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Remove infusion"))
            button->click();
    }
    QCOMPARE(document.scenario().treatments[0].infusions.size(), std::size_t(5));
    QCOMPARE(document.scenario().treatments[0].infusions.front().day, 1.0);
}

void UiPanelsTest::patientPanelEditsAreUndoable()
{
    ScheduleDocument document;
    document.setScenario(inspectorScenario());
    PatientPanel panel(&document);
    panel.field(PatientField::WeightKg)->setValue(82.5);
    QCOMPARE(document.scenario().patient.weightKg, 82.5);
    panel.field(PatientField::AdaPropensity)->setValue(3.0);
    QCOMPARE(document.scenario().patient.adaPropensity, 3.0);
    panel.horizonField()->setValue(10.0);
    QCOMPARE(document.scenario().horizonDays, 3652.5);
    // Values outside the file's range cannot be entered.
    panel.field(PatientField::AgeYears)->setValue(200.0);
    QCOMPARE(document.scenario().patient.ageYears, 90.0);
    QCOMPARE(document.undoStack()->count(), 4);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.scenario().horizonDays, 900.0);
    QCOMPARE(panel.horizonField()->value(), 2.5); // the panel follows the document
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.scenario().patient, inspectorScenario().patient);
}

void UiPanelsTest::editTreatmentsCommandMergesOneDrag()
{
    ScheduleDocument document;
    document.setScenario(inspectorScenario());
    document.setSelection({0});
    const int session = document.newMergeSession();
    for (double days : {10.0, 20.0, 30.0})
        QVERIFY(document.dragSelection(days, session)); // each from where the drag began
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.scenario().treatments[0].infusions.front().day, 30.0);
    // The next drag begins where this one ended, and is an undo step of its own.
    QVERIFY(document.dragSelection(10.0, document.newMergeSession()));
    QCOMPARE(document.scenario().treatments[0].infusions.front().day, 40.0);
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.scenario(), inspectorScenario());
    QCOMPARE(document.moveSelection(0.0).outcome(), EditResult::Outcome::Unchanged);
}

void UiPanelsTest::horizonBeforeLastTreatmentIsRefused()
{
    ScheduleDocument document;
    document.setScenario(inspectorScenario()); // the transplant is on day 700
    PatientPanel panel(&document);
    panel.horizonField()->setValue(1.0); // 365 days
    QCOMPARE(document.scenario().horizonDays, 900.0);
    QVERIFY2(panel.problemText().contains(QStringLiteral("Fingolimod (days 400\u2013500), first day: must lie within the simulated time")),
             qPrintable(panel.problemText()));
    QCOMPARE(panel.horizonField()->value(), 2.5); // back to the document's value
    QCOMPARE(document.undoStack()->count(), 0);
    panel.horizonField()->setValue(3.0);
    QCOMPARE(document.scenario().horizonDays, 1095.8);
    QVERIFY(panel.problemText().isEmpty());
}

void UiPanelsTest::openingAnotherFileClearsSelection()
{
    MainWindow window;
    QVERIFY(window.openScenario(QString::fromUtf8(kDefaultExampleName)));
    window.document()->setSelection({1});
    QVERIFY(window.openScenario(QStringLiteral("alemtuzumab-then-ocrelizumab")));
    QCOMPARE(window.document()->scenario().treatments.size(), std::size_t(3)); // same count
    QVERIFY(window.document()->selection().isEmpty());
    QCOMPARE(window.inspector()->treatmentIndex(), -1);
}

void UiPanelsTest::pinnedOnlyDrugIsDrawn()
{
    MainWindow window;
    QVERIFY(window.openScenario(QStringLiteral("alemtuzumab-then-ocrelizumab")));
    QVERIFY(waitForResults(window));
    QVERIFY(window.comparison()->pinCurrent());
    QVERIFY(window.openScenario(QString::fromUtf8(kDefaultExampleName))); // no ocrelizumab
    QVERIFY(waitForResults(window));
    ResultPlot *plot = window.plots()->plot();
    QStringList names;
    for (int i = 0; i < plot->customPlot()->graphCount(); ++i)
        names << plot->customPlot()->graph(i)->name();
    QVERIFY2(names.contains(QStringLiteral("Ocrelizumab (pinned only)")), qPrintable(names.join(QLatin1Char('|'))));
    QVERIFY(names.contains(QStringLiteral("ADA against ocrelizumab (pinned only)")));
}

void UiPanelsTest::resultsCanBePinnedWhenShown()
{
    // `lymphoscope --pin` pins from resultsShown: by then the runner must no longer be
    // reported busy, or the comparison refuses the results as pending.
    MainWindow window;
    bool pinned = false;
    connect(&window, &MainWindow::resultsShown, &window,
            [&] { pinned = pinned || window.comparison()->pinCurrent(); });
    QVERIFY(window.openScenario(QStringLiteral("alemtuzumab-then-ocrelizumab")));
    QVERIFY(waitForResults(window));
    QVERIFY(pinned);
    QCOMPARE(window.comparison()->comparisons().size(), 1);
}

void UiPanelsTest::timelineAlignsWithPlotAxis()
{
    MainWindow window;
    window.resize(1366, 768);
    QVERIFY(window.openScenario(QString::fromUtf8(kDefaultExampleName)));
    window.show();
    QVERIFY(waitForResults(window));
    for (QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        window.resize(size);
        auto aligned = [&] {
            ResultPlot *plot = window.plots()->plot();
            const auto [left, right] = plot->timeAxisPixels();
            const int offset = window.timeline()->mapFromGlobal(plot->mapToGlobal(QPoint(0, 0))).x();
            const auto &scale = window.timeline()->scale();
            return std::abs(scale.left() - (left + offset)) < 1.0 &&
                   std::abs(scale.right() - (right + offset)) < 1.0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(aligned(), 5000);
        // The same days across both.
        const auto [first, last] = window.plots()->plot()->visibleDays();
        QVERIFY(std::abs(window.timeline()->scale().firstDay() - first) < 1e-6);
        QVERIFY(std::abs(window.timeline()->scale().lastDay() - last) < 1e-6);
    }
    // Zooming the timeline zooms the plots.
    window.timeline()->zoomBy(0.5);
    const auto [first, last] = window.plots()->plot()->visibleDays();
    QVERIFY(std::abs(window.timeline()->scale().firstDay() - first) < 1e-6);
    QVERIFY(std::abs(window.timeline()->scale().lastDay() - last) < 1e-6);
}

void UiPanelsTest::comparisonTableShowsPinnedFigures()
{
    MainWindow window;
    QVERIFY(window.openScenario(QString::fromUtf8(kDefaultExampleName)));
    QVERIFY(waitForResults(window));
    ComparisonPanel *panel = window.comparison();
    QCOMPARE(panel->table()->columnCount(), 1);
    QVERIFY(panel->pinCurrent());
    QCOMPARE(panel->comparisons().size(), 1);
    auto *patientNote = panel->findChild<QLabel *>(QStringLiteral("patientDifferenceNote"));
    QVERIFY(patientNote);
    QVERIFY(patientNote->isHidden()); // the same patient: nothing to warn of
    const OutcomeFigures pinnedFigures = computeOutcomeFigures(panel->comparisons().first().results);

    const std::vector<std::string> names = exampleNames();
    const auto other = std::find_if(names.begin(), names.end(), [](const std::string &n) {
        return n.find("ocrelizumab") != std::string::npos;
    });
    QVERIFY(other != names.end());
    QVERIFY(window.openScenario(QString::fromStdString(*other)));
    QVERIFY(waitForResults(window));
    OutcomeTable *table = panel->table();
    QCOMPARE(table->columnCount(), 2);
    // Plans are named from their steps, not "A: Untitled".
    const QString pinnedName = panel->comparisons().first().name;
    QCOMPARE(pinnedName, QStringLiteral("Alemtuzumab \u00D72 \u2192 aHSCT"));
    QCOMPARE(table->horizontalHeaderItem(1)->text(), pinnedName);
    QCOMPARE(table->horizontalHeaderItem(1)->toolTip(), pinnedName);
    for (int row = 0; row < OutcomeTable::RowCount; ++row)
        QCOMPARE(table->item(row, 1)->text(),
                 OutcomeTable::cellText(OutcomeTable::Row(row), pinnedFigures));
    const OutcomeFigures current = computeOutcomeFigures(*window.plots()->results());
    QCOMPARE(table->item(OutcomeTable::RelapseAt2Years, 0)->text(),
             OutcomeTable::cellText(OutcomeTable::RelapseAt2Years, current));
    // The two strategies differ, so the table shows a difference.
    QVERIFY(table->item(OutcomeTable::MonthsCd4BelowLln, 0)->text() !=
            table->item(OutcomeTable::MonthsCd4BelowLln, 1)->text());

    // The two rescue plans part in month 29 (the transplant's conditioning): counted from
    // there, as the caption says.
    const QLabel *caption = nullptr;
    for (const QLabel *label : panel->findChildren<QLabel *>()) {
        if (label->text().startsWith(QLatin1String("People out of 100")))
            caption = label;
    }
    QVERIFY(caption);
    // (Without a language loaded, the English plural reads "year(s)".)
    QVERIFY2(caption->text().contains(QLatin1String("within 3 year")) &&
                 caption->text().contains(QLatin1String(
                     "from month 29 (the plans are the same until then)")),
             qPrintable(caption->text()));
    QVERIFY2(panel->decisionTable()->item(0, 0)->text().startsWith(
                 QLatin1String("A relapse within 3 year")) &&
                 panel->decisionTable()->item(0, 0)->text().endsWith(
                     QLatin1String(" from month 29")),
             qPrintable(panel->decisionTable()->item(0, 0)->text()));
    // The built-in rescue plans are for the same patient: the differences are the plans'.
    QCOMPARE(window.document()->scenario().patient.baselineArr,
             panel->comparisons().first().patient.baselineArr);
    QVERIFY(patientNote->isHidden());

    // The default example's patient relapses twice as often untreated as the fingolimod
    // example's: the table says so, or the difference would be read as the plans' alone.
    QVERIFY(window.openScenario(QStringLiteral("fingolimod-short-washout-then-alemtuzumab")));
    QVERIFY(waitForResults(window));
    const double pinnedArr = panel->comparisons().first().patient.baselineArr;
    const double currentArr = window.document()->scenario().patient.baselineArr;
    QVERIFY(pinnedArr != currentArr);
    QVERIFY(!patientNote->isHidden());
    const QString note = patientNote->text();
    QVERIFY2(note.contains(pinnedName + QLatin1String(": untreated relapses ") + QLocale().toString(pinnedArr, 'f', 2)) &&
                 note.contains(QLatin1String("(current ") + QLocale().toString(currentArr, 'f', 2)),
             qPrintable(note));

    // The pinned curves are overlaid and named in the legends.
    ResultPlot *plot = window.plots()->plot();
    bool named = false;
    for (int i = 0; i < plot->customPlot()->graphCount(); ++i)
        named = named || plot->customPlot()->graph(i)->name().contains(pinnedName);
    QVERIFY(named);
    // Up to three pins.
    QVERIFY(panel->pinCurrent());
    QVERIFY(panel->pinCurrent());
    QVERIFY(!panel->pinCurrent());
    QCOMPARE(table->columnCount(), 4);
    panel->unpin(0);
    QCOMPARE(table->columnCount(), 3);
    QVERIFY(panel->pinCurrent()); // takes the freed slot A again
    QCOMPARE(panel->comparisons().last().style, OverlayStyle::PinnedA);
}

// The comparison's table in German cut "kein Unterschied" (bold) to "kein Untersch…" in a
// 1366-px window, because its three columns shared the width equally: a column is now never
// narrower than its widest word, and the others share what is left.
void UiPanelsTest::decisionTableKeepsWordsWhole()
{
    // Short of the preferred widths, each column gets room in proportion to what it lacks.
    QCOMPARE(WholeWordTable::shareWidth({20, 20, 20}, {40, 40, 40}, 90), (std::vector<int>{30, 30, 30}));
    QCOMPARE(WholeWordTable::shareWidth({100, 20, 20}, {100, 60, 60}, 151),
             (std::vector<int>{100, 26, 25}));
    // All preferred widths fit: each gets its own and an equal share of the rest.
    QCOMPARE(WholeWordTable::shareWidth({20, 60, 50}, {30, 60, 90}, 210),
             (std::vector<int>{40, 70, 100}));
    QCOMPARE(WholeWordTable::shareWidth({80, 90}, {80, 90}, 100), (std::vector<int>{80, 90})); // too narrow
    QCOMPARE(WholeWordTable::shareWidth({}, {}, 100), std::vector<int>{});

    WholeWordTable table(2, 3);
    table.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table.verticalHeader()->hide();
    table.setItem(0, 0, new QTableWidgetItem(QStringLiteral("Eine neue Autoimmunerkrankung")));
    table.setSpan(0, 0, 1, 3);
    table.setItem(1, 0, new QTableWidgetItem(QStringLiteral("19 (17–24)")));
    table.setItem(1, 1, new QTableWidgetItem(QStringLiteral("19 (17–24)")));
    auto *difference = new QTableWidgetItem(QStringLiteral("kein Unterschied"));
    QFont bold = difference->font();
    bold.setBold(true);
    difference->setFont(bold);
    table.setItem(1, 2, difference);
    // The spanning label sets no minimum; the bold word does.
    QVERIFY(table.widestWord(0) < QFontMetrics(table.font()).horizontalAdvance(
                                      QStringLiteral("Autoimmunerkrankung")));
    QVERIFY(table.widestWord(2) >
            QFontMetrics(bold).horizontalAdvance(QStringLiteral("Unterschied")));
    // Cells are measured in the font they are drawn in: the table's, under an item's own.
    const int small = table.widestWord(1);
    QFont large = table.font();
    large.setPointSizeF(large.pointSizeF() * 2.0);
    table.setFont(large);
    QVERIFY2(table.widestWord(1) > small * 3 / 2,
             qPrintable(QStringLiteral("%1 px at twice the size, %2 before")
                            .arg(table.widestWord(1))
                            .arg(small)));
    QFont largeBold = large;
    largeBold.setBold(true);
    QVERIFY(table.widestWord(2) >
            QFontMetrics(largeBold).horizontalAdvance(QStringLiteral("Unterschied")));
    table.setFont(QFont());
    QCOMPARE(table.widestWord(1), small);
    // A width where equal thirds would cut "Unterschied" but whole words fit.
    const int needed = table.widestWord(0) + table.widestWord(1) + table.widestWord(2);
    table.resize(needed + 6 + 2 * table.frameWidth(), 200);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QVERIFY2(table.viewport()->width() / 3 < table.widestWord(2),
             qPrintable(QStringLiteral("viewport %1, word %2")
                            .arg(table.viewport()->width())
                            .arg(table.widestWord(2))));
    int total = 0;
    for (int c = 0; c < 3; ++c) {
        QVERIFY2(table.columnWidth(c) >= table.widestWord(c),
                 qPrintable(QStringLiteral("column %1: %2 px for %3")
                                .arg(c)
                                .arg(table.columnWidth(c))
                                .arg(table.widestWord(c))));
        total += table.columnWidth(c);
    }
    QCOMPARE(total, table.viewport()->width());
    // Wider, the extra room goes to the narrower columns first, and narrower again it refits.
    table.resize(table.width() + 90, 200);
    QCoreApplication::processEvents();
    QCOMPARE(table.columnWidth(0) + table.columnWidth(1) + table.columnWidth(2),
             table.viewport()->width());
    QVERIFY(table.columnWidth(2) >= table.widestWord(2));
    // Figures kept on one line ("17 (10–" over "19)" otherwise, where room is short).
    table.setOneLineColumns({0, 1});
    table.fitColumns();
    QVERIFY(table.longestText(0) > table.widestWord(0));
    for (int c : {0, 1})
        QVERIFY2(table.columnWidth(c) >= table.longestText(c),
                 qPrintable(QStringLiteral("column %1: %2 px for %3")
                                .arg(c)
                                .arg(table.columnWidth(c))
                                .arg(table.longestText(c))));
    QVERIFY(table.columnWidth(2) >= table.widestWord(2));
    // Where one-line figures cannot fit, they wrap between words rather than be cut.
    table.resize(table.widestWord(0) + table.widestWord(1) + table.widestWord(2) + 6 +
                     2 * table.frameWidth(),
                 200);
    QCoreApplication::processEvents();
    QCOMPARE(table.columnWidth(0) + table.columnWidth(1) + table.columnWidth(2),
             table.viewport()->width());
    for (int c = 0; c < 3; ++c)
        QVERIFY(table.columnWidth(c) >= table.widestWord(c));
}

void UiPanelsTest::crosshairReadsCurveValues()
{
    MainWindow window;
    QVERIFY(window.openScenario(QString::fromUtf8(kDefaultExampleName)));
    QVERIFY(waitForResults(window));
    const QStringList lines = window.plots()->plot()->readoutAt(400.0);
    QCOMPARE(lines.size(), window.plots()->plot()->panelCount());
    const double cd4 = window.plots()->results()->table.valueAt("cd4_per_ul", 400.0);
    const QString expected = QStringLiteral("CD4 T cells %1").arg(QLocale().toString(cd4, 'f', cd4 >= 100 ? 0 : 1));
    QVERIFY2(lines.join(QLatin1Char('|')).contains(expected),
             qPrintable(lines.join(QLatin1Char('|')) + QStringLiteral(" / ") + expected));
}

void UiPanelsTest::panelsCanBeHidden()
{
    MainWindow window;
    QVERIFY(window.openScenario(QString::fromUtf8(kDefaultExampleName)));
    QVERIFY(waitForResults(window));
    const int all = window.plots()->plot()->panelCount();
    window.plots()->setPanelVisible(PlotPanel::Ada, false);
    QCOMPARE(window.plots()->plot()->panelCount(), all - 1);
    QVERIFY(!window.plots()->plot()->panelTitles().contains(ResultPlot::panelName(PlotPanel::Ada)));
    // The choice survives new results.
    window.document()->setPatientValue(PatientField::WeightKg, 80.0);
    QVERIFY(waitForResults(window));
    QCOMPARE(window.plots()->plot()->panelCount(), all - 1);
    window.plots()->setPanelVisible(PlotPanel::Ada, true);
    QCOMPARE(window.plots()->plot()->panelCount(), all);
}

void UiPanelsTest::exportsWriteFiles()
{
    MainWindow window;
    QVERIFY(window.openScenario(QString::fromUtf8(kDefaultExampleName)));
    QVERIFY(waitForResults(window));
    QTemporaryDir dir;
    const struct {
        QString name;
        QByteArray magic;
    } files[] = {{QStringLiteral("plots.png"), QByteArray("\x89PNG")},
                 {QStringLiteral("plots.pdf"), QByteArray("%PDF")},
                 {QStringLiteral("plots.svg"), QByteArray("<?xml")}};
    for (const auto &file : files) {
        QString error;
        QVERIFY2(window.files()->exportPlots(dir.filePath(file.name), &error), qPrintable(error));
        QFile written(dir.filePath(file.name));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.size() > 10000);
        QVERIFY(written.read(5).startsWith(file.magic));
    }
    QString error;
    QVERIFY(!window.files()->exportPlots(dir.filePath(QStringLiteral("plots.bmp")), &error));
    QVERIFY(error.contains(QLatin1String(".bmp")));
    QVERIFY2(window.files()->exportCsv(dir.filePath(QStringLiteral("results.csv")), &error), qPrintable(error));
    QFile csv(dir.filePath(QStringLiteral("results.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readLine().startsWith("day,"));
    QVERIFY(!window.files()->exportCsv(dir.filePath(QStringLiteral("missing/dir/results.csv")), &error));
}

void UiPanelsTest::recentFilesRemembersSaves()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.lymphoscope.json"));
    {
        MainWindow window;
        QVERIFY(window.openScenario(QString::fromUtf8(kDefaultExampleName)));
        QVERIFY(window.document()->saveAs(path));
        window.recentFiles()->add(path);
        QCOMPARE(window.recentFiles()->files().first(), path);
    }
    MainWindow later; // a new window reads the list back
    QCOMPARE(later.recentFiles()->files().first(), path);
    for (int i = 0; i < RecentFiles::kMaxFiles + 3; ++i)
        later.recentFiles()->add(dir.filePath(QStringLiteral("f%1.json").arg(i)));
    QCOMPARE(later.recentFiles()->files().size(), RecentFiles::kMaxFiles);
}

void UiPanelsTest::droppedFileOpens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.lymphoscope.json"));
    Scenario scenario = inspectorScenario();
    scenario.name = "Dropped scenario";
    QVERIFY(!saveScenarioFile(path.toStdString(), scenario));
    MainWindow window;
    window.show();
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at(window.width() / 2, window.height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QCOMPARE(window.document()->scenario().name, std::string("Dropped scenario"));
    QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
}

void UiPanelsTest::parameterSourcesListEveryParameter()
{
    ParameterSourcesDialog dialog;
    const auto &entries = ParameterTable::defaults().entries();
    QCOMPARE(dialog.table()->rowCount(), int(entries.size()));
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        QVERIFY(!dialog.table()->item(row, 4)->text().isEmpty()); // every number has a source
    dialog.filter()->setText(QStringLiteral("lln_cd4"));
    QCOMPARE(dialog.visibleRowCount(), 1);
    dialog.filter()->clear();
    QCOMPARE(dialog.visibleRowCount(), int(entries.size()));
}

// An overridden lower limit of normal is drawn where the *_below_lln columns put it (the
// window once drew the default while the columns used the override).
void UiPanelsTest::plotsDrawTheResultsOwnLimits()
{
    Scenario s = test::scenario(730, {test::alemtuzumabCourse(0, 5)});
    s.patient.parameters["lln_cd4_per_ul"] = 650.0;
    const Results results = simulate(s);
    ResultPlot plot;
    plot.setResults(results, QStringLiteral("override"));
    const auto cells = std::find_if(plot.figure().panels.begin(), plot.figure().panels.end(),
                                    [](const PanelSpec &p) { return p.kind == PlotPanel::Cells; });
    QVERIFY(cells != plot.figure().panels.end());
    // The limits share one legend entry: the CD4 line is the one in the CD4 curve's colour.
    const QColor cd4Colour = plotstyle::cellPen(1).color();
    const auto cd4 = std::find_if(cells->levels.begin(), cells->levels.end(),
                                  [&](const LevelSpec &l) { return l.pen.color() == cd4Colour; });
    QVERIFY(cd4 != cells->levels.end());
    QCOMPARE(cd4->value, 650.0);
}

// The Italian window words a refused edit in Italian: the field in words, the rule translated.
void UiPanelsTest::refusedEditsSpeakTheUsersLanguage()
{
    ScheduleDocument document;
    document.setScenario(inspectorScenario());
    TreatmentInspector inspector(&document);
    PatientPanel panel(&document);
    document.setSelection({0});
    QVERIFY(setLanguage(QStringLiteral("en")));
    setCell(inspector.infusionTable(), 2, 1, QStringLiteral("120"));
    const QString english = inspector.problemText();
    setCell(inspector.infusionTable(), 2, 1, QStringLiteral("12"));
    QVERIFY(inspector.problemText().isEmpty());

    QVERIFY(setLanguage(QStringLiteral("it")));
    setCell(inspector.infusionTable(), 2, 1, QStringLiteral("120"));
    const QString italian = inspector.problemText();
    panel.horizonField()->setValue(1.0); // before the fingolimod and the transplant
    const QString horizon = panel.problemText();
    QVERIFY(setLanguage(QStringLiteral("en")));

    QVERIFY2(english.startsWith(QStringLiteral("Alemtuzumab (days 0\u20134), infusion 3, dose: must")),
             qPrintable(english));
    QVERIFY2(italian.startsWith(QStringLiteral("Alemtuzumab (giorni 0\u20134), infusione 3, dose: "
                                               "deve essere maggiore di 0 e al massimo 60 mg")),
             qPrintable(italian));
    QVERIFY2(horizon.startsWith(QStringLiteral("Non modificato: Fingolimod (giorni 400\u2013500), primo "
                                               "giorno: deve rientrare nel tempo simulato")),
             qPrintable(horizon));
    // No word of the English templates is left.
    for (const char *word : {"must", "than", "most", "got", "treatment", "infusion", "Not",
                             "changed", "within", "first", "day"}) {
        const QRegularExpression englishWord(QStringLiteral("\\b%1\\b").arg(QLatin1String(word)));
        QVERIFY2(!englishWord.match(italian).hasMatch(), qPrintable(italian));
        QVERIFY2(!englishWord.match(horizon).hasMatch(), qPrintable(horizon));
    }
}

QTEST_MAIN(UiPanelsTest)
#include "tst_ui_panels.moc"
