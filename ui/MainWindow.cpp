#include "MainWindow.h"

#include "Autosaver.h"
#include "Personalisation.h"
#include "PlotStackWidget.h"
#include "RecentFiles.h"
#include "ScheduleDocument.h"
#include "SimulationRunner.h"
#include "WindowFiles.h"
#include "education/EducationPlot.h"
#include "education/EducationView.h"
#include "panels/ComparisonPanel.h"
#include "panels/MeasurementsPanel.h"
#include "panels/ParameterSourcesDialog.h"
#include "panels/PatientPanel.h"
#include "panels/TreatmentInspector.h"
#include "plot/ResultPlot.h"
#include "timeline/TherapyPalette.h"
#include "timeline/TimelineWidget.h"
#include "decision/PlanFiguresRunner.h"
#include "window/DockLayout.h"
#include "window/SampledPatientRunner.h"
#include "window/TimeAxisLink.h"
#include "window/TimelineBar.h"
#include "window/WindowMenus.h"

#include "model/Calendar.h"
#include "scenario/ScheduleEdits.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace lymph {

namespace {

// Room left of the plots for the timeline's lane names above them.
constexpr int kLaneLabelWidth = 140;
// Below this window height the timeline's lanes are lower, leaving the height to the plots.
constexpr int kCompactBelowHeight = 900;

// The first local scenario file among dropped URLs, or an empty string.
QString droppedScenarioFile(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent, ScheduleDocument *document)
    : QMainWindow(parent), m_document(document ? document : new ScheduleDocument(this)),
      m_runner(new SimulationRunner(this)), m_recent(new RecentFiles(this)),
      m_autosaver(new Autosaver(m_document, QString(), this))
{
    setAcceptDrops(true);
    setCentralWidget(createCentre());
    m_palette = new TherapyPalette(this);
    m_patient = new PatientPanel(m_document, this);
    m_inspector = new TreatmentInspector(m_document, this);
    m_comparison = new ComparisonPanel(this);
    m_files = new WindowFiles(this, m_document, m_autosaver, m_recent, m_plots,
                              [this] { return m_comparison->comparisons(); });
    // The handout measures the figures still missing itself, not through the panel's runner.
    m_files->setDecisionSource([this] { return m_comparison->decision(false); });
    m_menus = new WindowMenus({this, m_document, m_files, m_timeline, m_recent});
    // The patient's lab results and personalised forecast (Personalisation.h).
    m_personal = new Personalisation(m_document, m_plots, this);
    m_dockLayout = new DockLayout(
        this, {m_palette, m_patient, m_inspector, m_comparison, m_personal->panel()},
        m_menus->viewMenu());
    m_bar->setEducationAction(m_menus->educationAction());
    m_bar->setFitPanelsAction(m_menus->fitPanelsAction());
    m_axes = new TimeAxisLink(m_timeline, m_plots, m_education,
                              [this] { return isEducationMode(); }, this);
    m_sampler = new SampledPatientRunner([this] { return m_document->scenario(); }, this);
    createStatusBar();
    connectParts();

    m_document->setParent(this);
    resize(1366, 768);
    m_dockLayout->fitToWidth(width());
    followTheme();
    if (m_document->isModified())
        m_autosaver->saveNow(); // taken-over work is unsaved: keep a copy at once
    documentChanged();
}

MainWindow::~MainWindow() = default;

// ---- construction ---------------------------------------------------------------------------

QWidget *MainWindow::createCentre()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_disclaimer = new QLabel(
        tr("For exploration and education — not a clinical prediction."), central);
    m_disclaimer->setObjectName(QStringLiteral("disclaimerBanner"));
    m_disclaimer->setAlignment(Qt::AlignCenter);
    m_disclaimer->setWordWrap(true);
    m_disclaimer->setContentsMargins(12, 3, 12, 3);
    m_disclaimer->setAutoFillBackground(true);
    m_disclaimer->setBackgroundRole(QPalette::ToolTipBase);
    m_disclaimer->setForegroundRole(QPalette::ToolTipText);
    layout->addWidget(m_disclaimer);

    m_timeline = new TimelineWidget(m_document, central);
    m_plots = new PlotStackWidget(central);
    m_plots->plot()->setMinimumLeftMargin(kLaneLabelWidth);
    m_bar = new TimelineBar(central);

    auto *timelineBox = new QWidget(central);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(0);
    timelineLayout->addWidget(m_bar);
    timelineLayout->addWidget(m_timeline);

    m_education = new EducationView(central);
    m_education->plot()->setMinimumLeftMargin(kLaneLabelWidth);
    m_views = new QStackedWidget(central);
    m_views->addWidget(m_plots);
    m_views->addWidget(m_education);

    m_splitter = new QSplitter(Qt::Vertical, central);
    m_splitter->addWidget(timelineBox);
    m_splitter->addWidget(m_views);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    timelineBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_splitter, 1);
    return central;
}

void MainWindow::createStatusBar()
{
    m_simulationStatus = new QLabel(this);
    m_cursorStatus = new QLabel(this);
    // Stays until an autosave succeeds again: a crash meanwhile would lose the unsaved work.
    m_autosaveWarning = new QLabel(this);
    m_autosaveWarning->setObjectName(QStringLiteral("autosaveWarning"));
    m_autosaveWarning->setForegroundRole(QPalette::BrightText);
    m_autosaveWarning->setAutoFillBackground(true);
    m_autosaveWarning->setBackgroundRole(QPalette::Highlight);
    m_autosaveWarning->hide();
    statusBar()->addWidget(m_simulationStatus, 1);
    statusBar()->addPermanentWidget(m_autosaveWarning);
    statusBar()->addPermanentWidget(m_cursorStatus);
}

void MainWindow::connectParts()
{
    // Scenario → engine → results → views.
    connect(m_document, &ScheduleDocument::changed, this, &MainWindow::documentChanged);
    connect(m_document, &ScheduleDocument::replaced, m_comparison,
            [this] { m_comparison->setCurrentName(QString()); });
    connect(m_document, &ScheduleDocument::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    connect(m_runner, &SimulationRunner::resultsReady, this, &MainWindow::showResults);
    connect(m_runner, &SimulationRunner::failed, this, &MainWindow::showFailure);
    connect(m_runner, &SimulationRunner::busyChanged, m_comparison,
            [this](bool busy) { m_comparison->setCurrentPending(busy); });
    // A personalised forecast is what the comparison pins, whenever it is shown.
    const auto comparePersonalised = [this] {
        if (const auto &shown = m_personal->shown())
            m_comparison->setCurrent(shown->forecast, m_document->scenario());
    };
    connect(m_personal, &Personalisation::forecastShown, this, comparePersonalised);
    connect(this, &MainWindow::resultsShown, this, comparePersonalised);
    connect(m_comparison, &ComparisonPanel::comparisonsChanged, this, [this] {
        m_plots->setComparisons(m_comparison->comparisons());
        m_dockLayout->comparisonDock()->raise();
    });
    connect(m_comparison, &ComparisonPanel::decisionChanged, m_education,
            [this] { m_education->setDecision(m_comparison->decision()); });

    // Edits.
    // The right column shows what there is to see: the selected treatment, or else the plans.
    connect(m_document, &ScheduleDocument::selectionChanged, this, [this](const QList<int> &s) {
        m_menus->setSelectionActionsEnabled(!s.isEmpty());
        (s.isEmpty() ? m_dockLayout->comparisonDock() : m_dockLayout->inspectorDock())->raise();
    });
    connect(m_document, &ScheduleDocument::editRefused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_palette, &TherapyPalette::templateActivated, this, [this](TherapyTemplate which) {
        // One dosing interval after the treatment before it (ScheduleEdits.h).
        const auto &schedule = m_document->scenario().treatments;
        m_document->addTemplate(which, nextDoseDay(schedule, makeTreatment(which, 0.0)));
    });
    connect(m_files, &WindowFiles::opened, m_timeline, &TimelineWidget::fitToScenario);
    connect(m_files, &WindowFiles::statusMessage, this,
            [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(m_autosaver, &Autosaver::autosaveFailed, this, &MainWindow::showAutosaveState);
    connect(m_autosaver, &Autosaver::autosaveRecovered, this, &MainWindow::showAutosaveState);

    // Views.
    connect(m_education, &EducationView::markerDayChanged, m_timeline,
            &TimelineWidget::setMarkerDay);
    connect(m_timeline, &TimelineWidget::draggingChanged, m_plots->plot(),
            &ResultPlot::setFastDrawing);
    connect(m_plots->plot(), &ResultPlot::cursorDayChanged, this, &MainWindow::showCursorDay);
    connect(m_bar, &TimelineBar::snapUnitChosen, m_timeline, &TimelineWidget::setSnapUnit);
    connect(m_bar, &TimelineBar::cohortSizeChosen, this, &MainWindow::setCohortSize);
    connect(m_bar, &TimelineBar::samplePatientRequested, this,
            [this] { showSampledPatient(); });
    connect(m_sampler, &SampledPatientRunner::ready, this,
            [this](const PinnedResults &patient, int index) {
                m_plots->setSampledPatient(patient);
                emit sampledPatientShown(index);
            });

    // Menus.
    connect(m_menus, &WindowMenus::educationToggled, this, &MainWindow::setEducationMode);
    connect(m_menus, &WindowMenus::fitPanelsToggled, m_plots, &PlotStackWidget::setFitAllPanels);
    connect(m_menus, &WindowMenus::panelToggled, m_plots, &PlotStackWidget::setPanelVisible);
    connect(m_menus, &WindowMenus::themeChosen, this, &MainWindow::setTheme);
    connect(m_menus, &WindowMenus::languageChosen, this, &MainWindow::languageChangeRequested);
    connect(m_menus, &WindowMenus::aboutRequested, this, &MainWindow::showAbout);
    connect(m_menus, &WindowMenus::parameterSourcesRequested, this, [this] {
        auto *dialog = new ParameterSourcesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_menus->setSelectionActionsEnabled(!m_document->selection().isEmpty());
}

void MainWindow::showAutosaveState()
{
    m_autosaveWarning->setVisible(m_autosaver->isFailing());
    m_autosaveWarning->setText(tr(" Not autosaved: unsaved work has no safety copy (retrying) "));
    m_autosaveWarning->setToolTip(m_autosaver->failure());
}

// ---- view state -----------------------------------------------------------------------------

MainWindow::ViewState MainWindow::viewState() const
{
    ViewState state;
    state.docks = saveState();
    state.education = isEducationMode();
    state.docksHiddenForEducation = m_dockLayout->hiddenForEducation();
    state.fitAllPanels = m_plots->fitsAllPanels();
    for (PlotPanel panel : m_plots->hiddenPanels())
        state.hiddenPanels.insert(static_cast<int>(panel));
    state.cohortSize = m_runner->cohortSize();
    state.visibleDays = {m_timeline->scale().firstDay(), m_timeline->scale().lastDay()};
    return state;
}

void MainWindow::restoreViewState(const ViewState &state)
{
    restoreState(state.docks);
    for (PlotPanel panel : kPlotPanels)
        m_menus->panelAction(panel)->setChecked(!state.hiddenPanels.contains(static_cast<int>(panel)));
    m_menus->fitPanelsAction()->setChecked(state.fitAllPanels);
    if (state.cohortSize != m_runner->cohortSize())
        setCohortSize(state.cohortSize);
    if (state.education) {
        setEducationMode(true);
        // The docks this window's state hides were hidden by the education view of the old one:
        // leaving it shows those again.
        m_dockLayout->setHiddenForEducation(state.docksHiddenForEducation);
    }
    m_timeline->setVisibleDays(state.visibleDays.first, state.visibleDays.second);
}

// ---- file handling --------------------------------------------------------------------------

bool MainWindow::openScenario(const QString &pathOrExampleName, QString *error)
{
    return m_files->openScenario(pathOrExampleName, error);
}

void MainWindow::offerRecovery() { m_files->offerRecovery(); }

void MainWindow::setTheme(Theme theme)
{
    applyTheme(theme);
    QSettings().setValue(QStringLiteral("theme"), themeId(theme));
    m_menus->showTheme(theme);
    followTheme();
}

void MainWindow::followTheme()
{
    // The plots' paper follows the window: dark in the dark theme, light otherwise.
    const bool dark = QMainWindow::palette().color(QPalette::Window).lightness() < 128;
    m_plots->setDarkStyle(dark);
    m_education->setDarkStyle(dark);
}

void MainWindow::setCohortSize(int patients)
{
    m_bar->showCohortSize(patients);
    m_runner->setCohortSize(patients);
    m_plots->setSampledPatient(std::nullopt);
    m_simulationStatus->setText(tr("Simulating…"));
    m_runner->request(m_document->scenario());
}

void MainWindow::showSampledPatient(std::optional<int> index)
{
    const int patients = m_runner->cohortSize();
    if (patients <= 0)
        return;
    m_sampler->request(m_document->scenario(),
                       index.value_or(QRandomGenerator::global()->bounded(patients)));
}

bool MainWindow::isEducationMode() const { return m_views->currentWidget() == m_education; }

void MainWindow::setEducationMode(bool on)
{
    if (on == isEducationMode())
        return;
    {
        const QSignalBlocker quiet(m_menus->educationAction());
        m_menus->educationAction()->setChecked(on);
    }
    m_dockLayout->hideForEducation(on);
    m_views->setCurrentWidget(on ? static_cast<QWidget *>(m_education) : m_plots);
    m_timeline->setEducationStyle(on);
    fitTimelineHeight();
    if (on) {
        m_education->setMarkerDay(m_education->markerDay().value_or(0.0));
    } else {
        m_education->pause();
        m_timeline->setMarkerDay(std::nullopt);
    }
    m_axes->align();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Lymphoscope"),
        tr("<p><b>Lymphoscope %1</b></p>"
           "<p>Explore simulated blood lymphocytes, drug levels, anti-drug antibodies and "
           "relapse risk after alemtuzumab and the therapies that may follow it.</p>"
           "<p><b>For exploration and education, not a clinical prediction.</b> The model is "
           "calibrated to published group averages; it does not know your patient.</p>"
           "<p>Every model number and its source: Help → Model Parameters and Sources.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

// ---- events ---------------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_files->maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedScenarioFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedScenarioFile(event->mimeData());
    if (path.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    m_files->openDropped(path);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitToScreenHeight();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        followTheme();
    QMainWindow::changeEvent(event);
}

void MainWindow::fitToScreenHeight()
{
    const bool compact = height() < kCompactBelowHeight;
    if (compact == m_timeline->compactLanes())
        return;
    m_timeline->setCompactLanes(compact);
    m_dockLayout->fitToWidth(width());
    fitTimelineHeight();
}

void MainWindow::fitTimelineHeight()
{
    // The timeline as tall as its lanes, the plots the rest: the splitter would otherwise keep
    // the old share when the lanes change (fewer in the education view, lower on small
    // screens) and leave the plots squeezed under an empty band.
    QWidget *timelineBox = m_splitter->widget(0);
    const int total = m_splitter->height() - m_splitter->handleWidth();
    if (total <= 0)
        return;
    const int timeline = std::min(timelineBox->sizeHint().height(), total / 2);
    m_splitter->setSizes({timeline, total - timeline});
}

// ---- document and simulation ----------------------------------------------------------------

void MainWindow::documentChanged()
{
    m_plots->setSampledPatient(std::nullopt); // drawn for the schedule before this edit
    // A longer or shorter simulation: show all of it.
    if (m_document->scenario().horizonDays != m_shownHorizon) {
        m_shownHorizon = m_document->scenario().horizonDays;
        m_timeline->fitToScenario();
    }
    updateTitle();
    m_simulationStatus->setText(tr("Simulating…"));
    m_runner->request(m_document->scenario());
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Lymphoscope").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::showResults(const Results &results)
{
    m_plots->setResults(results, m_document->displayName());
    m_plots->plot()->setVisibleDays(m_timeline->scale().firstDay(), m_timeline->scale().lastDay());
    m_comparison->setCurrent(results, m_document->scenario());
    m_education->setResults(m_document->scenario(), results);
    if (results.cohortSize > 0)
        m_simulationStatus->setText(
            m_runner->isBusy()
                ? tr("Preview: cohort of %1 patients; the full cohort follows when you pause")
                      .arg(results.cohortSize)
                : tr("Virtual cohort of %1 patients: medians with 5–95 % bands")
                      .arg(QLocale().toString(results.cohortSize)));
    else
        m_simulationStatus->setText(tr("Simulation up to date"));
    emit resultsShown();
}

void MainWindow::showFailure(const QString &message)
{
    m_plots->showMessage(tr("The simulation could not run:\n%1").arg(message));
    m_simulationStatus->setText(tr("Simulation failed"));
    emit simulationFailed(message);
}

void MainWindow::showCursorDay(double day)
{
    if (day < 0.0) {
        m_cursorStatus->clear();
        return;
    }
    const QLocale locale;
    m_cursorStatus->setText(tr("Day %1 · month %2 · year %3")
                                .arg(locale.toString(day, 'f', 0),
                                     locale.toString(day / kDaysPerMonth, 'f', 1),
                                     locale.toString(day / kDaysPerYear, 'f', 2)));
}

QImage MainWindow::snapshot()
{
    // The plans' figures (icon arrays, the decision table) finished, pending layout work (e.g.
    // the scroll bar a taller plot needs) done, then a fresh plot.
    m_comparison->figuresRunner()->waitForAll();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    if (m_plots->hasResults())
        m_plots->plot()->customPlot()->replot(QCustomPlot::rpImmediateRefresh);
    m_education->plot()->customPlot()->replot(QCustomPlot::rpImmediateRefresh);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    return grab().toImage();
}

} // namespace lymph
