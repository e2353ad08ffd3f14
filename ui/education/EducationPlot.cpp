#include "EducationPlot.h"

#include "PlotStyle.h"
#include "plot/FigureBuilder.h"

#include "model/Calendar.h"

#include "model/ParameterTable.h"

#include <QEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lymph {

namespace {

// 0, 50 and 100 %: at 1366 × 768 a panel is about 50 pixels high, where five labels of 25 %
// steps ran into each other; halves are all a patient needs, on screen and in print.
constexpr double kPercentStep = 50.0;

QVector<double> percentOfFirst(const std::vector<double> &values)
{
    QVector<double> out;
    const double first = values.empty() || !(values.front() > 0.0) ? 1.0 : values.front();
    out.reserve(static_cast<qsizetype>(values.size()));
    for (double v : values)
        out.push_back(100.0 * v / first);
    return out;
}

} // namespace

EducationPlot::EducationPlot(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    FigureBuilder::prepare(*m_plot);
    m_plot->setBackground(m_colors.background);
    m_plot->setAntialiasedElements(QCP::aePlottables | QCP::aeItems | QCP::aeFills);
    m_plot->installEventFilter(this);
    setAccessibleName(tr("Simplified plots for patients"));
}

bool EducationPlot::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Show &&
        !qFuzzyCompare(m_plot->bufferDevicePixelRatio(), devicePixelRatioF())) {
        m_plot->setBufferDevicePixelRatio(devicePixelRatioF()); // sharp on high-DPI screens
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    return QWidget::eventFilter(watched, event);
}

void EducationPlot::setResults(const Results &results)
{
    m_results = results;
    rebuild();
}

void EducationPlot::setChances(const ChanceCurves *chances)
{
    // The comparison reports a decision with every preview: a rebuild only when they changed.
    std::optional<ChanceCurves> next;
    if (chances && !chances->empty())
        next = *chances;
    if (next == m_chances)
        return;
    m_chances = std::move(next);
    rebuild();
}

void EducationPlot::setDarkStyle(bool dark)
{
    if (dark == m_colors.dark)
        return;
    m_colors = dark ? plotstyle::darkColors() : plotstyle::lightColors();
    rebuild();
}

void EducationPlot::setShowCellTypes(bool show)
{
    if (show == m_showCellTypes)
        return;
    m_showCellTypes = show;
    rebuild();
}

QCPAxisRect *EducationPlot::addPanel(int row, const QString &title, const QString &valueLabel)
{
    // The heading and the legend share a row above the panel: a legend inside the panel
    // would cover the curves where they end, at the right.
    auto *header = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(2 * row, 0, header);
    auto *heading = new QCPTextElement(m_plot, title, plotstyle::font(14 * m_textScale, true));
    heading->setTextColor(m_colors.text);
    heading->setTextFlags(Qt::AlignLeft | Qt::AlignBottom);
    heading->setMargins(QMargins(14, row == 0 ? 4 : 10, 0, 2));
    header->addElement(0, 0, heading);
    // The legend in a row under the heading: beside it, a long heading and the legend ran
    // into each other in a narrow window.
    auto *panelLegend = new QCPLegend;
    header->addElement(1, 0, panelLegend);
    header->setRowSpacing(0);
    panelLegend->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    panelLegend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    panelLegend->setLayer(QStringLiteral("legend"));
    plotstyle::styleLegend(panelLegend, m_colors);
    panelLegend->setFont(plotstyle::font(12 * m_textScale));
    panelLegend->setBorderPen(Qt::NoPen);
    panelLegend->setBrush(Qt::NoBrush);
    panelLegend->setMargins(QMargins(10, 0, 6, 2));
    auto *rect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(2 * row + 1, 0, rect);
    m_legends[rect] = panelLegend;
    m_plot->plotLayout()->setRowStretchFactor(2 * row, 0.001);
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, m_margins);
    rect->setMinimumMargins(QMargins(m_minimumLeftMargin, 0, 0, 0));
    for (QCPAxis *axis : rect->axes()) {
        plotstyle::styleAxis(axis, m_colors);
        axis->setTickLabelFont(plotstyle::font(12 * m_textScale));
        axis->setLabelFont(plotstyle::font(12 * m_textScale));
    }
    rect->axis(QCPAxis::atLeft)->setLabel(valueLabel);
    ++m_panelCount;
    return rect;
}

void EducationPlot::rebuild()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_plot->plotLayout()->clear();
    m_plot->setBackground(m_colors.background);
    delete m_margins;
    m_margins = new QCPMarginGroup(m_plot);
    m_markers.clear();
    m_legends.clear();
    m_panelCount = 0;
    if (!m_results || !m_results->table.has(ColumnKey{Column::Day}))
        return;
    const ResultTable &table = m_results->table;
    const std::vector<double> &days = table.days();
    const double horizon = days.back();
    const bool years = horizon > 3.0 * kDaysPerYear;
    m_daysPerUnit = years ? kDaysPerYear : kDaysPerMonth;
    QVector<double> keys;
    for (double day : days)
        keys.push_back(day / m_daysPerUnit);
    const ParameterTable &parameters = m_results->parameters;
    auto legendOf = [this](QCPAxisRect *rect) { return m_legends.at(rect); };
    auto curveAt = [&](QCPAxisRect *rect, const QVector<double> &at, const QVector<double> &values,
                       const QString &name, const QPen &pen) {
        QCPGraph *graph = m_plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        graph->setData(at, values, true);
        graph->setPen(m_colors.ink(pen));
        graph->setName(name);
        graph->addToLegend(legendOf(rect));
        return graph;
    };
    auto curve = [&](QCPAxisRect *rect, const QVector<double> &values, const QString &name,
                     const QPen &pen) { return curveAt(rect, keys, values, name, pen); };
    // A chance in %, from the cohort's curves where they are given, else from the table.
    auto chance = [&](QCPAxisRect *rect, Column column, const std::vector<double> *cohort,
                      const QString &name, const QPen &pen) {
        QVector<double> at, percent;
        if (cohort) {
            for (std::size_t k = 0; k < m_chances->days.size(); ++k) {
                at.push_back(m_chances->days[k] / m_daysPerUnit);
                percent.push_back(100.0 * (*cohort)[k]);
            }
        } else if (table.has(ColumnKey{column})) {
            at = keys;
            for (double p : table.at(ColumnKey{column}))
                percent.push_back(100.0 * p);
        } else {
            return;
        }
        curveAt(rect, at, percent, name, pen);
    };
    auto level = [&](QCPAxisRect *rect, double value, const QString &name, const QColor &color) {
        QCPGraph *graph = m_plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        graph->setData({0.0, keys.back()}, {value, value}, true);
        QPen pen = plotstyle::referencePen(m_colors.ink(color));
        pen.setWidthF(1.6);
        graph->setPen(pen);
        graph->setName(name);
        graph->addToLegend(legendOf(rect));
    };

    // 1. Immune cells, as a share of where they started (100 % = the usual level).
    QCPAxisRect *cells =
        addPanel(0, tr("Immune cells in the blood (100 % = their usual level)"), tr("%"));
    double top = 120.0;
    if (table.has(ColumnKey{Column::Lymphocytes})) {
        QPen pen = plotstyle::cellPen(0);
        pen.setWidthF(3.4);
        const QVector<double> all = percentOfFirst(table.at(ColumnKey{Column::Lymphocytes}));
        curve(cells, all, tr("all immune cells (lymphocytes)"), pen);
        top = std::max(top, *std::max_element(all.begin(), all.end()) * 1.1);
        const double first = table.at(ColumnKey{Column::Lymphocytes}).front();
        if (first > 0.0)
            level(cells, 100.0 * parameters.value("lln_lymphocytes_per_ul") / first,
                  tr("lower limit of normal"), plotstyle::kMutedText);
    }
    if (m_showCellTypes) {
        const std::pair<ColumnKey, QString> types[] = {{{Column::Cd4}, tr("CD4 T cells")},
                                                       {{Column::BCells}, tr("B cells")}};
        int index = 1;
        for (const auto &[column, name] : types) {
            if (table.has(column)) {
                QPen pen = plotstyle::cellPen(index == 1 ? 1 : 3);
                pen.setWidthF(2.6);
                const QVector<double> share = percentOfFirst(table.at(column));
                curve(cells, share, name, pen);
                top = std::max(top, *std::max_element(share.begin(), share.end()) * 1.1);
            }
            ++index;
        }
    }
    cells->axis(QCPAxis::atLeft)->setRange(0.0, std::min(top, 400.0));
    cells->axis(QCPAxis::atLeft)->setTicker(
        plotstyle::percentTicker(std::min(top, 400.0), top > 200.0 ? 100.0 : kPercentStep));

    // 2. The chance of at least one relapse so far.
    QCPAxisRect *relapse = addPanel(1, tr("Chance of at least one relapse"), tr("%"));
    {
        QPen pen = plotstyle::outcomePen(1);
        pen.setWidthF(3.4);
        chance(relapse, Column::RelapseProbability, m_chances ? &m_chances->relapse : nullptr,
               tr("chance of a relapse so far"), pen);
    }
    relapse->axis(QCPAxis::atLeft)->setRange(0.0, 100.0);
    relapse->axis(QCPAxis::atLeft)->setTicker(plotstyle::percentTicker(100.0, kPercentStep));

    // 3. Extra care: infection-prone months and the chance of autoimmunity.
    QCPAxisRect *care = addPanel(2, tr("When to take extra care"), tr("%"));
    // The last panel also holds the time axis's labels and title: a taller row keeps its
    // plotting area as high as the others' (it was squeezed to about 50 px at 1366×768).
    m_plot->plotLayout()->setRowStretchFactor(5, 1.75);
    {
        QPen pen = plotstyle::outcomePen(2);
        pen.setWidthF(3.0);
        chance(care, Column::AutoimmunityProbability,
               m_chances ? &m_chances->autoimmunity : nullptr,
               tr("chance of a new autoimmune illness"), pen);
    }
    care->axis(QCPAxis::atLeft)->setRange(0.0, 100.0);
    care->axis(QCPAxis::atLeft)->setTicker(plotstyle::percentTicker(100.0, kPercentStep));
    bool anyWindow = false;
    for (const InfectionWindow &window : m_results->infectionWindows) {
        if (window.kind == InfectionWindow::Kind::Lymphocytes200)
            continue;
        for (QCPAxisRect *rect : {cells, care}) {
            auto *shade = new QCPItemRect(m_plot);
            shade->setLayer(QStringLiteral("windows"));
            shade->setClipAxisRect(rect);
            for (QCPItemPosition *corner : {shade->topLeft, shade->bottomRight}) {
                corner->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
                corner->setAxisRect(rect);
                corner->setTypeX(QCPItemPosition::ptPlotCoords);
                corner->setTypeY(QCPItemPosition::ptAxisRectRatio);
            }
            shade->topLeft->setCoords(window.startDay / m_daysPerUnit, 0.0);
            shade->bottomRight->setCoords(window.endDay / m_daysPerUnit, 1.0);
            shade->setPen(Qt::NoPen);
            shade->setBrush(m_colors.fill(plotstyle::windowBrush(window.kind)));
        }
        anyWindow = true;
    }
    if (anyWindow) {
        auto *swatch = new QCPBars(care->axis(QCPAxis::atBottom), care->axis(QCPAxis::atLeft));
        swatch->setPen(QPen(plotstyle::kSwatchBorder, 0.8));
        swatch->setBrush(m_colors.fill(plotstyle::windowBrush(InfectionWindow::Kind::Lymphocytes500)));
        swatch->setName(tr("infections more likely"));
        swatch->addToLegend(legendOf(care));
    }

    // One time axis, labelled once at the bottom.
    for (QCPAxisRect *rect : {cells, relapse, care}) {
        QCPAxis *time = rect->axis(QCPAxis::atBottom);
        time->setRange(0.0, keys.back());
        time->setTicker(plotstyle::timeTicker(keys.back(), years));
        time->setTickLabels(rect == care);
        auto *marker = new QCPItemStraightLine(m_plot);
        marker->setClipAxisRect(rect);
        for (QCPItemPosition *point : {marker->point1, marker->point2}) {
            point->setAxes(time, rect->axis(QCPAxis::atLeft));
            point->setAxisRect(rect);
            point->setTypeX(QCPItemPosition::ptPlotCoords);
            point->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
        marker->setPen(QPen(plotstyle::kVermillion, 2.4));
        marker->setVisible(false);
        m_markers.push_back(marker);
    }
    // One row of entries under each heading, so that the panels keep their height.
    for (const auto &[rect, panelLegend] : m_legends) {
        panelLegend->setVisible(panelLegend->itemCount() > 0);
        panelLegend->setWrap(std::max(1, panelLegend->itemCount()));
        panelLegend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // re-wrap the entries
    }
    care->axis(QCPAxis::atBottom)->setLabel(years ? tr("Years from the start of the plan")
                                                  : tr("Months from the start of the plan"));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void EducationPlot::setMarkerDay(std::optional<double> day)
{
    for (QCPItemStraightLine *marker : m_markers) {
        marker->setVisible(day.has_value());
        if (day) {
            marker->point1->setCoords(*day / m_daysPerUnit, 0.0);
            marker->point2->setCoords(*day / m_daysPerUnit, 1.0);
        }
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lymph
