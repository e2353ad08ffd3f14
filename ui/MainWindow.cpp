#include "MainWindow.h"

#include "PlotStackWidget.h"
#include "ResultPlot.h"
#include "ScheduleDocument.h"
#include "SimulationRunner.h"
#include "TreatmentListWidget.h"

#include "scenario/ExampleLibrary.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lymph {

namespace {

const QLatin1String kScenarioSuffix(".lymphoscope.json");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new ScheduleDocument(this)),
      m_runner(new SimulationRunner(this))
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
    m_disclaimer->setContentsMargins(12, 6, 12, 6);
    m_disclaimer->setAutoFillBackground(true);
    m_disclaimer->setBackgroundRole(QPalette::ToolTipBase);
    m_disclaimer->setForegroundRole(QPalette::ToolTipText);
    layout->addWidget(m_disclaimer);

    m_plots = new PlotStackWidget(central);
    layout->addWidget(m_plots, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    createDock();
    createStatusBar();

    connect(m_document, &ScheduleDocument::changed, this, &MainWindow::documentChanged);
    connect(m_document, &ScheduleDocument::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    connect(m_runner, &SimulationRunner::resultsReady, this, &MainWindow::showResults);
    connect(m_runner, &SimulationRunner::failed, this, &MainWindow::showFailure);

    resize(1366, 768);
    documentChanged();
}

MainWindow::~MainWindow() = default;

// ---- construction ---------------------------------------------------------------------------

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDocument);

    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDocument);

    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveDocument);

    m_saveAsAction = new QAction(tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveDocumentAs);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);

    m_examplesMenu = menuBar()->addMenu(tr("E&xamples"));
    for (const std::string &name : exampleNames()) {
        const QString example = QString::fromStdString(name);
        QAction *action = m_examplesMenu->addAction(example);
        action->setData(example);
        connect(action, &QAction::triggered, this, [this, example] { openExample(example); });
    }
}

void MainWindow::createDock()
{
    m_treatmentList = new TreatmentListWidget(this);
    m_treatmentDock = new QDockWidget(tr("Treatments"), this);
    m_treatmentDock->setObjectName(QStringLiteral("treatmentDock"));
    m_treatmentDock->setFeatures(QDockWidget::DockWidgetMovable |
                                 QDockWidget::DockWidgetFloatable);
    m_treatmentDock->setWidget(m_treatmentList);
    addDockWidget(Qt::LeftDockWidgetArea, m_treatmentDock);
    resizeDocks({m_treatmentDock}, {340}, Qt::Horizontal);
}

void MainWindow::createStatusBar()
{
    m_simulationStatus = new QLabel(this);
    statusBar()->addWidget(m_simulationStatus, 1);
}

// ---- file handling --------------------------------------------------------------------------

bool MainWindow::openScenario(const QString &pathOrExampleName, QString *error)
{
    return m_document->load(pathOrExampleName, error);
}

void MainWindow::newDocument()
{
    if (maybeSave())
        m_document->newScenario();
}

void MainWindow::openDocument()
{
    if (!maybeSave())
        return;
    const QString directory = m_document->filePath().isEmpty()
                                  ? QDir::homePath()
                                  : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Scenario"), directory,
        tr("Lymphoscope scenarios (*.lymphoscope.json);;JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openScenario(path, &error))
        QMessageBox::warning(this, tr("Open Scenario"),
                             tr("The scenario could not be opened:\n%1").arg(error));
}

void MainWindow::openExample(const QString &name)
{
    if (!maybeSave())
        return;
    QString error;
    if (!openScenario(name, &error))
        QMessageBox::warning(this, tr("Open Example"),
                             tr("The example could not be opened:\n%1").arg(error));
}

bool MainWindow::saveDocument()
{
    if (m_document->filePath().isEmpty())
        return saveDocumentAs();
    QString error;
    if (!m_document->save(&error)) {
        QMessageBox::critical(this, tr("Save Scenario"),
                              tr("The scenario could not be saved:\n%1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->filePath()), 4000);
    return true;
}

bool MainWindow::saveDocumentAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        QString base = m_document->displayName().simplified();
        base.replace(QLatin1Char('/'), QLatin1Char('-'));
        suggestion = QDir::home().filePath(base + kScenarioSuffix);
    }
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Scenario As"), suggestion,
        tr("Lymphoscope scenarios (*.lymphoscope.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += kScenarioSuffix;
    QString error;
    if (!m_document->saveAs(path, &error)) {
        QMessageBox::critical(this, tr("Save Scenario"),
                              tr("The scenario could not be saved:\n%1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->filePath()), 4000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("“%1” has unsaved changes. Do you want to save them?")
            .arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveDocument();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

// ---- document and simulation ----------------------------------------------------------------

void MainWindow::documentChanged()
{
    updateTitle();
    m_treatmentList->setScenario(m_document->scenario());
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
    m_simulationStatus->setText(tr("Simulation up to date"));
    emit resultsShown();
}

void MainWindow::showFailure(const QString &message)
{
    m_plots->showMessage(tr("The simulation could not run:\n%1").arg(message));
    m_simulationStatus->setText(tr("Simulation failed"));
    emit simulationFailed(message);
}

QImage MainWindow::snapshot()
{
    // Pending layout work (e.g. the scroll bar a taller plot needs) first, then a fresh plot.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    if (m_plots->hasResults())
        m_plots->plot()->replot(QCustomPlot::rpImmediateRefresh);
    return grab().toImage();
}

} // namespace lymph
