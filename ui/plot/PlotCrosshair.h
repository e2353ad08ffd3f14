#pragma once
// The crosshair over a figure: a dashed line at the day under the mouse in every panel, and a
// box reading out every current curve's value there ("CD4 T cells 312 /µL · …"). Values come
// from the figure's own data, so the read-out and the curves cannot disagree. Its items live
// on the plot's buffered "crosshair" layer and redraw without a full replot.

#include "plot/FigureBuilder.h"
#include "plot/FigureSpec.h"

#include <QStringList>

#include <vector>

class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;

namespace lymph {

class PlotCrosshair {
public:
    // Items for each panel just built on `plot` (the old ones went with the rebuild).
    void attach(QCustomPlot &plot, const FigureSpec &figure,
                const std::vector<FigureBuilder::BuiltPanel> &panels,
                const plotstyle::PlotColors &colors = plotstyle::lightColors());
    // One line per panel; empty before a figure is attached.
    QStringList readoutAt(double day) const;
    void show(double day);
    void hide();

private:
    struct Marker {
        QCPAxisRect *rect = nullptr;
        QCPItemStraightLine *line = nullptr;
        QCPItemText *text = nullptr;
    };
    QCustomPlot *m_plot = nullptr;
    const FigureSpec *m_figure = nullptr;
    std::vector<Marker> m_markers;
};

} // namespace lymph
