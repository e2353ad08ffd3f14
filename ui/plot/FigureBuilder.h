#pragma once
// Draws a FigureSpec on a QCustomPlot: title, subtitle, one axis rect per panel on a shared
// time axis, curves with their cohort bands, reference levels, shaded windows, legends beside
// or below the panels, and the footer. The window's plot and the exports use the same code.

#include "PlotStyle.h"
#include "plot/FigureSpec.h"

#include <qcustomplot.h>

#include <vector>

namespace lymph {

class FigureBuilder {
public:
    struct Layout {
        int minimumLeftMargin = 0;  // room left of the panels (the timeline's lane names)
        int legendColumnsBelow = 0; // 0: legends beside the panels; else entries per row below
        // Width of the legend column beside the panels; names longer than it are elided, so
        // the time axis never moves when a legend's text changes. 0: as wide as the text.
        int legendWidth = 0;
        // The window's figure: no title or footer (the window's title and banner say them)
        // and less room above each panel's title, so the panels get the height.
        bool compact = false;
        plotstyle::PlotColors colors;
    };
    struct BuiltPanel {
        QCPAxisRect *rect = nullptr;
        QCPLegend *legend = nullptr;
    };

    // The layers the figure draws on: shaded windows under the grid, the crosshair on top.
    static void prepare(QCustomPlot &plot);
    // Replaces what `plot` shows; the panels in figure order.
    static std::vector<BuiltPanel> build(QCustomPlot &plot, const FigureSpec &figure,
                                         const Layout &layout);
};

} // namespace lymph
