#pragma once
// What the stacked result figure shows, as plain values: panels with their axes, curves (with
// their data), cohort bands, reference levels, shaded infection windows and legend entries.
// Built from results by describeFigure (FigureDescriber.h), drawn by FigureBuilder on the
// window's plot and on the command line's exports alike, and read by the crosshair.

#include "model/Calendar.h"
#include "simulate/ResultColumns.h"

#include <QBrush>
#include <QPen>
#include <QString>
#include <QVector>

#include <vector>

namespace lymph {

struct Results;

enum class PlotPanel { Drugs, Cells, Ada, Relapse, Autoimmunity };
inline constexpr PlotPanel kPlotPanels[] = {PlotPanel::Drugs, PlotPanel::Cells, PlotPanel::Ada,
                                            PlotPanel::Relapse, PlotPanel::Autoimmunity};

// Another scenario's results drawn over the main ones (same colours, this line style).
struct PlotOverlay {
    QString name;
    const Results *results = nullptr;
    Qt::PenStyle style = Qt::DashLine;
};

enum class AxisScale { Linear, Log };
enum class AxisTicks { Plain, Log, Percent };
enum class AxisSide { Left, Right };

struct AxisSpec {
    QString label;
    AxisScale scale = AxisScale::Linear;
    AxisTicks ticks = AxisTicks::Plain;
    double lower = 0.0;
    double upper = 1.0;
    bool visible = true;
};

struct CurveSpec {
    QString name; // in the legend and the read-out
    QPen pen;
    AxisSide axis = AxisSide::Left;
    QVector<double> keys;              // time in the figure's unit (months or years)
    QVector<double> values;            // scaled (e.g. × 100 for percent), floored on log axes
    QVector<double> bandLow, bandHigh; // the cohort's 5th–95th percentiles, when it has them
    bool inLegend = true;
    bool readout = false; // read out by the crosshair (the current results' curves)
    bool percent = false; // read out with "%" instead of the panel's unit
    bool points = false;  // the patient's lab results: markers, no line
};

struct LevelSpec {
    double value = 0.0;
    QString name;
    QPen pen;
};

struct ShadeSpec {
    double startKey = 0.0;
    double endKey = 0.0;
    QBrush brush;
};

// A legend entry with nothing drawn in the panel: a filled square or a line sample.
struct LegendSpec {
    QString name;
    QBrush brush = Qt::NoBrush; // a square when set
    QPen pen = Qt::NoPen;       // a line sample when the brush is empty
};

struct PanelSpec {
    PlotPanel kind = PlotPanel::Cells;
    QString title;
    double stretch = 1.0;
    QString unit; // read-out unit, e.g. "/µL"
    AxisSpec left;
    AxisSpec right{QString(), AxisScale::Linear, AxisTicks::Plain, 0.0, 1.0, false};
    std::vector<ShadeSpec> shades;
    // The legend lists, in this order: shadeLegend, curves, levels, bandLegend, overlayLegend.
    std::vector<LegendSpec> shadeLegend;
    std::vector<CurveSpec> curves;
    std::vector<LevelSpec> levels;
    std::vector<LegendSpec> bandLegend;
    std::vector<LegendSpec> overlayLegend;
};

struct FigureSpec {
    QString title;
    QString subtitle;
    QString footer;
    QString timeLabel;
    bool inYears = false;
    double daysPerUnit = kDaysPerMonth;
    double timeEnd = 1.0; // the last key
    std::vector<PanelSpec> panels;

    double toKey(double day) const { return day / daysPerUnit; }
};

} // namespace lymph
