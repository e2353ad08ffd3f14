#pragma once
// The explorer window. Centre: the treatment timeline above the stacked result plots, sharing
// one time axis (TimeAxisLink). Left: the therapy palette and the patient; right: the
// inspector of the selected treatment and the comparison of plans (DockLayout). Menus and
// actions: WindowMenus; the row above the timeline: TimelineBar. A banner says this is an
// exploration and education tool. Data flows one way: every edit goes through the document's
// undo stack, the document's scenario goes to the simulation runner (off the GUI thread), and
// its results to the plots, the education view and the comparison.

#include "Theme.h"

#include <QMainWindow>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class QLabel;
class QSplitter;
class QStackedWidget;

namespace lymph {

class Autosaver;
class ComparisonPanel;
class DockLayout;
class EducationView;
class PatientPanel;
class Personalisation;
class PlotStackWidget;
class RecentFiles;
class SampledPatientRunner;
class ScheduleDocument;
class SimulationRunner;
class TherapyPalette;
class TimeAxisLink;
class TimelineBar;
class TimelineWidget;
class TreatmentInspector;
class WindowFiles;
class WindowMenus;
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
    WindowMenus *menus() const { return m_menus; }
    DockLayout *dockLayout() const { return m_dockLayout; }
    TimelineBar *timelineBar() const { return m_bar; }
    // The patient-education view in place of the detailed plots, without the editing panels.
    void setEducationMode(bool on);
    bool isEducationMode() const;
    Autosaver *autosaver() const { return m_autosaver; }
    // Opening, saving, recovery and exports (WindowFiles.h).
    WindowFiles *files() const { return m_files; }

    // What a window rebuilt in another language takes over from this one (WindowSession).
    struct ViewState {
        QByteArray docks;
        QStringList docksHiddenForEducation;
        bool education = false;
        bool fitAllPanels = false;
        QSet<int> hiddenPanels;
        int cohortSize = 0;
        std::pair<double, double> visibleDays{0.0, 0.0};
    };
    ViewState viewState() const;
    void restoreViewState(const ViewState &state);

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
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createCentre();
    void createStatusBar();
    void connectParts();
    void showAbout();
    void showAutosaveState();
    void followTheme();
    void fitToScreenHeight();
    void fitTimelineHeight();

    void documentChanged();
    void updateTitle();
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
    TimelineWidget *m_timeline = nullptr;
    TimelineBar *m_bar = nullptr;
    QSplitter *m_splitter = nullptr;
    TherapyPalette *m_palette = nullptr;
    TreatmentInspector *m_inspector = nullptr;
    PatientPanel *m_patient = nullptr;
    ComparisonPanel *m_comparison = nullptr;
    Personalisation *m_personal = nullptr;
    WindowMenus *m_menus = nullptr;
    DockLayout *m_dockLayout = nullptr;
    TimeAxisLink *m_axes = nullptr;
    SampledPatientRunner *m_sampler = nullptr;
    QLabel *m_disclaimer = nullptr;
    QLabel *m_simulationStatus = nullptr;
    QLabel *m_cursorStatus = nullptr;
    QLabel *m_autosaveWarning = nullptr;
    double m_shownHorizon = -1.0;
};

} // namespace lymph
