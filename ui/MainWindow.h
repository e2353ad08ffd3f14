#pragma once
// The explorer window. Centre: the treatment timeline above the stacked result plots, sharing
// one time axis (a day sits at the same x in both; zooming or panning either moves both).
// Left: the therapy palette and the patient. Right: the inspector of the selected treatment
// and the comparison of pinned scenarios. A banner says this is an exploration and education
// tool. It owns one document and one simulation runner; every edit goes through the
// document's undo stack, and the simulation runs off the GUI thread.

#include "Theme.h"

#include <QMainWindow>
#include <QString>

#include <optional>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace lymph {

class Autosaver;
class ComparisonPanel;
class EducationView;
class PatientPanel;
class Personalisation;
class PlotStackWidget;
class RecentFiles;
class ScheduleDocument;
class SimulationRunner;
class TherapyPalette;
class TimelineWidget;
class TreatmentInspector;
class WindowFiles;
struct Results;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `document` (optional) is taken over, with its undo history: a window rebuilt in another
    // language keeps the user's work.
    explicit MainWindow(QWidget *parent = nullptr, ScheduleDocument *document = nullptr);
    ~MainWindow() override;

    ScheduleDocument *document() const { return m_document; }
    SimulationRunner *runner() const { return m_runner; }
    PlotStackWidget *plots() const { return m_plots; }
    TimelineWidget *timeline() const { return m_timeline; }
    TherapyPalette *palette() const { return m_palette; }
    TreatmentInspector *inspector() const { return m_inspector; }
    PatientPanel *patientPanel() const { return m_patient; }
    ComparisonPanel *comparison() const { return m_comparison; }
    Personalisation *personalisation() const { return m_personal; }
    RecentFiles *recentFiles() const { return m_recent; }
    QLabel *disclaimer() const { return m_disclaimer; }
    EducationView *education() const { return m_education; }
    // The patient-education view in place of the detailed plots, without the editing panels.
    void setEducationMode(bool on);
    bool isEducationMode() const;
    Autosaver *autosaver() const { return m_autosaver; }
    // Opening, saving, recovery and exports (WindowFiles.h).
    WindowFiles *files() const { return m_files; }

    // Work left unsaved by a session that ended abnormally: offered at start.
    void offerRecovery();
    // Opens a file or a built-in example without asking anything; false with `error` set when
    // it cannot be read (the current document is kept then).
    bool openScenario(const QString &pathOrExampleName, QString *error = nullptr);
    // The whole window as an image, with the plots brought up to date first.
    QImage snapshot();
    // Switches the window's look now and remembers it for the next start.
    void setTheme(Theme theme);
    // 0 simulates the typical patient, N a virtual cohort of N (one of the menu's sizes).
    void setCohortSize(int patients);
    // Draws one virtual patient of the cohort (`index`, or a random one) over the medians.
    void showSampledPatient(std::optional<int> index = std::nullopt);

signals:
    // The plots now show the newest simulation of the current scenario.
    void resultsShown();
    void simulationFailed(const QString &message);
    // The user chose another interface language (a code from availableLanguages(), or empty
    // for the system's); WindowSession rebuilds the window in it.
    void languageChangeRequested(const QString &code);
    void sampledPatientShown(int index);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createStatusBar();
    void connectTimeAxes();
    void alignTimeline();
    QWidget *createTimelineBar();

    void showParameterSources();
    void showAbout();
    void rebuildRecentMenu();
    void showAutosaveState();

    void documentChanged();
    void updateTitle();
    void updateEditActions();
    void showResults(const Results &results);
    void showFailure(const QString &message);
    void showCursorDay(double day);

    ScheduleDocument *m_document = nullptr;
    SimulationRunner *m_runner = nullptr;
    RecentFiles *m_recent = nullptr;
    Autosaver *m_autosaver = nullptr;
    WindowFiles *m_files = nullptr;
    PlotStackWidget *m_plots = nullptr;
    EducationView *m_education = nullptr;
    QStackedWidget *m_views = nullptr;
    QAction *m_educationAction = nullptr;
    QToolButton *m_educationButton = nullptr;
    QList<QDockWidget *> m_docks;
    QList<QDockWidget *> m_docksHiddenForEducation;
    TimelineWidget *m_timeline = nullptr;
    QSplitter *m_splitter = nullptr;
    TherapyPalette *m_palette = nullptr;
    TreatmentInspector *m_inspector = nullptr;
    PatientPanel *m_patient = nullptr;
    ComparisonPanel *m_comparison = nullptr;
    Personalisation *m_personal = nullptr;
    QLabel *m_disclaimer = nullptr;
    QLabel *m_simulationStatus = nullptr;
    QLabel *m_cursorStatus = nullptr;
    QLabel *m_autosaveWarning = nullptr;
    QComboBox *m_snapChoice = nullptr;
    QComboBox *m_cohortChoice = nullptr;
    QToolButton *m_samplePatient = nullptr;
    double m_shownHorizon = -1.0;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_splitAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QMenu *m_examplesMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
};

} // namespace lymph
