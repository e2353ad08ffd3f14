#include "WindowMenus.h"

#include "Language.h"
#include "RecentFiles.h"
#include "ScheduleDocument.h"
#include "WindowFiles.h"
#include "plot/ResultPlot.h"
#include "timeline/TimelineWidget.h"

#include "scenario/ExampleLibrary.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QUndoStack>

#include <functional>

namespace lymph {

WindowMenus::WindowMenus(const Parts &parts) : QObject(parts.window), m_parts(parts)
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    QMenu *help = m_parts.window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Model &Parameters and Sources…"), this,
                    &WindowMenus::parameterSourcesRequested);
    help->addAction(tr("&About Lymphoscope"), this, &WindowMenus::aboutRequested);
}

void WindowMenus::createFileMenu()
{
    QMainWindow *window = m_parts.window;
    WindowFiles *files = m_parts.files;
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    auto add = [&](QMenu *menu, const QString &text, QKeySequence keys, auto slot) {
        QAction *action = menu->addAction(text, files, slot);
        action->setShortcut(keys);
        return action;
    };
    add(file, tr("&New"), QKeySequence::New, &WindowFiles::newDocument);
    add(file, tr("&Open…"), QKeySequence::Open, &WindowFiles::openDocument);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QMenu *examples = file->addMenu(tr("Open E&xample"));
    for (const std::string &name : exampleNames()) {
        const QString example = QString::fromStdString(name);
        QAction *action = examples->addAction(example);
        action->setData(example);
        connect(action, &QAction::triggered, files, [files, example] { files->openExample(example); });
    }
    file->addSeparator();
    add(file, tr("&Save"), QKeySequence::Save, &WindowFiles::save);
    add(file, tr("Save &As…"), QKeySequence::SaveAs, &WindowFiles::saveAs);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("Plots as &PNG Image…"), files,
                          [files] { files->exportPlotsInteractively(QStringLiteral("png")); });
    exportMenu->addAction(tr("Plots as &SVG Drawing…"), files,
                          [files] { files->exportPlotsInteractively(QStringLiteral("svg")); });
    exportMenu->addAction(tr("Plots as P&DF…"), files,
                          [files] { files->exportPlotsInteractively(QStringLiteral("pdf")); });
    exportMenu->addAction(tr("Results as &CSV Table…"), files,
                          &WindowFiles::exportCsvInteractively);
    exportMenu->addAction(tr("Patient &Handout as PDF…"), files,
                          &WindowFiles::exportHandoutInteractively);
    add(file, tr("&Print Patient Handout…"), QKeySequence::Print, &WindowFiles::printHandout);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(m_parts.recent, &RecentFiles::changed, this, &WindowMenus::rebuildRecentMenu);
    rebuildRecentMenu();
}

void WindowMenus::createEditMenu()
{
    ScheduleDocument *document = m_parts.document;
    m_undo = document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = document->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y as well as the platform's key (Ctrl+Shift+Z on Linux): users of other
    // programs expect either.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    m_redo->setShortcuts(redoKeys);

    // Edits of the document's selection: shortcuts act while the timeline has focus
    // (elsewhere Delete and Ctrl+A belong to the text fields); the menu entries work from
    // anywhere.
    auto timelineAction = [this, document](const QString &text, const QKeySequence &keys,
                                           auto operation) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_parts.timeline->addAction(action);
        connect(action, &QAction::triggered, document,
                [document, operation] { std::invoke(operation, document); });
        return action;
    };
    m_duplicate = timelineAction(tr("D&uplicate"), QKeySequence(tr("Ctrl+D")),
                                 &ScheduleDocument::duplicateSelection);
    m_split = timelineAction(tr("S&plit into Single Infusions"), QKeySequence(),
                             &ScheduleDocument::splitSelection);
    m_delete = timelineAction(tr("&Delete"), QKeySequence::Delete,
                              &ScheduleDocument::deleteSelection);
    QAction *selectAll = timelineAction(tr("Select &All Treatments"), QKeySequence::SelectAll,
                                        &ScheduleDocument::selectAll);

    QMenu *edit = m_parts.window->menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addActions({m_duplicate, m_split, m_delete, selectAll});
}

void WindowMenus::createViewMenu()
{
    TimelineWidget *timeline = m_parts.timeline;
    m_viewMenu = m_parts.window->menuBar()->addMenu(tr("&View"));
    m_education = m_viewMenu->addAction(tr("&Education View"));
    m_education->setCheckable(true);
    m_education->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_education->setToolTip(tr("Large, simple pictures and plain words for explaining a plan "
                               "to a patient"));
    connect(m_education, &QAction::toggled, this, &WindowMenus::educationToggled);
    m_viewMenu->addSeparator();
    for (PlotPanel panel : kPlotPanels) {
        QAction *toggle = m_viewMenu->addAction(ResultPlot::panelName(panel));
        toggle->setCheckable(true);
        toggle->setChecked(true);
        m_panels.insert(panel, toggle);
        connect(toggle, &QAction::toggled, this,
                [this, panel](bool on) { emit panelToggled(panel, on); });
    }
    m_fitPanels = m_viewMenu->addAction(tr("&Fit All Panels"));
    m_fitPanels->setCheckable(true);
    m_fitPanels->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    m_fitPanels->setToolTip(tr("Every plot panel in the window's height, without scrolling"));
    connect(m_fitPanels, &QAction::toggled, this, &WindowMenus::fitPanelsToggled);
    m_viewMenu->addSeparator();
    QAction *zoomIn = m_viewMenu->addAction(tr("Zoom &In"), timeline, [timeline] { timeline->zoomBy(0.8); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = m_viewMenu->addAction(tr("Zoom &Out"), timeline, [timeline] { timeline->zoomBy(1.25); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = m_viewMenu->addAction(tr("Show the &Whole Simulated Time"), timeline,
                                         &TimelineWidget::fitToScenario);
    fit->setShortcut(QKeySequence(tr("Ctrl+0")));
    m_viewMenu->addSeparator();

    QMenu *theme = m_viewMenu->addMenu(tr("&Theme"));
    m_themes = new QActionGroup(this);
    const std::pair<Theme, QString> themes[] = {
        {Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto &[which, label] : themes) {
        QAction *action = theme->addAction(label);
        action->setCheckable(true);
        action->setChecked(which == currentTheme());
        action->setData(themeId(which));
        m_themes->addAction(action);
        const Theme chosen = which;
        connect(action, &QAction::triggered, this, [this, chosen] { emit themeChosen(chosen); });
    }
    QMenu *language = m_viewMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    QStringList codes{QString()};
    codes << availableLanguages();
    for (const QString &code : codes) {
        QAction *action = language->addAction(code.isEmpty() ? tr("&System Language")
                                                             : nativeLanguageName(code));
        action->setCheckable(true);
        action->setChecked(code == currentLanguage() && !code.isEmpty());
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { emit languageChosen(code); });
    }
    m_viewMenu->addSeparator();
}

void WindowMenus::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_parts.recent->files();
    WindowFiles *windowFiles = m_parts.files;
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *action =
            m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, windowFiles,
                [windowFiles, path] { windowFiles->openRecent(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), m_parts.recent, &RecentFiles::clear);
}

void WindowMenus::setSelectionActionsEnabled(bool enabled)
{
    for (QAction *action : {m_duplicate, m_split, m_delete})
        action->setEnabled(enabled);
}

void WindowMenus::showTheme(Theme theme)
{
    for (QAction *action : m_themes->actions())
        action->setChecked(action->data().toString() == themeId(theme));
}

} // namespace lymph
