#pragma once
// The side docks around the timeline and plots: the therapy palette and the patient on the
// left, the inspector of the selected treatment and the comparison of plans as tabs on the
// right (a selection brings the inspector up, a new comparison the comparison). The education
// view hides them and brings back those that were shown; which those are survives a rebuild
// of the window in another language.

#include <QList>
#include <QObject>
#include <QStringList>

class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace lymph {

class DockLayout : public QObject {
    Q_OBJECT

public:
    struct Panels {
        QWidget *palette = nullptr;
        QWidget *patient = nullptr;
        QWidget *inspector = nullptr;
        QWidget *comparison = nullptr;
        QWidget *measurements = nullptr; // lab results, a tab beside the patient
    };
    DockLayout(QMainWindow *window, const Panels &panels, QMenu *viewMenu);

    QList<QDockWidget *> docks() const { return m_docks; }
    QDockWidget *dock(const QString &objectName) const;
    QDockWidget *inspectorDock() const { return m_inspector; }
    QDockWidget *comparisonDock() const { return m_comparison; }

    // Side column widths for the window's width: narrower on small screens, so the plots
    // keep most of it.
    void fitToWidth(int windowWidth);
    // Hides every dock for the education view, remembering those that were shown, or shows
    // them again.
    void hideForEducation(bool hide);
    // Object names of the docks the education view hid (to carry them into a rebuilt window).
    QStringList hiddenForEducation() const;
    void setHiddenForEducation(const QStringList &names);

private:
    QMainWindow *m_window;
    QList<QDockWidget *> m_docks;
    QList<QDockWidget *> m_hidden;
    QDockWidget *m_palette = nullptr;
    QDockWidget *m_inspector = nullptr;
    QDockWidget *m_comparison = nullptr;
};

} // namespace lymph
