#pragma once
// The window's actions and its menu bar: File (open, save, examples, recent files, exports,
// the handout), Edit (undo, redo and the edits of the timeline's selection), View (education
// view, panels, "fit all panels", zoom, theme, language, the docks) and Help. Actions that edit
// the schedule call the document's operations; the rest are reported as signals for the
// window to act on.

#include "Theme.h"
#include "plot/FigureSpec.h"

#include <QMap>
#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace lymph {

class RecentFiles;
class ScheduleDocument;
class TimelineWidget;
class WindowFiles;

class WindowMenus : public QObject {
    Q_OBJECT

public:
    struct Parts {
        QMainWindow *window = nullptr;
        ScheduleDocument *document = nullptr;
        WindowFiles *files = nullptr;
        TimelineWidget *timeline = nullptr;
        RecentFiles *recent = nullptr;
    };
    explicit WindowMenus(const Parts &parts);

    QAction *educationAction() const { return m_education; }
    QAction *fitPanelsAction() const { return m_fitPanels; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *panelAction(PlotPanel panel) const { return m_panels.value(panel); }
    // The docks add their show/hide entries here.
    QMenu *viewMenu() const { return m_viewMenu; }
    // Duplicate, split and delete need a selection.
    void setSelectionActionsEnabled(bool enabled);
    void showTheme(Theme theme);

signals:
    void educationToggled(bool on);
    void fitPanelsToggled(bool on);
    void panelToggled(lymph::PlotPanel panel, bool visible);
    void themeChosen(lymph::Theme theme);
    void languageChosen(const QString &code);
    void parameterSourcesRequested();
    void aboutRequested();

private:
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void rebuildRecentMenu();

    Parts m_parts;
    QAction *m_education = nullptr;
    QAction *m_fitPanels = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_split = nullptr;
    QAction *m_delete = nullptr;
    QMap<PlotPanel, QAction *> m_panels;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QActionGroup *m_themes = nullptr;
};

} // namespace lymph
