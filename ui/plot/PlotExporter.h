#pragma once
// A QCustomPlot figure as a PNG, PDF or SVG file's bytes, laid out at a fixed width in logical
// pixels and scaled to the size asked for, so a 1600×2000 px PNG and a PDF show the same
// figure with the same proportions, whether the plot is on screen or never shown.

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class QCustomPlot;
class QPaintDevice;

namespace lymph {

class PlotExporter {
    Q_DECLARE_TR_FUNCTIONS(PlotExporter)

public:
    static constexpr int kLayoutWidth = 1000;
    static constexpr QSize kDefaultSize{1600, 2000};

    // `title` names the PDF and SVG documents.
    PlotExporter(QCustomPlot &plot, QString title);

    // The figure at exactly `pixels` (white background).
    QImage image(QSize pixels = kDefaultSize);
    // Encoded files, or an empty array with `error` set.
    QByteArray png(QSize pixels = kDefaultSize, QString *error = nullptr);
    // A one-page vector PDF whose page has the proportions of `pixels`.
    QByteArray pdf(QSize pixels = kDefaultSize, QString *error = nullptr);
    // An SVG drawing with the proportions of `pixels`.
    QByteArray svg(QSize pixels = kDefaultSize, QString *error = nullptr);

private:
    // The figure as vectors at the layout width; false when painting cannot start.
    bool paintVector(QPaintDevice *device, int layoutHeight);

    QCustomPlot &m_plot;
    QString m_title;
};

} // namespace lymph
