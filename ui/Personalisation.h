#pragma once
// The window's personalised forecasts, in one place so the window only has to place the panel:
// the Measurements panel edits the patient's lab results (undoable, through the document),
// the plots draw them as points, and with Personalise on every change of the results or the
// plan refits them off the GUI thread (PersonalisedRunner, latest request wins) and the plots
// show the fitted forecast with its bands beside the population's curves.

#include "PersonalisedRunner.h"

#include <QObject>

#include <optional>

class QWidget;

namespace lymph {

class MeasurementsPanel;
class PlotStackWidget;
class ScheduleDocument;

class Personalisation : public QObject {
    Q_OBJECT

public:
    // `panelParent`: the widget that will hold the panel (the window, which docks it).
    Personalisation(ScheduleDocument *document, PlotStackWidget *plots, QWidget *panelParent);

    MeasurementsPanel *panel() const { return m_panel; }
    PersonalisedRunner *runner() const { return m_runner; }
    // The forecast the plots show, while Personalise is on and a fit succeeded.
    const std::optional<PersonalForecast> &shown() const { return m_shown; }

signals:
    // The plots now show a new personalised forecast, shown() (comparison and pinning follow
    // it).
    void forecastShown();

private:
    void documentChanged();
    void setPersonalised(bool on);
    void forecastReady(const PersonalForecast &forecast);
    void fitFailed(const QString &message);

    ScheduleDocument *m_document;
    PlotStackWidget *m_plots;
    MeasurementsPanel *m_panel;
    PersonalisedRunner *m_runner;
    std::optional<PersonalForecast> m_shown;
};

} // namespace lymph
