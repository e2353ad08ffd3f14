#include "MainWindow.h"
#include "model/Calendar.h"

#include "Autosaver.h"
#include "WindowFiles.h"
#include "Personalisation.h"
#include "panels/MeasurementsPanel.h"
#include "PlotStackWidget.h"
#include "Language.h"
#include "RecentFiles.h"
#include "plot/ResultPlot.h"
#include "ScheduleDocument.h"
#include "SimulationRunner.h"
#include "education/EducationPlot.h"
#include "education/EducationView.h"
#include "panels/ComparisonPanel.h"
#include "panels/ParameterSourcesDialog.h"
#include "panels/PatientPanel.h"
#include "panels/TreatmentInspector.h"
#include "timeline/TherapyPalette.h"
#include "timeline/TimelineWidget.h"

#include "cohort/Cohort.h"
#include "scenario/ExampleLibrary.h"
#include "scenario/ScenarioIo.h"
#include "scenario/ScheduleEdits.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRandomGenerator>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace lymph {

namespace {

// Room left of the plots for the timeline's lane names above them.
constexpr int kLaneLabelWidth = 140;

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
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_disclaimer = new QLabel(
        tr("For exploration and education — not a clinical prediction."), central);
    m_disclaimer->setObjectName(QStringLiteral("disclaimerBanner"));
    m_disclaimer->setAlignment(Qt::AlignCenter);
    m_disclaimer->setWordWrap(true);
    m_disclaimer->setContentsMargins(12, 5, 12, 5);
    m_disclaimer->setAutoFillBackground(true);
    m_disclaimer->setBackgroundRole(QPalette::ToolTipBase);
    m_disclaimer->setForegroundRole(QPalette::ToolTipText);
    layout->addWidget(m_disclaimer);

    m_timeline = new TimelineWidget(m_document, central);
    m_plots = new PlotStackWidget(central);
    m_plots->plot()->setMinimumLeftMargin(kLaneLabelWidth);
    m_files = new WindowFiles(this, m_document, m_autosaver, m_recent, m_plots,
                              [this] { return m_comparison->comparisons(); });
    connect(m_files, &WindowFiles::opened, m_timeline, &TimelineWidget::fitToScenario);
    connect(m_files, &WindowFiles::statusMessage, this,
            [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });

    auto *timelineBox = new QWidget(central);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(0);
    timelineLayout->addWidget(createTimelineBar());
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
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createActions();
    m_educationButton->setDefaultAction(m_educationAction);
    m_educationButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createMenus();
    createDocks();
    createStatusBar();
    connectTimeAxes();

    connect(m_document, &ScheduleDocument::changed, this, &MainWindow::documentChanged);
    connect(m_document, &ScheduleDocument::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    connect(m_runner, &SimulationRunner::resultsReady, this, &MainWindow::showResults);
    connect(m_runner, &SimulationRunner::failed, this, &MainWindow::showFailure);
    connect(m_document, &ScheduleDocument::selectionChanged, this,
            &MainWindow::updateEditActions);
    connect(m_autosaver, &Autosaver::autosaveFailed, this, &MainWindow::showAutosaveState);
    connect(m_autosaver, &Autosaver::autosaveRecovered, this, &MainWindow::showAutosaveState);
    connect(m_education, &EducationView::markerDayChanged, m_timeline,
            &TimelineWidget::setMarkerDay);
    connect(m_timeline, &TimelineWidget::draggingChanged, m_plots->plot(),
            &ResultPlot::setFastDrawing);
    connect(m_document, &ScheduleDocument::editRefused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_palette, &TherapyPalette::templateActivated, this, [this](TherapyTemplate which) {
        const double day = nextFreeDay(m_document->scenario().treatments);
        m_document->addTemplate(which, snapDay(day, m_timeline->snapUnit()));
    });
    connect(m_runner, &SimulationRunner::busyChanged, m_comparison,
            [this](bool busy) { m_comparison->setCurrentPending(busy); });
    // A personalised forecast is what the comparison pins, whenever it is shown.
    const auto comparePersonalised = [this] {
        if (const auto &shown = m_personal->shown())
            m_comparison->setCurrent(m_document->displayName(), shown->forecast,
                                     m_document->scenario().patient);
    };
    connect(m_personal, &Personalisation::forecastShown, this, comparePersonalised);
    connect(this, &MainWindow::resultsShown, this, comparePersonalised);
    connect(m_comparison, &ComparisonPanel::comparisonsChanged, this,
            [this] { m_plots->setComparisons(m_comparison->comparisons()); });

    m_document->setParent(this);
    resize(1366, 768);
    if (m_document->isModified())
        m_autosaver->saveNow(); // taken-over work is unsaved: keep a copy at once
    documentChanged();
    updateEditActions();
}

MainWindow::~MainWindow() = default;

// ---- construction ---------------------------------------------------------------------------

QWidget *MainWindow::createTimelineBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("timelineBar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(10, 3, 10, 3);
    auto *title = new QLabel(tr("<b>Treatment timeline</b>"), bar);
    title->setToolTip(tr("Drag therapies from the palette onto the timeline; drag blocks to move "
                         "them, their right edge to change a period's end."));
    row->addWidget(title, 1);
    auto *snapLabel = new QLabel(tr("Snap to"), bar);
    m_snapChoice = new QComboBox(bar);
    m_snapChoice->addItem(tr("day"), static_cast<int>(SnapUnit::Day));
    m_snapChoice->addItem(tr("week"), static_cast<int>(SnapUnit::Week));
    m_snapChoice->addItem(tr("month"), static_cast<int>(SnapUnit::Month));
    m_snapChoice->setToolTip(tr("Where dragged treatments land. Hold Shift while dragging "
                                "for no snapping."));
    m_snapChoice->setAccessibleName(tr("Snap dragged treatments to"));
    snapLabel->setBuddy(m_snapChoice);
    connect(m_snapChoice, &QComboBox::currentIndexChanged, this, [this] {
        m_timeline->setSnapUnit(static_cast<SnapUnit>(m_snapChoice->currentData().toInt()));
    });
    row->addWidget(snapLabel);
    row->addWidget(m_snapChoice);
    // Who is simulated: the typical patient, or a virtual cohort drawn as medians with bands.
    m_cohortChoice = new QComboBox(bar);
    m_cohortChoice->setObjectName(QStringLiteral("cohortChoice"));
    m_cohortChoice->addItem(tr("Typical patient"), 0);
    for (int size : {50, 200, 1000})
        m_cohortChoice->addItem(tr("Cohort of %1 patients").arg(QLocale().toString(size)), size);
    m_cohortChoice->setToolTip(tr("A virtual cohort shows how differently patients respond: "
                                  "medians with 5–95 % bands. While you drag, a quick preview "
                                  "of %1 patients is shown first.")
                                   .arg(SimulationRunner::kPreviewPatients));
    m_cohortChoice->setAccessibleName(tr("Simulate the typical patient or a virtual cohort"));
    connect(m_cohortChoice, &QComboBox::currentIndexChanged, this,
            [this] { setCohortSize(m_cohortChoice->currentData().toInt()); });
    m_samplePatient = new QToolButton(bar);
    m_samplePatient->setText(tr("Show a Patient"));
    m_samplePatient->setToolTip(tr("Draw one virtual patient of the cohort over its medians; "
                                   "press again for another."));
    m_samplePatient->setEnabled(false);
    connect(m_samplePatient, &QToolButton::clicked, this, &MainWindow::showSampledPatient);
    row->addSpacing(12);
    row->addWidget(m_cohortChoice);
    row->addWidget(m_samplePatient);
    auto *educationButton = new QToolButton(bar);
    educationButton->setObjectName(QStringLiteral("educationButton"));
    row->addSpacing(12);
    row->addWidget(educationButton);
    m_educationButton = educationButton;
    return bar;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, m_files, &WindowFiles::newDocument);

    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, m_files, &WindowFiles::openDocument);

    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, m_files, &WindowFiles::save);

    m_saveAsAction = new QAction(tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, m_files, &WindowFiles::saveAs);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    // Edits of the document's selection: shortcuts act while the timeline has focus
    // (elsewhere Delete and Ctrl+A belong to the text fields); the menu entries work from
    // anywhere.
    auto timelineAction = [this](const QString &text, const QKeySequence &keys, auto operation) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_timeline->addAction(action);
        connect(action, &QAction::triggered, m_document, [this, operation] {
            std::invoke(operation, m_document);
        });
        return action;
    };
    m_duplicateAction = timelineAction(tr("D&uplicate"), QKeySequence(tr("Ctrl+D")),
                                       &ScheduleDocument::duplicateSelection);
    m_splitAction = timelineAction(tr("S&plit into Single Infusions"), QKeySequence(),
                                   &ScheduleDocument::splitSelection);
    m_deleteAction = timelineAction(tr("&Delete"), QKeySequence::Delete,
                                    &ScheduleDocument::deleteSelection);
    m_selectAllAction = timelineAction(tr("Select &All Treatments"), QKeySequence::SelectAll,
                                       &ScheduleDocument::selectAll);

    m_zoomInAction = new QAction(tr("Zoom &In"), this);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, this, [this] { m_timeline->zoomBy(0.8); });
    m_zoomOutAction = new QAction(tr("Zoom &Out"), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { m_timeline->zoomBy(1.25); });
    m_educationAction = new QAction(tr("&Education View"), this);
    m_educationAction->setCheckable(true);
    m_educationAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_educationAction->setToolTip(tr("Large, simple pictures and plain words for explaining a "
                                     "plan to a patient"));
    connect(m_educationAction, &QAction::toggled, this, &MainWindow::setEducationMode);

    m_fitAction = new QAction(tr("Show the &Whole Simulated Time"), this);
    m_fitAction->setShortcut(QKeySequence(tr("Ctrl+0")));
    connect(m_fitAction, &QAction::triggered, m_timeline, &TimelineWidget::fitToScenario);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_examplesMenu = file->addMenu(tr("Open E&xample"));
    for (const std::string &name : exampleNames()) {
        const QString example = QString::fromStdString(name);
        QAction *action = m_examplesMenu->addAction(example);
        action->setData(example);
        connect(action, &QAction::triggered, m_files, [this, example] { m_files->openExample(example); });
    }
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("Plots as &PNG Image…"), m_files,
                          [this] { m_files->exportPlotsInteractively(QStringLiteral("png")); });
    exportMenu->addAction(tr("Plots as &SVG Drawing…"), m_files,
                          [this] { m_files->exportPlotsInteractively(QStringLiteral("svg")); });
    exportMenu->addAction(tr("Plots as P&DF…"), m_files,
                          [this] { m_files->exportPlotsInteractively(QStringLiteral("pdf")); });
    exportMenu->addAction(tr("Results as &CSV Table…"), m_files,
                          &WindowFiles::exportCsvInteractively);
    exportMenu->addAction(tr("Patient &Handout as PDF…"), m_files,
                          &WindowFiles::exportHandoutInteractively);
    QAction *print =
        file->addAction(tr("&Print Patient Handout…"), m_files, &WindowFiles::printHandout);
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    file->addAction(m_quitAction);
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_duplicateAction);
    edit->addAction(m_splitAction);
    edit->addAction(m_deleteAction);
    edit->addAction(m_selectAllAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_educationAction);
    view->addSeparator();
    for (PlotPanel panel : kPlotPanels) {
        QAction *toggle = view->addAction(ResultPlot::panelName(panel));
        toggle->setCheckable(true);
        toggle->setChecked(true);
        connect(toggle, &QAction::toggled, this,
                [this, panel](bool on) { m_plots->setPanelVisible(panel, on); });
    }
    view->addSeparator();
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_fitAction);
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const std::pair<Theme, QString> themes[] = {{Theme::System, tr("&System")},
                                                {Theme::Light, tr("&Light")},
                                                {Theme::Dark, tr("&Dark")}};
    for (const auto &[which, label] : themes) {
        QAction *action = theme->addAction(label);
        action->setCheckable(true);
        action->setChecked(which == currentTheme());
        action->setData(themeId(which));
        m_themeGroup->addAction(action);
        const Theme chosen = which;
        connect(action, &QAction::triggered, this, [this, chosen] { setTheme(chosen); });
    }
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    QStringList codes{QString()};
    codes << availableLanguages();
    for (const QString &code : codes) {
        QAction *action = language->addAction(code.isEmpty() ? tr("&System Language")
                                                             : nativeLanguageName(code));
        action->setCheckable(true);
        action->setChecked(code == currentLanguage() && !code.isEmpty());
        languages->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, code] { emit languageChangeRequested(code); });
    }
    m_viewMenu = view;

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Model &Parameters and Sources…"), this,
                    &MainWindow::showParameterSources);
    help->addAction(tr("&About Lymphoscope"), this, &MainWindow::showAbout);
}

void MainWindow::createDocks()
{
    auto makeDock = [this](const QString &title, const QString &name, QWidget *content,
                           Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                          QDockWidget::DockWidgetClosable);
        dock->setWidget(content);
        addDockWidget(area, dock);
        m_viewMenu->addAction(dock->toggleViewAction());
        m_docks << dock;
        return dock;
    };
    m_viewMenu->addSeparator();
    m_palette = new TherapyPalette(this);
    m_patient = new PatientPanel(m_document, this);
    m_inspector = new TreatmentInspector(m_document, this);
    m_comparison = new ComparisonPanel(this);
    QDockWidget *palette =
        makeDock(tr("Therapies"), QStringLiteral("paletteDock"), m_palette, Qt::LeftDockWidgetArea);
    QDockWidget *patient =
        makeDock(tr("Patient"), QStringLiteral("patientDock"), m_patient, Qt::LeftDockWidgetArea);
    QDockWidget *inspector = makeDock(tr("Selected treatment"), QStringLiteral("inspectorDock"),
                                      m_inspector, Qt::RightDockWidgetArea);
    QDockWidget *compare = makeDock(tr("Compare scenarios"), QStringLiteral("compareDock"),
                                    m_comparison, Qt::RightDockWidgetArea);
    // The inspector and the comparison share the right column as tabs, leaving the plots
    // as much width as possible on a 1366-pixel screen; a selection brings the inspector up.
    tabifyDockWidget(inspector, compare);
    // The patient's lab results and personalised forecast (Personalisation.h), beside the
    // patient.
    m_personal = new Personalisation(m_document, m_plots, this);
    tabifyDockWidget(patient, makeDock(tr("Lab Results"), QStringLiteral("measurementsDock"),
                                       m_personal->panel(), Qt::LeftDockWidgetArea));
    patient->raise();
    inspector->raise();
    connect(m_document, &ScheduleDocument::selectionChanged, inspector,
            [inspector](const QList<int> &s) {
                if (!s.isEmpty())
                    inspector->raise();
            });
    connect(m_comparison, &ComparisonPanel::comparisonsChanged, compare, &QDockWidget::raise);
    resizeDocks({palette, inspector}, {215, 300}, Qt::Horizontal);
    resizeDocks({palette, patient}, {400, 230}, Qt::Vertical);
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

void MainWindow::showAutosaveState()
{
    m_autosaveWarning->setVisible(m_autosaver->isFailing());
    m_autosaveWarning->setText(tr(" Not autosaved: unsaved work has no safety copy (retrying) "));
    m_autosaveWarning->setToolTip(m_autosaver->failure());
}

void MainWindow::connectTimeAxes()
{
    ResultPlot *plot = m_plots->plot();
    connect(m_timeline, &TimelineWidget::visibleDaysChanged, plot, &ResultPlot::setVisibleDays);
    connect(plot, &ResultPlot::visibleDaysChanged, m_timeline, &TimelineWidget::setVisibleDays);
    connect(plot, &ResultPlot::timeAxisPixelsChanged, this, &MainWindow::alignTimeline);
    connect(m_education->plot()->customPlot(), &QCustomPlot::afterReplot, this,
            &MainWindow::alignTimeline);
    connect(plot, &ResultPlot::cursorDayChanged, this, &MainWindow::showCursorDay);
}

void MainWindow::alignTimeline()
{
    // The timeline's lanes sit over the time axis of whichever plots are shown.
    QCustomPlot *shown = isEducationMode() ? m_education->plot()->customPlot()
                                           : m_plots->plot()->customPlot();
    if (shown->axisRectCount() == 0)
        return;
    const QRect axis = shown->axisRect(0)->rect();
    const int offset = m_timeline->mapFromGlobal(shown->mapToGlobal(QPoint(0, 0))).x();
    m_timeline->setTimePixelSpan(axis.left() + offset, axis.right() + offset);
    if (isEducationMode()) {
        const QCPRange range = shown->axisRect(0)->axis(QCPAxis::atBottom)->range();
        const double perUnit = m_education->plot()->daysPerUnit();
        m_timeline->setVisibleDays(range.lower * perUnit, range.upper * perUnit);
    }
}

// ---- file handling --------------------------------------------------------------------------

bool MainWindow::openScenario(const QString &pathOrExampleName, QString *error)
{
    return m_files->openScenario(pathOrExampleName, error);
}

void MainWindow::offerRecovery() { m_files->offerRecovery(); }

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, m_files, [this, path] { m_files->openRecent(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), m_recent, &RecentFiles::clear);
}

void MainWindow::setTheme(Theme theme)
{
    applyTheme(theme);
    QSettings().setValue(QStringLiteral("theme"), themeId(theme));
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == themeId(theme));
}

void MainWindow::setCohortSize(int patients)
{
    const int index = m_cohortChoice->findData(patients);
    if (index >= 0 && index != m_cohortChoice->currentIndex()) {
        m_cohortChoice->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    m_runner->setCohortSize(patients);
    m_samplePatient->setEnabled(patients > 0);
    m_plots->setSampledPatient(std::nullopt);
    m_simulationStatus->setText(tr("Simulating…"));
    m_runner->request(m_document->scenario());
}

void MainWindow::showSampledPatient(std::optional<int> index)
{
    const int patients = m_runner->cohortSize();
    if (patients <= 0)
        return;
    const int chosen = index.value_or(QRandomGenerator::global()->bounded(patients));
    const Scenario scenario = m_document->scenario();
    auto *watcher = new QFutureWatcher<std::optional<Results>>(this);
    connect(watcher, &QFutureWatcher<std::optional<Results>>::finished, this,
            [this, watcher, chosen, scenario] {
                const std::optional<Results> results = watcher->result();
                watcher->deleteLater();
                if (!results || results->patients.empty() || !(scenario == m_document->scenario()))
                    return; // failed, or the schedule changed meanwhile
                const PatientOutcome &who = results->patients.front();
                const std::string_view adaClass = who.adaClass;
                const QString ada = adaClass == "never"    ? tr("never forms ADA")
                                    : adaClass == "strong" ? tr("strong ADA responder")
                                                               : tr("typical ADA response");
                m_plots->setSampledPatient(PinnedResults{
                    tr("patient %1 of the cohort (%2)").arg(chosen + 1).arg(ada), *results,
                    scenario.patient, Qt::DashDotLine});
                emit sampledPatientShown(chosen);
            });
    watcher->setFuture(QtConcurrent::run([scenario, chosen]() -> std::optional<Results> {
        try {
            return simulateCohortMember(scenario, SimulationRunner::kCohortSeed,
                                        static_cast<std::size_t>(chosen));
        } catch (const std::exception &) {
            return std::nullopt;
        }
    }));
}

bool MainWindow::isEducationMode() const { return m_views->currentWidget() == m_education; }

void MainWindow::setEducationMode(bool on)
{
    if (on == isEducationMode())
        return;
    const QSignalBlocker quiet(m_educationAction);
    m_educationAction->setChecked(on);
    m_views->setCurrentWidget(on ? static_cast<QWidget *>(m_education) : m_plots);
    m_timeline->setEducationStyle(on);
    alignTimeline();
    if (on) {
        m_docksHiddenForEducation.clear();
        for (QDockWidget *dock : m_docks) {
            if (!dock->isHidden()) {
                m_docksHiddenForEducation << dock;
                dock->hide();
            }
        }
        m_education->setMarkerDay(m_education->markerDay().value_or(0.0));
    } else {
        m_education->pause();
        m_timeline->setMarkerDay(std::nullopt);
        for (QDockWidget *dock : m_docksHiddenForEducation)
            dock->show();
    }
}

void MainWindow::showParameterSources()
{
    auto *dialog = new ParameterSourcesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
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
    updateEditActions();
    m_simulationStatus->setText(tr("Simulating…"));
    m_runner->request(m_document->scenario());
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Lymphoscope").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateEditActions()
{
    const bool any = !m_document->selection().isEmpty();
    m_duplicateAction->setEnabled(any);
    m_deleteAction->setEnabled(any);
    m_splitAction->setEnabled(any);
}

void MainWindow::showResults(const Results &results)
{
    m_plots->setResults(results, m_document->displayName());
    const auto [first, last] = std::pair(m_timeline->scale().firstDay(),
                                         m_timeline->scale().lastDay());
    m_plots->plot()->setVisibleDays(first, last);
    m_comparison->setCurrent(m_document->displayName(), results, m_document->scenario().patient);
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
    // Pending layout work (e.g. the scroll bar a taller plot needs) first, then a fresh plot.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    if (m_plots->hasResults())
        m_plots->plot()->customPlot()->replot(QCustomPlot::rpImmediateRefresh);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    return grab().toImage();
}

} // namespace lymph
