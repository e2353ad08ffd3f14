#include "ResultPlot.h"

#include "PlotStyle.h"
#include "TreatmentLabel.h"

#include "model/ParameterTable.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QLocale>
#include <QMouseEvent>
#include <QScreen>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lymph {

namespace {

constexpr double kDaysPerMonth = 30.44;
constexpr double kDaysPerYear = 365.25;
constexpr double kDrugFloor = 0.01; // µg/mL, bottom of the concentration axis
constexpr QCP::AntialiasedElements kAntialiased =
    QCP::aePlottables | QCP::aeItems | QCP::aeFills | QCP::aeLegendItems;

// A round number (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10 times a power of ten), at least `value`.
double niceCeiling(double value)
{
    if (!(value > 0.0) || !std::isfinite(value))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (step * magnitude >= value * (1.0 - 1e-12))
            return step * magnitude;
    }
    return 10.0 * magnitude;
}

double logCeiling(double value) { return std::pow(10.0, std::ceil(std::log10(value))); }

// Logical DPI used for both measuring and drawing text, so exports lay out like the screen.
int layoutDpi()
{
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return std::max(1, qRound(screen->logicalDotsPerInch()));
    return 96;
}

} // namespace

ResultPlot::ResultPlot(QWidget *parent) : QCustomPlot(parent)
{
    setAutoAddPlottableToLegend(false);
    setBackground(Qt::white);
    setAntialiasedElements(kAntialiased);
    setNoAntialiasingOnDrag(true);
    addLayer(QStringLiteral("windows"), layer(QStringLiteral("grid")), limBelow);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_version = QCoreApplication::applicationVersion();
    // The crosshair redraws alone on its own buffered layer, without a full replot.
    addLayer(QStringLiteral("crosshair"), layer(QStringLiteral("legend")), limAbove);
    layer(QStringLiteral("crosshair"))->setMode(QCPLayer::lmBuffered);
    setMouseTracking(true);
    setAccessibleName(tr("Result plots"));
    setAccessibleDescription(tr("Drug levels, lymphocyte subsets, anti-drug antibodies, relapse "
                                "and autoimmunity over time. The status bar and the comparison "
                                "table give the figures in words."));
    connect(this, &QCustomPlot::afterReplot, this, [this] {
        const auto pixels = timeAxisPixels();
        if (pixels != m_lastAxisPixels) {
            m_lastAxisPixels = pixels;
            emit timeAxisPixelsChanged(pixels.first, pixels.second);
        }
    });
    clearFigure();
}

QString ResultPlot::panelName(PlotPanel panel)
{
    switch (panel) {
    case PlotPanel::Drugs: return tr("Serum drug concentration");
    case PlotPanel::Cells: return tr("Blood lymphocyte subsets");
    case PlotPanel::Ada: return tr("Anti-drug antibodies (ADA)");
    case PlotPanel::Relapse: return tr("Relapse rate and cumulative probability");
    case PlotPanel::Autoimmunity: return tr("Secondary autoimmunity, cumulative probability");
    }
    return {};
}

std::pair<double, double> ResultPlot::visibleDays() const
{
    if (m_panels.empty())
        return m_visibleDays.value_or(std::pair(0.0, m_timeEnd * m_daysPerUnit));
    const QCPRange range = m_panels.front().rect->axis(QCPAxis::atBottom)->range();
    return {range.lower * m_daysPerUnit, range.upper * m_daysPerUnit};
}

void ResultPlot::setVisibleDays(double first, double last)
{
    if (!(last > first))
        return;
    m_visibleDays = std::pair(first, last);
    m_syncingRanges = true;
    for (const Panel &panel : m_panels)
        panel.rect->axis(QCPAxis::atBottom)->setRange(toTime(first), toTime(last));
    m_syncingRanges = false;
    replot(rpQueuedReplot);
}

std::pair<int, int> ResultPlot::timeAxisPixels() const
{
    if (m_panels.empty())
        return {-1, -1};
    const QRect rect = m_panels.front().rect->rect();
    return {rect.left(), rect.right()};
}

namespace {

// Linear interpolation of a graph at `key` (its keys are sorted); NaN outside its data.
double graphValueAt(const QCPGraph *graph, double key)
{
    const auto data = graph->data();
    if (data->isEmpty() || key < data->constBegin()->key || key > (data->constEnd() - 1)->key)
        return std::numeric_limits<double>::quiet_NaN();
    auto after = data->findBegin(key, false);
    if (after == data->constEnd())
        return (data->constEnd() - 1)->value;
    if (after == data->constBegin() || after->key == key)
        return after->value;
    const auto before = after - 1;
    const double share = (key - before->key) / (after->key - before->key);
    return before->value + share * (after->value - before->value);
}

QString readoutNumber(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

QStringList ResultPlot::readoutAt(double day) const
{
    QStringList lines;
    const double key = toTime(day);
    for (const Panel &panel : m_panels) {
        QStringList parts;
        for (const Readout &readout : panel.readouts) {
            const QString unit = readout.factor == 100.0 ? QStringLiteral(" %") : panel.unit;
            parts << QStringLiteral("%1 %2%3").arg(readout.name,
                                                  readoutNumber(graphValueAt(readout.graph, key)),
                                                  unit);
        }
        lines << parts.join(QStringLiteral(" · "));
    }
    return lines;
}

void ResultPlot::showCrosshair(double day)
{
    const QStringList lines = readoutAt(day);
    const double key = toTime(day);
    for (std::size_t i = 0; i < m_panels.size(); ++i) {
        Panel &panel = m_panels[i];
        if (!panel.cursorLine)
            continue;
        panel.cursorLine->point1->setCoords(key, 0.0);
        panel.cursorLine->point2->setCoords(key, 1.0);
        panel.cursorLine->setVisible(true);
        const QCPRange range = panel.rect->axis(QCPAxis::atBottom)->range();
        const bool rightHalf = key > range.center();
        panel.cursorText->setPositionAlignment((rightHalf ? Qt::AlignLeft : Qt::AlignRight) |
                                               Qt::AlignTop);
        panel.cursorText->position->setCoords(rightHalf ? 0.005 : 0.995, 0.02);
        panel.cursorText->setText(lines.value(static_cast<qsizetype>(i)));
        panel.cursorText->setVisible(true);
    }
    layer(QStringLiteral("crosshair"))->replot();
}

void ResultPlot::setFastDrawing(bool fast)
{
    if (fast) {
        setNotAntialiasedElements(QCP::aeAll);
    } else {
        setNotAntialiasedElements(QCP::aeNone);
        setAntialiasedElements(kAntialiased);
        replot(rpQueuedReplot);
    }
}

void ResultPlot::hideCrosshair()
{
    for (Panel &panel : m_panels) {
        if (panel.cursorLine) {
            panel.cursorLine->setVisible(false);
            panel.cursorText->setVisible(false);
        }
    }
    layer(QStringLiteral("crosshair"))->replot();
}

void ResultPlot::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    for (const Panel &panel : m_panels) {
        if (panel.rect->rect().contains(event->pos())) {
            const double day =
                panel.rect->axis(QCPAxis::atBottom)->pixelToCoord(event->position().x()) *
                m_daysPerUnit;
            showCrosshair(day);
            emit cursorDayChanged(day);
            return;
        }
    }
    hideCrosshair();
    emit cursorDayChanged(-1.0);
}

void ResultPlot::showEvent(QShowEvent *event)
{
    QCustomPlot::showEvent(event);
    if (!qFuzzyCompare(bufferDevicePixelRatio(), devicePixelRatioF())) {
        setBufferDevicePixelRatio(devicePixelRatioF());
        replot(rpQueuedReplot);
    }
}

void ResultPlot::leaveEvent(QEvent *event)
{
    hideCrosshair();
    emit cursorDayChanged(-1.0);
    QCustomPlot::leaveEvent(event);
}

void ResultPlot::addCrosshairItems(Panel &panel)
{
    auto *line = new QCPItemStraightLine(this);
    line->setLayer(QStringLiteral("crosshair"));
    line->setClipAxisRect(panel.rect);
    for (QCPItemPosition *point : {line->point1, line->point2}) {
        point->setAxes(panel.rect->axis(QCPAxis::atBottom), panel.rect->axis(QCPAxis::atLeft));
        point->setAxisRect(panel.rect);
        point->setTypeX(QCPItemPosition::ptPlotCoords);
        point->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    line->setPen(QPen(plotstyle::kMutedText, 1.0, Qt::DashLine));
    line->setVisible(false);
    panel.cursorLine = line;

    auto *text = new QCPItemText(this);
    text->setLayer(QStringLiteral("crosshair"));
    text->setClipToAxisRect(false);
    text->position->setType(QCPItemPosition::ptAxisRectRatio);
    text->position->setAxisRect(panel.rect);
    text->setFont(plotstyle::font(9));
    text->setColor(plotstyle::kText);
    text->setBrush(QColor(255, 255, 255, 225));
    text->setPen(QPen(plotstyle::kSwatchBorder, 0.8));
    text->setPadding(QMargins(6, 3, 6, 3));
    text->setVisible(false);
    panel.cursorText = text;
}

void ResultPlot::addOverlayLegend(Panel &panel)
{
    if (m_overlays.isEmpty() || panel.readouts.empty())
        return;
    for (const PlotOverlay &other : m_overlays) {
        // A legend-only graph: the line style of the pinned scenario, in neutral grey.
        QCPGraph *sample = addGraph(panel.rect->axis(QCPAxis::atBottom),
                                    panel.rect->axis(QCPAxis::atLeft));
        QPen samplePen(plotstyle::kMutedText, 1.6);
        plotstyle::applyPinnedStyle(samplePen, other.style);
        sample->setPen(samplePen);
        // Legends stay narrow: "pinned A: Alemtuzumab ×2, then…"; the full name is in the
        // comparison panel.
        sample->setName(other.name); // the plot stack names it ("pinned A: …")
        sample->addToLegend(panel.legend);
    }
}

void ResultPlot::setVersionText(const QString &version) { m_version = version; }

QStringList ResultPlot::panelTitles() const
{
    QStringList titles;
    for (const Panel &panel : m_panels)
        titles << panel.title;
    return titles;
}

void ResultPlot::clearFigure()
{
    clearPlottables();
    clearItems();
    plotLayout()->clear(); // deletes the axis rects, their axes and legends
    delete m_marginGroup;
    m_marginGroup = new QCPMarginGroup(this);
    m_panels.clear();
    m_body = nullptr;
}

void ResultPlot::setResults(const Results &results, const QString &scenarioName,
                            const ParameterTable *parameters, const QList<PlotOverlay> &overlays)
{
    clearFigure();
    m_results = &results;
    m_overlays = overlays;
    m_parameters = parameters ? parameters : &ParameterTable::defaults();

    const std::vector<double> *days = results.table.column("day");
    const double horizon = days && !days->empty() ? days->back() : 1.0;
    const bool inYears = horizon > 6.0 * kDaysPerYear;
    m_daysPerUnit = inYears ? kDaysPerYear : kDaysPerMonth;
    m_timeEnd = std::max(toTime(horizon), 1e-6);

    auto *title = new QCPTextElement(this, scenarioName, plotstyle::font(15, true));
    title->setMargins(QMargins(12, 10, 12, 0));
    plotLayout()->addElement(0, 0, title);
    const QString subtitle =
        results.cohortSize > 0
            ? tr("Virtual cohort of %1 patients: medians with 5th–95th percentile bands; "
                 "probabilities are cohort means")
                  .arg(results.cohortSize)
            : tr("Typical patient (population-average parameters)");
    // A narrow window breaks the subtitle where its clauses meet, rather than clip it.
    QString shownSubtitle = subtitle;
    if (legendsBelow())
        shownSubtitle.replace(QStringLiteral("; "), QStringLiteral(";\n"));
    auto *subtitleElement = new QCPTextElement(this, shownSubtitle, plotstyle::font(11));
    subtitleElement->setTextColor(plotstyle::kMutedText);
    subtitleElement->setMargins(QMargins(12, 2, 12, 6));
    plotLayout()->addElement(1, 0, subtitleElement);

    m_body = new QCPLayoutGrid;
    plotLayout()->addElement(2, 0, m_body);
    m_body->setColumnSpacing(10);
    m_body->setMargins(QMargins(4, 0, 16, 0));
    m_body->setRowSpacing(0);

    if (days && !days->empty()) {
        if (!m_hidden.contains(PlotPanel::Drugs))
            addDrugPanel();
        if (!m_hidden.contains(PlotPanel::Cells))
            addCellPanel();
        if (!m_hidden.contains(PlotPanel::Ada))
            addAdaPanel();
        if (!m_hidden.contains(PlotPanel::Relapse))
            addRelapsePanel();
        if (!m_hidden.contains(PlotPanel::Autoimmunity))
            addAutoimmunityPanel();
    }
    finishPanels();

    auto *footer = new QCPTextElement(
        this,
        tr("Simulation for exploration and education, not a clinical prediction. "
           "Lymphoscope %1")
            .arg(m_version),
        plotstyle::font(10, false, true));
    footer->setTextColor(plotstyle::kMutedText);
    footer->setMargins(QMargins(12, 8, 12, 10));
    plotLayout()->addElement(3, 0, footer);

    m_results = nullptr;
    m_overlays.clear();
    if (m_visibleDays)
        setVisibleDays(m_visibleDays->first, m_visibleDays->second);
    replot(rpQueuedReplot);
}

// ---- panel scaffolding ----------------------------------------------------------------------

ResultPlot::Panel &ResultPlot::addPanel(const QString &title, const QString &valueLabel,
                                        Scale scale, double stretch)
{
    const int row = 3 * static_cast<int>(m_panels.size()); // heading, panel, legend below
    auto *heading = new QCPTextElement(this, title, plotstyle::font(11, true));
    heading->setTextFlags(Qt::AlignLeft | Qt::AlignBottom);
    heading->setMargins(QMargins(12, m_panels.empty() ? 4 : 14, 0, 7));
    m_body->addElement(row, 0, heading);

    auto *rect = new QCPAxisRect(this);
    m_body->addElement(row + 1, 0, rect);
    m_body->setRowStretchFactor(row, 0.001);
    m_body->setRowStretchFactor(row + 1, stretch);
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, m_marginGroup);
    rect->setMinimumMargins(QMargins(m_minimumLeftMargin, 0, 0, 0));
    rect->setRangeDrag(Qt::Horizontal);
    rect->setRangeZoom(Qt::Horizontal);
    for (QCPAxis *axis : rect->axes())
        plotstyle::styleAxis(axis);

    QCPAxis *time = rect->axis(QCPAxis::atBottom);
    time->setRange(0.0, m_timeEnd);
    time->setTicker(plotstyle::timeTicker(m_timeEnd, m_daysPerUnit == kDaysPerYear));
    time->setTickLabels(false);

    QCPAxis *value = rect->axis(QCPAxis::atLeft);
    value->setLabel(valueLabel);
    if (scale == Scale::Log) {
        value->setScaleType(QCPAxis::stLogarithmic);
        value->setTicker(plotstyle::logTicker());
        value->setNumberFormat(QStringLiteral("g"));
        value->setNumberPrecision(6);
    }

    // The legend sits beside the panel, never over the curves; a filler below keeps it at
    // its natural height at the top of the panel.
    auto *panelLegend = new QCPLegend;
    if (legendsBelow()) {
        // In a narrow window the legend flows in rows under the panel, leaving its width to
        // the time axis.
        panelLegend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        panelLegend->setWrap(m_legendColumnsBelow);
        m_body->addElement(row + 2, 0, panelLegend);
    } else {
        auto *legendColumn = new QCPLayoutGrid;
        m_body->addElement(row + 1, 1, legendColumn);
        legendColumn->addElement(0, 0, panelLegend);
        legendColumn->addElement(1, 0, new QCPLayoutElement(this));
        legendColumn->setRowStretchFactor(0, 0.001);
        legendColumn->setRowStretchFactor(1, 1.0);
        legendColumn->setRowSpacing(0);
        m_body->addElement(row + 2, 0, new QCPLayoutElement(this)); // keeps the grid regular
    }
    m_body->setRowStretchFactor(row + 2, 0.001);
    panelLegend->setLayer(QStringLiteral("legend"));
    plotstyle::styleLegend(panelLegend);

    Panel panel;
    panel.rect = rect;
    panel.legend = panelLegend;
    panel.title = title;
    m_panels.push_back(std::move(panel));
    return m_panels.back();
}

void ResultPlot::finishPanels()
{
    if (m_panels.empty())
        return;
    m_body->setColumnStretchFactor(0, 1.0);
    if (!legendsBelow())
        m_body->setColumnStretchFactor(1, 0.001);
    QCPAxis *time = m_panels.back().rect->axis(QCPAxis::atBottom);
    time->setTickLabels(true);
    time->setLabel(m_daysPerUnit == kDaysPerYear ? tr("Time since day 0 (years)")
                                                 : tr("Time since day 0 (months)"));
    for (Panel &panel : m_panels) {
        if (panel.hasBand) {
            addLegendSwatch(panel, tr("cohort 5th–95th percentile"),
                            QBrush(plotstyle::bandLegendColor()));
        }
        addOverlayLegend(panel);
        addCrosshairItems(panel);
    }
    linkTimeAxes();
}

void ResultPlot::linkTimeAxes()
{
    for (const Panel &panel : m_panels) {
        QCPAxis *axis = panel.rect->axis(QCPAxis::atBottom);
        connect(axis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
                [this, axis](const QCPRange &range) {
                    if (m_syncingRanges)
                        return;
                    m_syncingRanges = true;
                    for (const Panel &other : m_panels) {
                        QCPAxis *otherAxis = other.rect->axis(QCPAxis::atBottom);
                        if (otherAxis != axis)
                            otherAxis->setRange(range);
                    }
                    m_syncingRanges = false;
                    m_visibleDays = std::pair(range.lower * m_daysPerUnit,
                                              range.upper * m_daysPerUnit);
                    emit visibleDaysChanged(m_visibleDays->first, m_visibleDays->second);
                });
    }
}

QVector<double> ResultPlot::timeKeys(const Results &results) const
{
    const std::vector<double> &days = results.table.at("day");
    QVector<double> keys;
    keys.reserve(static_cast<qsizetype>(days.size()));
    for (double day : days)
        keys.push_back(toTime(day));
    return keys;
}

QVector<double> ResultPlot::values(const Results &results, const std::string &column,
                                   double factor, double floor) const
{
    const std::vector<double> &source = results.table.at(column);
    QVector<double> out;
    out.reserve(static_cast<qsizetype>(source.size()));
    for (double v : source) {
        double scaled = v * factor;
        // On a log axis, values under the floor run off the bottom of the panel.
        if (floor > 0.0 && !(scaled >= floor * 0.1))
            scaled = floor * 0.1;
        out.push_back(scaled);
    }
    return out;
}

double ResultPlot::maxOf(const std::string &column, double factor) const
{
    std::vector<const Results *> sources{m_results};
    for (const PlotOverlay &other : m_overlays)
        sources.push_back(other.results);
    double result = 0.0;
    for (const Results *source : sources) {
        for (const std::string &name : {column, column + "_p95"}) {
            if (const std::vector<double> *c = source ? source->table.column(name) : nullptr) {
                for (double v : *c) {
                    if (std::isfinite(v))
                        result = std::max(result, v * factor);
                }
            }
        }
    }
    return result;
}

std::vector<Therapy> ResultPlot::antibodiesWithColumn(const std::string &prefix,
                                                      const std::string &suffix) const
{
    std::vector<const Results *> sources{m_results};
    for (const PlotOverlay &other : m_overlays)
        sources.push_back(other.results);
    std::vector<Therapy> present;
    for (Therapy t : kAntibodies) {
        const std::string column = prefix + std::string(therapyId(t)) + suffix;
        if (std::any_of(sources.begin(), sources.end(), [&](const Results *r) {
                return r && r->table.has(column);
            }))
            present.push_back(t);
    }
    return present;
}

std::optional<double> ResultPlot::parameter(const char *id) const
{
    if (const Parameter *p = m_parameters->find(id))
        return p->value;
    return std::nullopt;
}

QCPGraph *ResultPlot::addCurve(Panel &panel, QCPAxis *valueAxis, const std::string &column,
                               const QString &name, const QPen &pen, double factor, double floor,
                               bool overlay)
{
    const bool current = m_results->table.has(column);
    QCPGraph *graph = nullptr;
    if (current) {
        addBand(panel, valueAxis, column, pen.color(), factor, floor);
        graph = addGraph(panel.rect->axis(QCPAxis::atBottom), valueAxis);
        graph->setData(timeKeys(*m_results), values(*m_results, column, factor, floor), true);
        graph->setPen(pen);
        graph->setName(name);
        graph->addToLegend(panel.legend);
        panel.readouts.push_back({graph, name, factor});
    }
    if (!overlay)
        return graph;
    bool legendNeeded = !current; // a curve only pinned scenarios have is named in its own style
    for (const PlotOverlay &other : m_overlays) {
        if (!other.results || !other.results->table.has(column) || !other.results->table.has("day"))
            continue;
        QCPGraph *copy = addGraph(panel.rect->axis(QCPAxis::atBottom), valueAxis);
        copy->setData(timeKeys(*other.results), values(*other.results, column, factor, floor),
                      true);
        QPen overlayPen = pen;
        plotstyle::applyPinnedStyle(overlayPen, other.style);
        overlayPen.setWidthF(std::max(1.4, pen.widthF() * 0.8));
        copy->setPen(overlayPen);
        copy->setName(other.name);
        if (legendNeeded) {
            copy->setName(tr("%1 (pinned only)").arg(name));
            copy->addToLegend(panel.legend);
            legendNeeded = false;
        }
    }
    return graph;
}

void ResultPlot::addBand(Panel &panel, QCPAxis *valueAxis, const std::string &column,
                         const QColor &color, double factor, double floor)
{
    const std::string low = column + "_p05";
    const std::string high = column + "_p95";
    if (!m_results->table.has(low) || !m_results->table.has(high))
        return;
    QCPAxis *time = panel.rect->axis(QCPAxis::atBottom);
    QCPGraph *lower = addGraph(time, valueAxis);
    lower->setData(timeKeys(*m_results), values(*m_results, low, factor, floor), true);
    lower->setPen(Qt::NoPen);
    QCPGraph *upper = addGraph(time, valueAxis);
    upper->setData(timeKeys(*m_results), values(*m_results, high, factor, floor), true);
    upper->setPen(Qt::NoPen);
    upper->setBrush(plotstyle::bandColor(color));
    upper->setChannelFillGraph(lower);
    panel.hasBand = true;
}

void ResultPlot::addLevelLine(Panel &panel, double value, const QString &name, const QPen &pen)
{
    QCPGraph *graph = addGraph(panel.rect->axis(QCPAxis::atBottom),
                               panel.rect->axis(QCPAxis::atLeft));
    graph->setData({0.0, m_timeEnd}, {value, value}, true);
    graph->setPen(pen);
    graph->setName(name);
    graph->addToLegend(panel.legend);
}

void ResultPlot::addLegendSwatch(Panel &panel, const QString &name, const QBrush &brush)
{
    // An empty bar series draws a filled square in the legend and nothing in the panel.
    auto *swatch = new QCPBars(panel.rect->axis(QCPAxis::atBottom),
                               panel.rect->axis(QCPAxis::atLeft));
    swatch->setPen(QPen(plotstyle::kSwatchBorder, 0.8));
    swatch->setBrush(brush);
    swatch->setName(name);
    swatch->addToLegend(panel.legend);
}

// ---- the panels -----------------------------------------------------------------------------

void ResultPlot::addDrugPanel()
{
    // Drugs of pinned scenarios too, so a comparison never hides the other strategy's drug.
    const std::vector<Therapy> present = antibodiesWithColumn("", "_ug_per_ml");
    if (present.empty())
        return;
    Panel &panel = addPanel(panelName(PlotPanel::Drugs), tr("µg/mL"), Scale::Log, 1.0);
    panel.unit = tr(" µg/mL");
    QCPAxis *axis = panel.rect->axis(QCPAxis::atLeft);
    double top = kDrugFloor * 100.0;
    for (Therapy t : present) {
        const std::string column = std::string(therapyId(t)) + "_ug_per_ml";
        addCurve(panel, axis, column, therapyDisplayName(t), plotstyle::therapyPen(t), 1.0,
                 kDrugFloor);
        top = std::max(top, maxOf(column) * 1.5);
    }
    axis->setRange(kDrugFloor, logCeiling(top));
}

void ResultPlot::addCellPanel()
{
    struct Subset {
        const char *column;
        const char *llnId;
        QString name;
        QString llnName;
    };
    const Subset subsets[] = {
        {"lymphocytes_per_ul", "lln_lymphocytes_per_ul", tr("Lymphocytes"), tr("LLN lymphocytes")},
        {"cd4_per_ul", "lln_cd4_per_ul", tr("CD4 T cells"), tr("LLN CD4")},
        {"cd8_per_ul", "lln_cd8_per_ul", tr("CD8 T cells"), tr("LLN CD8")},
        {"b_cells_per_ul", "lln_b_per_ul", tr("CD19 B cells"), tr("LLN B cells")},
        {"nk_per_ul", nullptr, tr("NK cells"), QString()},
    };
    if (std::none_of(std::begin(subsets), std::end(subsets),
                     [this](const Subset &s) { return m_results->table.has(s.column); }))
        return;
    Panel &panel = addPanel(panelName(PlotPanel::Cells), tr("cells/µL"), Scale::Linear, 1.7);
    panel.unit = tr("/µL");
    addInfectionWindows(panel);
    QCPAxis *axis = panel.rect->axis(QCPAxis::atLeft);
    double top = 0.0;
    int index = 0;
    for (const Subset &s : subsets) {
        // CD8 and NK are not overlaid for pinned scenarios: too many lines to read.
        if (addCurve(panel, axis, s.column, s.name, plotstyle::cellPen(index), 1.0, 0.0,
                     index != 2 && index != 4))
            top = std::max(top, maxOf(s.column));
        ++index;
    }
    index = 0;
    for (const Subset &s : subsets) {
        const std::optional<double> lln = s.llnId ? parameter(s.llnId) : std::nullopt;
        if (lln && m_results->table.has(s.column)) {
            addLevelLine(panel, *lln, s.llnName,
                         plotstyle::referencePen(plotstyle::cellPen(index).color()));
            top = std::max(top, *lln);
        }
        ++index;
    }
    axis->setRange(0.0, niceCeiling(top * 1.08));
}

void ResultPlot::addInfectionWindows(Panel &panel)
{
    using Kind = InfectionWindow::Kind;
    const struct {
        Kind kind;
        QString name;
    } kinds[] = {
        {Kind::Lymphocytes500, tr("lymphocytes < 500/µL")},
        {Kind::Lymphocytes200, tr("lymphocytes < 200/µL")},
        {Kind::Neutrophils500, tr("neutrophils < 500/µL")},
    };
    // Drawn in this order, so the deeper lymphopenia lies over the milder one.
    for (const auto &k : kinds) {
        bool any = false;
        for (const InfectionWindow &w : m_results->infectionWindows) {
            if (w.kind != k.kind || !(w.endDay > w.startDay))
                continue;
            auto *shade = new QCPItemRect(this);
            shade->setLayer(QStringLiteral("windows"));
            shade->setClipAxisRect(panel.rect);
            for (QCPItemPosition *corner : {shade->topLeft, shade->bottomRight}) {
                corner->setAxes(panel.rect->axis(QCPAxis::atBottom),
                                panel.rect->axis(QCPAxis::atLeft));
                corner->setAxisRect(panel.rect);
                corner->setTypeX(QCPItemPosition::ptPlotCoords);
                corner->setTypeY(QCPItemPosition::ptAxisRectRatio);
            }
            shade->topLeft->setCoords(toTime(w.startDay), 0.0);
            shade->bottomRight->setCoords(toTime(w.endDay), 1.0);
            shade->setPen(Qt::NoPen);
            shade->setBrush(plotstyle::windowBrush(k.kind));
            any = true;
        }
        if (any)
            addLegendSwatch(panel, k.name, plotstyle::windowBrush(k.kind));
    }
}

void ResultPlot::addAdaPanel()
{
    const std::vector<Therapy> present = antibodiesWithColumn("ada_", "_titer");
    if (present.empty())
        return;
    const std::optional<double> threshold = parameter("ada_binding_threshold");
    // The positivity threshold is a labelled line in the panel: an axis title that also
    // named it was longer than a short panel is tall.
    Panel &panel = addPanel(panelName(PlotPanel::Ada), tr("titre"), Scale::Log, 1.0);
    QCPAxis *axis = panel.rect->axis(QCPAxis::atLeft);
    const double floor = threshold && *threshold > 0.0 ? *threshold / 100.0 : 0.01;
    double top = floor * 100.0;
    for (Therapy t : present) {
        const std::string column = "ada_" + std::string(therapyId(t)) + "_titer";
        addCurve(panel, axis, column, tr("ADA against %1").arg(therapyDisplayName(t)),
                 plotstyle::therapyPen(t), 1.0, floor);
        top = std::max(top, maxOf(column) * 2.0);
    }
    if (threshold && *threshold > 0.0) {
        addLevelLine(panel, *threshold, tr("binding-positive threshold"),
                     plotstyle::referencePen(plotstyle::kThreshold));
        top = std::max(top, *threshold * 10.0);
    }
    axis->setRange(floor, logCeiling(top));
}

void ResultPlot::addRelapsePanel()
{
    const bool hazard = m_results->table.has("relapse_hazard_per_year");
    const bool probability = m_results->table.has("relapse_probability");
    if (!hazard && !probability)
        return;
    Panel &panel = addPanel(panelName(PlotPanel::Relapse), tr("relapses per year"),
                            Scale::Linear, 1.0);
    panel.unit = tr("/year");
    QCPAxis *left = panel.rect->axis(QCPAxis::atLeft);
    QCPAxis *right = panel.rect->axis(QCPAxis::atRight);
    if (hazard) {
        addCurve(panel, left, "relapse_hazard_per_year", tr("relapse rate"),
                 plotstyle::outcomePen(0));
        left->setRange(0.0, niceCeiling(maxOf("relapse_hazard_per_year") * 1.1));
    } else {
        left->setVisible(false);
    }
    if (probability) {
        right->setVisible(true);
        right->setTickLabels(true);
        right->setLabel(tr("P(≥1 relapse) %"));
        right->setRange(0.0, 100.0);
        right->setTicker(plotstyle::percentTicker(100.0));
        addCurve(panel, right, "relapse_probability", tr("P(≥1 relapse)"),
                 plotstyle::outcomePen(1), 100.0);
    }
}

void ResultPlot::addAutoimmunityPanel()
{
    if (!m_results->table.has("autoimmunity_probability"))
        return;
    Panel &panel = addPanel(panelName(PlotPanel::Autoimmunity),
                            tr("P(≥1 event) %"), Scale::Linear, 0.9);
    QCPAxis *axis = panel.rect->axis(QCPAxis::atLeft);
    addCurve(panel, axis, "autoimmunity_probability", tr("P(≥1 autoimmune event)"),
             plotstyle::outcomePen(2), 100.0);
    const double top = std::max(maxOf("autoimmunity_probability", 100.0) * 1.15, 5.0);
    const double upper = top > 50.0 ? 100.0 : niceCeiling(top);
    axis->setRange(0.0, upper);
    axis->setTicker(plotstyle::percentTicker(upper));
}

// ---- export ---------------------------------------------------------------------------------

QImage ResultPlot::renderImage(QSize pixels)
{
    pixels = pixels.expandedTo(QSize(1, 1));
    const double scale = double(pixels.width()) / kLayoutWidth;
    const int layoutHeight = std::max(1, qRound(pixels.height() / scale));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = qRound(layoutDpi() / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QCPPainter painter(&image);
    painter.setMode(QCPPainter::pmNoCaching);
    if (scale > 1.0)
        painter.setMode(QCPPainter::pmNonCosmetic);
    painter.scale(scale, scale);
    toPainter(&painter, kLayoutWidth, layoutHeight);
    painter.end();
    return image;
}

QByteArray ResultPlot::pngData(QSize pixels, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!renderImage(pixels).save(&buffer, "PNG")) {
        if (error)
            *error = tr("the PNG image could not be encoded");
        return {};
    }
    return bytes;
}

QByteArray ResultPlot::pdfData(QSize pixels, QString *error)
{
    pixels = pixels.expandedTo(QSize(1, 1));
    const int layoutHeight =
        std::max(1, qRound(double(pixels.height()) * kLayoutWidth / pixels.width()));
    const int dpi = layoutDpi();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(tr("Lymphoscope %1").arg(m_version));
        if (const auto *title = qobject_cast<QCPTextElement *>(plotLayout()->elementAt(0)))
            writer.setTitle(title->text());
        writer.setResolution(dpi);
        const QSizeF points(kLayoutWidth * 72.0 / dpi, layoutHeight * 72.0 / dpi);
        writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(),
                                                   QPageSize::ExactMatch),
                                         QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        if (!paintVector(&writer, layoutHeight)) {
            if (error)
                *error = tr("the PDF could not be started");
            return {};
        }
    }
    if (bytes.isEmpty() && error)
        *error = tr("the PDF could not be written");
    return bytes;
}

bool ResultPlot::paintVector(QPaintDevice *device, int layoutHeight)
{
    QCPPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    toPainter(&painter, kLayoutWidth, layoutHeight);
    painter.end();
    return true;
}

QByteArray ResultPlot::svgData(QSize pixels, QString *error)
{
    pixels = pixels.expandedTo(QSize(1, 1));
    const int layoutHeight =
        std::max(1, qRound(double(pixels.height()) * kLayoutWidth / pixels.width()));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(QSize(kLayoutWidth, layoutHeight));
        generator.setViewBox(QRect(0, 0, kLayoutWidth, layoutHeight));
        generator.setResolution(layoutDpi());
        generator.setTitle(tr("Lymphoscope plots"));
        generator.setDescription(tr("Simulation for exploration and education, not a clinical "
                                    "prediction. Lymphoscope %1")
                                     .arg(m_version));
        if (!paintVector(&generator, layoutHeight)) {
            if (error)
                *error = tr("the SVG drawing could not be started");
            return {};
        }
    }
    if (bytes.isEmpty() && error)
        *error = tr("the SVG drawing could not be written");
    return bytes;
}

} // namespace lymph
