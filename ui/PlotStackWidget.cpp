#include "PlotStackWidget.h"

#include "plot/ResultPlot.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QWheelEvent>

namespace lymph {

PlotStackWidget::PlotStackWidget(QWidget *parent)
    : QWidget(parent), m_plot(new ResultPlot), m_scroll(new QScrollArea(this)),
      m_message(new QLabel(this)), m_stack(new QStackedLayout(this))
{
    m_scroll->setWidget(m_plot);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_plot->customPlot()->installEventFilter(this);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setText(tr("Simulating…"));
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_scroll);
    m_stack->setCurrentWidget(m_message);
    setMinimumSize(480, 360);
}

void PlotStackWidget::setResults(const Results &results, const QString &scenarioName)
{
    m_results = results;
    m_scenarioName = scenarioName;
    redraw();
}

void PlotStackWidget::setComparisons(const QList<PinnedResults> &pinned)
{
    m_pinned = pinned;
    redraw();
}

void PlotStackWidget::setSampledPatient(const std::optional<PinnedResults> &patient)
{
    if (!patient && !m_sampled)
        return;
    m_sampled = patient;
    redraw();
}

void PlotStackWidget::setPanelVisible(PlotPanel panel, bool visible)
{
    if (visible == isPanelVisible(panel))
        return;
    if (visible)
        m_hidden.remove(panel);
    else
        m_hidden.insert(panel);
    redraw();
}

void PlotStackWidget::redraw()
{
    if (!m_results)
        return;
    QList<PlotOverlay> overlays;
    for (const PinnedResults &pinned : m_pinned) {
        // Legends stay narrow: the full name is in the comparison panel.
        QString name = pinned.name;
        if (name.size() > 30)
            name = name.left(29) + QChar(0x2026);
        overlays.append({tr("pinned %1").arg(name), &pinned.results, pinned.style});
    }
    if (m_sampled)
        overlays.append({m_sampled->name, &m_sampled->results, m_sampled->style});
    if (m_personalised)
        overlays.append({tr("population"), &*m_results, Qt::DotLine});
    m_plot->setHiddenPanels(m_hidden);
    m_plot->setResults(m_personalised ? *m_personalised : *m_results, m_scenarioName, overlays);
    // Legends in rows below the panels need room of their own.
    const int perPanel = kPanelHeight + (m_plot->legendsBelow() ? kLegendRowsHeight : 0);
    m_plot->setMinimumHeight(kFrameHeight + perPanel * m_plot->panelCount());
    m_hasResults = true;
    m_stack->setCurrentWidget(m_scroll);
    m_plot->replot();
}

void PlotStackWidget::setPersonalised(const std::optional<Results> &forecast)
{
    if (!forecast && !m_personalised)
        return;
    m_personalised = forecast;
    redraw();
}

void PlotStackWidget::setMeasurements(const std::vector<Measurement> &measurements)
{
    m_plot->setMeasurements(measurements);
    redraw();
}

void PlotStackWidget::showMessage(const QString &message)
{
    m_message->setText(message);
    m_results.reset();
    m_hasResults = false;
    m_stack->setCurrentWidget(m_message);
}

void PlotStackWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int columns =
        width() < kSideLegendMinWidth ? std::max(1, (width() - 60) / kLegendColumnWidth) : 0;
    if (columns != m_plot->legendColumnsBelow()) {
        m_plot->setLegendColumnsBelow(columns);
        redraw();
    }
}

bool PlotStackWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot->customPlot() && event->type() == QEvent::Wheel) {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        if (!(wheel->modifiers() & Qt::ControlModifier)) {
            QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lymph
