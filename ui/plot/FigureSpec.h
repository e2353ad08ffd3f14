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

// How an overlaid copy of the curves is told apart: a pinned plan (A, B, C) or one sampled
// patient of a cohort. Copies keep each curve's colour and dashes and carry markers, so they
// never look like another curve of the current plan (whose curves have no markers).
// Population: the population's curves beside a personalised forecast (dotted, no marker).
enum class OverlayStyle { PinnedA, PinnedB, PinnedC, Sample, Population };
inline constexpr OverlayStyle kPinnedStyles[] = {OverlayStyle::PinnedA, OverlayStyle::PinnedB,
                                                 OverlayStyle::PinnedC};
inline constexpr OverlayStyle kSampledPatientStyle = OverlayStyle::Sample;

enum class CurveMarker { None, Circle, Square, Triangle, Cross };
inline CurveMarker overlayMarker(OverlayStyle style)
{
    switch (style) {
    case OverlayStyle::PinnedA: return CurveMarker::Circle;
    case OverlayStyle::PinnedB: return CurveMarker::Square;
    case OverlayStyle::PinnedC: return CurveMarker::Triangle;
    case OverlayStyle::Sample: return CurveMarker::Cross;
    case OverlayStyle::Population: return CurveMarker::None;
    }
    return CurveMarker::None;
}

// Another plan's results drawn over the main ones (same colours, with markers).
struct PlotOverlay {
    QString name;
    const Results *results = nullptr;
    OverlayStyle style = OverlayStyle::PinnedA;
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
    CurveMarker marker = CurveMarker::None; // overlaid copies: whose copy it is
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
    CurveMarker marker = CurveMarker::None;
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

// The last panel also carries the time axis's labels and title below its plot area: its row is
// this much (in panel stretch) taller, so its plot area is not squeezed by them.
inline constexpr double kTimeAxisStretch = 0.4;

} // namespace lymph
