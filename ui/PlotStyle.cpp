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

void styleAxis(QCPAxis *axis)
{
    axis->setTickLabelFont(font(10));
    axis->setLabelFont(font(10));
    axis->setTickLabelColor(kText);
    axis->setLabelColor(kText);
    axis->setBasePen(QPen(kAxis, 1));
    axis->setTickPen(QPen(kAxis, 1));
    axis->setSubTickPen(QPen(kAxis, 1));
    axis->setTickLengthIn(0);
    axis->setTickLengthOut(4);
    axis->setSubTickLengthIn(0);
    axis->setSubTickLengthOut(2);
    axis->setLabelPadding(6);
    axis->grid()->setPen(QPen(kGrid, 1));
    axis->grid()->setZeroLinePen(Qt::NoPen);
    axis->grid()->setSubGridVisible(false);
}

void styleLegend(QCPLegend *legend)
{
    legend->setFont(font(10));
    legend->setTextColor(kText);
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

QSharedPointer<QCPAxisTicker> percentTicker(double upper)
{
    if (upper < 100.0) {
        auto ticker = QSharedPointer<QCPAxisTicker>::create();
        ticker->setTickCount(4);
        return ticker;
    }
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(25.0);
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

void applyPinnedStyle(QPen &pen, Qt::PenStyle style)
{
    if (style == Qt::CustomDashLine)
        pen.setDashPattern({9.0, 3.0});
    else
        pen.setStyle(style);
}

} // namespace lymph::plotstyle
