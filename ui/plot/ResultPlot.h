#pragma once
// The stacked result figure in the window: drug levels, lymphocyte subsets, anti-drug
// antibodies, relapse and autoimmunity over one shared time axis. A widget around a QCustomPlot
// (not one itself): it describes the figure from the results (FigureDescriber), draws it
// (FigureBuilder), keeps the panels' time axes together, follows the mouse with a crosshair
// and exports through PlotExporter. It computes no science.

#include "plot/FigureBuilder.h"
#include "plot/FigureDescriber.h"
#include "plot/FigureSpec.h"
#include "plot/PlotCrosshair.h"
#include "plot/PlotExporter.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSet>
#include <QSize>
#include <QString>
#include <QWidget>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

class QCustomPlot;

namespace lymph {

struct Results;

class ResultPlot : public QWidget {
    Q_OBJECT

public:
    static constexpr QSize kDefaultExportSize = PlotExporter::kDefaultSize;

    explicit ResultPlot(QWidget *parent = nullptr);

    // Rebuilds the figure from `results` (reference lines from the results' own parameters).
    // Panels and curves whose columns are missing are left out.
    void setResults(const Results &results, const QString &scenarioName,
                    const QList<PlotOverlay> &overlays = {});
    // Panels left out of the next setResults (the View menu's choice).
    void setHiddenPanels(const QSet<PlotPanel> &hidden) { m_hidden = hidden; }
    // The patient's lab results, drawn as points from the next setResults on.
    void setMeasurements(std::vector<Measurement> measurements)
    {
        m_measurements = std::move(measurements);
    }
    static QString panelName(PlotPanel panel) { return FigureDescriber::panelName(panel); }

    // The days shown across the time axis; kept over later setResults calls once set.
    std::pair<double, double> visibleDays() const;
    void setVisibleDays(double first, double last);
    // Where the time axis starts and ends, in this widget's pixels (after a replot).
    std::pair<int, int> timeAxisPixels() const;
    // The day at `x` pixels of this widget on the time axis.
    double dayAtX(double x) const;
    // Each panel's plotting area in this widget's pixels, top to bottom.
    QList<QRect> panelRects() const;
    // Pixels the legends beside the panels lacked at the last layout (their entries, some on
    // two lines, against their panels' height), summed; 0 when every legend fits.
    int legendShortfall() const;
    // Room left of the panels, so the timeline's lane names fit above the same time axis.
    void setMinimumLeftMargin(int pixels) { m_layout.minimumLeftMargin = pixels; }
    // How many legend entries share a row below a panel; 0 puts the legends beside the panels.
    // Takes effect at the next setResults.
    void setLegendColumnsBelow(int columns) { m_layout.legendColumnsBelow = std::max(0, columns); }
    int legendColumnsBelow() const { return m_layout.legendColumnsBelow; }
    bool legendsBelow() const { return m_layout.legendColumnsBelow > 0; }
    // A fixed legend column beside the panels (FigureBuilder::Layout::legendWidth).
    void setLegendWidth(int pixels) { m_layout.legendWidth = std::max(0, pixels); }
    int legendWidth() const { return m_layout.legendWidth; }
    // The window's figure: no title and footer, tighter headings. Exports are never compact.
    void setCompact(bool compact) { m_layout.compact = compact; }
    // Dark paper in the dark theme; exports are always on white. Both take effect at the next
    // setResults.
    void setColors(const plotstyle::PlotColors &colors) { m_layout.colors = colors; }
    bool isDark() const { return m_layout.colors.dark; }

    // The crosshair's read-out: every curve's value at `day`, one line per panel.
    QStringList readoutAt(double day) const { return m_crosshair.readoutAt(day); }
    void showCrosshair(double day) { m_crosshair.show(day); }
    void hideCrosshair() { m_crosshair.hide(); }
    // While a block is dragged: no antialiasing, so replots keep up (docs/performance.md).
    void setFastDrawing(bool fast);
    // "Lymphoscope <version>" in the footer; QCoreApplication::applicationVersion() by default.
    void setVersionText(const QString &version) { m_version = version; }

    int panelCount() const { return static_cast<int>(m_figure.panels.size()); }
    QStringList panelTitles() const;
    const FigureSpec &figure() const { return m_figure; }
    QCustomPlot *customPlot() const { return m_plot; }
    void replot();

    // The figure at exactly `pixels`, and as encoded files (PlotExporter).
    QImage renderImage(QSize pixels = kDefaultExportSize);
    QByteArray pngData(QSize pixels = kDefaultExportSize, QString *error = nullptr);
    QByteArray pdfData(QSize pixels = kDefaultExportSize, QString *error = nullptr);
    QByteArray svgData(QSize pixels = kDefaultExportSize, QString *error = nullptr);

signals:
    // The user dragged or zoomed the time axis.
    void visibleDaysChanged(double first, double last);
    void timeAxisPixelsChanged(int left, int right);
    // The day under the mouse, or a negative value when it leaves the panels.
    void cursorDayChanged(double day);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The figure as printed (light, with title and footer) on a plot that is never shown, over
    // the days the window shows.
    PlotExporter exporter();
    void followMouse(QMouseEvent *event);
    void linkTimeAxes();

    QCustomPlot *m_plot;
    std::unique_ptr<QCustomPlot> m_paper; // exports
    FigureSpec m_figure;
    std::vector<FigureBuilder::BuiltPanel> m_panels;
    PlotCrosshair m_crosshair;
    FigureBuilder::Layout m_layout;
    QSet<PlotPanel> m_hidden;
    std::vector<Measurement> m_measurements;
    std::optional<std::pair<double, double>> m_visibleDays;
    std::pair<int, int> m_lastAxisPixels{-1, -1};
    QString m_version;
    bool m_syncingRanges = false;
};

} // namespace lymph
