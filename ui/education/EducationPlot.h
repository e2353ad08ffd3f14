#pragma once
// The patient-facing picture: three large, calm panels over one time axis — immune cells in
// the blood as a share of their usual level (cell types on demand), the chance of a relapse,
// and when to take extra care (infection windows, chance of autoimmunity) — with a marker at
// the month being explained. Like ResultPlot it only draws result columns and parameter-table
// reference values. A widget around a QCustomPlot; used on screen and in the printed handout.

#include "PlotStyle.h"
#include "decision/PlanFigures.h"
#include "model/Calendar.h"
#include "simulate/Results.h"

#include <qcustomplot.h>

#include <QImage>
#include <QWidget>
#include <QSize>

#include <map>
#include <optional>

namespace lymph {

class EducationPlot : public QWidget {
    Q_OBJECT

public:
    explicit EducationPlot(QWidget *parent = nullptr);

    void setResults(const Results &results);
    // The chance panels draw these, the mean over the cohort behind the figures beside the
    // plot, instead of the typical patient's chances; nothing (or empty) draws the latter.
    void setChances(const ChanceCurves *chances);
    // CD4 T cells and B cells beside all immune cells.
    void setShowCellTypes(bool show);
    bool showsCellTypes() const { return m_showCellTypes; }
    // The month being explained; nothing hides the marker.
    void setMarkerDay(std::optional<double> day);
    // Text size scale: 1 on screen, smaller for print.
    void setTextScale(double scale) { m_textScale = scale; }
    // Dark paper for the dark theme's window; the handout's copy stays light.
    void setDarkStyle(bool dark);
    // Room left of the panels, so the timeline's lane names fit above the same time axis.
    void setMinimumLeftMargin(int pixels) { m_minimumLeftMargin = pixels; }

    int panelCount() const { return m_panelCount; }
    double daysPerUnit() const { return m_daysPerUnit; }
    QCustomPlot *customPlot() const { return m_plot; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QCPAxisRect *addPanel(int row, const QString &title, const QString &valueLabel);
    void rebuild();

    QCustomPlot *m_plot;
    std::optional<Results> m_results;
    std::optional<ChanceCurves> m_chances;
    bool m_showCellTypes = false;
    double m_textScale = 1.0;
    plotstyle::PlotColors m_colors;
    int m_minimumLeftMargin = 0;
    double m_daysPerUnit = kDaysPerMonth;
    int m_panelCount = 0;
    std::vector<QCPItemStraightLine *> m_markers;
    std::map<QCPAxisRect *, QCPLegend *> m_legends; // each panel's legend, beside its heading
    QCPMarginGroup *m_margins = nullptr;
};

} // namespace lymph
