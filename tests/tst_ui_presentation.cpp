// What a clinician shows a patient (issue 17): the education view opened from the window is
// laid out at once, a language switch keeps the docks and the window's place, the handout
// never cuts its text in any language, the time axis keeps its width when legends change,
// Ctrl+Y redoes, the inspector marks every invalid value, and the comparison of plans speaks
// in natural frequencies with a difference column and a trade-off sentence.

#include "Language.h"
#include "MainWindow.h"
#include "PlotStackWidget.h"
#include "ScheduleDocument.h"
#include "SimulationRunner.h"
#include "WindowFiles.h"
#include "WindowSession.h"
#include "decision/DecisionSummary.h"
#include "decision/OutcomeIconArrays.h"
#include "decision/PlanFiguresRunner.h"
#include "decision/PlanNames.h"
#include "education/EducationPlot.h"
#include "education/EducationView.h"
#include "education/HandoutWriter.h"
#include "panels/ComparisonPanel.h"
#include "panels/PatientPanel.h"
#include "panels/TreatmentInspector.h"
#include "panels/WholeWordTable.h"
#include "plot/ResultPlot.h"
#include "timeline/TimelineWidget.h"
#include "window/DockLayout.h"
#include "window/WindowMenus.h"

#include "ScenarioBuilders.h"
#include "scenario/ExampleLibrary.h"
#include "scenario/ScenarioIo.h"
#include "simulate/Simulator.h"

#include <qcustomplot.h>

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QComboBox>
#include <QtTest>

using namespace lymph;

namespace {

constexpr int kTimeoutMs = 60000;

Scenario defaultExample() { return *loadScenario(kDefaultExampleName).scenario; }

bool waitForResults(MainWindow &window)
{
    QSignalSpy shown(&window, &MainWindow::resultsShown);
    return shown.wait(kTimeoutMs);
}

// Whitespace (line breaks of the page) and hyphenation removed.
QString squeezed(QString text)
{
    // pdftotext keeps the font's ligatures.
    const std::pair<const char16_t *, const char *> ligatures[] = {
        {u"\uFB00", "ff"}, {u"\uFB01", "fi"}, {u"\uFB02", "fl"}, {u"\uFB03", "ffi"}, {u"\uFB04", "ffl"}};
    for (const auto &[ligature, letters] : ligatures)
        text.replace(QString::fromUtf16(ligature), QLatin1String(letters));
    text.replace(QRegularExpression(QStringLiteral("-\\s*\\n\\s*")), QString());
    return text.simplified();
}

// The heights of the plot panels (axis rects) of a QCustomPlot.
QList<int> panelHeights(QCustomPlot *plot)
{
    QList<int> heights;
    for (QCPAxisRect *rect : plot->axisRects())
        heights << rect->height();
    return heights;
}

} // namespace

class UiPresentationTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QVERIFY(setLanguage(QStringLiteral("en"))); }
    void educationViewFromTheWindowIsLaidOut_data();
    void educationViewFromTheWindowIsLaidOut();
    void languageSwitchKeepsDocksAndPlace();
    void handoutTextIsCompleteInEveryLanguage();
    void threePanelsReadableAt1366();
    void timeAxisWidthIgnoresLegends();
    void legendNamesWrapInsteadOfBeingCut();
    void sideLegendsFitWithThreePinnedPlans();
    void windowFits1366InEveryLanguage();
    void longHeadingNeverWidensThePlots();
    void pinnedNamesFollowTheLanguage();
    void handoutExportKeepsTheWindowResponsive();
    void ctrlYRedoes();
    void inspectorMarksEveryInvalidValue();
    void outOfRangeYearsAreNamedNotClamped();
    void decisionSpeaksInNaturalFrequencies();
    void comparisonNamesPlansAndStatesTheTradeOff();
};

void UiPresentationTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(setLanguage(QStringLiteral("en")));
}

void UiPresentationTest::educationViewFromTheWindowIsLaidOut_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void UiPresentationTest::educationViewFromTheWindowIsLaidOut()
{
    QFETCH(QSize, size);
    MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForResults(window));
    // As a user opens it: the View menu's action (Ctrl+E), not --education.
    window.menus()->educationAction()->trigger();
    QVERIFY(window.isEducationMode());
    QCoreApplication::processEvents();
    QTest::qWait(50);
    window.education()->plot()->customPlot()->replot(QCustomPlot::rpImmediateRefresh);
    const QList<int> heights = panelHeights(window.education()->plot()->customPlot());
    QVERIFY(!heights.isEmpty());
    for (int height : heights)
        QVERIFY2(height >= 56, qPrintable(QStringLiteral("education panel %1 px high").arg(height)));
    const QList<int> widths = window.education()->splitter()->sizes();
    QCOMPARE(widths.size(), 2);
    QVERIFY2(widths[1] >= 250, qPrintable(QStringLiteral("sentences %1 px wide").arg(widths[1])));
    QVERIFY(widths[0] > widths[1]);
    // Back and forth: the same again, the docks back.
    window.menus()->educationAction()->trigger();
    QVERIFY(!window.isEducationMode());
    QVERIFY(window.dockLayout()->inspectorDock()->isVisibleTo(&window) ||
            window.dockLayout()->comparisonDock()->isVisibleTo(&window));
    window.menus()->educationAction()->trigger();
    QCoreApplication::processEvents();
    QVERIFY(window.education()->splitter()->sizes()[1] >= 250);
}

void UiPresentationTest::languageSwitchKeepsDocksAndPlace()
{
    WindowSession session;
    MainWindow *window = session.window();
    window->resize(1366, 740);
    window->move(20, 10);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(waitForResults(*window));
    auto shownDocks = [&session] {
        QStringList names;
        for (QDockWidget *dock : session.window()->dockLayout()->docks()) {
            if (dock->isVisibleTo(session.window()))
                names << dock->objectName();
        }
        names.sort();
        return names;
    };
    const QStringList docks = shownDocks();
    QVERIFY(docks.size() >= 3);
    const QSize size = window->size();
    const QPoint place = window->pos();

    // In the education view, twice over: the docks come back when leaving it.
    session.window()->setEducationMode(true);
    QVERIFY(session.switchLanguage(QStringLiteral("de")));
    QVERIFY(session.switchLanguage(QStringLiteral("fr")));
    QVERIFY(session.window()->isEducationMode());
    QCOMPARE(session.window()->size(), size);
    QCOMPARE(session.window()->pos(), place);
    session.window()->menus()->educationAction()->trigger();
    QVERIFY(!session.window()->isEducationMode());
    QCOMPARE(shownDocks(), docks);
    QVERIFY(session.switchLanguage(QStringLiteral("en")));
    QCOMPARE(shownDocks(), docks);
    QCOMPARE(session.window()->pos(), place);
}

// A pinned plan's name made by the program is made again in the new language; a name the
// user typed stays as typed.
void UiPresentationTest::pinnedNamesFollowTheLanguage()
{
    WindowSession session;
    MainWindow *window = session.window();
    QVERIFY(window->openScenario(QString::fromUtf8(kDefaultExampleName)));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(waitForResults(*window));
    QVERIFY(window->comparison()->pinNoFurtherTreatment());
    QVERIFY(window->comparison()->pinCurrent());
    window->comparison()->renamePinned(1, QStringLiteral("Plan of 3 March"));
    const QString english = window->comparison()->comparisons().at(0).name;
    QVERIFY2(english.endsWith(QStringLiteral(", then no further treatment")), qPrintable(english));

    QVERIFY(session.switchLanguage(QStringLiteral("de")));
    const QList<PinnedResults> german = session.window()->comparison()->comparisons();
    QCOMPARE(german.size(), 2);
    QVERIFY2(german.at(0).name.endsWith(QStringLiteral(", dann keine weitere Behandlung")),
             qPrintable(german.at(0).name));
    QCOMPARE(german.at(1).name, QStringLiteral("Plan of 3 March"));

    QVERIFY(session.switchLanguage(QStringLiteral("en")));
    QCOMPARE(session.window()->comparison()->comparisons().at(0).name, english);
}

// Exported before the pinned plan's figures are measured, the handout measures them off the
// GUI thread: the window's event loop keeps running, and the handout is written.
void UiPresentationTest::handoutExportKeepsTheWindowResponsive()
{
    MainWindow window;
    QVERIFY(window.openScenario(QString::fromUtf8(kDefaultExampleName)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForResults(window));
    QVERIFY(window.comparison()->pinNoFurtherTreatment());
    const DecisionSummary before = window.comparison()->decision(false);
    QVERIFY(std::any_of(before.plans.begin(), before.plans.end(),
                        [](const PlanEntry &plan) { return !plan.figures; }));
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(20);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handout.pdf"));
    QString error;
    QVERIFY2(window.files()->exportHandout(path, &error), qPrintable(error));
    QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks))); // a 1,000-patient cohort: > 100 ms
    QVERIFY(QFileInfo(path).size() > 10000);
}

void UiPresentationTest::handoutTextIsCompleteInEveryLanguage()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the handout's text cannot be read");
    const Scenario scenario = defaultExample();
    const Scenario other = *loadScenario("alemtuzumab-then-ocrelizumab").scenario;
    const Results results = simulate(scenario);
    const Results otherResults = simulate(other);
    QTemporaryDir dir;
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                                QStringLiteral("it"), QStringLiteral("es")}) {
        QVERIFY(setLanguage(code));
        HandoutWriter handout(scenario, results,
                              {{PlanNames::translatedName(other.name), otherResults, other.patient,
                                OverlayStyle::PinnedA, other}});
        QString error;
        const QByteArray pdf = handout.pdf(&error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        const QString path = dir.filePath(code + QStringLiteral(".pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        QProcess extract;
        extract.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                  QStringLiteral("-")});
        QVERIFY(extract.waitForFinished(60000));
        QCOMPARE(extract.exitCode(), 0);
        const QString text = squeezed(QString::fromUtf8(extract.readAllStandardOutput()));
        // The closing statement whole, on the first page and at the end.
        const QString statement = squeezed(HandoutWriter::tr(
            "This handout comes from a computer simulation of an average patient, made to "
            "explain and explore treatment plans. It is not a prediction for you: your own course "
            "can be different. Please talk about your questions with your neurologist."));
        QVERIFY2(text.count(statement) >= 2, qPrintable(code + QStringLiteral(": ") + text.right(600)));
        // Natural frequencies, and the trade-off between the two plans.
        QVERIFY2(text.contains(squeezed(DecisionSummary::perHundred(7)).section(QLatin1Char(' '), 1)),
                 qPrintable(code));
        const QString tradeOff = squeezed(handout.decision().tradeOff());
        QVERIFY(!tradeOff.isEmpty());
        // A hyphen at a line end ("CD4-T-" / "Zellen") cannot be told from a hyphenation, so
        // the sentence is compared without hyphens and spaces.
        const auto bare = [](QString t) {
            return t.remove(QRegularExpression(QStringLiteral("[\\s\\-]")));
        };
        QVERIFY2(bare(text).contains(bare(tradeOff)),
                 qPrintable(code + QStringLiteral(": ") + tradeOff));
        if (code != QLatin1String("en")) // example names and "Untitled" are translated
            QVERIFY2(!text.contains(QString::fromStdString(other.name)), qPrintable(code));
    }
    QVERIFY(setLanguage(QStringLiteral("en")));
}

void UiPresentationTest::threePanelsReadableAt1366()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openScenario(QString::fromUtf8(kDefaultExampleName))); // all five panels
    QVERIFY(waitForResults(window));
    QCoreApplication::processEvents();
    ResultPlot *plot = window.plots()->plot();
    plot->customPlot()->replot(QCustomPlot::rpImmediateRefresh);
    // Panels whose plotting area lies wholly inside the visible part of the plot stack.
    const QRect visible = plot->customPlot()->visibleRegion().boundingRect();
    int readable = 0;
    QStringList seen;
    for (QCPAxisRect *rect : plot->customPlot()->axisRects()) {
        seen << QStringLiteral("%1,%2 %3x%4").arg(rect->rect().x()).arg(rect->rect().y())
                    .arg(rect->rect().width()).arg(rect->rect().height());
        if (rect->height() >= 56 && visible.contains(rect->rect()))
            ++readable;
    }
    QCOMPARE(plot->customPlot()->axisRectCount(), 5);
    // None squeezed (the autoimmunity panel was about 50 px high), scrolled to or not.
    for (QCPAxisRect *rect : plot->customPlot()->axisRects())
        QVERIFY2(rect->height() >= 70, qPrintable(seen.join(QStringLiteral("; "))));
    QVERIFY2(readable >= 3, qPrintable(QStringLiteral("%1 panels fully visible in %2,%3 %4x%5: %6")
                                           .arg(readable).arg(visible.x()).arg(visible.y())
                                           .arg(visible.width()).arg(visible.height())
                                           .arg(seen.join(QStringLiteral("; ")))));
}

void UiPresentationTest::timeAxisWidthIgnoresLegends()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForResults(window));
    QCustomPlot *plot = window.plots()->plot()->customPlot();
    auto axisSpan = [plot] {
        plot->replot(QCustomPlot::rpImmediateRefresh);
        const QCPAxisRect *rect = plot->axisRect(0);
        return std::pair(rect->left(), rect->right());
    };
    const auto before = axisSpan();
    const double first = window.timeline()->scale().firstDay();
    const double last = window.timeline()->scale().lastDay();
    // A pinned plan with a long name adds legend entries.
    QVERIFY(window.comparison()->pinCurrent());
    window.comparison()->renamePinned(
        0, QStringLiteral("A very long name for a plan, longer than any legend had before it"));
    QCoreApplication::processEvents();
    QCOMPARE(axisSpan(), before);
    QCOMPARE(window.timeline()->scale().firstDay(), first);
    QCOMPARE(window.timeline()->scale().lastDay(), last);
    window.comparison()->unpin(0);
    QCoreApplication::processEvents();
    QCOMPARE(axisSpan(), before);
}

// At 1366 px the legend column is narrow: a long name wraps onto a second line within it, so
// "lymphocytes < 500/µL" keeps its number instead of becoming "lymphocytes < …".
void UiPresentationTest::legendNamesWrapInsteadOfBeingCut()
{
    MainWindow window;
    window.resize(1366, 768);
    QVERIFY(window.openScenario(QString::fromUtf8(kDefaultExampleName))); // shaded windows
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForResults(window));
    ResultPlot *resultPlot = window.plots()->plot();
    QVERIFY(resultPlot->legendWidth() > 0); // legends beside the panels at this width
    int wrappedNames = 0;
    bool shadingNamed = false;
    for (QCPLayoutElement *element : resultPlot->customPlot()->plotLayout()->elements(true)) {
        auto *legend = qobject_cast<QCPLegend *>(element);
        if (!legend)
            continue;
        for (int i = 0; i < legend->itemCount(); ++i) {
            auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i));
            if (!item)
                continue;
            const QString name = item->plottable()->name();
            const QStringList lines = name.split(QLatin1Char('\n'));
            QVERIFY2(lines.size() <= 2, qPrintable(name));
            wrappedNames += lines.size() > 1 ? 1 : 0;
            for (const QString &line : lines)
                QVERIFY2(QFontMetrics(item->font()).horizontalAdvance(line) <=
                             resultPlot->legendWidth(),
                         qPrintable(name));
            if (name.contains(QStringLiteral("500")) && name.contains(QStringLiteral("<")))
                shadingNamed = !name.contains(QChar(0x2026));
        }
    }
    QVERIFY(wrappedNames > 0);
    QVERIFY(shadingNamed);
}

// Three pinned plans add three entries to every legend, most on two lines: at 1366×768 the
// panels grow (the stack scrolls) instead of squeezing the legends over the headings.
void UiPresentationTest::sideLegendsFitWithThreePinnedPlans()
{
    MainWindow window;
    window.resize(1366, 768);
    QVERIFY(window.openScenario(QString::fromUtf8(kDefaultExampleName)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForResults(window));
    for (int pin = 0; pin < 3; ++pin)
        QVERIFY(window.comparison()->pinCurrent());
    QCoreApplication::processEvents();
    ResultPlot *resultPlot = window.plots()->plot();
    QVERIFY(resultPlot->legendWidth() > 0); // legends beside the panels at this width
    // The stack grows by what the legends lacked at a layout; a layout later they fit.
    QTRY_VERIFY_WITH_TIMEOUT((resultPlot->customPlot()->replot(QCustomPlot::rpImmediateRefresh),
                              resultPlot->legendShortfall() == 0),
                             5000);
    int legends = 0;
    for (QCPLayoutElement *element : resultPlot->customPlot()->plotLayout()->elements(true)) {
        auto *legend = qobject_cast<QCPLegend *>(element);
        if (!legend || legend->itemCount() == 0)
            continue;
        ++legends;
        QVERIFY2(legend->outerRect().height() >= legend->minimumOuterSizeHint().height(),
                 qPrintable(QStringLiteral("a legend of %1 entries has %2 of the %3 px it needs")
                                .arg(legend->itemCount())
                                .arg(legend->outerRect().height())
                                .arg(legend->minimumOuterSizeHint().height())));
    }
    QCOMPARE(legends, resultPlot->panelCount());
}

// A cohort's heading is long in German; wrapped at the width of the first layout, its lines
// held the plot wider than its viewport, and every legend was cut at the right.
void UiPresentationTest::longHeadingNeverWidensThePlots()
{
    QVERIFY(setLanguage(QStringLiteral("de")));
    MainWindow window;
    QVERIFY(window.openScenario(QString::fromUtf8(kDefaultExampleName)));
    // In the order the command line sets a window up.
    window.resize(1366, 768);
    window.setCohortSize(1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.runner()->isBusy() && window.plots()->results() &&
                                 window.plots()->results()->cohortSize == 1000,
                             120000);
    QCoreApplication::processEvents();
    QWidget *plot = window.plots()->plot();
    const auto *viewport = window.plots()->findChild<QScrollArea *>()->viewport();
    QVERIFY2(plot->width() <= viewport->width(),
             qPrintable(QStringLiteral("plot %1 px in a viewport of %2 px")
                            .arg(plot->width())
                            .arg(viewport->width())));
    QVERIFY(setLanguage(QStringLiteral("en")));
}

// The window's minimum width, set by its longest labels, stays within a 1366 px screen in every
// language (German was 1435 px: a check box's text, and the timeline bar's buttons).
void UiPresentationTest::windowFits1366InEveryLanguage()
{
    for (const QString &code : availableLanguages()) {
        QVERIFY(setLanguage(code));
        MainWindow window;
        QVERIFY(window.openScenario(QString::fromUtf8(kDefaultExampleName)));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitForResults(window));
        QCoreApplication::processEvents();
        QVERIFY2(window.minimumSizeHint().width() <= 1366 && window.width() <= 1366,
                 qPrintable(QStringLiteral("%1: minimum width %2, width %3")
                                .arg(code)
                                .arg(window.minimumSizeHint().width())
                                .arg(window.width())));
        // The timeline's title is whole, cut with an ellipsis or left out, never clipped
        // mid-letter (German showed "Be").
        auto *title = window.findChild<QLabel *>(QStringLiteral("timelineTitle"));
        QVERIFY(title);
        QVERIFY2(title->fontMetrics().horizontalAdvance(title->text()) <= title->width() &&
                     (title->text().isEmpty() || title->text().size() >= 4),
                 qPrintable(QStringLiteral("%1: \"%2\" in %3 px")
                                .arg(code, title->text())
                                .arg(title->width())));
        // The cohort choice shows its longest entry whole ("Cohort of 1,000 patien" was cut).
        auto *cohort = window.findChild<QComboBox *>(QStringLiteral("cohortChoice"));
        QVERIFY(cohort);
        int longest = 0;
        for (int i = 0; i < cohort->count(); ++i)
            longest = std::max(longest, cohort->fontMetrics().horizontalAdvance(cohort->itemText(i)));
        QVERIFY2(cohort->width() >= longest + 20,
                 qPrintable(QStringLiteral("%1: %2 px for text %3 px wide")
                                .arg(code)
                                .arg(cohort->width())
                                .arg(longest)));
    }
    QVERIFY(setLanguage(QStringLiteral("en")));
}

void UiPresentationTest::ctrlYRedoes()
{
    MainWindow window;
    QVERIFY(window.menus()->redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    QVERIFY(window.menus()->undoAction()->shortcuts().contains(QKeySequence::Undo));
}

void UiPresentationTest::inspectorMarksEveryInvalidValue()
{
    ScheduleDocument document;
    Scenario scenario = defaultExample();
    document.setScenario(scenario);
    document.setSelection({0}); // the first alemtuzumab course: five infusions
    TreatmentInspector inspector(&document);
    QTableWidget *table = inspector.infusionTable();
    QVERIFY(table->rowCount() >= 3);
    // Two bad doses at once: both marked, nothing applied, and the dark theme's text is
    // readable on the mark (dark ink on pale red).
    table->item(0, 1)->setText(QStringLiteral("5000"));
    table->item(2, 1)->setText(QStringLiteral("abc"));
    const QColor marked = table->item(0, 1)->background().color();
    QVERIFY(table->item(0, 1)->background().style() != Qt::NoBrush);
    QVERIFY(table->item(2, 1)->background().style() != Qt::NoBrush);
    QVERIFY(table->item(1, 1)->background().style() == Qt::NoBrush);
    QVERIFY(table->item(0, 1)->foreground().color().lightness() < 100);
    QVERIFY(marked.lightness() > 200);
    QCOMPARE(document.scenario(), scenario);
    QVERIFY(inspector.problemText().contains(QStringLiteral("5000")));
    QVERIFY(inspector.problemText().contains(QStringLiteral("abc")));
    // Fixing one leaves the other marked; fixing both applies the edit.
    table->item(2, 1)->setText(QStringLiteral("12"));
    QVERIFY(table->item(0, 1)->background().style() != Qt::NoBrush);
    QVERIFY(table->item(2, 1)->background().style() == Qt::NoBrush);
    QCOMPARE(document.scenario(), scenario);
    table->item(0, 1)->setText(QStringLiteral("11"));
    QVERIFY(inspector.problemText().isEmpty());
    QVERIFY(document.scenario() != scenario);
}

void UiPresentationTest::outOfRangeYearsAreNamedNotClamped()
{
    ScheduleDocument document;
    document.setScenario(defaultExample());
    const double horizon = document.scenario().horizonDays;
    PatientPanel panel(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QDoubleSpinBox *years = panel.horizonField();
    years->setFocus();
    years->selectAll();
    QTest::keyClicks(years, QStringLiteral("100"));
    QCOMPARE(years->text().left(3), QStringLiteral("100")); // not "10"
    QTest::keyClick(years, Qt::Key_Return);
    QCOMPARE(document.scenario().horizonDays, horizon); // neither 100 nor clamped to the maximum
    QVERIFY2(panel.problemText().contains(QStringLiteral("100")), qPrintable(panel.problemText()));
}

void UiPresentationTest::decisionSpeaksInNaturalFrequencies()
{
    const QList<std::pair<QString, QString>> expected = {
        {QStringLiteral("en"), QStringLiteral("21 in 100")},
        {QStringLiteral("de"), QStringLiteral("21 von 100")},
        {QStringLiteral("fr"), QStringLiteral("21 sur 100")},
        {QStringLiteral("it"), QStringLiteral("21 su 100")},
        {QStringLiteral("es"), QStringLiteral("21 de cada 100")}};
    for (const auto &[code, text] : expected) {
        QVERIFY(setLanguage(code));
        QCOMPARE(DecisionSummary::perHundred(21), text);
        const QString sentence =
            DecisionSummary::outcomeSentence(PlanOutcome::Relapse, 21, FigureWindow{0.0, 5});
        QVERIFY2(sentence.startsWith(QStringLiteral("21 ")) && sentence.contains(text.section(QLatin1Char(' '), -2)),
                 qPrintable(code + QStringLiteral(": ") + sentence));
        // Counted from where the plans part, the sentence and the label say from when.
        const FigureWindow parted{894.0, 3};
        const QString later = DecisionSummary::outcomeSentence(PlanOutcome::Relapse, 21, parted);
        QVERIFY2(later.startsWith(QStringLiteral("21 ")) && later.contains(QStringLiteral(" 29")) &&
                     later.contains(QStringLiteral("3")) && !sentence.contains(QStringLiteral("29")),
                 qPrintable(code + QStringLiteral(": ") + later));
        for (PlanOutcome outcome : kPlanOutcomes)
            QVERIFY2(DecisionSummary::outcomeLabel(outcome, parted).contains(QStringLiteral(" 29")),
                     qPrintable(DecisionSummary::outcomeLabel(outcome, parted)));
        QVERIFY(PlanNames::fromPlan(defaultExample()).contains(QStringLiteral("\u2192")));
    }
    QVERIFY(setLanguage(QStringLiteral("en")));
    QCOMPARE(DecisionSummary::differenceText(-23), QStringLiteral("\u221223 in 100"));
    QCOMPARE(DecisionSummary::differenceText(4), QStringLiteral("+4 in 100"));
    QCOMPARE(DecisionSummary::differenceText(0), QStringLiteral("no difference"));

    // Benefits and harms in the same format, with the trade-off from the numbers.
    DecisionSummary summary;
    summary.window.years = 5;
    auto figures = [](double relapse, double autoimmunity, double lowCd4) {
        PlanFigures f;
        f.window.years = 5;
        f.patients = 1000;
        const double values[] = {relapse, autoimmunity, lowCd4};
        for (std::size_t i = 0; i < kPlanOutcomeCount; ++i)
            f.outcomes[i] = NaturalFrequency{values[i], int(values[i]) - 5, int(values[i]) + 5};
        return f;
    };
    summary.plans.append({QStringLiteral("Plan X"), Scenario{}, figures(24, 46, 40)});
    summary.plans.append({QStringLiteral("Plan Y"), Scenario{}, figures(28, 23, 20)});
    summary.reference = 1;
    QVERIFY(summary.comparable());
    const QString sentence = summary.tradeOff();
    QVERIFY2(sentence.contains(QStringLiteral("24 instead of 28 in 100 people with a relapse")) &&
                 sentence.contains(QStringLiteral("but 46 instead of 23 in 100")) &&
                 sentence.contains(QStringLiteral("Within 5 years")),
             qPrintable(sentence));
    summary.window = FigureWindow{894.0, 3};
    QVERIFY2(summary.tradeOff().startsWith(QStringLiteral("Within 3 years from month 29, ")),
             qPrintable(summary.tradeOff()));
    OutcomeIconArrays arrays;
    arrays.setDecision(summary);
    QVERIFY2(arrays.text().contains(QStringLiteral("A relapse within 3 years from month 29")) &&
                 arrays.text().contains(QStringLiteral(
                     "Low CD4 T cells for more than half of the 3 years from month 29")),
             qPrintable(arrays.text()));
    QCOMPARE(int(arrays.arrays().size()), 2 * int(kPlanOutcomeCount));
    QVERIFY2(arrays.text().contains(QStringLiteral("24 in 100")), qPrintable(arrays.text()));
}

void UiPresentationTest::comparisonNamesPlansAndStatesTheTradeOff()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openScenario(QString::fromUtf8(kDefaultExampleName)));
    QVERIFY(waitForResults(window));
    ComparisonPanel *panel = window.comparison();
    QCOMPARE(panel->currentName(), QStringLiteral("Alemtuzumab \u00D72 \u2192 aHSCT"));
    // "No further treatment": the plan without its last step, compared against.
    QVERIFY(panel->pinNoFurtherTreatment());
    QCOMPARE(panel->comparisons().first().name,
             QStringLiteral("Alemtuzumab \u00D72, then no further treatment"));
    QCOMPARE(panel->referenceIndex(), 0);
    panel->renamePinned(0, QStringLiteral("Stop after alemtuzumab"));
    panel->setCurrentName(QStringLiteral("Add aHSCT"));
    QCOMPARE(panel->currentName(), QStringLiteral("Add aHSCT"));
    panel->figuresRunner()->waitForAll();
    QCoreApplication::processEvents();
    QTableWidget *table = panel->decisionTable();
    QCOMPARE(table->columnCount(), 3); // current, pinned, difference
    QVERIFY(table->horizontalHeaderItem(2)->toolTip().contains(QStringLiteral("Stop after alemtuzumab")));
    // The difference column reads "±n in 100" for every outcome.
    for (int row = 1; row < table->rowCount(); row += 2) {
        const QString cell = table->item(row, 2)->text();
        QVERIFY2(cell.contains(QStringLiteral(" in 100")) || cell == QStringLiteral("no difference"),
                 qPrintable(cell));
    }
    const QString tradeOff = panel->tradeOffText();
    QVERIFY2(tradeOff.contains(QStringLiteral("compared with Stop after alemtuzumab, Add aHSCT means")),
             qPrintable(tradeOff));
    // Every plan has the same time frame; the icon arrays show the same in the education view.
    window.setEducationMode(true);
    QCoreApplication::processEvents();
    QVERIFY(window.education()->iconArrays()->text().contains(QStringLiteral(" in 100")));
}

QTEST_MAIN(UiPresentationTest)
#include "tst_ui_presentation.moc"
