// The education mode's words and pictures: facts read off the results (episodes, recovery
// times, infection windows, antibodies, chances), the sentences written from them, the
// education view with its play control, and the printable handout (page count, rendered page).

#include "Language.h"
#include "MainWindow.h"
#include "ScheduleDocument.h"
#include "WindowSession.h"
#include "panels/ComparisonPanel.h"
#include "education/CaptionWriter.h"
#include "education/EducationPlot.h"
#include "education/EducationView.h"
#include "education/HandoutWriter.h"
#include "education/PlanStrip.h"
#include "decision/PlanNames.h"
#include "timeline/TimelineWidget.h"

#include "ScenarioBuilders.h"

#include "model/ParameterTable.h"
#include "scenario/ExampleLibrary.h"
#include "scenario/ScenarioIo.h"
#include "scenario/ScenarioLimits.h"
#include "simulate/Simulator.h"
#include "summary/PlainFacts.h"

#include <QImage>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QUndoStack>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace lymph;

namespace {

Scenario defaultExample() { return *loadScenario(kDefaultExampleName).scenario; }

// Independent of PlainFacts: first day at or after `from` with the column back at `limit`,
// after having been below it.
double dayBackAt(const ResultTable &table, const char *column, double limit, double from)
{
    const auto &days = table.at("day");
    const auto &values = table.at(column);
    bool below = false;
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (days[i] < from)
            continue;
        if (values[i] < limit)
            below = true;
        else if (below)
            return days[i];
    }
    return -1.0;
}

// Writes a handout into `dir` (handout.pdf) and renders its pages there at `dpi` (page-1.png,
// page-2.png, …) with `pdftoppm`.
bool renderHandout(const QString &pdftoppm, const QByteArray &pdf, const QTemporaryDir &dir,
                   int dpi)
{
    QFile file(dir.filePath(QStringLiteral("handout.pdf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return false;
    file.close();
    QProcess render;
    render.start(pdftoppm, {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
                            file.fileName(), dir.filePath(QStringLiteral("page"))});
    return render.waitForFinished(60000) && render.exitStatus() == QProcess::NormalExit &&
           render.exitCode() == 0;
}

} // namespace

class UiEducationTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(setLanguage(QStringLiteral("en"))); }
    void episodesGroupCoursesAndTransplant();
    void recoveryTimesFollowTheCurves();
    void captionsStateTheComputedFigures();
    void captionsChangeWithTheModel();
    void captionsLeaveTheCohortFiguresToThePictures();
    void durationsReadNaturally();
    void educationViewPlaysTheMonths();
    void windowSwitchesToEducationAndBack();
    void handoutHasTwoPagesAndRenders();
    void cliReportWritesTheHandout();
    void languageSwitchesAtRunTime();
    void unnamedPlansAreNamedInTheUsersLanguage();
    void handoutPlanStripKeepsLabelsApart();
    void handoutPlanRunsOverThePlotsTimeAxis();
    void handoutTextKeepsItsColourOnANewPage();
    void percentLabelsFitTheirPanels();
};

void UiEducationTest::episodesGroupCoursesAndTransplant()
{
    const Scenario scenario = defaultExample();
    const PlainFacts facts = computePlainFacts(scenario, simulate(scenario));
    QCOMPARE(facts.episodes.size(), std::size_t(3));
    QCOMPARE(facts.episodes[0].therapy, Therapy::Alemtuzumab);
    QCOMPARE(facts.episodes[0].number, 1);
    QCOMPARE(facts.episodes[1].number, 2);
    QCOMPARE(facts.episodes[2].therapy, Therapy::Ahsct);
    QCOMPARE(facts.episodes[0].windowEndDay, facts.episodes[1].startDay);

    // A course split into single infusions (the weekend case) is still one course.
    Scenario split = test::scenario(400.0, {});
    for (double day : {0.0, 1.0, 2.0, 3.0, 6.0})
        split.treatments.push_back(test::singleInfusion(Therapy::Alemtuzumab, day, 12.0));
    const PlainFacts splitFacts = computePlainFacts(split, simulate(split));
    QCOMPARE(splitFacts.episodes.size(), std::size_t(1));
    QCOMPARE(splitFacts.episodes[0].endDay, 6.0);
}

void UiEducationTest::recoveryTimesFollowTheCurves()
{
    const Scenario scenario = defaultExample();
    const Results results = simulate(scenario);
    const PlainFacts facts = computePlainFacts(scenario, results);
    const ParameterTable &p = ParameterTable::defaults();
    const TreatmentEpisode &first = facts.episodes[0];
    QVERIFY(first.bCells.fellBelowLln && first.bCells.monthsToLln);
    const double back = dayBackAt(results.table, "b_cells_per_ul", p.value("lln_b_per_ul"), 0.0);
    QCOMPARE(*first.bCells.monthsToLln, back / (365.25 / 12.0));
    // T4 (Thompson 2010): CD19 is back near baseline (≈100%, well above the LLN) by month 3 after
    // course 1, so B cells are back in the normal range within 3 months.
    QVERIFY2(*first.bCells.monthsToLln <= 3.0, qPrintable(QString::number(*first.bCells.monthsToLln)));
    // T3: CD4 is still 0.28×10⁹/L (< 400 LLN) at month 12, when course 2 starts.
    QVERIFY(first.cd4.fellBelowLln);
    QVERIFY(!first.cd4.monthsToLln);
    // The transplant's neutropenia is an infection window of its own.
    QVERIFY(std::any_of(facts.infectionWindows.begin(), facts.infectionWindows.end(),
                        [](const InfectionWindow &w) {
                            return w.kind == InfectionWindow::Kind::Neutrophils500;
                        }));
}

void UiEducationTest::captionsStateTheComputedFigures()
{
    const Scenario scenario = defaultExample();
    const PlainFacts facts = computePlainFacts(scenario, simulate(scenario));
    const QStringList captions = CaptionWriter::captions(facts);
    const QString all = captions.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Alemtuzumab course 2 starts in month 12.")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("B cells are back in the normal range after %1.")
                             .arg(CaptionWriter::duration(*facts.episodes[0].bCells.monthsToLln))));
    QVERIFY(all.contains(QStringLiteral("CD4 T cells are still below the normal range in month 12, "
                                        "when the next treatment starts.")));
    const int relapse = int(std::lround(100.0 * *facts.outcomes.relapseProbability2y));
    QVERIFY(all.contains(QStringLiteral("within 2 years: about %1 in 100.").arg(relapse)));
    QVERIFY(all.contains(QStringLiteral("infections are more likely")));
    QVERIFY(all.contains(QStringLiteral("neutrophils")));
}

// The typical patient's chances and a cohort's differ by a few in 100 (handout: "34 in 100
// within 5 years" beside "about 31 in 100 within 6 years"): where the page shows the cohort's,
// the sentences do not state that outcome again.
void UiEducationTest::captionsLeaveTheCohortFiguresToThePictures()
{
    const Scenario scenario = defaultExample();
    const Results results = simulate(scenario);
    const PlainFacts facts = computePlainFacts(scenario, results);
    QVERIFY(facts.outcomes.relapseProbability5y && facts.outcomes.autoimmunityProbability6y);
    const QString twoYears = QStringLiteral("relapse within 2 years");
    const QString fiveYears = QStringLiteral("Within 5 years");
    const QString autoimmune = QStringLiteral("autoimmune illness");
    const QString alone = CaptionWriter::captions(facts).join(QLatin1Char('\n'));
    QVERIFY(alone.contains(twoYears) && alone.contains(fiveYears) && alone.contains(autoimmune));

    PlanFigures figures;
    figures.window.years = 5;
    figures.patients = 1000;
    figures.outcomes[std::size_t(PlanOutcome::Relapse)] = NaturalFrequency{48.0, 40, 57};
    QString shown = CaptionWriter::captions(facts, &figures).join(QLatin1Char('\n'));
    QVERIFY2(shown.contains(twoYears) && !shown.contains(fiveYears), qPrintable(shown));
    QVERIFY(shown.contains(autoimmune)); // not among the figures shown
    figures.outcomes[std::size_t(PlanOutcome::Autoimmunity)] = NaturalFrequency{34.0, 26, 41};
    shown = CaptionWriter::captions(facts, &figures).join(QLatin1Char('\n'));
    QVERIFY2(!shown.contains(autoimmune) && shown.contains(twoYears), qPrintable(shown));
    figures.window.years = 2; // the figures' own time frame: nothing from the typical patient beside it
    shown = CaptionWriter::captions(facts, &figures).join(QLatin1Char('\n'));
    QVERIFY2(!shown.contains(twoYears), qPrintable(shown));

    // The education view: the sentences beside the icon arrays, as the figures come and go.
    EducationView view;
    view.setResults(scenario, results);
    QVERIFY(view.captions().join(QLatin1Char('\n')).contains(autoimmune));
    DecisionSummary decision;
    decision.window.years = 5;
    figures.window.years = 5;
    decision.plans << PlanEntry{QStringLiteral("plan"), scenario, figures};
    view.setDecision(decision);
    shown = view.captions().join(QLatin1Char('\n'));
    QVERIFY2(!shown.contains(autoimmune) && !shown.contains(fiveYears) && shown.contains(twoYears),
             qPrintable(shown));
    decision.plans.front().figures.reset(); // being computed: the arrays show none yet
    view.setDecision(decision);
    QVERIFY(view.captions().join(QLatin1Char('\n')).contains(autoimmune));

    // With the cohort's own figures, the words, the marker's text and the curves tell the
    // chances of the people the icon arrays count: at 5 years, the arrays' number.
    PlanFigureOptions options;
    options.patients = 200;
    const PlanFigures cohort = computePlanFigures(scenario, options);
    const ChanceCurves &curves = cohort.chances;
    QVERIFY(!curves.empty());
    decision.plans.front().figures = cohort;
    view.setDecision(decision);
    view.setMarkerDay(5 * kDaysPerYear);
    const int relapse5 = cohort.at(PlanOutcome::Relapse)->people();
    QVERIFY2(view.currentMomentText().contains(
                 QStringLiteral("chance of a relapse so far about %1 in 100").arg(relapse5)),
             qPrintable(view.currentMomentText()));
    // On day 0: "less than 1 in 100", never "about 0 in 100".
    view.setMarkerDay(0.0);
    QVERIFY2(view.currentMomentText().contains(
                 QStringLiteral("chance of a relapse so far less than 1 in 100")) &&
                 !view.currentMomentText().contains(QStringLiteral("about 0 in 100")),
             qPrintable(view.currentMomentText()));
    const int relapse2 = int(std::lround(100.0 * curves.at(curves.relapse, 2 * kDaysPerYear)));
    // The typical patient's differs here, so the check below tells the two apart.
    QVERIFY(std::lround(100.0 * *facts.outcomes.relapseProbability2y) != relapse2);
    QVERIFY2(view.captions().join(QLatin1Char('\n')).contains(
                 QStringLiteral("relapse within 2 years: about %1 in 100.").arg(relapse2)),
             qPrintable(view.captions().join(QLatin1Char('\n'))));
    // The relapse panel's curve is the cohort's, point for point.
    const QCPGraph *drawn = nullptr;
    for (int g = 0; g < view.plot()->customPlot()->graphCount(); ++g) {
        QCPGraph *graph = view.plot()->customPlot()->graph(g);
        if (graph->name() == QStringLiteral("chance of a relapse so far"))
            drawn = graph;
    }
    QVERIFY(drawn);
    QCOMPARE(drawn->data()->size(), int(curves.days.size()));
    QCOMPARE(std::prev(drawn->data()->constEnd())->value, 100.0 * curves.relapse.back());

    // Figures counted from where compared plans part count something else: the sentences say
    // the chances since day 0 again, and from the same people as the curves.
    PlanFigures later = cohort;
    later.window = FigureWindow{29 * kDaysPerMonth, 3};
    decision.window = later.window;
    decision.plans.front().figures = later;
    view.setDecision(decision);
    const QString words = view.captions().join(QLatin1Char('\n'));
    const int relapse5From0 = int(std::lround(100.0 * curves.at(curves.relapse, 5 * kDaysPerYear)));
    const int autoimmunity6 =
        int(std::lround(100.0 * curves.at(curves.autoimmunity, 6 * kDaysPerYear)));
    QVERIFY(std::lround(100.0 * *facts.outcomes.autoimmunityProbability6y) != autoimmunity6);
    QVERIFY2(words.contains(QStringLiteral("Within 5 years: about %1 in 100.").arg(relapse5From0)) &&
                 words.contains(QStringLiteral("about %1 in 100.").arg(autoimmunity6)) &&
                 words.contains(autoimmune),
             qPrintable(words));
}

void UiEducationTest::captionsChangeWithTheModel()
{
    // Without ADA propensity no antibody sentence; with a strong responder it appears.
    Scenario never = defaultExample();
    never.patient.adaPropensity = 0.0;
    const QString none = CaptionWriter::captions(computePlainFacts(never, simulate(never))).join(QLatin1Char('\n'));
    QVERIFY(!none.contains(QStringLiteral("Antibodies against")));
    const Scenario strong = *loadScenario("strong-ada-responder").scenario;
    const QString some = CaptionWriter::captions(computePlainFacts(strong, simulate(strong))).join(QLatin1Char('\n'));
    QVERIFY2(some.contains(QStringLiteral("Antibodies against alemtuzumab can be measured")),
             qPrintable(some));
    // How long they last, as the ADA column says: the strong responder's are still there at
    // the end; after two courses in a typical patient they come and go twice and end.
    QVERIFY2(some.contains(QStringLiteral("They can still be measured at the end of the simulation.")),
             qPrintable(some));
    const Scenario typical = *loadScenario("alemtuzumab-then-ocrelizumab").scenario;
    const Results typicalResults = simulate(typical);
    const AntibodyFact fact = antibodyFact(typicalResults.table, Therapy::Alemtuzumab);
    const std::vector<double> &positive = typicalResults.table.at("ada_alemtuzumab_binding_positive");
    const std::vector<double> &days = typicalResults.table.at("day");
    QVERIFY(fact.lastPositiveDay && !fact.positiveAtEnd);
    QCOMPARE(fact.positivePeriods, 2);
    const auto last = std::find_if(positive.rbegin(), positive.rend(), [](double v) { return v >= 0.5; });
    QCOMPARE(*fact.lastPositiveDay, days[std::size_t(positive.rend() - last) - 1]);
    // The first period ends before the second course: the sentence says they went away
    // before it says they come back.
    const auto firstOff = std::find_if(std::find_if(positive.begin(), positive.end(),
                                                    [](double v) { return v >= 0.5; }),
                                       positive.end(), [](double v) { return v < 0.5; });
    QVERIFY(firstOff != positive.end());
    QCOMPARE(*fact.firstPeriodEndDay, days[std::size_t(firstOff - positive.begin()) - 1]);
    QVERIFY(*fact.firstPeriodEndDay < 365.0);
    const QString typicalText =
        CaptionWriter::captions(computePlainFacts(typical, typicalResults)).join(QLatin1Char('\n'));
    const QString expected =
        QStringLiteral("From month %1 they can no longer be measured; they come back after a "
                       "later course and can no longer be measured from month %2.")
            .arg(std::lround((*fact.firstPeriodEndDay + 1.0) / kDaysPerMonth))
            .arg(std::lround((*fact.lastPositiveDay + 1.0) / kDaysPerMonth));
    QVERIFY2(typicalText.contains(expected), qPrintable(typicalText));
    // A scenario shorter than 2 years says nothing about 2-year chances.
    const Scenario shortRun = test::scenario(300.0, {test::alemtuzumabCourse(0.0, 5)});
    const QString shortText = CaptionWriter::captions(computePlainFacts(shortRun, simulate(shortRun))).join(QLatin1Char('\n'));
    QVERIFY(!shortText.contains(QStringLiteral("2 years")));
    QVERIFY(shortText.contains(QStringLiteral("at the end of the simulation")));
}

void UiEducationTest::durationsReadNaturally()
{
    QCOMPARE(CaptionWriter::duration(0.5), QStringLiteral("about 2 weeks"));
    QCOMPARE(CaptionWriter::duration(1.0), QStringLiteral("about 1 month"));
    QCOMPARE(CaptionWriter::duration(7.2), QStringLiteral("about 7 months"));
    QCOMPARE(CaptionWriter::duration(24.0), QStringLiteral("about 2 years"));
    QCOMPARE(CaptionWriter::duration(31.0), QStringLiteral("about 2.5 years"));
}

void UiEducationTest::educationViewPlaysTheMonths()
{
    const Scenario scenario = defaultExample();
    const Results results = simulate(scenario);
    EducationView view;
    view.setResults(scenario, results);
    QCOMPARE(view.plot()->panelCount(), 3);
    QSignalSpy marker(&view, &EducationView::markerDayChanged);
    view.setMarkerDay(14 * 365.25 / 12.0);
    QCOMPARE(marker.count(), 1);
    const double day = *view.markerDay();
    const double share = 100.0 * results.table.valueAt("lymphocytes_per_ul", day) /
                         results.table.at("lymphocytes_per_ul").front();
    QVERIFY2(view.currentMomentText().startsWith(QStringLiteral("Month 14: immune cells at %1 %")
                                                     .arg(std::lround(share))),
             qPrintable(view.currentMomentText()));
    // Beyond the plan's end the marker stops at its last day, and so does the text.
    view.setMarkerDay(999 * 365.25 / 12.0);
    QCOMPARE(*view.markerDay(), results.table.at("day").back());
    QVERIFY2(view.currentMomentText().startsWith(
                 QStringLiteral("Month %1:").arg(std::lround(results.table.at("day").back() /
                                                             (365.25 / 12.0)))),
             qPrintable(view.currentMomentText()));
    // A shorter plan's results end before the month being explained: the marker moves back.
    Scenario shorter = scenario;
    shorter.horizonDays = 3.0 * 365.25;
    view.setMarkerDay(60 * 365.25 / 12.0);
    view.setResults(shorter, simulate(shorter));
    QCOMPARE(*view.markerDay(), shorter.horizonDays);
    QVERIFY2(view.currentMomentText().startsWith(QStringLiteral("Month 36:")),
             qPrintable(view.currentMomentText()));
    view.setResults(scenario, results);
    view.setMarkerDay(qQNaN()); // `--month nan`: the start, never a read past the table
    QCOMPARE(*view.markerDay(), 0.0);
    QVERIFY(view.currentMomentText().startsWith(QStringLiteral("Month 0:")));
    view.setMarkerDay(day);
    marker.clear();
    // Playing moves the marker forward month by month.
    view.play();
    QVERIFY(view.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(marker.count() >= 5, 5000);
    QVERIFY(*view.markerDay() > day);
    view.pause();
    QVERIFY(!view.isPlaying());
    // Cell types on demand add CD4 and B cells to the immune-cell panel.
    const int graphs = view.plot()->customPlot()->graphCount();
    view.plot()->setShowCellTypes(true);
    QCOMPARE(view.plot()->customPlot()->graphCount(), graphs + 2);
}

void UiEducationTest::windowSwitchesToEducationAndBack()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    QVERIFY(window.openScenario(QString::fromUtf8(kDefaultExampleName)));
    window.show();
    QSignalSpy shown(&window, &MainWindow::resultsShown);
    QVERIFY(shown.wait(60000));
    window.setEducationMode(true);
    QVERIFY(window.isEducationMode());
    QVERIFY(window.timeline()->educationStyle());
    QCOMPARE(int(window.timeline()->visibleLanes().size()), 2); // alemtuzumab, aHSCT
    QVERIFY(window.timeline()->markerDay().has_value());
    QVERIFY(!window.education()->captions().isEmpty());
    window.education()->setMarkerDay(100.0);
    QCOMPARE(*window.timeline()->markerDay(), 100.0); // one marker on both
    // The plot keeps room for its three panels; with five therapy lanes above it at
    // 1366×768 (titles and legends overlapped) it scrolls instead.
    window.resize(1366, 768);
    QCoreApplication::processEvents();
    QVERIFY(window.education()->plot()->height() >= EducationView::kMinimumPlotHeight);
    window.document()->setScenario(test::scenario(
        6 * kDaysPerYear, {test::alemtuzumabCourse(0, 5), test::fingolimod(0, 400),
                           test::singleInfusion(Therapy::Rituximab, 2, 1000),
                           test::singleInfusion(Therapy::Ocrelizumab, 3, 600),
                           test::ahsct(AhsctRegimen::CyAtg, 5)}));
    QVERIFY(shown.wait(60000));
    QCoreApplication::processEvents();
    QCOMPARE(int(window.timeline()->visibleLanes().size()), 5);
    QVERIFY2(window.education()->plot()->height() >= EducationView::kMinimumPlotHeight,
             qPrintable(QString::number(window.education()->plot()->height())));
    window.setEducationMode(false);
    QVERIFY(!window.timeline()->markerDay());
    QCOMPARE(int(window.timeline()->visibleLanes().size()), int(std::size(TimelineLayout::kLanes)));
}

void UiEducationTest::handoutHasTwoPagesAndRenders()
{
    const Scenario scenario = defaultExample();
    const Scenario other = *loadScenario("alemtuzumab-then-ocrelizumab").scenario;
    const Results results = simulate(scenario);
    QString error;
    HandoutWriter handout(scenario, results,
                          {{QStringLiteral("B"), simulate(other), other.patient,
                            OverlayStyle::PinnedA, other}});
    const QByteArray pdf = handout.pdf(&error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QVERIFY(pdf.startsWith("%PDF"));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "),
             qsizetype(handout.pageCount()));
    QVERIFY(handout.pageCount() >= 2);
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed: the page was not rendered");
    QTemporaryDir dir;
    QVERIFY(renderHandout(pdftoppm, pdf, dir, 40));
    for (int page = 1; page <= handout.pageCount(); ++page) {
        const QImage image(dir.filePath(QStringLiteral("page-%1.png").arg(page)));
        QVERIFY2(!image.isNull(), qPrintable(QStringLiteral("page %1 not rendered").arg(page)));
        // Above the footer every page has (about 140 of these pixels): a page of the sources
        // alone, ten short lines, has about 290 there, a page with plots or icons 600 and more.
        int dark = 0;
        for (int y = 0; y < image.height() * 93 / 100; y += 2)
            for (int x = 0; x < image.width(); x += 2)
                dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY2(dark > 150, qPrintable(QStringLiteral("page %1 looks empty").arg(page)));
    }
    // The sources as author and year, each once: "derived from Gibiansky 2021", the parameter
    // table's English note, is Gibiansky 2021, listed already.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the handout's text was not read");
    QProcess read;
    read.start(pdftotext, {dir.filePath(QStringLiteral("handout.pdf")), QStringLiteral("-")});
    QVERIFY(read.waitForFinished(60000));
    const QString text = QString::fromUtf8(read.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(QStringLiteral("Where the numbers come from")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("derived from")), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("Gibiansky 2021")), 1);
}

void UiEducationTest::cliReportWritesTheHandout()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QProcess cli;
    cli.start(QStringLiteral(LYMPH_CLI_PATH),
              {QStringLiteral("report"), QString::fromUtf8(kDefaultExampleName),
               QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"), QStringLiteral("de")});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
    // Bad input names the problem and exits 2.
    QProcess bad;
    bad.start(QStringLiteral(LYMPH_CLI_PATH),
              {QStringLiteral("report"), QString::fromUtf8(kDefaultExampleName),
               QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"), QStringLiteral("xx")});
    QVERIFY(bad.waitForFinished(60000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("--lang"));
    QProcess missing;
    missing.start(QStringLiteral(LYMPH_CLI_PATH), {QStringLiteral("report"), QString::fromUtf8(kDefaultExampleName)});
    QVERIFY(missing.waitForFinished(60000));
    QCOMPARE(missing.exitCode(), 2);
    QVERIFY(missing.readAllStandardError().contains("--pdf"));
}

void UiEducationTest::languageSwitchesAtRunTime()
{
    QStandardPaths::setTestModeEnabled(true);
    WindowSession session;
    QVERIFY(session.window()->openScenario(QString::fromUtf8(kDefaultExampleName)));
    session.window()->document()->setPatientValue(PatientField::WeightKg, 80.0);
    const Scenario edited = session.window()->document()->scenario();
    auto menuTitles = [&] {
        QStringList titles;
        for (QAction *action : session.window()->menuBar()->actions())
            titles << action->text();
        return titles;
    };
    QVERIFY(menuTitles().contains(QStringLiteral("&Edit")));

    QSignalSpy replaced(&session, &WindowSession::windowReplaced);
    QVERIFY(session.switchLanguage(QStringLiteral("de")));
    QCOMPARE(replaced.count(), 1);
    QVERIFY2(menuTitles().contains(QStringLiteral("&Bearbeiten")), qPrintable(menuTitles().join(QLatin1Char(','))));
    // The work survives the switch: same scenario, still unsaved, undo history intact.
    QCOMPARE(session.window()->document()->scenario(), edited);
    QVERIFY(session.window()->document()->isModified());
    QCOMPARE(session.window()->document()->undoStack()->count(), 1);
    // Numbers follow the language too, and so do Qt's own buttons when Qt's translations are
    // installed (qt6-translations-l10n, from scripts/setup-deps).
    QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    // Generated sentences come out in the new language.
    const PlainFacts facts = computePlainFacts(edited, simulate(edited));
    QVERIFY(!CaptionWriter::captions(facts).join(QLatin1Char(' ')).contains(QStringLiteral("starts in month")));

    QVERIFY(!session.switchLanguage(QStringLiteral("xx")));
    QVERIFY(session.switchLanguage(QStringLiteral("en")));
    QVERIFY(menuTitles().contains(QStringLiteral("&Edit")));
    QCOMPARE(QLocale().decimalPoint(), QStringLiteral("."));
}

// A file without a name reads as "Untitled scenario", which the German and Italian handouts and
// the education view printed in English: such a plan is named from its steps, the window's
// title says "Untitled" in the user's language, and a name of the user's own stays as it is.
void UiEducationTest::unnamedPlansAreNamedInTheUsersLanguage()
{
    QVERIFY(setLanguage(QStringLiteral("de")));
    const auto loaded = parseScenario(R"({"format": "lymphoscope-scenario", "version": 2,
        "horizon_days": 900, "treatments": [{"therapy": "alemtuzumab", "infusions":
        [{"day": 0, "mg": 12}, {"day": 1, "mg": 12}, {"day": 2, "mg": 12}]},
        {"therapy": "ocrelizumab", "infusions": [{"day": 400, "mg": 600}]}]})");
    QVERIFY(loaded.scenario);
    Scenario unnamed = *loaded.scenario;
    QCOMPARE(unnamed.name, std::string(scenario_format::kDefaultName));
    QCOMPARE(PlanNames::shownName(unnamed), PlanNames::fromPlan(unnamed));
    QVERIFY2(PlanNames::shownName(unnamed).contains(QStringLiteral("Ocrelizumab")),
             qPrintable(PlanNames::shownName(unnamed)));
    ScheduleDocument document;
    document.setScenario(unnamed);
    QCOMPARE(document.displayName(), QStringLiteral("Unbenannt"));
    const Results results = simulate(unnamed);
    EducationView view;
    view.setResults(unnamed, results);
    bool titled = false;
    for (const QLabel *label : view.findChildren<QLabel *>())
        titled = titled || label->text() == PlanNames::fromPlan(unnamed);
    QVERIFY(titled);
    HandoutWriter handout(unnamed, results);
    QCOMPARE(handout.decision().plans.front().name, PlanNames::fromPlan(unnamed));
    unnamed.name = "Mein Plan";
    QCOMPARE(PlanNames::shownName(unnamed), QStringLiteral("Mein Plan"));
    unnamed.name = "Alemtuzumab ×2, then ocrelizumab";
    QCOMPARE(PlanNames::shownName(unnamed), PlanNames::translatedName(unnamed.name));
    QVERIFY(setLanguage(QStringLiteral("en")));
}

// The handout's plan strip printed a 50-year plan's fifty year labels on top of each other, and
// five therapies begun together hid each other's names in one row: a lane per therapy, in the
// timeline's order, and tick labels at least a gap apart in every language.
void UiEducationTest::handoutPlanStripKeepsLabelsApart()
{
    Scenario all = test::scenario(6 * kDaysPerYear,
                                  {test::ahsct(AhsctRegimen::CyAtg, 5), test::fingolimod(0, 2000),
                                   test::alemtuzumabCourse(0, 5),
                                   test::singleInfusion(Therapy::Rituximab, 2, 1000),
                                   test::singleInfusion(Therapy::Ocrelizumab, 3, 600)});
    QFont font;
    font.setPixelSize(13);
    const QFontMetricsF metrics(font);
    const PlanStrip::Layout five = PlanStrip::layout(all, metrics, 80, 920);
    QCOMPARE(five.lanes, (std::vector<Therapy>{Therapy::Alemtuzumab, Therapy::Ocrelizumab,
                                               Therapy::Rituximab, Therapy::Fingolimod,
                                               Therapy::Ahsct}));
    QVERIFY(five.years);
    QCOMPARE(five.tickStep, 1);
    QVERIFY(five.axisLeft > 80 + metrics.horizontalAdvance(QStringLiteral("Alemtuzumab")));

    for (const QString &code : availableLanguages()) {
        QVERIFY(setLanguage(code));
        for (double years : {0.5, 2.0, 3.5, 10.0, 25.0, 50.0}) {
            const Scenario plan = test::scenario(years * kDaysPerYear, {test::alemtuzumabCourse(0, 5)});
            const PlanStrip::Layout layout = PlanStrip::layout(plan, metrics, 80, 920);
            QCOMPARE(layout.lanes, std::vector<Therapy>{Therapy::Alemtuzumab});
            const double unit = layout.years ? kDaysPerYear : kDaysPerMonth;
            const double spacing = (layout.axisRight - layout.axisLeft) * layout.tickStep * unit /
                                   plan.horizonDays;
            for (int t = 0; t * unit <= plan.horizonDays + 0.5; t += layout.tickStep) {
                QVERIFY2(metrics.horizontalAdvance(PlanStrip::tickLabel(layout.years, t)) + 8 <=
                             spacing,
                         qPrintable(QStringLiteral("%1, %2 years: '%3' in %4 px")
                                        .arg(code)
                                        .arg(years)
                                        .arg(PlanStrip::tickLabel(layout.years, t))
                                        .arg(spacing)));
            }
        }
    }
    QVERIFY(setLanguage(QStringLiteral("en")));
}

// The handout's plan strip drew its own time axis, narrower than the plots' below and shifted
// from it (year 1 of the plan stood over month 10 of the curves): it now runs exactly over
// the plots' axis, whose left margin makes room for the plan's lane names.
void UiEducationTest::handoutPlanRunsOverThePlotsTimeAxis()
{
    const struct {
        const char *language;
        Scenario plan;
    } cases[] = {
        {"en", defaultExample()},
        {"de", test::scenario(6 * kDaysPerYear,
                              {test::ahsct(AhsctRegimen::CyAtg, 400), test::fingolimod(30, 300),
                               test::alemtuzumabCourse(0, 5),
                               test::singleInfusion(Therapy::Rituximab, 800, 1000),
                               test::singleInfusion(Therapy::Ocrelizumab, 1200, 600)})},
        {"it", test::scenario(0.5 * kDaysPerYear, {test::alemtuzumabCourse(0, 5)})},
    };
    for (const auto &c : cases) {
        QVERIFY(setLanguage(QString::fromLatin1(c.language)));
        const Results results = simulate(c.plan);
        HandoutWriter handout(c.plan, results);
        QString error;
        QVERIFY2(!handout.pdf(&error).isEmpty(), qPrintable(error));
        const HandoutWriter::PageOneAxes &axes = handout.pageOneAxes();
        const QString where = QStringLiteral("%1: plan %2–%3, plots %4–%5")
                                  .arg(QLatin1String(c.language))
                                  .arg(axes.stripAxis.left)
                                  .arg(axes.stripAxis.right)
                                  .arg(axes.plotAxis.left)
                                  .arg(axes.plotAxis.right);
        QVERIFY2(std::abs(axes.stripAxis.left - axes.plotAxis.left) < 0.5, qPrintable(where));
        QVERIFY2(std::abs(axes.stripAxis.right - axes.plotAxis.right) < 0.5, qPrintable(where));
        QVERIFY2(axes.plotAxis.right - axes.plotAxis.left > 600, qPrintable(where)); // most of the page
        // The lane names fit left of the axis (the strip starts 80 units in).
        QVERIFY2(axes.stripAxis.left >= 80 + PlanStrip::namesRoom(c.plan, nullptr) - 1.0,
                 qPrintable(where));
    }
    QVERIFY(setLanguage(QStringLiteral("en")));
}

// The footer drew in grey and left its pen behind, so the text that ran on to the next page
// (the last plain-words sentences on page 3) was printed grey instead of black.
void UiEducationTest::handoutTextKeepsItsColourOnANewPage()
{
    const Scenario scenario = defaultExample();
    const Results results = simulate(scenario); // the writer keeps a reference
    HandoutWriter handout(scenario, results);
    QString error;
    const QByteArray pdf = handout.pdf(&error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QVERIFY(handout.pageCount() >= 2);
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed: the pages were not rendered");
    QTemporaryDir dir;
    QVERIFY(renderHandout(pdftoppm, pdf, dir, 100));
    bool runningText = false; // a page that starts with text continued from the page before
    for (int page = 2; page <= handout.pageCount(); ++page) {
        const QImage image(dir.filePath(QStringLiteral("page-%1.png").arg(page)));
        QVERIFY(!image.isNull());
        // The page's first line of text: its darkest pixel is its pen's colour, #222 for the
        // plain words and #111 for a heading; the footer's grey is #555.
        int top = -1;
        for (int y = 0; y < image.height() / 2 && top < 0; ++y)
            for (int x = 0; x < image.width() && top < 0; ++x)
                if (qGray(image.pixel(x, y)) < 200)
                    top = y;
        QVERIFY2(top >= 0, qPrintable(QStringLiteral("page %1 has no text at its top").arg(page)));
        int darkest = 255;
        for (int y = top; y < std::min(image.height(), top + 16); ++y)
            for (int x = 0; x < image.width(); ++x)
                darkest = std::min(darkest, qGray(image.pixel(x, y)));
        QVERIFY2(darkest < 0x40, qPrintable(QStringLiteral("page %1 starts in grey (darkest %2)")
                                                .arg(page)
                                                .arg(darkest)));
        runningText = runningText || darkest > 0x18; // #222, not a heading's #111
    }
    // Otherwise every page starts with a heading, which sets its own pen, and the test would
    // check nothing: the default plan's plain words run on to page 3.
    QVERIFY(runningText);
}

// In the education view at 1366 × 768 a panel is about 50 pixels high, and its five labels
// (0, 25, 50, 75, 100 %) ran into each other: the patient's panels label 0, 50 and 100 %, also
// with the cell types shown (B cells rise above their usual level), laid out once, as the
// handout lays them out.
void UiEducationTest::percentLabelsFitTheirPanels()
{
    const Scenario scenario = defaultExample();
    const Results results = simulate(scenario);
    for (const bool cellTypes : {false, true}) {
        EducationPlot plot;
        plot.setResults(results);
        plot.setShowCellTypes(cellTypes);
        // A hidden widget gets no resize event: the plot is laid out in the size directly.
        plot.customPlot()->setViewport(QRect(0, 0, 800, 420)); // as in the window at 1366 × 768
        plot.customPlot()->replot();
        int panels = 0;
        for (QCPAxisRect *rect : plot.customPlot()->axisRects()) {
            const QCPAxis *axis = rect->axis(QCPAxis::atLeft);
            if (axis->range().upper < 99.0)
                continue;
            ++panels;
            const double labelHeight = QFontMetricsF(axis->tickLabelFont()).height();
            const QVector<double> ticks = axis->tickVector();
            QVERIFY(ticks.size() >= 3);
            QCOMPARE(ticks.front(), 0.0);
            for (qsizetype i = 1; i < ticks.size(); ++i) {
                const double apart =
                    std::abs(axis->coordToPixel(ticks[i]) - axis->coordToPixel(ticks[i - 1]));
                QVERIFY2(apart >= labelHeight,
                         qPrintable(QStringLiteral("labels %1 px apart, %2 px high")
                                        .arg(apart)
                                        .arg(labelHeight)));
            }
            if (axis->range().upper <= 100.5)
                QCOMPARE(ticks, (QVector<double>{0.0, 50.0, 100.0}));
        }
        QCOMPARE(panels, plot.panelCount());
    }
}

QTEST_MAIN(UiEducationTest)
#include "tst_ui_education.moc"

