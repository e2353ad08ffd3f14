#include "Personalisation.h"

#include "PlotStackWidget.h"
#include "ScheduleDocument.h"
#include "panels/MeasurementsPanel.h"

namespace lymph {

Personalisation::Personalisation(ScheduleDocument *document, PlotStackWidget *plots,
                                 QWidget *panelParent)
    : QObject(panelParent), m_document(document), m_plots(plots),
      m_panel(new MeasurementsPanel(document, panelParent)), m_runner(new PersonalisedRunner(this))
{
    connect(m_document, &ScheduleDocument::changed, this, &Personalisation::documentChanged);
    connect(m_panel, &MeasurementsPanel::personaliseToggled, this,
            &Personalisation::setPersonalised);
    connect(m_runner, &PersonalisedRunner::forecastReady, this, &Personalisation::forecastReady);
    connect(m_runner, &PersonalisedRunner::failed, this, &Personalisation::fitFailed);
    m_plots->setMeasurements(m_document->scenario().measurements);
}

void Personalisation::documentChanged()
{
    m_plots->setMeasurements(m_document->scenario().measurements);
    if (m_panel->isPersonalised())
        m_runner->request(m_document->scenario());
}

void Personalisation::setPersonalised(bool on)
{
    if (on) {
        m_runner->request(m_document->scenario());
        return;
    }
    m_runner->cancel();
    m_shown.reset();
    m_plots->setPersonalised(std::nullopt);
    m_panel->clearFit();
}

void Personalisation::forecastReady(const PersonalForecast &forecast)
{
    if (!m_panel->isPersonalised())
        return;
    m_shown = forecast;
    m_plots->setPersonalised(forecast.forecast);
    m_panel->showFit(forecast.fit);
    emit forecastShown();
}

void Personalisation::fitFailed(const QString &message)
{
    m_shown.reset();
    m_plots->setPersonalised(std::nullopt);
    m_panel->showFitProblem(message);
}

} // namespace lymph
