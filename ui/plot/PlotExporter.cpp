#include "plot/PlotExporter.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QScreen>
#include <QSvgGenerator>

#include <algorithm>

namespace lymph {

namespace {

// Logical DPI used for both measuring and drawing text, so exports lay out like the screen.
int layoutDpi()
{
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return std::max(1, qRound(screen->logicalDotsPerInch()));
    return 96;
}

int layoutHeight(QSize pixels)
{
    return std::max(1, qRound(double(pixels.height()) * PlotExporter::kLayoutWidth /
                              std::max(1, pixels.width())));
}

QString generator()
{
    return PlotExporter::tr("Lymphoscope %1").arg(QCoreApplication::applicationVersion());
}

} // namespace

PlotExporter::PlotExporter(QCustomPlot &plot, QString title)
    : m_plot(plot), m_title(std::move(title))
{
}

QImage PlotExporter::image(QSize pixels)
{
    pixels = pixels.expandedTo(QSize(1, 1));
    const double scale = double(pixels.width()) / kLayoutWidth;
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
    m_plot.toPainter(&painter, kLayoutWidth, layoutHeight(pixels));
    painter.end();
    return image;
}

QByteArray PlotExporter::png(QSize pixels, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image(pixels).save(&buffer, "PNG")) {
        if (error)
            *error = tr("the PNG image could not be encoded");
        return {};
    }
    return bytes;
}

QByteArray PlotExporter::pdf(QSize pixels, QString *error)
{
    pixels = pixels.expandedTo(QSize(1, 1));
    const int height = layoutHeight(pixels);
    const int dpi = layoutDpi();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(generator());
        writer.setTitle(m_title);
        writer.setResolution(dpi);
        const QSizeF points(kLayoutWidth * 72.0 / dpi, height * 72.0 / dpi);
        writer.setPageLayout(
            QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        if (!paintVector(&writer, height)) {
            if (error)
                *error = tr("the PDF could not be started");
            return {};
        }
    }
    if (bytes.isEmpty() && error)
        *error = tr("the PDF could not be written");
    return bytes;
}

QByteArray PlotExporter::svg(QSize pixels, QString *error)
{
    pixels = pixels.expandedTo(QSize(1, 1));
    const int height = layoutHeight(pixels);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(kLayoutWidth, height));
        svg.setViewBox(QRect(0, 0, kLayoutWidth, height));
        svg.setResolution(layoutDpi());
        svg.setTitle(m_title);
        svg.setDescription(tr("Simulation for exploration and education, not a clinical "
                              "prediction. %1")
                               .arg(generator()));
        if (!paintVector(&svg, height)) {
            if (error)
                *error = tr("the SVG drawing could not be started");
            return {};
        }
    }
    if (bytes.isEmpty() && error)
        *error = tr("the SVG drawing could not be written");
    return bytes;
}

bool PlotExporter::paintVector(QPaintDevice *device, int layoutHeight)
{
    QCPPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    m_plot.toPainter(&painter, kLayoutWidth, layoutHeight);
    painter.end();
    return true;
}

} // namespace lymph
