#pragma once
// The explorer window (foundation): File/Examples/Edit menus, the stacked result plots as the
// central widget, a read-only treatment list in a dock (placeholder for the timeline), and a
// permanent note that this is an exploration and education tool. It owns one document and
// one simulation runner; every edit goes through the document's undo stack.

#include <QMainWindow>
#include <QString>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace lymph {

class PlotStackWidget;
class ScheduleDocument;
class SimulationRunner;
class TreatmentListWidget;
struct Results;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ScheduleDocument *document() const { return m_document; }
    SimulationRunner *runner() const { return m_runner; }
    PlotStackWidget *plots() const { return m_plots; }
    TreatmentListWidget *treatmentList() const { return m_treatmentList; }
    QLabel *disclaimer() const { return m_disclaimer; }

    // Opens a file or a built-in example without asking anything; false with `error` set when
    // it cannot be read (the current document is kept then).
    bool openScenario(const QString &pathOrExampleName, QString *error = nullptr);
    // The whole window as an image, with the plots brought up to date first.
    QImage snapshot();

signals:
    // The plots now show the newest simulation of the current scenario.
    void resultsShown();
    void simulationFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDock();
    void createStatusBar();

    void newDocument();
    void openDocument();
    void openExample(const QString &name);
    bool saveDocument();
    bool saveDocumentAs();
    // Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();

    void documentChanged();
    void updateTitle();
    void showResults(const Results &results);
    void showFailure(const QString &message);

    ScheduleDocument *m_document = nullptr;
    SimulationRunner *m_runner = nullptr;
    PlotStackWidget *m_plots = nullptr;
    TreatmentListWidget *m_treatmentList = nullptr;
    QDockWidget *m_treatmentDock = nullptr;
    QLabel *m_disclaimer = nullptr;
    QLabel *m_simulationStatus = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QMenu *m_examplesMenu = nullptr;
};

} // namespace lymph
