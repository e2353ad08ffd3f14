#include "PlotStyle.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace lymph::plotstyle {

namespace {

QPen linePen(const QColor &color, double width, Qt::PenStyle style = Qt::SolidLine)
{
    // Bevel joins: at daily points a round join is invisible, but it costs two atan2 and an
    // arc per vertex, which made stroking the curves most of a replot.
    QPen pen(color, width, style, Qt::FlatCap, Qt::BevelJoin);
    return pen;
}

QPen dashedPen(const QColor &color, double width, const QList<qreal> &pattern)
{
    QPen pen = linePen(color, width, Qt::CustomDashLine);
    pen.setDashPattern(pattern);
    return pen;
}

} // namespace

QFont font(double pointSize, bool bold, bool italic)
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

PlotColors lightColors() { return {}; }

PlotColors darkColors()
{
    PlotColors colors;
    colors.dark = true;
    colors.background = QColor(0x1f, 0x21, 0x24); // the dark theme's Base
    colors.text = QColor(0xe8, 0xe8, 0xe8);
    colors.mutedText = QColor(0xb0, 0xb0, 0xb0);
    colors.axis = QColor(0x9a, 0x9a, 0x9a);
    colors.grid = QColor(0x3a, 0x3d, 0x42);
    return colors;
}

QColor PlotColors::ink(const QColor &color) const
{
    if (!dark || color.lightness() > 110 || color.saturation() > 60)
        return color;
    // Black and dark greys (the lymphocyte curve, reference lines) turn light.
    QColor light = QColor::fromHsl(color.hslHue(), color.hslSaturation(), 255 - color.lightness());
    light.setAlpha(color.alpha());
    return light;
}

QPen PlotColors::ink(QPen pen) const
{
    pen.setColor(ink(pen.color()));
    return pen;
}

QBrush PlotColors::fill(QBrush brush) const
{
    if (!dark || brush.style() == Qt::NoBrush)
        return brush;
    QColor color = brush.color();
    if (color.alpha() == 255)
        color.setAlpha(70); // light shades would glare on the dark paper
    brush.setColor(color);
    return brush;
}

void styleAxis(QCPAxis *axis, const PlotColors &colors)
{
    axis->setTickLabelFont(font(10));
    axis->setLabelFont(font(10));
    axis->setTickLabelColor(colors.text);
    axis->setLabelColor(colors.text);
    axis->setBasePen(QPen(colors.axis, 1));
    axis->setTickPen(QPen(colors.axis, 1));
    axis->setSubTickPen(QPen(colors.axis, 1));
    axis->setTickLengthIn(0);
    axis->setTickLengthOut(4);
    axis->setSubTickLengthIn(0);
    axis->setSubTickLengthOut(2);
    axis->setLabelPadding(6);
    axis->grid()->setPen(QPen(colors.grid, 1));
    axis->grid()->setZeroLinePen(Qt::NoPen);
    axis->grid()->setSubGridVisible(false);
}

void styleLegend(QCPLegend *legend, const PlotColors &colors)
{
    legend->setFont(font(10));
    legend->setTextColor(colors.text);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setIconSize(30, 14);
    legend->setRowSpacing(1);
    legend->setMargins(QMargins(4, 4, 4, 4));
}

QSharedPointer<QCPAxisTicker> timeTicker(double span, bool years)
{
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    double step = 1.0;
    if (years)
        step = span <= 12.0 ? 1.0 : span <= 30.0 ? 2.0 : 5.0;
    else
        step = span <= 12.0 ? 1.0 : span <= 24.0 ? 3.0 : span <= 72.0 ? 6.0 : 12.0;
    ticker->setTickStep(step);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    ticker->setTickCount(std::max(2, static_cast<int>(std::ceil(span / step))));
    return ticker;
}

QSharedPointer<QCPAxisTicker> logTicker()
{
    auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
    ticker->setLogBase(10.0);
    ticker->setSubTickCount(8);
    return ticker;
}

QPen therapyPen(Therapy therapy)
{
    switch (therapy) {
    case Therapy::Alemtuzumab: return linePen(kOrange, 2.2);
    case Therapy::Ocrelizumab: return linePen(kSkyBlue, 2.2, Qt::DashDotLine);
    case Therapy::Rituximab: return dashedPen(kReddishPurple, 2.2, {1.0, 1.6});
    default: break;
    }
    return linePen(kMutedText, 2.0);
}

QPen cellPen(int subset)
{
    switch (subset) {
    case 0: return linePen(kBlack, 2.6);
    case 1: return linePen(kVermillion, 2.0);
    case 2: return linePen(kBlue, 2.0, Qt::DashDotLine);
    case 3: return dashedPen(kBluishGreen, 2.2, {5.0, 1.5});
    case 4: return dashedPen(kReddishPurple, 2.0, {1.0, 1.6});
    default: break;
    }
    return linePen(kMutedText, 2.0);
}

QPen outcomePen(int index)
{
    switch (index) {
    case 0: return linePen(kVermillion, 2.2);
    case 1: return linePen(kBlue, 2.2, Qt::DashDotLine);
    case 2: return linePen(kBluishGreen, 2.2);
    default: break;
    }
    return linePen(kMutedText, 2.0);
}

QPen referencePen(const QColor &color) { return dashedPen(color, 1.2, {2.5, 2.5}); }

QSharedPointer<QCPAxisTicker> percentTicker(double upper, double step)
{
    if (upper < 100.0) {
        auto ticker = QSharedPointer<QCPAxisTicker>::create();
        ticker->setTickCount(4);
        return ticker;
    }
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(step);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    return ticker;
}

QBrush bandColor(const QColor &lineColor)
{
    QColor c = lineColor;
    c.setAlpha(45);
    return QBrush(c);
}

QColor bandLegendColor() { return QColor(0x80, 0x80, 0x80, 70); }

QBrush windowBrush(InfectionWindow::Kind kind)
{
    switch (kind) {
    case InfectionWindow::Kind::Lymphocytes500: return QBrush(QColor(0xFB, 0xF3, 0xC8));
    case InfectionWindow::Kind::Lymphocytes200: return QBrush(QColor(0xF3, 0xDC, 0x80));
    case InfectionWindow::Kind::Neutrophils500: {
        QColor c = kReddishPurple;
        c.setAlpha(70);
        return QBrush(c);
    }
    }
    return QBrush(Qt::NoBrush);
}

QPen overlayPen(const QPen &curvePen)
{
    QPen pen = curvePen;
    QColor color = pen.color();
    color.setAlphaF(0.75);
    pen.setColor(color);
    pen.setWidthF(std::max(1.3, curvePen.widthF() * 0.65));
    return pen;
}

QCPScatterStyle scatterStyle(CurveMarker marker, const QColor &color)
{
    QCPScatterStyle::ScatterShape shape = QCPScatterStyle::ssNone;
    switch (marker) {
    case CurveMarker::None: return QCPScatterStyle(QCPScatterStyle::ssNone);
    case CurveMarker::Circle: shape = QCPScatterStyle::ssCircle; break;
    case CurveMarker::Square: shape = QCPScatterStyle::ssSquare; break;
    case CurveMarker::Triangle: shape = QCPScatterStyle::ssTriangle; break;
    case CurveMarker::Cross: shape = QCPScatterStyle::ssCross; break;
    }
    QColor solid = color;
    solid.setAlpha(255);
    return QCPScatterStyle(shape, QPen(solid, 1.4), Qt::NoBrush, 7.0);
}

} // namespace lymph::plotstyle
