#include "plot/FigureBuilder.h"

#include "PlotStyle.h"
#include "plot/PlotExporter.h"

#include <QLinearGradient>

#include <algorithm>

namespace lymph {

namespace {

const QString kMarginGroupName = QStringLiteral("figureMargins");

// `text` broken at spaces (and at its own line breaks) into lines no wider than `width`; what
// `maxLines` lines cannot hold is elided, and so is a single word wider than a line.
QString wrapped(const QString &text, const QFontMetrics &metrics, int width, int maxLines)
{
    QStringList lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        const QStringList words = paragraphs[p].split(QLatin1Char(' '));
        QString line;
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (int(lines.size()) == maxLines - 1) { // the last line takes the rest, elided
                QStringList rest = words.mid(i);
                if (!line.isEmpty())
                    rest.prepend(line);
                for (qsizetype q = p + 1; q < paragraphs.size(); ++q)
                    rest << paragraphs[q];
                lines << metrics.elidedText(rest.join(QLatin1Char(' ')), Qt::ElideRight, width);
                return lines.join(QLatin1Char('\n'));
            }
            const QString longer = line.isEmpty() ? words[i] : line + QLatin1Char(' ') + words[i];
            if (line.isEmpty() || metrics.horizontalAdvance(longer) <= width) {
                line = longer;
            } else {
                lines << metrics.elidedText(line, Qt::ElideRight, width);
                line = words[i];
            }
        }
        if (int(lines.size()) == maxLines - 1 && p + 1 < paragraphs.size()) {
            QStringList rest{line};
            for (qsizetype q = p + 1; q < paragraphs.size(); ++q)
                rest << paragraphs[q];
            lines << metrics.elidedText(rest.join(QLatin1Char(' ')), Qt::ElideRight, width);
            return lines.join(QLatin1Char('\n'));
        }
        lines << metrics.elidedText(line, Qt::ElideRight, width);
    }
    return lines.join(QLatin1Char('\n'));
}

class Builder {
public:
    Builder(QCustomPlot &plot, const FigureSpec &figure, const FigureBuilder::Layout &layout)
        : m_plot(plot), m_figure(figure), m_layout(layout)
    {
    }
    std::vector<FigureBuilder::BuiltPanel> build();

private:
    bool legendsBelow() const { return m_layout.legendColumnsBelow > 0; }
    FigureBuilder::BuiltPanel addPanel(const PanelSpec &spec, int index);
    void setUpAxis(QCPAxis *axis, const AxisSpec &spec);
    void addShade(const FigureBuilder::BuiltPanel &panel, const ShadeSpec &shade);
    void addCurve(const FigureBuilder::BuiltPanel &panel, const CurveSpec &curve);
    void addLevel(const FigureBuilder::BuiltPanel &panel, const LevelSpec &level);
    void addLegendEntry(const FigureBuilder::BuiltPanel &panel, const LegendSpec &entry);
    // The bands' legend swatch in the banded curves' own colours, left to right.
    LegendSpec bandSwatch(const LegendSpec &entry, const std::vector<CurveSpec> &curves) const;
    void addText(int row, const QString &text, const QFont &font, const QColor &color,
                 const QMargins &margins);
    // A legend entry's name, wrapped (and if need be elided) to the fixed legend column.
    QString legendText(const FigureBuilder::BuiltPanel &panel, const QString &name) const;

    QCustomPlot &m_plot;
    const FigureSpec &m_figure;
    const FigureBuilder::Layout &m_layout;
    QCPLayoutGrid *m_body = nullptr;
    QCPMarginGroup *m_margins = nullptr;
};

void Builder::addText(int row, const QString &text, const QFont &font, const QColor &color,
                      const QMargins &margins)
{
    // Titles and notes wrap to the plot's width instead of running off its edge: the widget's
    // on screen, the width exports lay out at on a plot that is never shown.
    const int plotWidth = m_plot.isVisible() ? m_plot.width() : PlotExporter::kLayoutWidth;
    const int width = plotWidth - margins.left() - margins.right() - 8;
    auto *element = new QCPTextElement(
        &m_plot, width >= 200 ? wrapped(text, QFontMetrics(font), width, 4) : text, font);
    element->setTextColor(color);
    element->setMargins(margins);
    // Its lines never widen the plot: wrapped at a width the plot later leaves (the first
    // layout of a window), they would hold it wider than its viewport, cutting off the legends.
    element->setMinimumSize(1, 0);
    m_plot.plotLayout()->addElement(row, 0, element);
}

QString Builder::legendText(const FigureBuilder::BuiltPanel &panel, const QString &name) const
{
    if (legendsBelow() || m_layout.legendWidth <= 0)
        return name;
    // The icon, its padding and the legend's margins take the rest of the column. A name too
    // long for it wraps onto a second line ("lymphocytes < 500/µL" says what the shading means
    // where "lymphocytes < …" did not).
    const int room = std::max(m_layout.legendWidth - panel.legend->iconSize().width() -
                                  panel.legend->iconTextPadding() - 14,
                              40);
    return wrapped(name, QFontMetrics(panel.legend->font()), room, 2);
}

std::vector<FigureBuilder::BuiltPanel> Builder::build()
{
    m_plot.clearPlottables();
    m_plot.clearItems();
    m_plot.plotLayout()->clear(); // deletes the axis rects, their axes and legends
    delete m_plot.findChild<QCPMarginGroup *>(kMarginGroupName, Qt::FindDirectChildrenOnly);
    m_margins = new QCPMarginGroup(&m_plot);
    m_margins->setObjectName(kMarginGroupName);
    m_plot.setBackground(m_layout.colors.background);

    int row = 0;
    if (!m_figure.title.isEmpty() && !m_layout.compact)
        addText(row++, m_figure.title, plotstyle::font(15, true), m_layout.colors.text,
                QMargins(12, 10, 12, 0));
    if (!m_figure.subtitle.isEmpty())
        addText(row++, m_figure.subtitle, plotstyle::font(11), m_layout.colors.mutedText,
                QMargins(12, m_layout.compact ? 4 : 2, 12, m_layout.compact ? 0 : 6));
    m_body = new QCPLayoutGrid;
    m_plot.plotLayout()->addElement(row++, 0, m_body);
    m_body->setColumnSpacing(10);
    m_body->setMargins(QMargins(4, 0, 16, 0));
    m_body->setRowSpacing(0);

    std::vector<FigureBuilder::BuiltPanel> panels;
    for (const PanelSpec &spec : m_figure.panels)
        panels.push_back(addPanel(spec, static_cast<int>(panels.size())));
    if (!panels.empty()) {
        m_body->setColumnStretchFactor(0, 1.0);
        if (!legendsBelow())
            m_body->setColumnStretchFactor(1, 0.001);
        QCPAxis *time = panels.back().rect->axis(QCPAxis::atBottom);
        const int lastRow = 3 * (static_cast<int>(panels.size()) - 1) + 1;
        m_body->setRowStretchFactor(lastRow, m_figure.panels.back().stretch + kTimeAxisStretch);
        time->setTickLabels(true);
        time->setLabel(m_figure.timeLabel);
    }
    if (!m_figure.footer.isEmpty() && !m_layout.compact)
        addText(row, m_figure.footer, plotstyle::font(10, false, true), m_layout.colors.mutedText,
                QMargins(12, 8, 12, 10));
    return panels;
}

void Builder::setUpAxis(QCPAxis *axis, const AxisSpec &spec)
{
    axis->setVisible(spec.visible);
    if (!spec.visible)
        return;
    axis->setTickLabels(true);
    axis->setLabel(spec.label);
    if (spec.scale == AxisScale::Log)
        axis->setScaleType(QCPAxis::stLogarithmic);
    switch (spec.ticks) {
    case AxisTicks::Log:
        axis->setTicker(plotstyle::logTicker());
        axis->setNumberFormat(QStringLiteral("g"));
        axis->setNumberPrecision(6);
        break;
    case AxisTicks::Percent: axis->setTicker(plotstyle::percentTicker(spec.upper)); break;
    case AxisTicks::Plain: break;
    }
    axis->setRange(spec.lower, spec.upper);
}

FigureBuilder::BuiltPanel Builder::addPanel(const PanelSpec &spec, int index)
{
    const int row = 3 * index; // heading, panel, legend below
    auto *heading = new QCPTextElement(&m_plot, spec.title, plotstyle::font(11, true));
    heading->setTextFlags(Qt::AlignLeft | Qt::AlignBottom);
    heading->setTextColor(m_layout.colors.text);
    const int above = m_layout.compact ? (index == 0 ? 2 : 6) : (index == 0 ? 4 : 14);
    heading->setMargins(QMargins(12, above, 0, m_layout.compact ? 3 : 7));
    m_body->addElement(row, 0, heading);

    auto *rect = new QCPAxisRect(&m_plot);
    m_body->addElement(row + 1, 0, rect);
    m_body->setRowStretchFactor(row, 0.001);
    m_body->setRowStretchFactor(row + 1, spec.stretch);
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, m_margins);
    rect->setMinimumMargins(QMargins(m_layout.minimumLeftMargin, 0, 0, 0));
    rect->setRangeDrag(Qt::Horizontal);
    rect->setRangeZoom(Qt::Horizontal);
    for (QCPAxis *axis : rect->axes())
        plotstyle::styleAxis(axis, m_layout.colors);
    QCPAxis *time = rect->axis(QCPAxis::atBottom);
    time->setRange(0.0, m_figure.timeEnd);
    time->setTicker(plotstyle::timeTicker(m_figure.timeEnd, m_figure.inYears));
    time->setTickLabels(false);
    setUpAxis(rect->axis(QCPAxis::atLeft), spec.left);
    setUpAxis(rect->axis(QCPAxis::atRight), spec.right);

    // The legend sits beside the panel, never over the curves; a filler below keeps it at
    // its natural height at the top of the panel.
    auto *legend = new QCPLegend;
    if (legendsBelow()) {
        // In a narrow window the legend flows in rows under the panel, leaving its width to
        // the time axis.
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        legend->setWrap(m_layout.legendColumnsBelow);
        m_body->addElement(row + 2, 0, legend);
    } else {
        auto *legendColumn = new QCPLayoutGrid;
        m_body->addElement(row + 1, 1, legendColumn);
        if (m_layout.legendWidth > 0) {
            legendColumn->setMinimumSize(m_layout.legendWidth, 0);
            legendColumn->setMaximumSize(m_layout.legendWidth, QWIDGETSIZE_MAX);
        }
        legendColumn->addElement(0, 0, legend);
        legendColumn->addElement(1, 0, new QCPLayoutElement(&m_plot));
        legendColumn->setRowStretchFactor(0, 0.001);
        legendColumn->setRowStretchFactor(1, 1.0);
        legendColumn->setRowSpacing(0);
        m_body->addElement(row + 2, 0, new QCPLayoutElement(&m_plot)); // keeps the grid regular
    }
    m_body->setRowStretchFactor(row + 2, 0.001);
    legend->setLayer(QStringLiteral("legend"));
    plotstyle::styleLegend(legend, m_layout.colors);

    const FigureBuilder::BuiltPanel panel{rect, legend};
    for (const ShadeSpec &shade : spec.shades)
        addShade(panel, shade);
    for (const LegendSpec &entry : spec.shadeLegend)
        addLegendEntry(panel, entry);
    for (const CurveSpec &curve : spec.curves)
        addCurve(panel, curve);
    for (const LevelSpec &level : spec.levels)
        addLevel(panel, level);
    for (const LegendSpec &entry : spec.bandLegend)
        addLegendEntry(panel, bandSwatch(entry, spec.curves));
    for (const LegendSpec &entry : spec.overlayLegend)
        addLegendEntry(panel, entry);
    return panel;
}

void Builder::addShade(const FigureBuilder::BuiltPanel &panel, const ShadeSpec &shade)
{
    auto *rect = new QCPItemRect(&m_plot);
    rect->setLayer(QStringLiteral("windows"));
    rect->setClipAxisRect(panel.rect);
    for (QCPItemPosition *corner : {rect->topLeft, rect->bottomRight}) {
        corner->setAxes(panel.rect->axis(QCPAxis::atBottom), panel.rect->axis(QCPAxis::atLeft));
        corner->setAxisRect(panel.rect);
        corner->setTypeX(QCPItemPosition::ptPlotCoords);
        corner->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    rect->topLeft->setCoords(shade.startKey, 0.0);
    rect->bottomRight->setCoords(shade.endKey, 1.0);
    rect->setPen(Qt::NoPen);
    rect->setBrush(m_layout.colors.fill(shade.brush));
}

void Builder::addCurve(const FigureBuilder::BuiltPanel &panel, const CurveSpec &curve)
{
    QCPAxis *time = panel.rect->axis(QCPAxis::atBottom);
    QCPAxis *value =
        panel.rect->axis(curve.axis == AxisSide::Left ? QCPAxis::atLeft : QCPAxis::atRight);
    if (!curve.bandLow.isEmpty()) {
        QCPGraph *lower = m_plot.addGraph(time, value);
        lower->setData(curve.keys, curve.bandLow, true);
        lower->setPen(Qt::NoPen);
        QCPGraph *upper = m_plot.addGraph(time, value);
        upper->setData(curve.keys, curve.bandHigh, true);
        upper->setPen(Qt::NoPen);
        upper->setBrush(plotstyle::bandColor(m_layout.colors.ink(curve.pen.color())));
        upper->setChannelFillGraph(lower);
    }
    QCPGraph *graph = m_plot.addGraph(time, value);
    graph->setData(curve.keys, curve.values, true);
    graph->setPen(m_layout.colors.ink(curve.pen));
    if (curve.points) {
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                               m_layout.colors.ink(curve.pen.color()),
                                               m_layout.colors.ink(QColor(Qt::white)), 7));
    } else if (curve.marker != CurveMarker::None) {
        graph->setScatterStyle(
            plotstyle::scatterStyle(curve.marker, m_layout.colors.ink(curve.pen.color())));
        graph->setScatterSkip(std::max(0, static_cast<int>(curve.keys.size()) / 14 - 1));
    }
    graph->setName(legendText(panel, curve.name));
    if (curve.inLegend)
        graph->addToLegend(panel.legend);
}

void Builder::addLevel(const FigureBuilder::BuiltPanel &panel, const LevelSpec &level)
{
    QCPGraph *graph =
        m_plot.addGraph(panel.rect->axis(QCPAxis::atBottom), panel.rect->axis(QCPAxis::atLeft));
    graph->setData({0.0, m_figure.timeEnd}, {level.value, level.value}, true);
    graph->setPen(m_layout.colors.ink(level.pen));
    graph->setName(legendText(panel, level.name));
    if (!level.name.isEmpty()) // unnamed levels share the legend entry of one before them
        graph->addToLegend(panel.legend);
}

LegendSpec Builder::bandSwatch(const LegendSpec &entry, const std::vector<CurveSpec> &curves) const
{
    QList<QColor> colours;
    for (const CurveSpec &curve : curves) {
        const QColor ink = m_layout.colors.ink(curve.pen.color());
        if (!curve.bandLow.isEmpty() && !colours.contains(ink))
            colours << ink;
    }
    if (colours.isEmpty())
        return entry;
    // A swatch opaque enough to tell the colours apart at legend size.
    const auto shade = [](QColor c) {
        c.setAlpha(110);
        return c;
    };
    LegendSpec swatch = entry;
    if (colours.size() == 1) {
        swatch.brush = QBrush(shade(colours.front()));
        return swatch;
    }
    QLinearGradient gradient(0.0, 0.0, 1.0, 0.0);
    gradient.setCoordinateMode(QGradient::ObjectMode);
    for (qsizetype i = 0; i < colours.size(); ++i) {
        // Steps, not blends: each colour a stripe of its own.
        const double from = double(i) / double(colours.size());
        const double to = double(i + 1) / double(colours.size());
        gradient.setColorAt(from, shade(colours[i]));
        gradient.setColorAt(std::max(from, to - 1e-6), shade(colours[i]));
    }
    swatch.brush = QBrush(gradient);
    return swatch;
}

void Builder::addLegendEntry(const FigureBuilder::BuiltPanel &panel, const LegendSpec &entry)
{
    QCPAxis *time = panel.rect->axis(QCPAxis::atBottom);
    QCPAxis *value = panel.rect->axis(QCPAxis::atLeft);
    if (entry.brush.style() != Qt::NoBrush) {
        // An empty bar series draws a filled square in the legend and nothing in the panel.
        auto *swatch = new QCPBars(time, value);
        swatch->setPen(QPen(plotstyle::kSwatchBorder, 0.8));
        swatch->setBrush(entry.brush.gradient() ? entry.brush : m_layout.colors.fill(entry.brush));
        swatch->setName(legendText(panel, entry.name));
        swatch->addToLegend(panel.legend);
        return;
    }
    QCPGraph *sample = m_plot.addGraph(time, value); // a legend-only line
    sample->setPen(m_layout.colors.ink(entry.pen));
    if (entry.marker != CurveMarker::None)
        sample->setScatterStyle(
            plotstyle::scatterStyle(entry.marker, m_layout.colors.ink(entry.pen.color())));
    sample->setName(legendText(panel, entry.name));
    sample->addToLegend(panel.legend);
}

} // namespace

void FigureBuilder::prepare(QCustomPlot &plot)
{
    plot.setAutoAddPlottableToLegend(false);
    if (!plot.layer(QStringLiteral("windows")))
        plot.addLayer(QStringLiteral("windows"), plot.layer(QStringLiteral("grid")),
                      QCustomPlot::limBelow);
    if (!plot.layer(QStringLiteral("crosshair"))) {
        // The crosshair redraws alone on its own buffered layer, without a full replot.
        plot.addLayer(QStringLiteral("crosshair"), plot.layer(QStringLiteral("legend")),
                      QCustomPlot::limAbove);
        plot.layer(QStringLiteral("crosshair"))->setMode(QCPLayer::lmBuffered);
    }
}

std::vector<FigureBuilder::BuiltPanel>
FigureBuilder::build(QCustomPlot &plot, const FigureSpec &figure, const Layout &layout)
{
    prepare(plot);
    return Builder(plot, figure, layout).build();
}

} // namespace lymph
