#include "PlotStackWidget.h"

#include "plot/ResultPlot.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace lymph {

PlotStackWidget::PlotStackWidget(QWidget *parent)
    : QWidget(parent), m_plot(new ResultPlot), m_scroll(new QScrollArea(this)),
      m_message(new QLabel(this)), m_stack(new QStackedLayout(this))
{
    m_plot->setCompact(true);
    m_scroll->setWidget(m_plot);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The scroll bar's room is kept even when it is hidden, so the time axis does not change
    // width when panels are shown, hidden or fitted.
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_plot->customPlot()->installEventFilter(this);
    // A legend beside its panel needs the panel at least as tall as its entries: squeezed, it
    // ran over the headings (three pinned plans at 1366×768). The layout says by how much.
    connect(m_plot->customPlot(), &QCustomPlot::afterLayout, this, [this] {
        if (m_plot->height() != m_plot->minimumHeight())
            return; // laid out at a size on its way to the one updateHeight asked for
        const int shortfall = m_plot->legendShortfall();
        if (shortfall > 0 && m_legendExtra < kMaxLegendExtra) {
            m_legendExtra = std::min(kMaxLegendExtra, m_legendExtra + shortfall);
            updateHeight();
        }
    });

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setText(tr("Simulating…"));
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_scroll);
    m_stack->setCurrentWidget(m_message);
    setMinimumSize(480, 260);
}

int PlotStackWidget::legendWidthFor(int width)
{
    if (width < kSideLegendMinWidth)
        return 0;
    return std::clamp(width / 5, 170, 250);
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
    m_legendExtra = 0;
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
    m_legendExtra = 0;
    redraw();
}

void PlotStackWidget::setFitAllPanels(bool fit)
{
    if (fit == m_fitAll)
        return;
    m_fitAll = fit;
    m_legendExtra = 0;
    updateHeight();
}

void PlotStackWidget::setDarkStyle(bool dark)
{
    if (dark == m_plot->isDark())
        return;
    m_plot->setColors(dark ? plotstyle::darkColors() : plotstyle::lightColors());
    redraw();
}

void PlotStackWidget::redraw()
{
    if (!m_results)
        return;
    QList<PlotOverlay> overlays;
    for (const PinnedResults &pinned : m_pinned)
        // "A: name": the letter of the comparison's column survives when a legend elides the name.
        overlays.append({tr("%1: %2").arg(pinnedLetter(pinned.style), pinned.name), &pinned.results,
                         pinned.style});
    if (m_sampled)
        overlays.append({m_sampled->name, &m_sampled->results, m_sampled->style});
    if (m_personalised)
        overlays.append({tr("population"), &*m_results, OverlayStyle::Population});
    m_plot->setHiddenPanels(m_hidden);
    m_plot->setResults(m_personalised ? *m_personalised : *m_results, m_scenarioName, overlays);
    m_hasResults = true;
    m_stack->setCurrentWidget(m_scroll);
    updateHeight();
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

void PlotStackWidget::updateHeight()
{
    const int panels = m_plot->panelCount();
    if (panels == 0)
        return;
    // The widget's own height: the scroll area's viewport may not have followed a resize yet.
    const int visible = height();
    // Legends in rows below the panels need room of their own.
    int legendRows = 0;
    if (m_plot->legendsBelow()) {
        for (const PanelSpec &panel : m_plot->figure().panels) {
            const auto named = std::count_if(panel.levels.begin(), panel.levels.end(),
                                             [](const LevelSpec &l) { return !l.name.isEmpty(); });
            const auto entries = panel.shadeLegend.size() + panel.curves.size() +
                                 static_cast<std::size_t>(named) + panel.bandLegend.size() +
                                 panel.overlayLegend.size();
            const int columns = std::max(1, m_plot->legendColumnsBelow());
            legendRows += static_cast<int>((entries + columns - 1) / columns);
        }
    }
    double stretchAll = kTimeAxisStretch; // the last panel's time axis labels
    double stretchInView = 0.0;
    int index = 0;
    for (const PanelSpec &panel : m_plot->figure().panels) {
        stretchAll += panel.stretch;
        if (index++ < kPanelsInView)
            stretchInView += panel.stretch;
    }
    if (panels <= kPanelsInView)
        stretchInView += kTimeAxisStretch;
    const int fixed = kFrameHeight + legendRows * kLegendRowHeight;
    int height = 0;
    if (m_fitAll) {
        // Every panel in the visible height, as long as each keeps a minimum.
        height = std::max(visible, fixed + panels * kHeadingHeight +
                                       static_cast<int>(stretchAll * kMinFitPanelHeight));
    } else {
        // The first panels fill the visible height; the others follow at the same scale.
        const int inView = std::min(panels, kPanelsInView);
        const double unit = std::clamp(
            (visible - fixed - inView * kHeadingHeight) / std::max(stretchInView, 1.0),
            double(kMinPanelHeight), double(kMaxPanelHeight));
        height = fixed + panels * kHeadingHeight + static_cast<int>(std::floor(unit * stretchAll));
        height = std::max(height, visible);
    }
    height += m_legendExtra;
    m_plot->setMinimumHeight(height);
    m_plot->setMaximumHeight(m_fitAll ? height : QWIDGETSIZE_MAX);
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
    m_legendExtra = 0;
    // The legend column follows the window's width only, never the legends' text.
    const int width = this->width() - m_scroll->verticalScrollBar()->sizeHint().width();
    const int legendWidth = legendWidthFor(width);
    const int columns = legendWidth > 0 ? 0 : std::max(1, (width - 60) / 250);
    if (columns != m_plot->legendColumnsBelow() || legendWidth != m_plot->legendWidth()) {
        m_plot->setLegendColumnsBelow(columns);
        m_plot->setLegendWidth(legendWidth);
        redraw();
    } else {
        updateHeight();
    }
}

bool PlotStackWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot->customPlot() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (!(wheel->modifiers() & Qt::ControlModifier)) {
            QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), event);
            return true;
        }
        const QPoint delta = wheel->angleDelta();
        const double steps =
            (std::abs(delta.y()) >= std::abs(delta.x()) ? delta.y() : delta.x()) / 120.0;
        if (steps != 0.0) {
            const QPointF inPlot = m_plot->customPlot()->mapTo(m_plot, wheel->position());
            emit zoomRequested(std::pow(0.8, steps), m_plot->dayAtX(inPlot.x()));
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lymph
