#pragma once
// The stacked result figure: drug levels, lymphocyte subsets, anti-drug antibodies, relapse
// and autoimmunity over one shared time axis. It draws the result columns it is given and the
// reference lines of a parameter table (LLNs, ADA threshold); it computes no science.
// Used as a widget by the GUI and offscreen (no show()) by the CLI's PNG/PDF export.

#include "simulate/Results.h"

#include <qcustomplot.h>

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

#include <QList>
#include <QSet>

#include <algorithm>
#include <optional>
#include <utility>

namespace lymph {

class ParameterTable;

enum class PlotPanel { Drugs, Cells, Ada, Relapse, Autoimmunity };
inline constexpr PlotPanel kPlotPanels[] = {PlotPanel::Drugs, PlotPanel::Cells, PlotPanel::Ada,
                                            PlotPanel::Relapse, PlotPanel::Autoimmunity};

// Another scenario's results drawn over the main ones (same colours, this line style).
struct PlotOverlay {
    QString name;
    const Results *results = nullptr;
    Qt::PenStyle style = Qt::DashLine;
};

class ResultPlot : public QCustomPlot {
    Q_OBJECT

public:
    // Exports are laid out at this width in logical pixels and scaled to the requested size,
    // so a 1600×2000 px PNG and a PDF show the same figure with the same proportions.
    static constexpr int kLayoutWidth = 1000;
    static constexpr QSize kDefaultExportSize{1600, 2000};

    explicit ResultPlot(QWidget *parent = nullptr);

    // Rebuilds the figure from `results`. `parameters` supplies the reference lines (the
    // defaults when null). Panels and curves whose columns are missing are left out.
    void setResults(const Results &results, const QString &scenarioName,
                    const ParameterTable *parameters = nullptr,
                    const QList<PlotOverlay> &overlays = {});
    // Panels left out of the next setResults (the View menu's choice).
    void setHiddenPanels(const QSet<PlotPanel> &hidden) { m_hidden = hidden; }
    static QString panelName(PlotPanel panel);

    // The days shown across the time axis; kept over later setResults calls once set.
    std::pair<double, double> visibleDays() const;
    void setVisibleDays(double first, double last);
    // Where the time axis starts and ends, in this widget's pixels (after a replot).
    std::pair<int, int> timeAxisPixels() const;
    // Room left of the panels, so the timeline's lane names fit above the same time axis.
    void setMinimumLeftMargin(int pixels) { m_minimumLeftMargin = pixels; }
    // Legends beside the panels (exports, wide windows) or in rows below them (narrow ones);
    // takes effect at the next setResults.
    // `columns` is how many legend entries share a row below a panel; 0 puts them beside.
    void setLegendColumnsBelow(int columns) { m_legendColumnsBelow = std::max(0, columns); }
    int legendColumnsBelow() const { return m_legendColumnsBelow; }
    bool legendsBelow() const { return m_legendColumnsBelow > 0; }

    // The crosshair's read-out: every curve's value at `day`, one line per panel
    // ("CD4 T cells 312 · …"). Empty before the first results.
    QStringList readoutAt(double day) const;
    void showCrosshair(double day);
    // While a block is dragged: no antialiasing, so replots keep up (QT-NOTES: ~3x faster).
    void setFastDrawing(bool fast);
    void hideCrosshair();
    // "Lymphoscope <version>" in the footer; QCoreApplication::applicationVersion() by default.
    void setVersionText(const QString &version);

    int panelCount() const { return static_cast<int>(m_panels.size()); }
    QStringList panelTitles() const;

    // The figure at exactly `pixels` (white background).
    QImage renderImage(QSize pixels = kDefaultExportSize);
    // Encoded files, or an empty array with `error` set.
    QByteArray pngData(QSize pixels = kDefaultExportSize, QString *error = nullptr);
    // A one-page vector PDF whose page has the proportions of `pixels`.
    QByteArray pdfData(QSize pixels = kDefaultExportSize, QString *error = nullptr);
    // An SVG drawing with the proportions of `pixels`.
    QByteArray svgData(QSize pixels = kDefaultExportSize, QString *error = nullptr);

signals:
    // The user dragged or zoomed the time axis.
    void visibleDaysChanged(double first, double last);
    void timeAxisPixelsChanged(int left, int right);
    // The day under the mouse, or a negative value when it leaves the panels.
    void cursorDayChanged(double day);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    // Sharp on high-DPI screens: the paint buffer follows the screen's pixel ratio.
    void showEvent(QShowEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Readout {
        QCPGraph *graph = nullptr;
        QString name;
        double factor = 1.0;
    };
    struct Panel {
        QCPAxisRect *rect = nullptr;
        QCPLegend *legend = nullptr;
        QString title;
        bool hasBand = false;
        QString unit; // read-out unit, e.g. "/µL"
        std::vector<Readout> readouts;
        QCPItemStraightLine *cursorLine = nullptr;
        QCPItemText *cursorText = nullptr;
    };
    enum class Scale { Linear, Log };

    void clearFigure();
    Panel &addPanel(const QString &title, const QString &valueLabel, Scale scale, double stretch);
    QCPGraph *addCurve(Panel &panel, QCPAxis *valueAxis, const std::string &column,
                       const QString &name, const QPen &pen, double factor = 1.0,
                       double floor = 0.0, bool overlay = true);
    void addOverlayLegend(Panel &panel);
    void addCrosshairItems(Panel &panel);
    void addBand(Panel &panel, QCPAxis *valueAxis, const std::string &column, const QColor &color,
                 double factor, double floor);
    void addLevelLine(Panel &panel, double value, const QString &name, const QPen &pen);
    void addLegendSwatch(Panel &panel, const QString &name, const QBrush &brush);
    void finishPanels();

    void addDrugPanel();
    void addCellPanel();
    void addAdaPanel();
    void addRelapsePanel();
    void addAutoimmunityPanel();
    void addInfectionWindows(Panel &panel);

    double toTime(double day) const { return day / m_daysPerUnit; }
    QVector<double> timeKeys(const Results &results) const;
    QVector<double> values(const Results &results, const std::string &column, double factor,
                           double floor) const;
    double maxOf(const std::string &column, double factor = 1.0) const;
    // Antibodies whose "<prefix><id><suffix>" column the results or any overlay have.
    std::vector<Therapy> antibodiesWithColumn(const std::string &prefix,
                                              const std::string &suffix) const;
    std::optional<double> parameter(const char *id) const;
    void linkTimeAxes();
    // The figure as vectors (PDF, SVG) at the layout width; false when painting cannot start.
    bool paintVector(QPaintDevice *device, int layoutHeight);

    const Results *m_results = nullptr; // valid only during setResults()
    QList<PlotOverlay> m_overlays;       // valid only during setResults()
    QSet<PlotPanel> m_hidden;
    std::optional<std::pair<double, double>> m_visibleDays;
    std::pair<int, int> m_lastAxisPixels{-1, -1};
    int m_minimumLeftMargin = 0;
    int m_legendColumnsBelow = 0;
    const ParameterTable *m_parameters = nullptr;
    std::vector<Panel> m_panels;
    QCPLayoutGrid *m_body = nullptr;
    QCPMarginGroup *m_marginGroup = nullptr;
    QString m_version;
    double m_daysPerUnit = 30.44;
    double m_timeEnd = 1.0;
    bool m_syncingRanges = false;
};

} // namespace lymph
