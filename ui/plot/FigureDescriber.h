#pragma once
// Results → FigureSpec: which panels the figure has, their curves, bands, reference levels
// (from the results' own parameters: lower limits of normal, the ADA threshold), shaded
// infection windows and axis ranges. A function of values: no widget, no drawing.

#include "plot/FigureSpec.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace lymph {

struct Results;

class FigureDescriber {
    Q_DECLARE_TR_FUNCTIONS(FigureDescriber)

public:
    struct Options {
        QString scenarioName;
        QList<PlotOverlay> overlays; // other scenarios' results, drawn over the current ones
        QSet<PlotPanel> hidden;
        QString version;     // "Lymphoscope <version>" in the footer
        bool narrow = false; // the subtitle breaks where its clauses meet
        // The patient's lab results, drawn as points beside the curve of their quantity.
        std::vector<Measurement> measurements;
    };

    static FigureSpec describe(const Results &results, const Options &options);
    static QString panelName(PlotPanel panel);
};

} // namespace lymph
