#include "plot/ResultPlot.h"

#include "simulate/Results.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QEvent>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace lymph {

namespace {
constexpr QCP::AntialiasedElements kAntialiased =
    QCP::aePlottables | QCP::aeItems | QCP::aeFills | QCP::aeLegendItems;
} // namespace

ResultPlot::ResultPlot(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)),
      m_version(QCoreApplication::applicationVersion())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    FigureBuilder::prepare(*m_plot);
    m_plot->setAntialiasedElements(kAntialiased);
    m_plot->setNoAntialiasingOnDrag(true);
    // Ctrl+wheel zooms through the timeline (PlotStackWidget), so both keep the same limits.
    m_plot->setInteractions(QCP::iRangeDrag);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    setAccessibleName(tr("Result plots"));
    setAccessibleDescription(tr("Drug levels, lymphocyte subsets, anti-drug antibodies, relapse "
                                "and autoimmunity over time. The status bar and the comparison "
                                "table give the figures in words."));
    connect(m_plot, &QCustomPlot::mouseMove, this, &ResultPlot::followMouse);
    connect(m_plot, &QCustomPlot::afterReplot, this, [this] {
        const auto pixels = timeAxisPixels();
        if (pixels != m_lastAxisPixels) {
            m_lastAxisPixels = pixels;
            emit timeAxisPixelsChanged(pixels.first, pixels.second);
        }
    });
}

void ResultPlot::setResults(const Results &results, const QString &scenarioName,
                            const QList<PlotOverlay> &overlays)
{
    FigureDescriber::Options options;
    options.scenarioName = scenarioName;
    options.overlays = overlays;
    options.hidden = m_hidden;
    options.measurements = m_measurements;
    options.version = m_version;
    options.narrow = legendsBelow();
    m_figure = FigureDescriber::describe(results, options);
    m_panels = FigureBuilder::build(*m_plot, m_figure, m_layout);
    m_crosshair.attach(*m_plot, m_figure, m_panels, m_layout.colors);
    linkTimeAxes();
    if (m_visibleDays)
        setVisibleDays(m_visibleDays->first, m_visibleDays->second);
    replot();
}

void ResultPlot::replot()
{
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

std::pair<double, double> ResultPlot::visibleDays() const
{
    if (m_panels.empty())
        return m_visibleDays.value_or(std::pair(0.0, m_figure.timeEnd * m_figure.daysPerUnit));
    const QCPRange range = m_panels.front().rect->axis(QCPAxis::atBottom)->range();
    return {range.lower * m_figure.daysPerUnit, range.upper * m_figure.daysPerUnit};
}

void ResultPlot::setVisibleDays(double first, double last)
{
    if (!(last > first))
        return;
    m_visibleDays = std::pair(first, last);
    m_syncingRanges = true;
    for (const FigureBuilder::BuiltPanel &panel : m_panels)
        panel.rect->axis(QCPAxis::atBottom)->setRange(m_figure.toKey(first), m_figure.toKey(last));
    m_syncingRanges = false;
    replot();
}

std::pair<int, int> ResultPlot::timeAxisPixels() const
{
    if (m_panels.empty())
        return {-1, -1};
    const QRect rect = m_panels.front().rect->rect();
    const QPoint offset = m_plot->pos();
    return {rect.left() + offset.x(), rect.right() + offset.x()};
}

double ResultPlot::dayAtX(double x) const
{
    if (m_panels.empty())
        return 0.0;
    const double plotX = x - m_plot->pos().x();
    return m_panels.front().rect->axis(QCPAxis::atBottom)->pixelToCoord(plotX) *
           m_figure.daysPerUnit;
}

QList<QRect> ResultPlot::panelRects() const
{
    QList<QRect> rects;
    for (const FigureBuilder::BuiltPanel &panel : m_panels)
        rects << panel.rect->rect().translated(m_plot->pos());
    return rects;
}

int ResultPlot::legendShortfall() const
{
    if (legendsBelow())
        return 0;
    int shortfall = 0;
    for (const FigureBuilder::BuiltPanel &panel : m_panels)
        shortfall += std::max(0, panel.legend->minimumOuterSizeHint().height() -
                                     panel.legend->outerRect().height());
    return shortfall;
}

void ResultPlot::linkTimeAxes()
{
    for (const FigureBuilder::BuiltPanel &panel : m_panels) {
        QCPAxis *axis = panel.rect->axis(QCPAxis::atBottom);
        connect(axis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
                [this, axis](const QCPRange &range) {
                    if (m_syncingRanges)
                        return;
                    m_syncingRanges = true;
                    for (const FigureBuilder::BuiltPanel &other : m_panels) {
                        QCPAxis *otherAxis = other.rect->axis(QCPAxis::atBottom);
                        if (otherAxis != axis)
                            otherAxis->setRange(range);
                    }
                    m_syncingRanges = false;
                    m_visibleDays = std::pair(range.lower * m_figure.daysPerUnit,
                                              range.upper * m_figure.daysPerUnit);
                    emit visibleDaysChanged(m_visibleDays->first, m_visibleDays->second);
                });
    }
}

QStringList ResultPlot::panelTitles() const
{
    QStringList titles;
    for (const PanelSpec &panel : m_figure.panels)
        titles << panel.title;
    return titles;
}

void ResultPlot::setFastDrawing(bool fast)
{
    if (fast) {
        m_plot->setNotAntialiasedElements(QCP::aeAll);
    } else {
        m_plot->setNotAntialiasedElements(QCP::aeNone);
        m_plot->setAntialiasedElements(kAntialiased);
        replot();
    }
}

void ResultPlot::followMouse(QMouseEvent *event)
{
    for (const FigureBuilder::BuiltPanel &panel : m_panels) {
        if (panel.rect->rect().contains(event->pos())) {
            const double day =
                panel.rect->axis(QCPAxis::atBottom)->pixelToCoord(event->position().x()) *
                m_figure.daysPerUnit;
            m_crosshair.show(day);
            emit cursorDayChanged(day);
            return;
        }
    }
    m_crosshair.hide();
    emit cursorDayChanged(-1.0);
}

bool ResultPlot::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot) {
        if (event->type() == QEvent::Leave) {
            m_crosshair.hide();
            emit cursorDayChanged(-1.0);
        } else if (event->type() == QEvent::Show &&
                   !qFuzzyCompare(m_plot->bufferDevicePixelRatio(), devicePixelRatioF())) {
            // Sharp on high-DPI screens: the paint buffer follows the screen's pixel ratio.
            m_plot->setBufferDevicePixelRatio(devicePixelRatioF());
            replot();
        }
    }
    return QWidget::eventFilter(watched, event);
}

PlotExporter ResultPlot::exporter()
{
    if (!m_paper) {
        m_paper = std::make_unique<QCustomPlot>();
        FigureBuilder::prepare(*m_paper);
        m_paper->setAntialiasedElements(kAntialiased);
    }
    FigureBuilder::Layout paper;
    paper.minimumLeftMargin = m_layout.minimumLeftMargin;
    const auto panels = FigureBuilder::build(*m_paper, m_figure, paper);
    if (m_visibleDays) {
        for (const FigureBuilder::BuiltPanel &panel : panels)
            panel.rect->axis(QCPAxis::atBottom)
                ->setRange(m_figure.toKey(m_visibleDays->first),
                           m_figure.toKey(m_visibleDays->second));
    }
    return PlotExporter(*m_paper, m_figure.title);
}

QImage ResultPlot::renderImage(QSize pixels) { return exporter().image(pixels); }

QByteArray ResultPlot::pngData(QSize pixels, QString *error)
{
    return exporter().png(pixels, error);
}

QByteArray ResultPlot::pdfData(QSize pixels, QString *error)
{
    return exporter().pdf(pixels, error);
}

QByteArray ResultPlot::svgData(QSize pixels, QString *error)
{
    return exporter().svg(pixels, error);
}

} // namespace lymph
