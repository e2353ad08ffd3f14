#include "plot/PlotCrosshair.h"

#include "PlotStyle.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lymph {

namespace {

// Linear interpolation of a curve at `key` (its keys are sorted); NaN outside its data.
double curveValueAt(const CurveSpec &curve, double key)
{
    const QVector<double> &keys = curve.keys;
    if (keys.isEmpty() || key < keys.front() || key > keys.back())
        return std::numeric_limits<double>::quiet_NaN();
    const auto after = std::lower_bound(keys.begin(), keys.end(), key);
    const auto i = after - keys.begin();
    if (i == 0 || *after == key)
        return curve.values[i];
    const double share = (key - keys[i - 1]) / (keys[i] - keys[i - 1]);
    return curve.values[i - 1] + share * (curve.values[i] - curve.values[i - 1]);
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

void PlotCrosshair::attach(QCustomPlot &plot, const FigureSpec &figure,
                           const std::vector<FigureBuilder::BuiltPanel> &panels,
                           const plotstyle::PlotColors &colors)
{
    m_plot = &plot;
    m_figure = &figure;
    m_markers.clear();
    for (const FigureBuilder::BuiltPanel &panel : panels) {
        auto *line = new QCPItemStraightLine(&plot);
        line->setLayer(QStringLiteral("crosshair"));
        line->setClipAxisRect(panel.rect);
        for (QCPItemPosition *point : {line->point1, line->point2}) {
            point->setAxes(panel.rect->axis(QCPAxis::atBottom), panel.rect->axis(QCPAxis::atLeft));
            point->setAxisRect(panel.rect);
            point->setTypeX(QCPItemPosition::ptPlotCoords);
            point->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
        line->setPen(QPen(colors.mutedText, 1.0, Qt::DashLine));
        line->setVisible(false);

        auto *text = new QCPItemText(&plot);
        text->setLayer(QStringLiteral("crosshair"));
        text->setClipToAxisRect(false);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setAxisRect(panel.rect);
        text->setFont(plotstyle::font(9));
        text->setColor(colors.text);
        QColor paper = colors.background;
        paper.setAlpha(225);
        text->setBrush(paper);
        text->setPen(QPen(plotstyle::kSwatchBorder, 0.8));
        text->setPadding(QMargins(6, 3, 6, 3));
        text->setVisible(false);
        m_markers.push_back({panel.rect, line, text});
    }
}

QStringList PlotCrosshair::readoutAt(double day) const
{
    QStringList lines;
    if (!m_figure)
        return lines;
    const double key = m_figure->toKey(day);
    for (const PanelSpec &panel : m_figure->panels) {
        QStringList parts;
        for (const CurveSpec &curve : panel.curves) {
            if (!curve.readout)
                continue;
            const QString unit = curve.percent ? QStringLiteral(" %") : panel.unit;
            parts << QStringLiteral("%1 %2%3").arg(curve.name,
                                                   readoutNumber(curveValueAt(curve, key)), unit);
        }
        lines << parts.join(QStringLiteral(" · "));
    }
    return lines;
}

void PlotCrosshair::show(double day)
{
    if (!m_plot || !m_figure)
        return;
    const QStringList lines = readoutAt(day);
    const double key = m_figure->toKey(day);
    for (std::size_t i = 0; i < m_markers.size(); ++i) {
        const Marker &marker = m_markers[i];
        marker.line->point1->setCoords(key, 0.0);
        marker.line->point2->setCoords(key, 1.0);
        marker.line->setVisible(true);
        const QCPRange range = marker.rect->axis(QCPAxis::atBottom)->range();
        const bool rightHalf = key > range.center();
        marker.text->setPositionAlignment((rightHalf ? Qt::AlignLeft : Qt::AlignRight) |
                                          Qt::AlignTop);
        marker.text->position->setCoords(rightHalf ? 0.005 : 0.995, 0.02);
        marker.text->setText(lines.value(static_cast<qsizetype>(i)));
        marker.text->setVisible(true);
    }
    m_plot->layer(QStringLiteral("crosshair"))->replot();
}

void PlotCrosshair::hide()
{
    if (!m_plot)
        return;
    for (const Marker &marker : m_markers) {
        marker.line->setVisible(false);
        marker.text->setVisible(false);
    }
    m_plot->layer(QStringLiteral("crosshair"))->replot();
}

} // namespace lymph
