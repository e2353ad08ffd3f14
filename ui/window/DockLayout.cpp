#include "DockLayout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

#include <algorithm>

namespace lymph {

DockLayout::DockLayout(QMainWindow *window, const Panels &panels, QMenu *viewMenu)
    : QObject(window), m_window(window)
{
    auto makeDock = [&](const QString &title, const QString &name, QWidget *content,
                        Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, window);
        dock->setObjectName(name);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                          QDockWidget::DockWidgetClosable);
        dock->setWidget(content);
        window->addDockWidget(area, dock);
        viewMenu->addAction(dock->toggleViewAction());
        m_docks << dock;
        return dock;
    };
    m_palette = makeDock(tr("Therapies"), QStringLiteral("paletteDock"), panels.palette,
                         Qt::LeftDockWidgetArea);
    QDockWidget *patient = makeDock(tr("Patient"), QStringLiteral("patientDock"), panels.patient,
                                    Qt::LeftDockWidgetArea);
    m_inspector = makeDock(tr("Selected treatment"), QStringLiteral("inspectorDock"),
                           panels.inspector, Qt::RightDockWidgetArea);
    m_comparison = makeDock(tr("Compare plans"), QStringLiteral("compareDock"), panels.comparison,
                            Qt::RightDockWidgetArea);
    QDockWidget *labs = makeDock(tr("Lab Results"), QStringLiteral("measurementsDock"),
                                 panels.measurements, Qt::LeftDockWidgetArea);
    // Below the patient rather than a tab beside it: a dock tab bar sets the left column's
    // minimum width, which in French or German widened the window past 1366 pixels.
    window->splitDockWidget(patient, labs, Qt::Vertical);
    // The inspector and the comparison share the right column as tabs, leaving the plots as
    // much width as possible on a 1366-pixel screen.
    window->tabifyDockWidget(m_inspector, m_comparison);
    m_comparison->raise(); // until a treatment is selected
    // Narrow columns on a 1366-pixel screen: the panels wrap their text.
    for (QDockWidget *dock : {m_inspector, m_comparison})
        dock->widget()->setMinimumWidth(240);
    window->resizeDocks({m_palette, patient}, {400, 230}, Qt::Vertical);
    fitToWidth(window->width());
}

QDockWidget *DockLayout::dock(const QString &objectName) const
{
    for (QDockWidget *dock : m_docks) {
        if (dock->objectName() == objectName)
            return dock;
    }
    return nullptr;
}

void DockLayout::fitToWidth(int windowWidth)
{
    // About a sixth of the width on each side, within what the panels need.
    const int left = std::clamp(windowWidth / 6, 200, 250);
    const int right = std::clamp(windowWidth / 5, 260, 380);
    m_window->resizeDocks({m_palette, m_inspector}, {left, right}, Qt::Horizontal);
}

void DockLayout::hideForEducation(bool hide)
{
    if (hide) {
        m_hidden.clear();
        for (QDockWidget *dock : m_docks) {
            if (!dock->isHidden()) {
                m_hidden << dock;
                dock->hide();
            }
        }
        return;
    }
    for (QDockWidget *dock : std::as_const(m_hidden))
        dock->show();
    m_hidden.clear();
}

QStringList DockLayout::hiddenForEducation() const
{
    QStringList names;
    for (QDockWidget *dock : m_hidden)
        names << dock->objectName();
    return names;
}

void DockLayout::setHiddenForEducation(const QStringList &names)
{
    m_hidden.clear();
    for (const QString &name : names) {
        if (QDockWidget *found = dock(name))
            m_hidden << found;
    }
}

} // namespace lymph
